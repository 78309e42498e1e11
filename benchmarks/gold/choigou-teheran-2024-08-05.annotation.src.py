"""Held-out annotation of choigou-teheran-2024-08-05.txt (written for the twenty-third held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/choigou-teheran-2024-08-05.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/choigou-teheran-2024-08-05.annotation.src.py --check

From held-out set 23 (moved to gold in session 21; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "choigou-teheran-2024-08-05.txt"

NOTE = """\
Held-out-23 article: Sergei Shoigu, secretary of Russia's Security Council, is received in Tehran on Monday 5 \
August 2024 by the new Iranian president Masoud Pezeshkian, five days after the Hamas political leader Ismail \
Haniyeh was killed there, as Irna reports; Pezeshkian praises Russia's support, Shoigu makes no statement and was \
also to meet his counterpart Ali Akbar Ahmadian; the killing in a strike on Haniyeh's residence on Wednesday 31 \
July, the day after Pezeshkian's inauguration, is recalled; Iran and Hamas accuse Israel, which neither confirms \
nor denies; Tehran promises to punish Israel, its foreign ministry spokesman Nasser Kanani warns on Sunday that the \
answer will come at the right time, the American press expects an attack within days; Moscow had called the \
killing an unacceptable political murder on Wednesday, and the Kremlin does not say whether Shoigu carries a \
message from Putin; Antony Blinken calls Tehran and Israel to restraint on Sunday, Paris asks its nationals to \
leave Iran, Stéphane Séjourné is to phone Ali Bagheri on Tuesday, and Bagheri will attend an extraordinary meeting \
of the Organisation of Islamic Cooperation in Jeddah on Wednesday. Published Monday 5 August 2024 (the file gives \
the day). Shoigu's visit, Haniyeh's killing, the accusations, the French advice to leave and the OIC meeting \
follow the real events loosely; the quotes, Kanani's Sunday words, the planned Ahmadian meeting, the Kremlin's \
silence, Blinken's exact words and the Séjourné–Bagheri call are invented or simplified.
What it exercises: a passive reception on the publication day with a role noun and a name in apposition on each \
side (« Le secrétaire du Conseil de sécurité de Russie, Sergueï Choïgou, a été reçu lundi à Téhéran par le nouveau \
président iranien, Massoud Pezeshkian »: Pezeshkian agent, Shoigu participant, Tehran the city as place), a time \
counted back from a nominal killing with a place in a description (« cinq jours après l’assassinat dans la capitale \
iranienne du chef politique du Hamas, Ismaïl Haniyeh »: Wednesday 31 July) and a source after the clause (« a \
rapporté l’agence officielle Irna »); a quote split around its reporting clause with a source inside it (« La \
Russie fait partie des pays, a affirmé M. Pezeshkian selon la présidence, qui se sont tenus aux côtés du peuple \
iranien dans les moments difficiles. »: Pezeshkian's Statement according to the presidency, plus its Report; the \
support an event); a relative planned meeting in the past tense with a role noun and a name in apposition (« qui \
devait aussi rencontrer son homologue iranien, Ali Akbar Ahmadian ») and a negated speech act by a noun (« n’a \
fait aucune déclaration à la presse »); a pluperfect passive killing with a past weekday and two victims (« avait \
été tué mercredi dernier avec l’un de ses gardes du corps dans une frappe contre la résidence où il logeait »: the \
killing restates the lede's « assassinat » and is part of the strike), « au lendemain de l’investiture de M. \
Pezeshkian » (the inauguration's day, Tuesday 30 July, has no words of its own) and a relative pluperfect \
attendance (« à laquelle il avait assisté »); one verb of accusation with two speakers and a relative double \
negation (« L’Iran et le Hamas ont accusé Israël, qui n’a ni confirmé ni démenti »: two speech acts with one \
trigger, two negated speech acts); a promise by a metonym with a quoted infinitive and a nominal mention of Israel \
(« Téhéran a promis de « punir sévèrement » l’État hébreu »: the punishment planned); a quote first with a future \
and a vague time under a role noun holding no name and a name in apposition (« a averti dimanche le porte-parole de \
la diplomatie iranienne, Nasser Kanani »: the answer planned); « Selon la presse américaine » with a conditional \
attack by a state and its allies (hypothetical) and a vague future; a metonym with a role noun holding a metonym \
in apposition and a pluperfect qualification on a past weekday with a quoted noun phrase (« Moscou, proche \
partenaire de Téhéran, avait qualifié mercredi l’assassinat de « meurtre politique absolument inacceptable » »: « \
l’assassinat » restates the killing); a negated speech act of the Kremlin over an open question (« n’a pas précisé \
si M. Choïgou était porteur d’un message de Vladimir Poutine »: no event, as « sans dire si une réponse avait été \
reçue » in gold); a call to restraint by a role noun and a name in apposition with two addressees joined by « \
comme » and a quote after a colon (« a appelé dimanche Téhéran comme Israël à la retenue : « L’escalade n’est dans \
l’intérêt de personne. » »: the restraint and the escalation no events); a metonym's request to its nationals with \
a quoted vague time (« Paris a de son côté demandé à ses ressortissants de quitter l’Iran « dès que possible » »: \
the departure proposed); a planned phone call on a future weekday with a role noun and a name in apposition (« doit \
s’entretenir mardi au téléphone avec son homologue iranien par intérim, Ali Bagheri »); « Ce dernier » with a \
future participation on a future weekday in a city and its country (« participera mercredi à Djeddah, en Arabie \
saoudite, à une réunion extraordinaire de l’Organisation de la coopération islamique ») and a passive convening \
« à la demande de Téhéran » (no speech act, as « à la demande de Kiev » in gold).
Places and metonyms. « Téhéran » is the city where Shoigu is received (« à Téhéran », local:tehran, kind name) and \
Iran where it promises, is the partner of Moscow, is called to restraint and asks for the OIC meeting (local Iran, \
kind metonym), as in gold/ormuz-navire-saisi-2024-04-13; « la capitale iranienne » is a nominal mention of the city \
and the killing's place. « Moscou » is Russia (Q159) and « Paris » France (local), metonyms of states that \
qualify and ask. « Iran » in « quitter l’Iran » is the country left (the departure's place, as « quitté Dacca » in \
gold); « Djeddah » is the meeting's city and « Arabie saoudite » in apposition its country (only Jeddah is the \
event's place). The Kremlin is the institution (Q2060629).
Mentions. « Le secrétaire du Conseil de sécurité de Russie » (a role noun in apposition before the name) is a \
nominal mention of Shoigu with « Conseil de sécurité de Russie » (the Security Council of Russia, local, not the \
UN's Q37470) and « Russie » inside it, as in gold/choigou-pyongyang-2024-09-13; « L’ancien ministre russe de la \
Défense » is Shoigu too. « chef politique du Hamas » (fused « du », from the noun) is Haniyeh, with « Hamas » \
inside it; « le nouveau président iranien » is Pezeshkian and « Pezeshkian » in « M. Pezeshkian » a name (the \
title is part of its phrase). « peuple iranien » (fused « du ») is a nominal mention of Iran, as « la nation » in \
gold/raisi-helicoptere-2024-05-20. « la présidence » is the Iranian presidency (local organisation). « l’un de ses \
gardes du corps » is a local person (the killing's second victim); « la résidence » (without its relative clause, \
as « une aide » in gold) a local place, the strike's recipient; « il » in « où il logeait » and « à laquelle il \
avait assisté » is Haniyeh. « l’État hébreu » is Israel (nominal). « le porte-parole de la diplomatie iranienne » \
is Kanani (« la diplomatie iranienne » inside a title: no mention). « la presse américaine » and « ses alliés » \
(Iran's allies, the attack's second agent) are local groups; « ses ressortissants » (French nationals in Iran) a \
local group, addressee of the request and agent of the departure. « son homologue iranien » (twice) is Ahmadian, \
then Bagheri; « Ce dernier » (pronoun) is Bagheri. « Organisation de la coopération islamique » is a local \
organisation. Not mentions: « des pays » (generic plural), « la presse » (generic), « personne », « un message de \
Vladimir Poutine » (no event takes it; « Vladimir Poutine » inside it is a mention).
Statuses. The reception, Russia's support, the strike, the killing, the inauguration, Haniyeh's attendance and the \
convening are occurred; the Ahmadian meeting (« devait »), the punishment (a promise), Kanani's answer (a future \
without condition, a promise of the state), the phone call (« doit ») and the OIC meeting (« participera ») are \
planned; the departure of the French nationals (asked for) is proposed; the attack the American press expects (« \
pourrait survenir ») is hypothetical. The killing has no agent: the article only reports the accusation against \
Israel, which neither confirms nor denies (as the strike « attribuée à Israël » in gold/ormuz-navire-saisi). \
Tehran's punishment and Kanani's answer are kept as two events (one promise each, with its own source, as the \
retaliations of gold/ormuz-navire-saisi).
Times. « lundi » is the publication day; « cinq jours après » (from the Monday) Wednesday 31 July 2024, the \
killing's time; « mercredi dernier » the same day, the strike's time; the inauguration gets Tuesday 30 July with no \
span (rule eve-of-event, as « au lendemain d’un appel » in gold/frappe-kiev-2024-11-14); « dimanche » (twice) \
Sunday 4 August; « mercredi » in « avait qualifié mercredi » Wednesday 31 July; « mardi » 6 August and « mercredi » \
in « participera mercredi » 7 August (weekday-future). « dans les moments difficiles », « au moment opportun », « \
dès les prochains jours » and « dès que possible » are vague. Irna's report, Pezeshkian's words, the accusations, \
Tehran's promise, the press report and the Kremlin's silence have no weekday of their own: no time.
Shoigu, Russia, Putin and the Kremlin are linked; Tehran, Iran, Pezeshkian, Haniyeh, Hamas, \
Irna, the Iranian presidency, Ahmadian, the bodyguard, the residence, Israel, Kanani, the American press, Iran's \
allies, Blinken, France, the French nationals, Séjourné, Bagheri, Jeddah, Saudi Arabia, the OIC and the Security \
Council of Russia are not in ids.tsv: local, unlinked."""

SHOIGU, RUSSIA, PUTIN, KREMLIN = "Q32024", "Q159", "Q7747", "Q2060629"
RU_SC, TEHRAN, IRAN, PEZESHKIAN = "local:security-council-of-russia", "local:tehran", "local:iran", \
    "local:masoud-pezeshkian"
HAMAS, HANIYEH, IRNA, PRESIDENCY = "local:hamas", "local:ismail-haniyeh", "local:irna", "local:iranian-presidency"
AHMADIAN, BODYGUARD, RESIDENCE, ISRAEL = "local:ali-akbar-ahmadian", "local:haniyeh-bodyguard", \
    "local:haniyeh-residence-tehran", "local:israel"
KANANI, US_PRESS, IRAN_ALLIES = "local:nasser-kanani", "local:us-press", "local:iran-allies"
BLINKEN, FRANCE, NATIONALS, SEJOURNE = "local:antony-blinken", "local:france", "local:french-nationals-iran", \
    "local:stephane-sejourne"
BAGHERI, JEDDAH, SAUDI, OIC = "local:ali-bagheri", "local:jeddah", "local:saudi-arabia", \
    "local:organisation-of-islamic-cooperation"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RU_SC, "Conseil de sécurité de la fédération de Russie", "Security Council of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED + "; not the UN Security Council (Q37470)"}),
    (TEHRAN, "Téhéran", "Tehran", "place",
     {"description": "capitale de l’Iran", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (IRAN, "Iran", "Iran", "country",
     {"description": "aussi désigné par « Téhéran » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (PEZESHKIAN, "Massoud Pezeshkian", "Masoud Pezeshkian", "person",
     {"description": "président de l’Iran, investi le 30 juillet 2024", "unlinked_reason": NOT_VERIFIED}),
    (HAMAS, "Hamas", "Hamas", "organization",
     {"description": "mouvement islamiste palestinien", "unlinked_reason": NOT_VERIFIED}),
    (HANIYEH, "Ismaïl Haniyeh", "Ismail Haniyeh", "person",
     {"description": "chef politique du Hamas, tué à Téhéran le 31 juillet 2024", "unlinked_reason": NOT_VERIFIED}),
    (IRNA, "Irna", "Islamic Republic News Agency", "organization",
     {"description": "agence de presse officielle iranienne", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence iranienne", "Iranian presidency", "organization",
     {"description": "les services de la présidence de la République islamique d’Iran",
      "unlinked_reason": NOT_VERIFIED}),
    (AHMADIAN, "Ali Akbar Ahmadian", "Ali Akbar Ahmadian", "person",
     {"description": "secrétaire du Conseil suprême de sécurité nationale iranien", "unlinked_reason": NOT_VERIFIED}),
    (BODYGUARD, "garde du corps d’Ismaïl Haniyeh", "Ismail Haniyeh's bodyguard", "person",
     {"description": "tué avec lui le 31 juillet 2024; l’article ne le nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (RESIDENCE, "résidence d’Ismaïl Haniyeh à Téhéran", "Ismail Haniyeh's residence in Tehran", "place",
     {"description": "la résidence où logeait Ismaïl Haniyeh, visée par la frappe",
      "unlinked_reason": "an unnamed building, not one Wikidata item"}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (KANANI, "Nasser Kanani", "Nasser Kanaani", "person",
     {"description": "porte-parole du ministère iranien des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (US_PRESS, "la presse américaine", "the American press", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (IRAN_ALLIES, "alliés de l’Iran", "Iran's allies", "group",
     {"description": "les alliés de l’Iran, que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "aussi désignée par « Paris » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (NATIONALS, "ressortissants français en Iran", "French nationals in Iran", "group",
     {"unlinked_reason": NOT_GROUP}),
    (SEJOURNE, "Stéphane Séjourné", "Stéphane Séjourné", "person",
     {"description": "ministre français des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (BAGHERI, "Ali Bagheri", "Ali Bagheri Kani", "person",
     {"description": "ministre iranien des Affaires étrangères par intérim", "unlinked_reason": NOT_VERIFIED}),
    (JEDDAH, "Djeddah", "Jeddah", "place", {"class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (SAUDI, "Arabie saoudite", "Saudi Arabia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (OIC, "Organisation de la coopération islamique", "Organisation of Islamic Cooperation", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    SHOIGU: "secrétaire du Conseil de sécurité de Russie depuis mai 2024, ancien ministre de la Défense",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le secrétaire du Conseil de sécurité de Russie, Sergueï Choïgou, a été reçu lundi à Téhéran par ...
    ("Le secrétaire du Conseil de sécurité de Russie", None, SHOIGU, "nominal"),
    ("Conseil de sécurité de Russie", None, RU_SC, "name"),
    ("Russie", "Conseil de sécurité de Russie", RUSSIA, "name"),
    ("Sergueï Choïgou", None, SHOIGU, "name"),
    ("Téhéran", "lundi à Téhéran", TEHRAN, "name"),
    ("le nouveau président iranien", None, PEZESHKIAN, "nominal"),
    ("Massoud Pezeshkian", None, PEZESHKIAN, "name"),
    ("la capitale iranienne", None, TEHRAN, "nominal"),
    ("chef politique du Hamas", None, HANIYEH, "nominal"),
    ("Hamas", "chef politique du Hamas", HAMAS, "name"),
    ("Ismaïl Haniyeh", "Hamas, Ismaïl Haniyeh,", HANIYEH, "name"),
    ("Irna", None, IRNA, "name"),
    # « La Russie fait partie des pays, a affirmé M. Pezeshkian selon la présidence, qui ... »
    ("Russie", "« La Russie fait", RUSSIA, "name"),
    ("Pezeshkian", "a affirmé M. Pezeshkian", PEZESHKIAN, "name"),
    ("la présidence", None, PRESIDENCY, "nominal"),
    ("peuple iranien", None, IRAN, "nominal"),
    # L’ancien ministre russe de la Défense, qui devait aussi rencontrer son homologue iranien, Ali Akbar Ahmadian, ...
    ("L’ancien ministre russe de la Défense", None, SHOIGU, "nominal"),
    ("son homologue iranien", "rencontrer son homologue iranien", AHMADIAN, "nominal"),
    ("Ali Akbar Ahmadian", None, AHMADIAN, "name"),
    # Ismaïl Haniyeh avait été tué mercredi dernier avec l’un de ses gardes du corps dans une frappe ...
    ("Ismaïl Haniyeh", "Ismaïl Haniyeh avait été tué", HANIYEH, "name"),
    ("l’un de ses gardes du corps", None, BODYGUARD, "nominal"),
    ("la résidence", None, RESIDENCE, "nominal"),
    ("il", "où il logeait", HANIYEH, "pronoun"),
    ("Pezeshkian", "l’investiture de M. Pezeshkian", PEZESHKIAN, "name"),
    ("il", "à laquelle il avait assisté", HANIYEH, "pronoun"),
    # L’Iran et le Hamas ont accusé Israël, qui n’a ni confirmé ni démenti.
    ("Iran", "L’Iran et le Hamas", IRAN, "name"),
    ("Hamas", "le Hamas ont accusé", HAMAS, "name"),
    ("Israël", "ont accusé Israël", ISRAEL, "name"),
    # Téhéran a promis de « punir sévèrement » l’État hébreu.
    ("Téhéran", "Téhéran a promis", IRAN, "metonym"),
    ("l’État hébreu", None, ISRAEL, "nominal"),
    # « La réponse de l’Iran sera ferme ... », a averti dimanche le porte-parole de la diplomatie iranienne, ...
    ("Iran", "La réponse de l’Iran", IRAN, "name"),
    ("le porte-parole de la diplomatie iranienne", None, KANANI, "nominal"),
    ("Nasser Kanani", None, KANANI, "name"),
    # Selon la presse américaine, une attaque de l’Iran et de ses alliés pourrait survenir ...
    ("la presse américaine", None, US_PRESS, "nominal"),
    ("Iran", "une attaque de l’Iran", IRAN, "name"),
    ("ses alliés", None, IRAN_ALLIES, "nominal"),
    # Moscou, proche partenaire de Téhéran, avait qualifié mercredi l’assassinat de « ... ».
    ("Moscou", None, RUSSIA, "metonym"),
    ("proche partenaire de Téhéran", None, RUSSIA, "nominal"),
    ("Téhéran", "proche partenaire de Téhéran", IRAN, "metonym"),
    # Le Kremlin n’a pas précisé si M. Choïgou était porteur d’un message de Vladimir Poutine.
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Choïgou", "M. Choïgou", SHOIGU, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    # Le secrétaire d’État américain, Antony Blinken, a appelé dimanche Téhéran comme Israël à la retenue : « ... »
    ("Le secrétaire d’État américain", None, BLINKEN, "nominal"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Téhéran", "dimanche Téhéran comme", IRAN, "metonym"),
    ("Israël", "comme Israël", ISRAEL, "name"),
    # Paris a de son côté demandé à ses ressortissants de quitter l’Iran « dès que possible ».
    ("Paris", None, FRANCE, "metonym"),
    ("ses ressortissants", None, NATIONALS, "nominal"),
    ("Iran", "quitter l’Iran", IRAN, "name"),
    # Le ministre français des Affaires étrangères, Stéphane Séjourné, doit s’entretenir mardi ... Ali Bagheri.
    ("Le ministre français des Affaires étrangères", None, SEJOURNE, "nominal"),
    ("Stéphane Séjourné", None, SEJOURNE, "name"),
    ("son homologue iranien par intérim", None, BAGHERI, "nominal"),
    ("Ali Bagheri", None, BAGHERI, "name"),
    # Ce dernier participera mercredi à Djeddah, en Arabie saoudite, à une réunion extraordinaire de l’... .
    ("Ce dernier", None, BAGHERI, "pronoun"),
    ("Djeddah", None, JEDDAH, "name"),
    ("Arabie saoudite", None, SAUDI, "name"),
    ("Organisation de la coopération islamique", None, OIC, "name"),
    ("Téhéran", "à la demande de Téhéran", IRAN, "metonym"),
]

PUB_DAY = "The publication day, Monday 5 August 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", None), "2024-08-05", "day", "weekday-publication-day",
     "« a été reçu lundi » in an article of Monday 5 August 2024: that same day. " + PUB_DAY),
    ("t-five-days-before", ("cinq jours après", None), "2024-07-31", "day", "relative-day-past",
     "« cinq jours après l’assassinat »: the reception of Monday 5 August is five days after the killing, so the "
     "killing is Wednesday 31 July 2024 (the same day as « mercredi dernier » below)."),
    ("t-difficult-times", ("dans les moments difficiles", None), None, "vague", "vague",
     "Inside Pezeshkian's quote: the hard times in which Russia stood by Iran; no date can be given."),
    ("t-last-wednesday", ("mercredi dernier", None), "2024-07-31", "day", "weekday-past",
     "Pluperfect « avait été tué mercredi dernier »: the Wednesday before Monday 5 August 2024: 31 July."),
    ("t-inauguration", None, "2024-07-30", "day", "eve-of-event",
     "« au lendemain de l’investiture de M. Pezeshkian »: the killing (Wednesday 31 July) is the day after the "
     "inauguration, so the inauguration is Tuesday 30 July 2024. No words name that day; the time hangs on the "
     "phrase « au lendemain »."),
    ("t-sunday-kanani", ("dimanche", "a averti dimanche"), "2024-08-04", "day", "weekday-past",
     "Past « a averti dimanche »: the Sunday before Monday 5 August 2024: 4 August."),
    ("t-right-time", ("au moment opportun", None), None, "vague", "vague-future",
     "Inside Kanani's quote: when Iran chooses, after publication; no date can be given."),
    ("t-coming-days", ("dès les prochains jours", None), None, "vague", "vague-future",
     "« pourrait survenir dès les prochains jours »: within the next few days; how many is not said."),
    ("t-wednesday-moscow", ("mercredi", "avait qualifié mercredi"), "2024-07-31", "day", "weekday-past",
     "Pluperfect « avait qualifié mercredi »: the Wednesday before Monday 5 August 2024: 31 July, the day of the "
     "killing."),
    ("t-sunday-blinken", ("dimanche", "a appelé dimanche"), "2024-08-04", "day", "weekday-past",
     "Past « a appelé dimanche »: the Sunday before Monday 5 August 2024: 4 August."),
    ("t-asap", ("dès que possible", None), None, "vague", "vague-future",
     "Inside Paris's request: as soon as possible, after publication; no date can be given."),
    ("t-tuesday", ("mardi", None), "2024-08-06", "day", "weekday-future",
     "« doit s’entretenir mardi »: the Tuesday after the publication day: 6 August 2024."),
    ("t-wednesday-oic", ("mercredi", "participera mercredi"), "2024-08-07", "day", "weekday-future",
     "Future « participera mercredi »: the Wednesday after the publication day: 7 August 2024."),
]

LEDE = ("Le secrétaire du Conseil", "Irna.")
PEZESHKIAN_EVIDENCE = ("« La Russie fait", "moments difficiles. »")
KILLING_EVIDENCE = ("Ismaïl Haniyeh avait été tué", "il avait assisté.")

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Masoud Pezeshkian receives Sergei Shoigu in Tehran on Monday",
          ("a été reçu", None), [("agent", PEZESHKIAN), ("participant", SHOIGU)], place=TEHRAN, time="t-monday",
          according_to=[IRNA], evidence=LEDE,
          note="A passive with its agent after « par »: the host (Pezeshkian) is the agent, the guest received "
               "(Shoigu) the participant, as « avait été reçu la veille par » in gold/choigou-pyongyang-2024-09-13. "
               "« à Téhéran »: the city."),
    event("e-killing", "Event", "Ismail Haniyeh and one of his bodyguards killed in Tehran on Wednesday 31 July",
          ("assassinat", "l’assassinat dans"), [("recipient", HANIYEH), ("recipient", BODYGUARD)], place=TEHRAN,
          time="t-five-days-before", part_of="e-strike", evidence=LEDE,
          note="The lede's « l’assassinat dans la capitale iranienne du chef politique du Hamas » is the first mention "
               "(the trigger); « avait été tué mercredi dernier avec l’un de ses gardes du corps » restates it and "
               "adds the second victim; « l’assassinat » in Moscow's qualification restates it too. No agent: the "
               "article only reports that Iran and Hamas accuse Israel. Part of the strike that killed them, as the "
               "killing of gold/nasrallah-beyrouth-2024-09-28. Its time is the counted-back « cinq jours après » "
               "(the same day as « mercredi dernier », which dates the strike)."),
    event("e-russia-support", "Event", "Russia stood by the Iranian people in hard times (Pezeshkian)",
          ("se sont tenus", None), [("agent", RUSSIA), ("recipient", IRAN)], time="t-difficult-times",
          according_to=[PEZESHKIAN, PRESIDENCY], evidence=PEZESHKIAN_EVIDENCE,
          note="« La Russie fait partie des pays ... qui se sont tenus aux côtés du peuple iranien »: Russia is one of "
               "those countries; « peuple iranien » stands for Iran."),
    event("e-ahmadian-meeting", "Meeting", "Shoigu was also to meet his Iranian counterpart Ali Akbar Ahmadian",
          ("rencontrer", None), [("participant", SHOIGU), ("participant", AHMADIAN)], status="planned",
          place=TEHRAN,
          note="« qui devait aussi rencontrer son homologue iranien »: planned in the past tense (as « Il devait "
               "ensuite être reçu par » in gold); whether it took place is not said. In Tehran, during the same "
               "visit (« aussi »); no time word belongs to it."),
    event("e-strike", "Event", "A strike on the residence where Haniyeh was staying, on Wednesday 31 July",
          ("frappe", None), [("recipient", RESIDENCE)], place=TEHRAN, time="t-last-wednesday",
          evidence=KILLING_EVIDENCE,
          note="« dans une frappe contre la résidence où il logeait »: the residence is what was hit (recipient, as "
               "the headquarters in gold/nasrallah-beyrouth-2024-09-28); no striker is written. The place is the "
               "city named in the lede (« dans la capitale iranienne »). « où il logeait » is a state, no event."),
    event("e-inauguration", "Event", "Masoud Pezeshkian's inauguration on Tuesday 30 July", ("investiture", None),
          [("recipient", PEZESHKIAN)], time="t-inauguration", evidence=KILLING_EVIDENCE,
          note="« au lendemain de l’investiture de M. Pezeshkian »: the day before the killing (eve-of-event); the "
               "sentence gives no place."),
    event("e-haniyeh-attendance", "Event", "Haniyeh attended Pezeshkian's inauguration", ("avait assisté", None),
          [("participant", HANIYEH)], time="t-inauguration", part_of="e-inauguration", evidence=KILLING_EVIDENCE,
          note="« à laquelle il avait assisté »: a relative pluperfect; « il » is Haniyeh, « laquelle » the "
               "inauguration (part_of), whose day it takes."),
    event("e-punishment", "Event", "Tehran promises to punish Israel severely", ("punir", None),
          [("agent", IRAN), ("recipient", ISRAEL)], status="planned", according_to=[IRAN],
          note="« Téhéran a promis de « punir sévèrement » l’État hébreu »: a promise, planned (as « a promis de "
               "venger » in gold/ormuz-navire-saisi-2024-04-13); « l’État hébreu » is Israel."),
    event("e-iran-answer", "Event", "Iran's answer will be firm and come at the right time (Kanani)",
          ("réponse", "La réponse de l’Iran"), [("agent", IRAN)], status="planned", time="t-right-time",
          according_to=[KANANI],
          note="A future without condition in the words of the foreign ministry's spokesman: a promise of the state, "
               "planned (the chief of staff's « notre réponse sera » in gold/iran-drones-israel-2024-04-14 was "
               "hypothetical only because of its « si »). Kept apart from e-punishment, one source each. The "
               "target is not written in the quote."),
    event("e-expected-attack", "Event", "An attack by Iran and its allies could come within days (US press)",
          ("attaque", None), [("agent", IRAN), ("agent", IRAN_ALLIES), ("recipient", ISRAEL)],
          status="hypothetical", time="t-coming-days", according_to=[US_PRESS],
          note="« une attaque de l’Iran et de ses alliés pourrait survenir dès les prochains jours »: conditional, "
               "hypothetical; « survenir » restates it. Israel, the state Tehran has promised to punish in the "
               "paragraph, is the implied target."),
    event("e-nationals-leave", "Event", "French nationals asked to leave Iran as soon as possible",
          ("quitter", None), [("agent", NATIONALS)], status="proposed", place=IRAN, time="t-asap",
          according_to=[FRANCE],
          note="« Paris a de son côté demandé à ses ressortissants de quitter l’Iran « dès que possible » »: what is "
               "asked for is proposed; the country left is the place (as « quitté Dacca » in gold)."),
    event("e-phone-call", "Meeting", "Stéphane Séjourné to speak with Ali Bagheri by phone on Tuesday",
          ("s’entretenir", None), [("participant", SEJOURNE), ("participant", BAGHERI)], status="planned",
          time="t-tuesday",
          note="« doit s’entretenir mardi au téléphone avec son homologue iranien par intérim, Ali Bagheri »: planned "
               "(« doit »), in the article's own voice; a phone call has no place."),
    event("e-oic-meeting", "Meeting", "Extraordinary OIC meeting in Jeddah on Wednesday, attended by Ali Bagheri",
          ("participera", None), [("participant", BAGHERI), ("participant", OIC)], status="planned", place=JEDDAH,
          time="t-wednesday-oic",
          note="« Ce dernier participera mercredi à Djeddah, en Arabie saoudite, à une réunion extraordinaire de "
               "l’Organisation de la coopération islamique »: one planned meeting (as « participera jeudi et "
               "vendredi » in gold), « réunion » restating it; Jeddah (the city) is its place, Saudi Arabia in "
               "apposition only locates the city."),
    event("e-oic-convening", "Event", "The OIC meeting was convened at Tehran's request", ("convoquée", None),
          [("agent", OIC)],
          note="« convoquée à la demande de Téhéran »: a passive with no agent; the organisation convenes its own "
               "meeting (implied agent). « à la demande de » has no verb of speech: no speech act (as « à la demande "
               "de Kiev » in gold), and Iran gets no role. No time word belongs to it."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-irna", "Report", "Irna reports Shoigu's reception by Pezeshkian", IRNA, ("a rapporté", None), [],
           evidence=LEDE, about=["e-reception"],
           note="« a rapporté l’agence officielle Irna »: a source after the clause; the title before the name is "
                "part of its phrase. No weekday of its own: no time."),
    speech("s-pezeshkian", "Statement", "Pezeshkian: Russia stood by the Iranian people in hard times", PEZESHKIAN,
           ("a affirmé", None),
           [("La Russie fait partie des pays", None),
            ("qui se sont tenus aux côtés du peuple iranien dans les moments difficiles.", None)],
           according_to=[PRESIDENCY], evidence=PEZESHKIAN_EVIDENCE, about=["e-russia-support"],
           note="One quote split around « a affirmé M. Pezeshkian selon la présidence, »: two quote parts, the second "
                "keeping its full stop inside the guillemets. Spoken during the reception, to Shoigu, but the text "
                "names no addressee and no time."),
    speech("s-presidency", "Report", "The Iranian presidency reports Pezeshkian's words", PRESIDENCY,
           ("selon", "selon la présidence"), [], evidence=PEZESHKIAN_EVIDENCE, about=["s-pezeshkian"],
           note="« selon la présidence » inside the reporting clause: the presidency relays the president's words "
                "(as « cité par l’agence TASS » in gold)."),
    speech("s-shoigu-silence", "Statement", "Shoigu made no statement to the press", SHOIGU,
           ("déclaration", "aucune déclaration"), [], status="negated",
           note="« n’a fait aucune déclaration à la presse »: a negated speech act by its noun (as « n’a fait aucun "
                "commentaire » in gold); the press is generic, no addressee."),
    speech("s-iran-accusation", "Statement", "Iran accuses Israel of the killing", IRAN, ("ont accusé", None), [],
           addressee=ISRAEL, about=["e-killing", "e-strike"],
           note="« L’Iran et le Hamas ont accusé Israël »: one verb, two speakers, two speech acts with one trigger "
                "(as « Washington et Séoul soupçonnent » in gold). Israel is the one accused."),
    speech("s-hamas-accusation", "Statement", "Hamas accuses Israel of the killing", HAMAS, ("ont accusé", None), [],
           addressee=ISRAEL, about=["e-killing", "e-strike"],
           note="The other half of « L’Iran et le Hamas ont accusé Israël »."),
    speech("s-israel-no-confirmation", "Statement", "Israel has not confirmed the killing", ISRAEL,
           ("confirmé", "ni confirmé"), [], status="negated", about=["e-killing"],
           note="« qui n’a ni confirmé ni démenti »: two negated verbs of speech, two negated speech acts (as « Israël "
                "n’a jamais revendiqué ce raid » in gold/ormuz-navire-saisi-2024-04-13)."),
    speech("s-israel-no-denial", "Statement", "Israel has not denied the killing", ISRAEL, ("démenti", None), [],
           status="negated", about=["e-killing"],
           note="The second half of « ni confirmé ni démenti »."),
    speech("s-tehran-promise", "Warning", "Tehran promises to punish Israel severely", IRAN, ("a promis", None),
           [("punir sévèrement", None)], addressee=ISRAEL, about=["e-punishment"],
           note="A promise of punishment against a state: a Warning (as « a promis de venger » in gold), « Téhéran » "
                "for Iran. No time."),
    speech("s-kanani", "Warning", "Kanani: Iran's answer will be firm and come at the right time", KANANI,
           ("a averti", None), [("La réponse de l’Iran sera ferme et viendra au moment opportun", None)],
           time="t-sunday-kanani", about=["e-iran-answer"],
           note="A quote first; « le porte-parole de la diplomatie iranienne » is a title holding no name, with the "
                "name in apposition."),
    speech("s-us-press", "Report", "The American press expects an Iranian attack within days", US_PRESS,
           ("Selon", None), [], about=["e-expected-attack"],
           note="« Selon la presse américaine »: a source before the clause, no quote (as « Selon le Pentagone » in "
                "gold)."),
    speech("s-moscow-qualification", "Statement", "Moscow called the killing an unacceptable political murder",
           RUSSIA, ("avait qualifié", None), [("meurtre politique absolument inacceptable", None)],
           time="t-wednesday-moscow", about=["e-killing"],
           note="« Moscou, proche partenaire de Téhéran, avait qualifié mercredi l’assassinat de « ... » »: Russia "
                "(a metonym), with a role noun holding the Iran metonym in apposition; « l’assassinat » restates the "
                "killing."),
    speech("s-kremlin-silence", "Statement", "The Kremlin does not say whether Shoigu carries a message from Putin",
           KREMLIN, ("n’a pas précisé", None), [], status="negated",
           note="A negated speech act (as « sans préciser » in gold). What it leaves open, a message carried for "
                "Putin, is not an event (as « sans dire si une réponse avait été reçue » in gold)."),
    speech("s-blinken", "Statement", "Blinken calls Tehran and Israel to restraint: escalation is in no one's "
           "interest", BLINKEN, ("a appelé", None), [("L’escalade n’est dans l’intérêt de personne.", None)],
           time="t-sunday-blinken", addressee=IRAN,
           note="« a appelé dimanche Téhéran comme Israël à la retenue : « ... » »: a quote after a colon, keeping its "
                "full stop. The call has two addressees joined by « comme »; the field holds one, so Iran (the first, "
                "« Téhéran » as a metonym) is the addressee and Israel is only a mention. The restraint and the "
                "escalation are no events (as in gold/frappes-houthis-yemen-2024-01-12)."),
    speech("s-paris-request", "Statement", "Paris asks its nationals to leave Iran as soon as possible", FRANCE,
           ("demandé", None), [("dès que possible", None)], addressee=NATIONALS,
           about=["e-nationals-leave"],
           note="« Paris a de son côté demandé à ses ressortissants »: France (a metonym); « de son côté » stands "
                "between the auxiliary and the participle, so the trigger is the participle alone (as « menacé » in "
                "« Washington a, lui, menacé » in gold/coup-niger-2023-07-27). No time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
