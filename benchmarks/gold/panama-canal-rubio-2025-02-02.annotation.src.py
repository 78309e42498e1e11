"""Held-out annotation of panama-canal-rubio-2025-02-02.txt (written for the twenty-second held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/panama-canal-rubio-2025-02-02.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/panama-canal-rubio-2025-02-02.annotation.src.py --check

From held-out set 22 (moved to gold in session 20; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "panama-canal-rubio-2025-02-02.txt"

NOTE = """\
Held-out-22 article: on Sunday 2 February 2025 in Panama City, US Secretary of State Marco Rubio warns President \
José Raúl Mulino, after a talk of nearly two hours at the presidential palace, that China's influence over the canal \
is « inacceptable », and (according to a State Department readout) that the United States will take the necessary \
measures to protect their rights if nothing changes; he arrived on Saturday evening on his first trip abroad since \
taking office, in Central America; shortly after, Panama announces it will not renew the 2017 memorandum of \
understanding on the Belt and Road signed with Beijing; Mulino says the canal is and will stay Panamanian, sees no \
real threat to the neutrality treaty and announces no negotiation with Washington; Donald Trump had claimed at his \
inauguration on 20 January that China « operated » the canal, handed over by the United States on 31 December 1999, \
and had not ruled out taking it back by force; the ports at its two ends are run by a CK Hutchison subsidiary \
audited by the Panamanian government since January; Beijing hits back in the evening through its embassy in Panama \
City, which denies any part in running the canal and accuses Washington of a smear campaign; spokesman Lin Jian had \
denounced baseless remarks on Friday and should speak again on Monday according to a diplomatic source; Rubio, who \
toured the Miraflores locks in the afternoon, is expected in El Salvador on Monday, then in Costa Rica, Guatemala \
and the Dominican Republic. Published Sunday 2 February 2025 (the file gives the day). The visit, the meeting with \
Mulino, the non-renewal of the Belt and Road memorandum, Trump's inauguration claim, the 1999 handover, the CK \
Hutchison ports and audit and the Central American tour follow the real events loosely; the quotes, the length of \
the talk, the wording of the readout, the embassy's and Lin Jian's words, the Friday and Monday statements and the \
diplomatic source are invented or simplified.
What it exercises: a warning on the publication day with a city that has the country's name (« a averti dimanche à \
Panama le président José Raúl Mulino que l’influence de la Chine sur le canal était « inacceptable » »: Mulino the \
addressee, a title right before his name, a one-word quoted predicate, the influence no event) and a nominal talk \
with a duration at a place fused with « au » (« au terme d’un entretien de près de deux heures au palais \
présidentiel »); a two-sentence quote first with a negated modal, a condition by « Faute de » and a future (« Faute \
de changements immédiats, les États-Unis prendront les mesures nécessaires pour protéger leurs droits »: the changes \
proposed, the measures and the protection hypothetical) under « a prévenu M. Rubio, selon un compte rendu du \
département d’État » (a Report of the department, in according_to); an apposed participle of arrival with a past \
evening (« Arrivé samedi soir ») and a visit in the present by a role noun (« le chef de la diplomatie américaine \
effectue ... son premier déplacement à l’étranger depuis sa prise de fonctions »); « Peu après » (counted from the \
meeting) over a country's announcement of a negated future in the past with « il » for the country and a passive \
participle of signing with a metonym and a year (« le Panama a annoncé qu’il ne renouvellerait pas le protocole \
d’accord sur les Nouvelles routes de la soie, signé avec Pékin en 2017 »); a quote split around « a martelé M. \
Mulino devant la presse, » with « il » for the canal; « a dit ne voir aucune « menace réelle » » (the threat negated \
according to him) joined by « et » to a negated speech act over a hypothetical negotiation with a metonym (« n’a \
annoncé aucune négociation avec Washington »); a pluperfect claim with a one-word quote in a completive, dated by a \
nominal inauguration with a date in apposition (« avait affirmé lors de son investiture, le 20 janvier, que la Chine \
« exploitait » le canal »: suspected), a passive participle of handover with an agent, a recipient and a full date \
(« rétrocédé par les États-Unis au Panama le 31 décembre 1999 ») and a negated pluperfect with the clitic « en » (« \
n’avait pas exclu d’en reprendre le contrôle par la force »: the takeover hypothetical); a present passive with a \
role noun holding a company named after a descriptor (« sont gérés par une filiale du conglomérat hongkongais CK \
Hutchison ») and an apposed passive participle with a nominal audit and a past month (« visée depuis janvier par \
un audit du gouvernement panaméen »); a metonym's reaction on the publication evening (« Pékin a riposté dans la \
soirée ») and a quote first with a negation by « jamais ... ni » under an embassy named with two places inside it (« \
l’ambassade de Chine à Panama »), then a relative accusation of a metonym with a quoted noun phrase (« qui accuse \
Washington de mener une « campagne de dénigrement » »: suspected); a role noun and a name in apposition with a \
pluperfect on a past weekday and « déjà » (« avait déjà dénoncé vendredi des propos « sans fondement » ») joined by « \
et » to a conditional speech act on a future weekday sourced after the clause (« devrait s’exprimer de nouveau \
lundi, selon une source diplomatique »: planned); a relative visit in the afternoon and a passive expected arrival on \
a future weekday (« est attendu lundi au Salvador »); a future trip to three countries with one verb (« Il se \
rendra ensuite au Costa Rica, au Guatemala et en République dominicaine »: three planned visits, one trigger).
Places and metonyms. « Panama » is the city (Panama City, a local place) in « à Panama » (where Rubio warns) and in \
« l’ambassade de Chine à Panama »; « le Panama » and « au Panama » (after « rétrocédé ») are the country (local, kind \
name), as is « il » in « qu’il ne renouvellerait pas ». « Pékin » is China (Q148, metonym) both times: a party to a \
signing (« signé avec Pékin ») and a state that hits back. « Washington » is the United States (Q30, metonym) both \
times: a party to a negotiation and the accused. « palais présidentiel » (fused « au »: from the noun) is the \
meeting's place, a local place in Panama City; « écluses de Miraflores » are marked whole (a name), as « base \
militaire d’Elmendorf-Richardson » in gold. « Amérique centrale » is the region of the present trip (a local \
place).
Mentions. « Le secrétaire d’État américain » (before the name, set off by a comma) and « le chef de la diplomatie \
américaine » are nominal mentions of Rubio; « la diplomatie américaine » inside it is no mention (gold convention); \
« M. Rubio » and « M. Mulino » are marked from the name. « le président José Raúl Mulino » has a title right \
before the name: only the name. « Le dirigeant » is Mulino (nominal). « le canal » (twice), « canal » after \
fused « du », « Le canal » inside Mulino's quote, « il » in « et il le restera » and « en » in « d’en reprendre » \
are the Panama Canal (« le » in « le restera » stands for the adjective, no mention). « le protocole d’accord sur \
les Nouvelles routes de la soie » is the memorandum (nominal) with the Belt and Road Initiative inside it (« \
Nouvelles routes de la soie », a name). « le traité de neutralité » is the 1977 treaty on the canal's neutrality \
(nominal). « Les ports situés à ses deux extrémités » is one local entity for the two ports (Balboa and Cristóbal, \
not named); « une filiale du conglomérat hongkongais CK Hutchison » is the subsidiary (nominal; the article does not \
name it) and holds « CK Hutchison » (only the name: « le conglomérat hongkongais » is a descriptor right before \
it); « gouvernement panaméen » (fused « du ») is the Panamanian government. « l’ambassade de Chine à Panama » is the \
embassy (nominal) holding « Chine » (China) and « Panama » (the city). « Le porte-parole de la diplomatie chinoise » \
is Lin Jian (nominal; « la diplomatie chinoise » is no mention), « une source diplomatique » the source. « Il » in « \
Il se rendra » is Rubio. Not mentions: « la presse », « Le statu quo », « les mesures nécessaires », « leurs \
droits », « son premier déplacement », « sa prise de fonctions », « son investiture » (possessives and event \
nouns), « ce point », « des propos », « la gestion », « l’exploitation », « la force ».
Statuses. The meeting, the arrival, the trip under way, the 2017 signing, the 1999 handover, the running of the \
ports, the audit, the afternoon visit and the inauguration are occurred, in the article's own voice. The changes \
Rubio demands are proposed; the US measures and the protection of rights hypothetical (a future under a condition, \
according to Rubio and the State Department). The non-renewal is negated (a negated future in the past, as « ne \
prolongerait pas l’accord » in gold), according to Panama. The threat to the treaty is negated according to Mulino \
(« ne voir aucune »); the negotiation he does not announce hypothetical (as the riposte the White House does not \
announce in gold). China operating the canal is suspected (Trump's claim, which the article does not endorse); the \
takeover by force hypothetical (« n’avait pas exclu »). China's part in running the canal is negated according to \
the embassy (a denial standing alone); the smear campaign is suspected according to the embassy. The Salvador visit \
and the three later visits are planned; Lin Jian's Monday statement is a planned speech act.
Times. « dimanche » is the publication day, Sunday 2 February 2025; the meeting takes it (the warning came at its \
end) and « près de deux heures » is a duration attached to nothing; « samedi soir » Saturday 1 February 2025; « Peu \
après » Sunday 2 February (counted from the meeting, as « Peu après la lecture » in gold); « en 2017 » the year; « le \
20 janvier » 20 January 2025 (the inauguration and Trump's claim); « le 31 décembre 1999 » an explicit date; « depuis \
janvier » January 2025 (month-past); « dans la soirée » the publication evening; « vendredi » Friday 31 January \
2025 (weekday-past, pluperfect); both « lundi » Monday 3 February 2025 (weekday-future); « dans l’après-midi » the \
publication day. « immédiats », « déjà », « de nouveau » and « ensuite » are not times; the later three visits have \
no time.
The United States and China are linked (with Washington and Beijing as their metonyms); Marco Rubio (only the \
position Q14213 is in ids.tsv, as in gold), José Raúl Mulino, Panama, Panama City, the Panama Canal, the \
presidential palace, the State Department, Central America, the memorandum, the Belt and Road Initiative, the \
neutrality treaty, Donald Trump, the ports, the subsidiary, CK Hutchison, the Panamanian government, the Chinese \
embassy, Lin Jian, the diplomatic source, the Miraflores locks, El Salvador, Costa Rica, Guatemala and the Dominican \
Republic are not in ids.tsv: local, unlinked."""

US, CHINA = "Q30", "Q148"
RUBIO, MULINO, TRUMP, LIN = "local:marco-rubio", "local:jose-raul-mulino", "local:donald-trump", "local:lin-jian"
PANAMA, PANAMA_CITY, CANAL, PALACE = "local:panama", "local:panama-city", "local:panama-canal", \
    "local:panama-presidential-palace"
STATE_DEPT, CENTRAL_AMERICA = "local:state-department", "local:central-america"
MOU, BRI, TREATY = "local:panama-bri-memorandum", "local:belt-and-road-initiative", "local:canal-neutrality-treaty"
PORTS, SUBSIDIARY, CKH, PA_GOV = "local:canal-ports", "local:ck-hutchison-subsidiary", "local:ck-hutchison", \
    "local:panama-government"
CN_EMBASSY, SOURCE, LOCKS = "local:chinese-embassy-panama", "local:diplomatic-source", "local:miraflores-locks"
SALVADOR, COSTA_RICA, GUATEMALA, DOMINICAN = "local:el-salvador", "local:costa-rica", "local:guatemala", \
    "local:dominican-republic"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RUBIO, "Marco Rubio", "Marco Rubio", "person",
     {"description": "secrétaire d’État des États-Unis",
      "unlinked_reason": NOT_VERIFIED + "; only the position Q14213 is listed"}),
    (MULINO, "José Raúl Mulino", "José Raúl Mulino", "person",
     {"description": "président du Panama", "unlinked_reason": NOT_VERIFIED}),
    (PANAMA_CITY, "Panama", "Panama City", "place",
     {"description": "la capitale du Panama", "unlinked_reason": NOT_VERIFIED}),
    (CANAL, "canal de Panama", "Panama Canal", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PALACE, "palais présidentiel de Panama", "Presidential Palace of Panama", "place",
     {"description": "le palais présidentiel, à Panama, où Marco Rubio et José Raúl Mulino se sont entretenus",
      "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CENTRAL_AMERICA, "Amérique centrale", "Central America", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PANAMA, "Panama", "Panama", "country", {"unlinked_reason": NOT_VERIFIED}),
    (MOU, "protocole d’accord sur les Nouvelles routes de la soie", "Panama–China Belt and Road memorandum of "
     "understanding", "other",
     {"description": "protocole d’accord signé en 2017 par le Panama et la Chine",
      "unlinked_reason": "a bilateral memorandum with no Wikidata item"}),
    (BRI, "Nouvelles routes de la soie", "Belt and Road Initiative", "other", {"unlinked_reason": NOT_VERIFIED}),
    (TREATY, "traité de neutralité", "Panama Canal Neutrality Treaty", "other",
     {"description": "traité de 1977 sur la neutralité permanente et le fonctionnement du canal de Panama",
      "class_qid": "Q131569", "unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (PORTS, "ports aux deux extrémités du canal", "ports at the two ends of the canal", "place",
     {"description": "les ports de Balboa et de Cristóbal, que l’article ne nomme pas",
      "unlinked_reason": "two ports at once, not one Wikidata item"}),
    (SUBSIDIARY, "filiale de CK Hutchison", "CK Hutchison subsidiary", "organization",
     {"description": "la filiale de CK Hutchison qui gère les ports (Panama Ports Company), que l’article ne "
                     "nomme pas", "unlinked_reason": NOT_VERIFIED}),
    (CKH, "CK Hutchison", "CK Hutchison Holdings", "organization",
     {"description": "conglomérat hongkongais", "unlinked_reason": NOT_VERIFIED}),
    (PA_GOV, "gouvernement panaméen", "Government of Panama", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CN_EMBASSY, "ambassade de Chine à Panama", "Embassy of China in Panama", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (LIN, "Lin Jian", "Lin Jian", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "source diplomatique", "diplomatic source", "person",
     {"unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (LOCKS, "écluses de Miraflores", "Miraflores Locks", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SALVADOR, "Salvador", "El Salvador", "country", {"unlinked_reason": NOT_VERIFIED}),
    (COSTA_RICA, "Costa Rica", "Costa Rica", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GUATEMALA, "Guatemala", "Guatemala", "country", {"unlinked_reason": NOT_VERIFIED}),
    (DOMINICAN, "République dominicaine", "Dominican Republic", "country", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le secrétaire d’État américain, Marco Rubio, a averti dimanche à Panama le président José Raúl Mulino ...
    ("Le secrétaire d’État américain", None, RUBIO, "nominal"),
    ("Marco Rubio", None, RUBIO, "name"),
    ("Panama", "dimanche à Panama", PANAMA_CITY, "name"),
    ("José Raúl Mulino", None, MULINO, "name"),
    ("Chine", "l’influence de la Chine", CHINA, "name"),
    ("le canal", "sur le canal était", CANAL, "nominal"),
    ("palais présidentiel", None, PALACE, "nominal"),
    # « Le statu quo ne peut pas durer. ... », a prévenu M. Rubio, selon un compte rendu du département d’État.
    ("États-Unis", "les États-Unis prendront", US, "name"),
    ("Rubio", "a prévenu M. Rubio", RUBIO, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    # Arrivé samedi soir, le chef de la diplomatie américaine effectue en Amérique centrale ...
    ("le chef de la diplomatie américaine", None, RUBIO, "nominal"),
    ("Amérique centrale", None, CENTRAL_AMERICA, "name"),
    # Peu après, le Panama a annoncé qu’il ne renouvellerait pas le protocole d’accord ..., signé avec Pékin en 2017.
    ("Panama", "le Panama a annoncé", PANAMA, "name"),
    ("il", "qu’il ne renouvellerait", PANAMA, "pronoun"),
    ("le protocole d’accord sur les Nouvelles routes de la soie", None, MOU, "nominal"),
    ("Nouvelles routes de la soie", None, BRI, "name"),
    ("Pékin", "signé avec Pékin", CHINA, "metonym"),
    # « Le canal est panaméen, a martelé M. Mulino devant la presse, et il le restera. »
    ("Le canal", "« Le canal est", CANAL, "nominal"),
    ("Mulino", "a martelé M. Mulino", MULINO, "name"),
    ("il", "et il le restera", CANAL, "pronoun"),
    # Le dirigeant a dit ne voir aucune « menace réelle » contre le traité de neutralité, et n’a annoncé ...
    ("Le dirigeant", None, MULINO, "nominal"),
    ("le traité de neutralité", None, TREATY, "nominal"),
    ("Washington", "négociation avec Washington", US, "metonym"),
    # Donald Trump avait affirmé lors de son investiture, le 20 janvier, que la Chine « exploitait » le canal, ...
    ("Donald Trump", None, TRUMP, "name"),
    ("Chine", "que la Chine « exploitait »", CHINA, "name"),
    ("le canal", "« exploitait » le canal", CANAL, "nominal"),
    ("États-Unis", "rétrocédé par les États-Unis", US, "name"),
    ("Panama", "au Panama le 31", PANAMA, "name"),
    ("en", ("d’en reprendre", 1), CANAL, "pronoun"),
    # Les ports situés à ses deux extrémités sont gérés par une filiale du conglomérat hongkongais CK Hutchison, ...
    ("Les ports situés à ses deux extrémités", None, PORTS, "nominal"),
    ("une filiale du conglomérat hongkongais CK Hutchison", None, SUBSIDIARY, "nominal"),
    ("CK Hutchison", None, CKH, "name"),
    ("gouvernement panaméen", None, PA_GOV, "nominal"),
    # Pékin a riposté dans la soirée.
    ("Pékin", "Pékin a riposté", CHINA, "metonym"),
    # « La Chine n’a jamais participé ... du canal », a déclaré l’ambassade de Chine à Panama, qui accuse Washington ...
    ("Chine", "« La Chine n’a jamais", CHINA, "name"),
    ("canal", "l’exploitation du canal", CANAL, "nominal"),
    ("l’ambassade de Chine à Panama", None, CN_EMBASSY, "nominal"),
    ("Chine", "l’ambassade de Chine", CHINA, "name"),
    ("Panama", "Chine à Panama", PANAMA_CITY, "name"),
    ("Washington", "accuse Washington", US, "metonym"),
    # Le porte-parole de la diplomatie chinoise, Lin Jian, avait déjà dénoncé vendredi ..., selon une source ...
    ("Le porte-parole de la diplomatie chinoise", None, LIN, "nominal"),
    ("Lin Jian", None, LIN, "name"),
    ("une source diplomatique", None, SOURCE, "nominal"),
    # M. Rubio, qui a visité dans l’après-midi les écluses de Miraflores, est attendu lundi au Salvador.
    ("Rubio", "M. Rubio, qui", RUBIO, "name"),
    ("écluses de Miraflores", None, LOCKS, "name"),
    ("Salvador", None, SALVADOR, "name"),
    # Il se rendra ensuite au Costa Rica, au Guatemala et en République dominicaine.
    ("Il", "Il se rendra", RUBIO, "pronoun"),
    ("Costa Rica", None, COSTA_RICA, "name"),
    ("Guatemala", None, GUATEMALA, "name"),
    ("République dominicaine", None, DOMINICAN, "name"),
]

PUB_DAY = "The publication day, Sunday 2 February 2025 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", None), "2025-02-02", "day", "weekday-publication-day",
     "« a averti dimanche »: " + PUB_DAY + " The talk at whose end Rubio warns takes the same day."),
    ("t-two-hours", ("près de deux heures", None), None, "duration", "explicit-duration",
     "About two hours of talk (PT2H), as « près de trois heures » in gold; the meeting's time is its day, so the "
     "duration is attached to nothing."),
    ("t-saturday-evening", ("samedi soir", None), "2025-02-01", "day", "part-of-day",
     "« Arrivé samedi soir »: the evening of the Saturday before the publication day, 1 February 2025."),
    ("t-shortly-after", ("Peu après", None), "2025-02-02", "day", "counted-from-event",
     "« Peu après »: shortly after the Sunday meeting and warning of the lede, so the same Sunday, 2 February "
     "2025, as « Peu après la lecture » in gold; it gives no more than that day."),
    ("t-2017", ("en 2017", None), "2017", "year", "explicit-year",
     "A year written out; it stays a year."),
    ("t-january-20", ("le 20 janvier", None), "2025-01-20", "day", "day-month-publication-year",
     "« lors de son investiture, le 20 janvier »: the day and month, the year of publication (2025); pluperfect, "
     "so before the publication day. It dates the inauguration and Trump's claim made at it."),
    ("t-1999", ("le 31 décembre 1999", None), "1999-12-31", "day", "explicit-date",
     "A full date written out."),
    ("t-since-january", ("depuis janvier", None), "2025-01", "month", "month-past",
     "« visée depuis janvier par un audit »: the last January before February 2025, January 2025; the audit's "
     "start, ongoing."),
    ("t-evening", ("dans la soirée", None), "2025-02-02", "day", "part-of-day",
     "« Pékin a riposté dans la soirée »: the evening of the publication day. " + PUB_DAY),
    ("t-friday", ("vendredi", None), "2025-01-31", "day", "weekday-past",
     "Pluperfect « avait déjà dénoncé vendredi »: the Friday before the publication day (Sunday), 31 January 2025."),
    ("t-monday-lin", ("lundi", "de nouveau lundi"), "2025-02-03", "day", "weekday-future",
     "« devrait s’exprimer de nouveau lundi »: the Monday after the publication day, 3 February 2025."),
    ("t-afternoon", ("dans l’après-midi", None), "2025-02-02", "day", "part-of-day",
     "« qui a visité dans l’après-midi »: a past tense, the afternoon of the publication day. " + PUB_DAY),
    ("t-monday-visit", ("lundi", "attendu lundi"), "2025-02-03", "day", "weekday-future",
     "« est attendu lundi au Salvador »: the Monday after the publication day, 3 February 2025."),
]

LEDE = ("Le secrétaire d’État américain", "palais présidentiel.")
RUBIO_QUOTE = ("« Le statu quo", "département d’État.")
ANNOUNCEMENT = ("Peu après", "en 2017.")
MULINO_QUOTE = ("« Le canal est", "le restera. »")
TRUMP_SENTENCE = ("Donald Trump avait", "par la force.")
EMBASSY = ("« La Chine", "« campagne de dénigrement ».")
LIN_SENTENCE = ("Le porte-parole de la diplomatie chinoise", "source diplomatique.")

EVENTS: list[dict[str, Any]] = [
    event("e-meeting", "Meeting", "Marco Rubio and José Raúl Mulino talk for nearly two hours at the presidential "
          "palace", ("entretien", None), [("participant", RUBIO), ("participant", MULINO)], place=PALACE,
          time="t-sunday", evidence=LEDE,
          note="« au terme d’un entretien de près de deux heures au palais présidentiel »: a nominal talk; the warning "
               "came at its end, so it takes the warning's Sunday (implied, as the talks before a reception in "
               "gold/blinken-pekin-2024-04-26). The palace (fused « au ») is in Panama City."),
    event("e-changes", "Event", "Immediate changes Rubio demands of Panama", ("changements", None),
          [("agent", PANAMA)], status="proposed", according_to=[RUBIO, STATE_DEPT], evidence=RUBIO_QUOTE,
          note="« Faute de changements immédiats »: what Rubio asks for (the alternative to US measures): proposed. "
               "Who is to change is not written; Panama, whose canal is at stake, is the implied agent."),
    event("e-us-measures", "Event", "The United States will take the necessary measures if nothing changes",
          ("prendront", None), [("agent", US)], status="hypothetical", according_to=[RUBIO, STATE_DEPT],
          evidence=RUBIO_QUOTE,
          note="« Faute de changements immédiats, les États-Unis prendront les mesures nécessaires »: a future under "
               "a condition (without changes): hypothetical. The readout carries the words (according_to)."),
    event("e-protect-rights", "Event", "The United States protecting their rights", ("protéger", None),
          [("agent", US)], status="hypothetical", according_to=[RUBIO, STATE_DEPT], part_of="e-us-measures",
          evidence=RUBIO_QUOTE,
          note="« pour protéger leurs droits »: the purpose of the conditional measures, hypothetical with them; « "
               "leurs droits » is no entity."),
    event("e-arrival", "Visit", "Marco Rubio arrived on Saturday evening", ("Arrivé", None), [("agent", RUBIO)],
          place=PANAMA_CITY, time="t-saturday-evening", part_of="e-tour",
          note="An apposed participle that agrees with « le chef de la diplomatie américaine », typed as the arrival "
               "in gold/kamikawa-seoul-2024-05-14. No place is written in the sentence: the lede puts Rubio « à "
               "Panama » (implied)."),
    event("e-tour", "Visit", "Marco Rubio's first trip abroad since taking office, in Central America",
          ("déplacement", None), [("agent", RUBIO)], place=CENTRAL_AMERICA,
          note="« effectue en Amérique centrale son premier déplacement à l’étranger depuis sa prise de fonctions »: "
               "a trip in the present, under way (as « effectue sa deuxième visite » in gold: the noun is the "
               "trigger). No time word of its own. « sa prise de fonctions » gets no event (as in "
               "gold/kamikawa-seoul-2024-05-14)."),
    event("e-non-renewal", "Event", "Panama will not renew its Belt and Road memorandum with China",
          ("renouvellerait", None), [("agent", PANAMA), ("theme", MOU)], status="negated",
          according_to=[PANAMA], evidence=ANNOUNCEMENT,
          note="« le Panama a annoncé qu’il ne renouvellerait pas le protocole d’accord »: a negated future in the "
               "past, the news of the article (as « ne prolongerait pas l’accord » in gold/cereales-mer-noire-2023-07)."
               " No time of its own: « Peu après » dates the announcement."),
    event("e-mou-signing", "Agreement", "Panama and China signed the Belt and Road memorandum in 2017",
          ("signé", None), [("participant", PANAMA), ("participant", CHINA), ("theme", MOU)], time="t-2017",
          evidence=ANNOUNCEMENT,
          note="« signé avec Pékin en 2017 »: a passive participle in the article's voice; Panama, the subject of the "
               "clause the memorandum belongs to, and China (« avec Pékin », a metonym) are the two parties."),
    event("e-treaty-threat", "Event", "A real threat to the neutrality treaty (which Mulino does not see)",
          ("menace réelle", None), [("recipient", TREATY)], status="negated", according_to=[MULINO],
          note="« a dit ne voir aucune « menace réelle » contre le traité de neutralité »: denied by the speaker, "
               "standing alone: negated according to him. No one is named as threatening."),
    event("e-negotiation", "Event", "A negotiation between Panama and the United States on the treaty",
          ("négociation", None), [("participant", PANAMA), ("participant", US)], status="hypothetical",
          note="« n’a annoncé aucune négociation avec Washington sur ce point »: what is not announced is left open, "
               "not denied: hypothetical (as the riposte the White House does not announce in gold). Panama is the "
               "implied other party (Mulino speaks for it)."),
    event("e-inauguration", "Event", "Donald Trump's inauguration on 20 January", ("investiture", None),
          [("agent", TRUMP)], time="t-january-20", evidence=TRUMP_SENTENCE,
          note="« lors de son investiture, le 20 janvier »: a nominal event with its date in apposition."),
    event("e-china-operates", "Event", "China operating the Panama Canal (Trump's claim)", ("exploitait", None),
          [("agent", CHINA), ("theme", CANAL)], status="suspected", according_to=[TRUMP], evidence=TRUMP_SENTENCE,
          note="« que la Chine « exploitait » le canal »: a claim in reported speech that the article does not "
               "endorse, and which the Chinese embassy denies later on: suspected according to Trump (a contested "
               "charge stays suspected, gold convention)."),
    event("e-handover", "Event", "The United States handed the canal over to Panama on 31 December 1999",
          ("rétrocédé", None), [("agent", US), ("recipient", PANAMA), ("theme", CANAL)], time="t-1999",
          evidence=TRUMP_SENTENCE,
          note="« le canal, rétrocédé par les États-Unis au Panama le 31 décembre 1999 »: a passive participle with "
               "its agent, recipient and date, in the article's own voice."),
    event("e-takeover", "Event", "Taking back control of the canal by force", ("reprendre le contrôle", None),
          [("agent", TRUMP), ("theme", CANAL)], status="hypothetical", according_to=[TRUMP],
          evidence=TRUMP_SENTENCE,
          note="« n’avait pas exclu d’en reprendre le contrôle par la force »: not ruled out, so possible: "
               "hypothetical (as « n’exclut pas de reprendre » in gold); « en » is the canal (theme). The agent is "
               "the infinitive's implied subject, Trump, as « pour prendre le contrôle » in "
               "gold/groenland-copenhague-2025-01-08."),
    event("e-port-management", "Event", "A CK Hutchison subsidiary runs the ports at both ends of the canal",
          ("gérés", None), [("agent", SUBSIDIARY), ("theme", PORTS)],
          note="« Les ports ... sont gérés par une filiale du conglomérat hongkongais CK Hutchison »: a present "
               "passive with its agent, ongoing: occurred; no time."),
    event("e-audit", "Event", "The Panamanian government has been auditing the subsidiary since January",
          ("audit", None), [("agent", PA_GOV), ("recipient", SUBSIDIARY)], time="t-since-january",
          note="« visée depuis janvier par un audit du gouvernement panaméen »: an apposed passive participle whose "
               "agent is a nominal event; the subsidiary (« visée » agrees with « filiale ») is audited. Ongoing "
               "since January 2025: occurred."),
    event("e-china-participation", "Event", "China's part in running and operating the canal (denied)",
          ("participé", None), [("agent", CHINA), ("theme", CANAL)], status="negated",
          according_to=[CN_EMBASSY], evidence=EMBASSY,
          note="« La Chine n’a jamais participé à la gestion ni à l’exploitation du canal »: a denial standing alone, "
               "negated according to the embassy; one event for the one verb (« ni » joins two objects of it)."),
    event("e-smear-campaign", "Event", "A smear campaign waged by the United States (the embassy's accusation)",
          ("campagne de dénigrement", None), [("agent", US), ("recipient", CHINA)], status="suspected",
          according_to=[CN_EMBASSY], evidence=EMBASSY,
          note="« qui accuse Washington de mener une « campagne de dénigrement » »: an accusation: suspected. The "
               "trigger is the quoted noun (« mener » is a light verb); China, the embassy's state, is the implied "
               "target."),
    event("e-miraflores-visit", "Visit", "Marco Rubio visited the Miraflores locks in the afternoon",
          ("a visité", None), [("agent", RUBIO)], place=LOCKS, time="t-afternoon", part_of="e-tour",
          note="« qui a visité dans l’après-midi les écluses de Miraflores »: a relative past tense, the locks the "
               "place visited."),
    event("e-salvador-visit", "Visit", "Marco Rubio expected in El Salvador on Monday", ("est attendu", None),
          [("agent", RUBIO)], status="planned", place=SALVADOR, time="t-monday-visit", part_of="e-tour",
          note="« est attendu lundi au Salvador »: a passive of expectation on a future weekday: planned."),
    event("e-costa-rica-visit", "Visit", "Marco Rubio to visit Costa Rica next", ("se rendra", None),
          [("agent", RUBIO)], status="planned", place=COSTA_RICA, part_of="e-tour",
          note="« Il se rendra ensuite au Costa Rica, au Guatemala et en République dominicaine »: one verb, three "
               "countries: three planned visits with one trigger (one place each). « ensuite » is no time."),
    event("e-guatemala-visit", "Visit", "Marco Rubio to visit Guatemala next", ("se rendra", None),
          [("agent", RUBIO)], status="planned", place=GUATEMALA, part_of="e-tour",
          note="The second of the three visits of « se rendra ensuite »."),
    event("e-dominican-visit", "Visit", "Marco Rubio to visit the Dominican Republic next", ("se rendra", None),
          [("agent", RUBIO)], status="planned", place=DOMINICAN, part_of="e-tour",
          note="The third of the three visits of « se rendra ensuite »."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-rubio-warning", "Warning", "Rubio warns Mulino that China's influence over the canal is unacceptable",
           RUBIO, ("a averti", None), [("inacceptable", None)], addressee=MULINO, time="t-sunday",
           place=PANAMA_CITY, evidence=LEDE,
           note="« a averti dimanche à Panama le président José Raúl Mulino que l’influence de la Chine sur le canal "
                "était « inacceptable » »: Mulino the addressee, the city the place. « l’influence » is a state, no "
                "event (as « lié à Israël » in gold)."),
    speech("s-rubio-status-quo", "Warning", "Rubio: the status quo cannot last, the United States will act",
           RUBIO, ("a prévenu", None),
           [("Le statu quo ne peut pas durer. Faute de changements immédiats, les États-Unis prendront les mesures "
             "nécessaires pour protéger leurs droits", None)],
           according_to=[STATE_DEPT], evidence=RUBIO_QUOTE, about=["e-changes", "e-us-measures", "e-protect-rights"],
           note="A two-sentence quote first, then « a prévenu M. Rubio, selon un compte rendu du département d’État »: "
                "the readout carries his words (according_to, with its own Report). No addressee written; no time "
                "of its own."),
    speech("s-state-dept", "Report", "The State Department's readout of Rubio's words", STATE_DEPT,
           ("selon", "selon un compte rendu"), [], evidence=RUBIO_QUOTE, about=["s-rubio-status-quo"],
           note="« selon un compte rendu du département d’État »: the department speaks through its readout (as « "
                "indique un communiqué » in gold); « un compte rendu » is no mention."),
    speech("s-panama-announcement", "Statement", "Panama announces it will not renew the Belt and Road memorandum",
           PANAMA, ("a annoncé", "le Panama a annoncé"), [], time="t-shortly-after", evidence=ANNOUNCEMENT,
           about=["e-non-renewal"],
           note="A country's announcement with « il » for it in the completive; no quote."),
    speech("s-mulino-canal", "Statement", "Mulino: the canal is Panamanian and will remain so", MULINO,
           ("a martelé", None), [("Le canal est panaméen", None), ("et il le restera.", None)],
           evidence=MULINO_QUOTE,
           note="One quote split around « a martelé M. Mulino devant la presse, »: one speech act, two quote parts "
                "(the second keeps its full stop, which stands inside the guillemets). « la presse » is no mention "
                "and no addressee (generic). No event: being Panamanian is a state."),
    speech("s-mulino-no-threat", "Statement", "Mulino sees no real threat to the neutrality treaty", MULINO,
           ("a dit", None), [("menace réelle", None)], about=["e-treaty-threat"],
           note="« Le dirigeant a dit ne voir aucune « menace réelle » contre le traité de neutralité »."),
    speech("s-mulino-no-negotiation", "Statement", "Mulino announces no negotiation with Washington", MULINO,
           ("n’a annoncé", None), [], status="negated", about=["e-negotiation"],
           note="« et n’a annoncé aucune négociation avec Washington sur ce point »: a second verb joined by « et », a "
                "negated speech act (as « sans annoncer de riposte » in gold)."),
    speech("s-trump-claim", "Statement", "Trump claimed at his inauguration that China « operated » the canal",
           TRUMP, ("avait affirmé", None), [("exploitait", None)], time="t-january-20", evidence=TRUMP_SENTENCE,
           about=["e-china-operates"],
           note="A pluperfect claim with a one-word quote in the completive, made at the inauguration (« lors de son "
                "investiture, le 20 janvier »)."),
    speech("s-trump-force", "Statement", "Trump had not ruled out taking the canal back by force", TRUMP,
           ("n’avait pas exclu", None), [], evidence=TRUMP_SENTENCE, about=["e-takeover"],
           note="« et n’avait pas exclu d’en reprendre le contrôle par la force »: a stance, occurred (as « n’exclut "
                "pas » in gold/frappes-houthis-yemen-2024-01-12); what it leaves open is hypothetical. No time of its "
                "own: the date of the sentence belongs to the inauguration and its claim."),
    speech("s-china-riposte", "Statement", "Beijing hits back in the evening", CHINA, ("a riposté", None), [],
           time="t-evening", according_to=[CN_EMBASSY], about=["e-china-participation", "e-smear-campaign"],
           note="« Pékin a riposté dans la soirée »: China (a metonym); what it says comes through its embassy in the "
                "next sentence (according_to), as a metonym's words through its ministry in gold."),
    speech("s-embassy-denial", "Statement", "The Chinese embassy: China never took part in running the canal",
           CN_EMBASSY, ("a déclaré", None),
           [("La Chine n’a jamais participé à la gestion ni à l’exploitation du canal", None)], time="t-evening",
           evidence=EMBASSY, about=["e-china-participation"],
           note="A quote first under « a déclaré l’ambassade de Chine à Panama »: the embassy speaks for China in the "
                "third person. It is Beijing's evening riposte of the sentence before, so it takes that evening."),
    speech("s-embassy-accusation", "Statement", "The Chinese embassy accuses Washington of a smear campaign",
           CN_EMBASSY, ("accuse", None), [("campagne de dénigrement", None)], evidence=EMBASSY,
           about=["e-smear-campaign"],
           note="« qui accuse Washington de mener une « campagne de dénigrement » »: a relative clause on the embassy, "
                "a second speech act; Washington is the accused, not an addressee."),
    speech("s-lin-friday", "Statement", "Lin Jian denounced baseless remarks on Friday", LIN, ("dénoncé", None),
           [("sans fondement", None)], time="t-friday", evidence=LIN_SENTENCE,
           note="« avait déjà dénoncé vendredi des propos « sans fondement » »: pluperfect on a past weekday; « des "
                "propos » are not said to be whose, so no about."),
    speech("s-lin-monday", "Statement", "Lin Jian should speak again on Monday", LIN, ("s’exprimer", None), [],
           status="planned", time="t-monday-lin", according_to=[SOURCE], evidence=LIN_SENTENCE,
           note="« et devrait s’exprimer de nouveau lundi, selon une source diplomatique »: a speech act still to "
                "come on a future weekday, planned (as « devrait annoncer mardi » in gold), told by the source."),
    speech("s-source", "Report", "A diplomatic source on Lin Jian's Monday statement", SOURCE,
           ("selon", "selon une source"), [], evidence=LIN_SENTENCE, about=["s-lin-monday"],
           note="« selon une source diplomatique », after the clause."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
