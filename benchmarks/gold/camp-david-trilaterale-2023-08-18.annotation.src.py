"""Held-out annotation of camp-david-trilaterale-2023-08-18.txt (written for the fifteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/camp-david-trilaterale-2023-08-18.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/camp-david-trilaterale-2023-08-18.annotation.src.py --check

From held-out set 15 (moved to gold in session 14; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "camp-david-trilaterale-2023-08-18.txt"

NOTE = """\
Held-out-15 article: Joe Biden hosts South Korea's president Yoon Suk Yeol and Japan's prime minister Fumio \
Kishida at Camp David for the first stand-alone trilateral summit, published Friday 18 August 2023 (the file gives \
the day); the three leaders pledge to consult each other in a crisis, annual joint exercises and a hotline are \
announced; North Korea's silence, KCNA's earlier « war summit » and a possible missile launch; Beijing's warning \
against « small circles » and Washington's assurance; a next summit in Japan (the facts are partly invented: the \
quotes, the KCNA commentary, the Chinese warning's day and the next summit's date and place). What it exercises: \
a reception on the publication day with two role nouns and names in apposition and a place with a role noun in \
apposition (« Joe Biden a accueilli vendredi le président sud-coréen, Yoon Suk Yeol, et le Premier ministre \
japonais, Fumio Kishida, à Camp David, la résidence de campagne des présidents américains »: a Meeting, Biden \
the agent, part of the summit) for a nominal summit (« pour le premier sommet trilatéral organisé en dehors \
d’une réunion internationale »: a Meeting, Biden its host and agent, the Friday and Camp David; « organisé » \
restates it and « une réunion internationale » is no event, nothing having happened on its sidelines); an \
apposed participle with a vague duration that restates the summit (« Réunis pendant plusieurs heures »: no new \
event, the duration attached to nothing) before a joint pledge of a plural subject without guillemets (« les \
trois dirigeants se sont engagés à se consulter sans délai en cas de crise ou de menace visant l’un de leurs \
pays »: three speech acts with one trigger, one per leader; the consultation, the crisis and the threat \
hypothetical) sourced after the clause to a metonym (« a précisé la Maison Blanche dans un communiqué »: a \
Report, local); a passive future with no agent and a frequency (« Des manœuvres militaires conjointes seront \
désormais organisées tous les ans »: planned, the three countries implied as participants, « tous les ans » a \
vague time with no value) joined by « et » to a passive planned installation with « doit » (« une ligne \
téléphonique directe doit être installée entre les trois capitales »: the hotline the theme, « les trois \
capitales » a plural metonym, not a mention); a quote split around its reporting clause inside one pair of \
guillemets with a sentence end in the split and an occasion that is no event (« a lancé le président américain \
lors d’une conférence de presse commune »: one speech act, two quotes, the summit's Friday and Camp David; « \
Nous » and « Nos trois pays » are the three countries, not mentions; « ouvrons un nouveau chapitre » a \
metaphor, no event); a pronoun subject praising with a quoted noun (« Il a salué le « courage politique » de \
son invité sud-coréen ») and a relative pluperfect visit with a month and a purpose between two metonyms (« qui \
s’était rendu à Tokyo en mars pour sceller la réconciliation entre Séoul et Tokyo »: March 2023; « Tokyo » the \
city, then Japan); an emphatic « lui » and a quote that is a relative clause (« M. Kishida a, lui, défendu une \
coopération « qui ne vise aucun pays tiers » »: the cooperation occurred, the negated predicate a state, no \
event); a call to a metonym with two infinitives joined by « et », one quoted (« a appelé Pyongyang à « renoncer \
à ses provocations » et à reprendre le dialogue »: one speech act, both proposed; « ses provocations » no event, \
as in gold); a negated reaction with no verb of speech on a part of the publication day (« Aucune réaction \
n’était venue du Nord vendredi soir »: « Nord » from the noun after the fused article); a fronted past weekday \
with a pluperfect characterisation and a participle accusation with its own quote (« Mercredi, l’agence \
officielle KCNA avait qualifié la rencontre de « sommet de la guerre », accusant Washington de préparer une « \
invasion » de la Corée du Nord »: two speech acts of KCNA, both on Wednesday 16 August; « la rencontre » \
restates the summit; the preparation suspected, the invasion hypothetical); « Selon l’état-major sud-coréen » \
over a conditional response by a role noun for the state with a means (« le régime pourrait répondre par un \
nouveau tir de missile dans les prochains jours »: both hypothetical, the launch part of the response, a vague \
future); « À Pékin » (the city) a pluperfect warning on a past weekday by a spokesman in apposition with a \
ministry inside his title and a quoted noun phrase (« avait mis en garde jeudi contre « la formation de petits \
cercles » en Asie »: hypothetical, the summit's three countries implied); indirect speech first without \
guillemets, with « de son côté » and a role noun and a name in apposition after the verb (« La Chine n’est pas \
visée, a assuré de son côté le conseiller américain à la sécurité nationale, Jake Sullivan »: an Assurance, the \
targeting negated) and a negated consequence on a metonym (« sans convaincre Pékin »: an Event, negated, in the \
article's voice); a conditional next summit in a relative year in a country (« Le prochain sommet à trois \
devrait se tenir l’an prochain au Japon, selon un responsable japonais »: 2024, hypothetical, an anonymous \
official's Report) and a planned return on a future weekday (« M. Yoon doit regagner Séoul samedi »: Saturday \
19 August 2023, Seoul the city).
Places and metonyms. « Camp David » and its apposition are the place of the reception, the summit and the words \
said at it (local). « Tokyo » is the city where Yoon went (Q1490) and Japan beside « Séoul » (Q17), « Séoul » \
South Korea there (Q884) and the city Yoon returns to (Q8684); « Pyongyang » and « le régime » are North Korea \
(Q423), as « le Nord » (« du Nord »: the mention is « Nord »); « Washington » is the United States (Q30); « À \
Pékin » the city (Q956), « convaincre Pékin » China (Q148); « la Maison Blanche » the US presidency (a metonym, \
local, as in gold). « au Japon » is the country as the place of the next summit.
Mentions. « le président sud-coréen », « son invité sud-coréen » and « Le dirigeant sud-coréen » are Yoon; « le \
Premier ministre japonais » is Kishida; « le président américain » and « Il » are Biden; « lui » (emphatic, \
after « M. Kishida a, ») is Kishida, as « a, lui, trinqué » in the bundled article; « la résidence de campagne \
des présidents américains » is a nominal mention of Camp David (« des présidents américains » inside it is \
generic, not a mention); « le porte-parole du ministère chinois des Affaires étrangères » is Wang Wenbin with « \
ministère chinois des Affaires étrangères » (nominal) inside; « le conseiller américain à la sécurité nationale \
» is Jake Sullivan; « l’état-major sud-coréen » and « un responsable japonais » are nominal mentions of local \
entities; « une ligne téléphonique directe » is the hotline (the planned installation's theme). Not mentions: \
« les trois dirigeants », « l’un de leurs pays », « les trois capitales », « Nous », « Nos trois pays », « \
aucun pays tiers », « petits cercles » (plural or generic), « un communiqué », « la rencontre » (the summit), « \
une réunion internationale », « une conférence de presse commune », « le dialogue », « ses provocations », « le \
prochain sommet à trois » (events), relative pronouns.
Statuses. The consultation, the crisis and the threat are hypothetical (« en cas de »); the exercises and the \
hotline are planned (« seront », « doit être »), as is Yoon's return; what Yoon calls for is proposed; the \
American preparation of an invasion is suspected (KCNA's accusation), the invasion itself hypothetical; the \
response and the launch (« pourrait ») and the next summit (« devrait », as « devrait se rendre » in gold) are \
hypothetical; the formation of small circles Wang warns against is hypothetical (as « mis en garde contre tout \
transfert » in gold); China's being targeted and its being convinced are negated; « Aucune réaction » is a \
negated speech act. The pledged consultation is according to the three leaders (their pledges are the White \
House's Report, as Kim's assurance through KCNA in gold).
Times. « vendredi » (the reception, the summit, and the pledges and Biden's words at it) is the publication day, \
Friday 18 August 2023, and « vendredi soir » its evening; « Mercredi » (KCNA, pluperfect) is Wednesday 16 August \
and « jeudi » (Wang, pluperfect) Thursday 17 August 2023 (weekday-past); « samedi » is Saturday 19 August 2023 \
(weekday-future); « en mars » March 2023 (month-past); « l’an prochain » 2024; « plusieurs heures » a duration \
attached to nothing; « tous les ans » and « dans les prochains jours » vague, with no value. Biden's praise, \
Kishida's and Yoon's words, the White House's and the staff's Reports, Sullivan's assurance and the official's \
Report have no weekday or occasion written: no time.
Joe Biden, Yoon Suk Yeol, Camp David, the White House, the hotline, the South Korean Joint Chiefs of Staff, the \
Chinese foreign ministry, Wang Wenbin, Asia, Jake Sullivan and the Japanese official are not in ids.tsv: local, \
unlinked."""

BIDEN, YOON, KISHIDA = "local:joe-biden", "local:yoon-suk-yeol", "Q359480"
US, SK, JAPAN, NK, CHINA = "Q30", "Q884", "Q17", "Q423", "Q148"
TOKYO, SEOUL, BEIJING, KCNA = "Q1490", "Q8684", "Q956", "Q326804"
CAMP_DAVID, WHITE_HOUSE, HOTLINE = "local:camp-david", "local:white-house", "local:trilateral-hotline"
JCS, CN_MFA, WANG, ASIA = "local:south-korea-jcs", "local:chinese-foreign-ministry", "local:wang-wenbin", \
    "local:asia"
SULLIVAN, JP_OFFICIAL = "local:jake-sullivan", "local:japanese-official"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (YOON, "Yoon Suk-yeol", "Yoon Suk Yeol", "person",
     {"description": "président sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (CAMP_DAVID, "Camp David", "Camp David", "place",
     {"description": "résidence de campagne des présidents américains, dans le Maryland",
      "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (HOTLINE, "ligne téléphonique directe entre les États-Unis, la Corée du Sud et le Japon",
     "trilateral hotline between the United States, South Korea and Japan", "object",
     {"description": "ligne directe annoncée au sommet de Camp David, à installer entre les trois gouvernements",
      "unlinked_reason": "a single planned object with no Wikidata item"}),
    (JCS, "état-major sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (WANG, "Wang Wenbin", "Wang Wenbin", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (ASIA, "Asie", "Asia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SULLIVAN, "Jake Sullivan", "Jake Sullivan", "person",
     {"description": "conseiller à la sécurité nationale du président des États-Unis",
      "unlinked_reason": NOT_VERIFIED}),
    (JP_OFFICIAL, "un responsable japonais", "a Japanese official", "person",
     {"unlinked_reason": "anonymous in the article"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Joe Biden a accueilli vendredi le président sud-coréen, Yoon Suk Yeol, et le Premier ministre japonais, ...
    ("Joe Biden", None, BIDEN, "name"),
    ("le président sud-coréen", None, YOON, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Camp David", None, CAMP_DAVID, "name"),
    ("la résidence de campagne des présidents américains", None, CAMP_DAVID, "nominal"),
    # Réunis pendant plusieurs heures, les trois dirigeants se sont engagés ..., a précisé la Maison Blanche ...
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("une ligne téléphonique directe", None, HOTLINE, "nominal"),
    # « Nous ouvrons un nouveau chapitre, a lancé le président américain ... » Il a salué ...
    ("le président américain", None, BIDEN, "nominal"),
    ("Il", "Il a salué", BIDEN, "pronoun"),
    ("son invité sud-coréen", None, YOON, "nominal"),
    ("Tokyo", "rendu à Tokyo", TOKYO, "name"),
    ("Séoul", "entre Séoul", SK, "metonym"),
    ("Tokyo", "Séoul et Tokyo", JAPAN, "metonym"),
    # M. Kishida a, lui, défendu une coopération ... Le dirigeant sud-coréen a appelé Pyongyang ...
    ("Kishida", "M. Kishida", KISHIDA, "name"),
    ("lui", "a, lui, défendu", KISHIDA, "pronoun"),
    ("Le dirigeant sud-coréen", None, YOON, "nominal"),
    ("Pyongyang", None, NK, "metonym"),
    # Aucune réaction n’était venue du Nord vendredi soir. Mercredi, l’agence officielle KCNA ...
    ("Nord", "venue du Nord", NK, "nominal"),
    ("KCNA", None, KCNA, "name"),
    ("Washington", None, US, "metonym"),
    ("Corée du Nord", None, NK, "name"),
    ("l’état-major sud-coréen", None, JCS, "nominal"),
    ("le régime", None, NK, "nominal"),
    # À Pékin, le porte-parole du ministère chinois des Affaires étrangères, Wang Wenbin, ...
    ("Pékin", "À Pékin", BEIJING, "name"),
    ("le porte-parole du ministère chinois des Affaires étrangères", None, WANG, "nominal"),
    ("ministère chinois des Affaires étrangères", None, CN_MFA, "nominal"),
    ("Wang Wenbin", None, WANG, "name"),
    ("Asie", None, ASIA, "name"),
    ("Chine", None, CHINA, "name"),
    ("le conseiller américain à la sécurité nationale", None, SULLIVAN, "nominal"),
    ("Jake Sullivan", None, SULLIVAN, "name"),
    ("Pékin", "convaincre Pékin", CHINA, "metonym"),
    # Le prochain sommet à trois devrait se tenir l’an prochain au Japon, ... M. Yoon doit regagner Séoul samedi.
    ("Japon", None, JAPAN, "name"),
    ("un responsable japonais", None, JP_OFFICIAL, "nominal"),
    ("Yoon", "M. Yoon", YOON, "name"),
    ("Séoul", "regagner Séoul", SEOUL, "name"),
]

PUB_DAY = "The publication day, Friday 18 August 2023."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", "accueilli vendredi"), "2023-08-18", "day", "weekday-publication-day",
     "« Joe Biden a accueilli vendredi »: " + PUB_DAY + " The summit, the pledges and Biden's words at the press "
     "conference take it too (they happen at the reception of the lede)."),
    ("t-several-hours", ("plusieurs heures", None), None, "duration", "vague-duration",
     "« Réunis pendant plusieurs heures »: a length with no number; « Réunis » restates the summit, which has its "
     "day: attached to nothing (as « un entretien de plusieurs heures » in gold)."),
    ("t-every-year", ("tous les ans", None), None, "vague", "recurrence",
     "« seront désormais organisées tous les ans »: a frequency, not a date; no value. « désormais » (from now on) "
     "is not a time."),
    ("t-march", ("en mars", None), "2023-03", "month", "month-past",
     "Pluperfect « s’était rendu à Tokyo en mars », written in August 2023: March 2023."),
    ("t-friday-evening", ("vendredi soir", None), "2023-08-18", "day", "part-of-day",
     "« Aucune réaction n’était venue du Nord vendredi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-wednesday", ("Mercredi", None), "2023-08-16", "day", "weekday-past",
     "Pluperfect « Mercredi, l’agence officielle KCNA avait qualifié »: the Wednesday before the publication day, "
     "16 August 2023, two days before the summit."),
    ("t-coming-days", ("dans les prochains jours", None), None, "vague", "vague-future",
     "« pourrait répondre ... dans les prochains jours »: some days after publication; no value (as « dans les "
     "prochains mois » in gold)."),
    ("t-thursday", ("jeudi", None), "2023-08-17", "day", "weekday-past",
     "Pluperfect « avait mis en garde jeudi »: the Thursday before the publication day, 17 August 2023, the eve of "
     "the summit."),
    ("t-next-year", ("l’an prochain", None), "2024", "year", "relative-year-future",
     "« devrait se tenir l’an prochain », written in 2023: 2024."),
    ("t-saturday", ("samedi", None), "2023-08-19", "day", "weekday-future",
     "« M. Yoon doit regagner Séoul samedi »: the Saturday after the publication day, 19 August 2023."),
]

THREE_LEADERS = [("participant", BIDEN), ("participant", YOON), ("participant", KISHIDA)]
THREE_STATES = [("participant", US), ("participant", SK), ("participant", JAPAN)]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Joe Biden receives Yoon Suk Yeol and Fumio Kishida at Camp David on Friday",
          ("a accueilli", None), [("agent", BIDEN), ("participant", YOON), ("participant", KISHIDA)],
          place=CAMP_DAVID, time="t-friday", part_of="e-summit",
          note="Active voice: the host is the agent. « à Camp David, la résidence de campagne des présidents "
               "américains »: the place, with its role noun in apposition."),
    event("e-summit", "Meeting", "First stand-alone trilateral summit of the United States, South Korea and Japan",
          ("sommet", "premier sommet trilatéral"), [("agent", BIDEN), ("participant", YOON), ("participant", KISHIDA)],
          place=CAMP_DAVID, time="t-friday",
          note="« pour le premier sommet trilatéral organisé en dehors d’une réunion internationale »: the purpose of "
               "the reception, held the same Friday at Camp David; Biden, the host, is its agent (as the host of the "
               "SCO summit in gold). « organisé » restates it; « en dehors d’une réunion internationale » says it is "
               "not on the sidelines of any meeting, so that meeting is no event. « Réunis pendant plusieurs heures "
               "» and KCNA's « la rencontre » restate it (no second event)."),
    event("e-consultation", "Event", "The three leaders would consult each other without delay in a crisis",
          ("se consulter", None), THREE_LEADERS, status="hypothetical", according_to=[BIDEN, YOON, KISHIDA],
          note="What they pledge to do « en cas de crise ou de menace »: a case, hypothetical (as « en cas "
               "d’agression » in gold). « sans délai » is a manner, not a time. According to the three who pledge "
               "(the White House reports the pledges), as Kim's promised support in gold."),
    event("e-crisis", "Event", "A crisis concerning one of the three countries (the case of the pledge)",
          ("crise", None), THREE_STATES, status="hypothetical", according_to=[BIDEN, YOON, KISHIDA],
          note="A case, hypothetical. « l’un de leurs pays » is an unspecified one of the three (not a mention): the "
               "three countries are the participants."),
    event("e-threat", "Event", "A threat against one of the three countries (the case of the pledge)",
          ("menace", None), [("recipient", US), ("recipient", SK), ("recipient", JAPAN)], status="hypothetical",
          according_to=[BIDEN, YOON, KISHIDA],
          note="« de menace visant l’un de leurs pays »: a case, hypothetical; no one threatening is written, the "
               "targets (any of the three) are the recipients."),
    event("e-exercises", "Event", "Annual joint military exercises of the three countries", ("manœuvres", None),
          THREE_STATES, status="planned", time="t-every-year",
          note="« Des manœuvres militaires conjointes seront désormais organisées tous les ans »: a passive future "
               "with no agent, planned; the three countries of the summit are implied as participants (as the joint "
               "exercises of gold). In the article's own voice (a new sentence after the White House's Report): no "
               "according_to. The time is the vague frequency."),
    event("e-hotline", "Event", "A direct telephone line to be installed between the three governments",
          ("installée", None), [*THREE_STATES, ("theme", HOTLINE)], status="planned",
          note="« une ligne téléphonique directe doit être installée entre les trois capitales »: « doit », planned; "
               "« les trois capitales » stand for the three governments (a plural metonym, not a mention): the three "
               "countries are the participants, the line the theme."),
    event("e-yoon-tokyo-visit", "Visit", "Yoon Suk Yeol had travelled to Tokyo in March", ("s’était rendu", None),
          [("agent", YOON)], place=TOKYO, time="t-march",
          note="A pluperfect in a relative clause whose antecedent is « son invité sud-coréen »; « Tokyo » where he "
               "went is the city (Q1490)."),
    event("e-reconciliation", "Event", "The reconciliation between South Korea and Japan, sealed in March",
          ("réconciliation", None), [("participant", SK), ("participant", JAPAN)], time="t-march",
          part_of="e-yoon-tokyo-visit",
          note="« pour sceller la réconciliation entre Séoul et Tokyo »: the purpose of a visit that took place, "
               "which Biden praises: occurred (as the dinner that was a reception's purpose in gold). « Séoul » and « "
               "Tokyo » here are the two states."),
    event("e-cooperation", "Event", "Trilateral cooperation of the United States, South Korea and Japan",
          ("coopération", None), THREE_STATES,
          note="« défendu une coopération « qui ne vise aucun pays tiers » »: the cooperation exists (occurred); the "
               "three countries of the summit are implied. « ne vise aucun pays tiers » is a negated state, no event."),
    event("e-renounce", "Event", "North Korea to renounce its provocations (Yoon's call)", ("renoncer", None),
          [("agent", NK)], status="proposed", according_to=[YOON],
          note="What Yoon asks for: proposed (as « mettre fin ... à ses provocations » in gold; « ses provocations » "
               "is no event of its own there either)."),
    event("e-dialogue", "Event", "North Korea to resume dialogue (Yoon's call)", ("reprendre", None),
          [("agent", NK), ("participant", SK)], status="proposed", according_to=[YOON],
          note="« et à reprendre le dialogue »: the second infinitive of the same call, without guillemets: proposed. "
               "The other party of the dialogue is not written; South Korea, the caller's country, is implied."),
    event("e-invasion-preparation", "Event", "The United States preparing an invasion of North Korea (KCNA's "
          "accusation)", ("préparer", None), [("agent", US)], status="suspected", according_to=[KCNA],
          note="« accusant Washington de préparer »: an accusation, suspected (as « accusent ... d’avoir envoyé » in "
               "gold)."),
    event("e-invasion", "Event", "A US invasion of North Korea", ("invasion", None),
          [("agent", US), ("recipient", NK)], status="hypothetical", according_to=[KCNA],
          part_of="e-invasion-preparation",
          note="The invasion being prepared has not happened: hypothetical. The trigger is also KCNA's one-word "
               "quote."),
    event("e-response", "Event", "North Korea could respond to the summit", ("répondre", None), [("agent", NK)],
          status="hypothetical", time="t-coming-days", according_to=[JCS],
          note="« le régime pourrait répondre »: conditional, hypothetical; « le régime » is North Korea. What it "
               "would respond to (the summit) is implied; an event takes no role."),
    event("e-missile-launch", "Event", "A new North Korean missile launch", ("tir", "tir de missile"),
          [("agent", NK)], status="hypothetical", time="t-coming-days", according_to=[JCS], part_of="e-response",
          note="« par un nouveau tir de missile »: the means of the response, hypothetical with it. No specific "
               "missile: no theme."),
    event("e-small-circles", "Event", "The formation of « small circles » in Asia (Beijing's warning)",
          ("formation", None), THREE_STATES, status="hypothetical", place=ASIA, according_to=[WANG],
          note="« mis en garde ... contre « la formation de petits cercles » en Asie »: what a warning is against is "
               "hypothetical (as « mis en garde contre tout transfert » in gold). The circles' members are not "
               "written; the three countries meeting the next day are implied (« petits cercles » is plural and "
               "generic, not a mention)."),
    event("e-china-targeted", "Event", "China is not targeted (Sullivan)", ("visée", None), [("recipient", CHINA)],
          status="negated", according_to=[SULLIVAN],
          note="« La Chine n’est pas visée »: a negated passive with no agent: China the recipient only."),
    event("e-convince", "Event", "Sullivan fails to convince China", ("convaincre", None),
          [("agent", SULLIVAN), ("recipient", CHINA)], status="negated",
          note="« sans convaincre Pékin »: in the article's own voice, negated; « Pékin » is China (Q148). Not a "
               "speech act: the (missing) effect of one."),
    event("e-next-summit", "Meeting", "The next trilateral summit should be held in Japan next year",
          ("sommet", "prochain sommet"), THREE_STATES, status="hypothetical", place=JAPAN, time="t-next-year",
          according_to=[JP_OFFICIAL],
          note="« devrait se tenir »: expected, not scheduled: hypothetical (as « devrait se rendre » in gold). « à "
               "trois »: the three countries; no city is written, so the place is the country."),
    event("e-yoon-return", "Event", "Yoon to return to Seoul on Saturday", ("regagner", None), [("agent", YOON)],
          status="planned", place=SEOUL, time="t-saturday",
          note="« doit regagner Séoul samedi »: planned, in the article's own voice; « Séoul » is the city (Q8684)."),
]

PLEDGE_NOTE = ("« les trois dirigeants se sont engagés à se consulter sans délai en cas de crise ... »: one trigger, "
               "three speakers, one speech act each (as « se sont engagés » with two speakers in gold); « les trois "
               "dirigeants » is a plural phrase, not a mention. No guillemets. The pledges are made at the summit « "
               "Réunis pendant plusieurs heures »: its Friday and Camp David; the White House reports them.")

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-biden-pledge", "Assurance", "Biden pledges to consult the other two without delay in a crisis", BIDEN,
           ("se sont engagés", None), [], time="t-friday", place=CAMP_DAVID, according_to=[WHITE_HOUSE],
           about=["e-consultation", "e-crisis", "e-threat"], note=PLEDGE_NOTE),
    speech("s-yoon-pledge", "Assurance", "Yoon pledges to consult the other two without delay in a crisis", YOON,
           ("se sont engagés", None), [], time="t-friday", place=CAMP_DAVID, according_to=[WHITE_HOUSE],
           about=["e-consultation", "e-crisis", "e-threat"]),
    speech("s-kishida-pledge", "Assurance", "Kishida pledges to consult the other two without delay in a crisis",
           KISHIDA, ("se sont engagés", None), [], time="t-friday", place=CAMP_DAVID, according_to=[WHITE_HOUSE],
           about=["e-consultation", "e-crisis", "e-threat"]),
    speech("s-white-house", "Report", "The White House details the pledges in a communiqué", WHITE_HOUSE,
           ("a précisé", None), [], about=["s-biden-pledge", "s-yoon-pledge", "s-kishida-pledge"],
           note="« a précisé la Maison Blanche dans un communiqué »: the source after the clause; the communiqué is "
                "a document, not a mention. No weekday of its own: no time."),
    speech("s-biden-chapter", "Statement", "Biden: « we are opening a new chapter », the three countries are "
           "stronger together", BIDEN, ("a lancé", None),
           [("Nous ouvrons un nouveau chapitre", None), ("Nos trois pays sont plus forts ensemble.", None)],
           evidence=("« Nous ouvrons", "ensemble. »"), time="t-friday", place=CAMP_DAVID,
           note="One pair of guillemets around « a lancé le président américain lors d’une conférence de presse "
                "commune. »: one speech act, two quotes (the second keeps its full stop). The joint press conference "
                "is the occasion, part of the summit: its Friday and Camp David, and no event of its own (as in "
                "gold). « Nous » and « Nos trois pays » are the three countries (not mentions); « ouvrons un nouveau "
                "chapitre » is a metaphor and « sont plus forts ensemble » a state: no event."),
    speech("s-biden-praise", "Statement", "Biden praises the « political courage » of Yoon", BIDEN,
           ("a salué", None), [("courage politique", None)], about=["e-yoon-tokyo-visit", "e-reconciliation"],
           note="« Il a salué le « courage politique » de son invité sud-coréen »: « Il » is Biden. The courage is "
                "shown in the reconciliation the relative clause recalls. Probably said at the same press conference, "
                "but the article does not say so: no time, no place."),
    speech("s-kishida-cooperation", "Statement", "Kishida defends a cooperation « that targets no third country »",
           KISHIDA, ("défendu", None), [("qui ne vise aucun pays tiers", None)], about=["e-cooperation"],
           note="The quote is a relative clause on « une coopération ». « lui » (emphatic) sets Kishida against "
                "Biden; no occasion written: no time."),
    speech("s-yoon-call", "Statement", "Yoon calls on North Korea to renounce its provocations and resume dialogue",
           YOON, ("a appelé", None), [("renoncer à ses provocations", None)], addressee=NK,
           about=["e-renounce", "e-dialogue"],
           note="One verb, two infinitives joined by « et », one of them quoted: one speech act about both (the "
                "second stays inside it without guillemets). « Pyongyang » is North Korea, the addressee."),
    speech("s-nk-no-reaction", "SpeechAct", "No reaction from North Korea by Friday evening", NK,
           ("réaction", None), [], status="negated", time="t-friday-evening",
           note="« Aucune réaction n’était venue du Nord vendredi soir »: a negated speech act whose trigger is a "
                "noun (as « Aucune réaction n’était venue de Pyongyang » in gold)."),
    speech("s-kcna-war-summit", "Statement", "KCNA called the meeting a « war summit » on Wednesday", KCNA,
           ("avait qualifié", None), [("sommet de la guerre", None)], time="t-wednesday", about=["e-summit"],
           note="« l’agence officielle KCNA avait qualifié la rencontre de « sommet de la guerre » »: KCNA's own "
                "wording, so the agency is the speaker (as in the bundled article); « la rencontre » is the summit "
                "(then still to come)."),
    speech("s-kcna-accusation", "Statement", "KCNA accuses Washington of preparing an invasion of North Korea", KCNA,
           ("accusant", None), [("invasion", None)], addressee=US, time="t-wednesday",
           about=["e-invasion-preparation", "e-invasion"],
           note="A participle with its own guillemets: a second speech act of the same subject (as « jugeant ... « le "
                "droit souverain » » in gold), on the same Wednesday; the accused, Washington (the United States), "
                "is the addressee, as in gold's accusations."),
    speech("s-jcs", "Report", "South Korea's Joint Chiefs of Staff: North Korea could respond with a missile launch",
           JCS, ("Selon", None), [], about=["e-response", "e-missile-launch"],
           note="« Selon l’état-major sud-coréen »: a Report, no time of its own."),
    speech("s-wang-warning", "Warning", "Wang Wenbin warns against « the formation of small circles » in Asia", WANG,
           ("avait mis en garde", None), [("la formation de petits cercles", None)], time="t-thursday",
           place=BEIJING, about=["e-small-circles"],
           note="« À Pékin » places the words (the city, Q956); a pluperfect on the eve of the summit."),
    speech("s-sullivan", "Assurance", "Jake Sullivan assures that China is not targeted", SULLIVAN,
           ("a assuré", None), [], about=["e-china-targeted"],
           note="Indirect speech first, without guillemets (« La Chine n’est pas visée, a assuré de son côté ... »), "
                "as « Moscou ne reconnaîtra pas ce vote, a prévenu » in gold. No weekday: no time."),
    speech("s-jp-official", "Report", "A Japanese official says the next summit should be held in Japan next year",
           JP_OFFICIAL, ("selon", None), [], about=["e-next-summit"], note="« selon un responsable japonais »."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
