"""Held-out annotation of fico-attentat-2024-05-15.txt (written for the twentieth held-out set, not a real article; the
facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/fico-attentat-2024-05-15.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/fico-attentat-2024-05-15.annotation.src.py --check

From held-out set 20 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "fico-attentat-2024-05-15.txt"

NOTE = """\
Held-out-20 article: Slovak Prime Minister Robert Fico is shot and seriously wounded on Wednesday 15 May 2024 in \
Handlová, after an off-site meeting of his government; a suspect is arrested on the spot, the police say; witnesses \
quoted by the TASR agency say the attacker fired several times while Fico greeted supporters outside the house of \
culture; he is taken to the hospital of Banská Bystrica; Deputy Prime Minister Robert Kaliňák says late in the \
evening that his condition is critical but the operation went well; the interior minister speaks of a politically \
motivated attack; the man arrested, a 71-year-old pensioner, reportedly acted alone, according to the \
investigators; President-elect Peter Pellegrini, who is to take office on 15 June, calls on the parties to suspend \
their campaign for the European elections; outgoing President Zuzana Čaputová denounces a brutal attack; European \
leaders condemn it, Ursula von der Leyen on X, Paris and Olaf Scholz in their own words; the Kremlin calls it a \
monstrous crime, Putin sends Fico a telegram of support but did not call him, Dmitry Peskov says; Fico, back in \
power since October, had opposed sending arms to Ukraine; the government is to give a new update on Thursday \
morning, and Bratislava does not rule out stronger protection for politicians. Published Wednesday 15 May 2024 \
(the file gives the day). The shooting, the place, the arrest, the hospital, the operation and the reactions \
follow the real events loosely; the exact quotes, the witnesses' and TASR's account, the investigators' claim, \
Pellegrini's call, the telegram, the negated call, the Thursday update and Bratislava's protection plan are partly \
invented.
What it exercises: a passive wounding with no agent written, a place with a role-noun apposition for the country \
(« dans le centre du pays ») and a nominal meeting dated by « à l’issue de » (« a été grièvement blessé par balles \
mercredi à Handlová, ..., à l’issue d’une réunion délocalisée de son gouvernement »); a passive arrest on the spot \
with a source after the clause (« a annoncé la police »: the police also the implied agent); « Selon des témoins \
cités par l’agence TASR » (the witnesses' Report, TASR in according_to, and TASR's own Report) over a restated \
shooting (« l’assaillant a tiré à plusieurs reprises »: the same event as the lede's wounding) and an imperfect \
greeting in an « alors que » clause; a participle that restates the wounding (« Touché à l’abdomen ») and a passive \
transport to a hospital with no agent; a quote split mid-sentence around « a déclaré en fin de soirée le \
vice-Premier ministre Robert Kaliňák, » (one speech act, two parts; a title before the name; « il » inside the \
quote for Fico; « il se bat pour sa vie » a predicate, no event); a one-phrase quote after a noun that restates \
the attack (« a évoqué une attaque « à motivation politique » »); two nominal mentions of the suspect in apposition \
(« L’homme interpellé, un retraité de 71 ans ») and a conditional of unconfirmed news sourced after the clause \
(« aurait agi seul, selon les enquêteurs »: hypothetical); a relative planned inauguration with a date (« qui doit \
prendre ses fonctions le 15 juin »); a call to a group to suspend a campaign (suspension proposed, campaign \
occurred, elections planned); a denunciation with a quoted adjective pair and « avant de lancer : « ... » » (two \
speech acts); a group's condemnation with « aussitôt » (no time); a quote first written on a network by a role \
noun and a name in apposition; a metonym's one-word quote with another metonym after « avec » and « tandis que » \
with a titled name and a predicate quote (« s’est dit « profondément choqué » »); « À Moscou, le Kremlin a \
qualifié l’attaque de « crime monstrueux » » (the city as the place of a metonym's statement); a telegram sent by \
Putin sourced after the clause to a possessive role noun and a name in apposition, and a relative clause with a \
negated call in the pluperfect and a clitic « l’ » (« qui a précisé que le président russe ne l’avait pas \
appelé »); a participle of return with a month (« revenu au pouvoir en octobre »: October 2023) and a pluperfect \
opposition to a delivery to a metonym (« s’était opposé à l’envoi d’armes à Kiev »: the delivery proposed, Kiev \
Ukraine Q212); a planned update on a future weekday morning (« doit faire un nouveau point sur son état jeudi \
matin »); « Bratislava n’a pas exclu de renforcer ... » (a Statement, the reinforcement hypothetical).
Places and metonyms. « Handlová » is the town of the attack; « sur place » is no mention (it takes Handlová as the \
arrest's place). « Banská Bystrica » is the city, inside « l’hôpital de Banská Bystrica » (a description of its \
own, the hospital a local place). « Paris » is France and « Bratislava » (twice) Slovakia, metonyms of states that \
express solidarity and weigh measures; « Moscou » in « À Moscou » is the city (Q649), the place of the Kremlin's \
statement; « Kremlin » is the presidential administration (Q2060629); « Kiev » after « l’envoi d’armes à » is \
Ukraine (Q212), as « à Kiev after livrer » in gold. France, Slovakia, Handlová, Banská Bystrica are not in \
ids.tsv: local.
Mentions. Fico: « Le Premier ministre slovaque » (a role noun set off by a comma before the name: a mention of its \
own), « Robert Fico », « le chef du gouvernement » (whole; « gouvernement » inside it is not marked, as « l’État » \
in « chef de l’État » in gold), « il » (twice: « il a été transporté », « il se bat » inside the quote), « Fico » \
in « M. Fico », « l’ » (« ne l’avait pas appelé »), « Le dirigeant slovaque ». The suspect: « Un suspect », « \
l’assaillant », « L’homme interpellé », « un retraité de 71 ans ». « pays » in « le centre du pays » (fused « du ») \
is Slovakia; « son gouvernement » and « Le gouvernement » the Slovak government (local). « Robert Kaliňák » and « \
Olaf Scholz » keep only the name (a title right before it). « des responsables politiques » is generic (not \
annotated), « les partis » a local group (the Slovak parties), « des sympathisants » and « des témoins » local \
groups, « armes » (after the partitive « d’ ») the arms of the opposed delivery. Not mentions: « Son », « sa », « \
leur », « notre » (possessives), « l’opération », « une attaque », « l’attentat », « l’attaque », « un télégramme \
de soutien » (a message, as « un communiqué » in gold), « son état », « la protection », « La violence », « Les \
mots de haine », « des actes tragiques », « les élections européennes » (an event).
Statuses. The wounding, the government meeting, the arrest, the greeting, the transport, the operation, Fico's \
return to power and the campaign occurred; the call from Putin is negated; the inauguration, the European \
elections and the government's update are planned; the suspension of the campaign and the arms delivery Fico \
opposed are proposed; the suspect acting alone and the reinforced protection are hypothetical.
Times. « mercredi » is the publication day, Wednesday 15 May 2024; the meeting (« à l’issue de »), the greeting, \
the arrest, the transport and the operation write no day and take the wounding's Wednesday (as the quoted sequence \
takes the death's Friday in navalny-mort-2024-02-16); « en fin de soirée » is the evening of 15 May; « le 15 juin \
» is 15 June 2024 (future); « en octobre » is October 2023 (the last October before publication, the month); « \
jeudi matin » is the morning of Thursday 16 May 2024 (future). Statements with no time word (the police's, the \
witnesses', TASR's, the interior minister's, the investigators', Pellegrini's, Čaputová's, the leaders', von der \
Leyen's, France's, Scholz's, the Kremlin's, Putin's telegram, Peskov's, Bratislava's) have no time; « aussitôt » \
is no time.
Linked: Vladimir Putin, Dmitry Peskov, the Kremlin, Moscow and Ukraine (Russia itself is never named). Fico, Slovakia, \
Handlová, the Slovak government, the suspect, the police, the witnesses, TASR, the supporters, the house of \
culture, the hospital, Banská Bystrica, Kaliňák, Šutaj Eštok, the investigators, Pellegrini, the parties, \
Čaputová, the European leaders, X, the European Commission, von der Leyen, France, Scholz and the arms are not \
in ids.tsv or are no Wikidata item: local, unlinked."""

PUTIN, PESKOV, KREMLIN, MOSCOW, UKRAINE = "Q7747", "Q4359688", "Q2060629", "Q649", "Q212"
FICO, SLOVAKIA, HANDLOVA, GOV, SUSPECT, POLICE = "local:robert-fico", "local:slovakia", "local:handlova", \
    "local:slovak-government", "local:fico-suspect", "local:slovak-police"
WITNESSES, TASR, SUPPORTERS, CULTURE_HOUSE, HOSPITAL, BB = "local:witnesses", "local:tasr", \
    "local:fico-supporters", "local:handlova-house-of-culture", "local:banska-bystrica-hospital", \
    "local:banska-bystrica"
KALINAK, SUTAJ, INVESTIGATORS, PELLEGRINI, PARTIES, CAPUTOVA = "local:robert-kalinak", \
    "local:matus-sutaj-estok", "local:investigators", "local:peter-pellegrini", "local:slovak-parties", \
    "local:zuzana-caputova"
EU_LEADERS, X_NETWORK, COMMISSION, VDL, FRANCE, SCHOLZ, ARMS = "local:european-leaders", "local:x-network", \
    "local:european-commission", "local:ursula-von-der-leyen", "local:france", "local:olaf-scholz", \
    "local:arms-for-ukraine"

# id, French label, English label, type, extra fields (description, class_qid, unlinked_reason)
LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (FICO, "Robert Fico", "Robert Fico", "person",
     {"description": "Premier ministre de la Slovaquie", "unlinked_reason": NOT_VERIFIED}),
    (SLOVAKIA, "Slovaquie", "Slovakia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (HANDLOVA, "Handlová", "Handlová", "place",
     {"description": "ville du centre de la Slovaquie", "unlinked_reason": NOT_VERIFIED}),
    (GOV, "gouvernement slovaque", "Government of Slovakia", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SUSPECT, "suspect de l’attentat contre Robert Fico", "suspect in the shooting of Robert Fico", "person",
     {"description": "un retraité de 71 ans arrêté à Handlová; l’article ne le nomme pas",
      "unlinked_reason": "an unnamed person, no Wikidata item"}),
    (POLICE, "police slovaque", "Slovak police", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (WITNESSES, "témoins", "witnesses", "group",
     {"description": "témoins de l’attentat cités par l’agence TASR",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (TASR, "TASR", "News Agency of the Slovak Republic", "organization",
     {"description": "agence de presse slovaque", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (SUPPORTERS, "sympathisants de Robert Fico", "Robert Fico's supporters", "group",
     {"unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (CULTURE_HOUSE, "maison de la culture de Handlová", "Handlová house of culture", "place",
     {"unlinked_reason": "a building with no verified Wikidata item"}),
    (HOSPITAL, "hôpital de Banská Bystrica", "Banská Bystrica hospital", "place",
     {"unlinked_reason": "the article does not name the hospital; no verified Wikidata item"}),
    (BB, "Banská Bystrica", "Banská Bystrica", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KALINAK, "Robert Kaliňák", "Robert Kaliňák", "person",
     {"description": "vice-Premier ministre slovaque", "unlinked_reason": NOT_VERIFIED}),
    (SUTAJ, "Matúš Šutaj Eštok", "Matúš Šutaj Eštok", "person",
     {"description": "ministre slovaque de l’Intérieur", "unlinked_reason": NOT_VERIFIED}),
    (INVESTIGATORS, "enquêteurs", "investigators", "group",
     {"description": "enquêteurs slovaques chargés de l’attentat",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (PELLEGRINI, "Peter Pellegrini", "Peter Pellegrini", "person",
     {"description": "président élu de la Slovaquie", "unlinked_reason": NOT_VERIFIED}),
    (PARTIES, "partis slovaques", "Slovak political parties", "group",
     {"description": "les partis politiques slovaques en campagne pour les élections européennes",
      "unlinked_reason": "an unnamed group of parties, not one Wikidata item"}),
    (CAPUTOVA, "Zuzana Čaputová", "Zuzana Čaputová", "person",
     {"description": "présidente sortante de la Slovaquie", "unlinked_reason": NOT_VERIFIED}),
    (EU_LEADERS, "dirigeants européens", "European leaders", "group",
     {"unlinked_reason": "an unnamed group of leaders, not one Wikidata item"}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (COMMISSION, "Commission européenne", "European Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SCHOLZ, "Olaf Scholz", "Olaf Scholz", "person",
     {"description": "chancelier allemand", "unlinked_reason": NOT_VERIFIED}),
    (ARMS, "armes pour l’Ukraine", "arms for Ukraine", "object",
     {"description": "armes dont Robert Fico refusait l’envoi à l’Ukraine",
      "unlinked_reason": "an unspecified quantity of arms, not one Wikidata item"}),
]

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    MOSCOW: "la ville où le Kremlin s’exprime",
    UKRAINE: "l’État que désigne « Kiev » dans « l’envoi d’armes à Kiev »",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Premier ministre slovaque, Robert Fico, a été grièvement blessé ... à Handlová, dans le centre du pays, ...
    ("Le Premier ministre slovaque", None, FICO, "nominal"),
    ("Robert Fico", None, FICO, "name"),
    ("Handlová", None, HANDLOVA, "name"),
    ("pays", "le centre du pays", SLOVAKIA, "nominal"),
    ("son gouvernement", None, GOV, "nominal"),
    # Un suspect a été arrêté sur place, a annoncé la police.
    ("Un suspect", None, SUSPECT, "nominal"),
    ("la police", None, POLICE, "nominal"),
    # Selon des témoins cités par l’agence TASR, l’assaillant a tiré ... le chef du gouvernement saluait ...
    ("des témoins", None, WITNESSES, "nominal"),
    ("TASR", None, TASR, "name"),
    ("l’assaillant", None, SUSPECT, "nominal"),
    ("le chef du gouvernement", None, FICO, "nominal"),
    ("des sympathisants", None, SUPPORTERS, "nominal"),
    ("la maison de la culture", None, CULTURE_HOUSE, "nominal"),
    # Touché à l’abdomen, il a été transporté vers l’hôpital de Banská Bystrica.
    ("il", "il a été transporté", FICO, "pronoun"),
    ("l’hôpital de Banská Bystrica", None, HOSPITAL, "nominal"),
    ("Banská Bystrica", None, BB, "name"),
    # « Son état est critique, a déclaré ... Robert Kaliňák, mais ... il se bat pour sa vie. »
    ("Robert Kaliňák", None, KALINAK, "name"),
    ("il", "il se bat", FICO, "pronoun"),
    # Le ministre de l’Intérieur, Matúš Šutaj Eštok, a évoqué une attaque « à motivation politique ».
    ("Le ministre de l’Intérieur", None, SUTAJ, "nominal"),
    ("Matúš Šutaj Eštok", None, SUTAJ, "name"),
    # L’homme interpellé, un retraité de 71 ans, aurait agi seul, selon les enquêteurs.
    ("L’homme interpellé", None, SUSPECT, "nominal"),
    ("un retraité de 71 ans", None, SUSPECT, "nominal"),
    ("les enquêteurs", None, INVESTIGATORS, "nominal"),
    # Le président élu, Peter Pellegrini, ... a appelé les partis à suspendre leur campagne ...
    ("Le président élu", None, PELLEGRINI, "nominal"),
    ("Peter Pellegrini", None, PELLEGRINI, "name"),
    ("les partis", None, PARTIES, "nominal"),
    # La présidente sortante, Zuzana Čaputová, a dénoncé ...
    ("La présidente sortante", None, CAPUTOVA, "nominal"),
    ("Zuzana Čaputová", None, CAPUTOVA, "name"),
    # Les dirigeants européens ont aussitôt condamné l’attentat.
    ("Les dirigeants européens", None, EU_LEADERS, "nominal"),
    # « La violence ... », a écrit sur X la présidente de la Commission européenne, Ursula von der Leyen.
    ("X", "sur X la", X_NETWORK, "name"),
    ("la présidente de la Commission européenne", None, VDL, "nominal"),
    ("Commission européenne", None, COMMISSION, "name"),
    ("Ursula von der Leyen", None, VDL, "name"),
    # Paris a exprimé sa « solidarité » avec Bratislava, tandis que le chancelier allemand Olaf Scholz ...
    ("Paris", None, FRANCE, "metonym"),
    ("Bratislava", "avec Bratislava", SLOVAKIA, "metonym"),
    ("Olaf Scholz", None, SCHOLZ, "name"),
    # À Moscou, le Kremlin a qualifié l’attaque de « crime monstrueux ».
    ("Moscou", None, MOSCOW, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    # Vladimir Poutine a adressé à M. Fico ..., a indiqué son porte-parole, Dmitri Peskov, qui a précisé ...
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Fico", "M. Fico", FICO, "name"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("le président russe", None, PUTIN, "nominal"),
    ("l’", "ne l’avait", FICO, "pronoun"),
    # Le dirigeant slovaque, revenu au pouvoir en octobre, s’était opposé à l’envoi d’armes à Kiev.
    ("Le dirigeant slovaque", None, FICO, "nominal"),
    ("armes", "d’armes à Kiev", ARMS, "nominal"),
    ("Kiev", None, UKRAINE, "metonym"),
    # Le gouvernement doit faire un nouveau point ... Bratislava n’a pas exclu ...
    ("Le gouvernement", None, GOV, "nominal"),
    ("Bratislava", "Bratislava n’a pas exclu", SLOVAKIA, "metonym"),
]

PUB_DAY = "The publication day, Wednesday 15 May 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-05-15", "day", "weekday-publication-day",
     "« a été grièvement blessé par balles mercredi »: " + PUB_DAY),
    ("t-evening", ("en fin de soirée", None), "2024-05-15", "day", "part-of-day",
     "« a déclaré en fin de soirée »: late in the evening of the publication day, 15 May 2024 (the day is kept, "
     "the part of the day has no value of its own)."),
    ("t-june-15", ("le 15 juin", None), "2024-06-15", "day", "day-month-future",
     "« qui doit prendre ses fonctions le 15 juin »: a day and a month after the publication day in the "
     "publication year, 15 June 2024."),
    ("t-october", ("en octobre", None), "2023-10", "month", "month-past",
     "« revenu au pouvoir en octobre »: a past month named without a year, the most recent October before May "
     "2024, so October 2023; it stays a month."),
    ("t-thursday-morning", ("jeudi matin", None), "2024-05-16", "day", "part-of-day",
     "« doit faire un nouveau point ... jeudi matin »: a planned act on a weekday after the publication day, the "
     "morning of Thursday 16 May 2024."),
]

LEDE_EVIDENCE = ("Le Premier ministre slovaque", "de son gouvernement.")
WITNESS_EVIDENCE = ("Selon des témoins", "la maison de la culture.")
KALINAK_EVIDENCE = ("« Son état est critique", "pour sa vie. »")
PESKOV_EVIDENCE = ("Vladimir Poutine a adressé", "pas appelé.")
PELLEGRINI_EVIDENCE = ("Le président élu", "élections européennes.")
CAPUTOVA_EVIDENCE = ("La présidente sortante", "actes tragiques. »")

EVENTS: list[dict[str, Any]] = [
    event("e-shooting", "Event", "Robert Fico shot and seriously wounded in Handlová on Wednesday",
          ("blessé", None), [("agent", SUSPECT), ("recipient", FICO)], place=HANDLOVA, time="t-wednesday",
          according_to=[WITNESSES, TASR], evidence=LEDE_EVIDENCE,
          note="« a été grièvement blessé par balles mercredi à Handlová »: a passive with no agent written; the "
               "shooter is the suspect of the next sentences. Restated by « l’assaillant a tiré à plusieurs "
               "reprises » (told by the witnesses through TASR, hence according_to, as the presence on board told "
               "twice in prigojine-crash-2023-08-24), « Touché à l’abdomen », « une attaque », « l’attentat », « "
               "l’attaque »: one event, no second one."),
    event("e-government-meeting", "Meeting", "Off-site meeting of the Slovak government in Handlová",
          ("réunion", "réunion délocalisée"), [("participant", GOV)], place=HANDLOVA, time="t-wednesday",
          evidence=LEDE_EVIDENCE,
          note="« à l’issue d’une réunion délocalisée de son gouvernement »: a nominal meeting just before the "
               "shooting, so in Handlová on the same Wednesday (no time word of its own)."),
    event("e-arrest", "Event", "A suspect arrested on the spot", ("arrêté", None),
          [("agent", POLICE), ("recipient", SUSPECT)], place=HANDLOVA, time="t-wednesday", according_to=[POLICE],
          note="« Un suspect a été arrêté sur place, a annoncé la police »: a passive, the police the implied agent "
               "and the source after the clause; « sur place » is Handlová. « L’homme interpellé » restates it."),
    event("e-greeting", "Event", "Robert Fico greets supporters outside the house of culture", ("saluait", None),
          [("agent", FICO), ("participant", SUPPORTERS)], place=CULTURE_HOUSE, time="t-wednesday",
          according_to=[WITNESSES, TASR], evidence=WITNESS_EVIDENCE,
          note="« alors que le chef du gouvernement saluait des sympathisants devant la maison de la culture »: an "
               "imperfect in an « alors que » clause, going on when the shots were fired; told by the witnesses."),
    event("e-transport", "Event", "Robert Fico taken to the hospital of Banská Bystrica", ("transporté", None),
          [("recipient", FICO)], place=HOSPITAL, time="t-wednesday",
          note="« il a été transporté vers l’hôpital de Banská Bystrica »: a passive with no agent; the hospital is "
               "the destination, the place (as « se rendre à » in gold)."),
    event("e-operation", "Event", "Robert Fico operated on", ("l’opération", None), [("recipient", FICO)],
          place=HOSPITAL, time="t-wednesday", according_to=[KALINAK], evidence=KALINAK_EVIDENCE,
          note="« mais l’opération s’est bien passée »: inside Kaliňák's quote; the surgeons are not written, so "
               "the patient is the only role. « il se bat pour sa vie » and « Son état est critique » are "
               "predicates, no event (as « se porte bien » in gold)."),
    event("e-acted-alone", "Event", "The suspect reportedly acted alone", ("agi", "aurait agi"), [("agent", SUSPECT)],
          status="hypothetical", according_to=[INVESTIGATORS],
          note="« L’homme interpellé, un retraité de 71 ans, aurait agi seul, selon les enquêteurs »: the "
               "conditional of unconfirmed news, hypothetical (as « préparerait » in gold)."),
    event("e-inauguration", "Event", "Peter Pellegrini to take office on 15 June", ("prendre ses fonctions", None),
          [("agent", PELLEGRINI)], status="planned", time="t-june-15", evidence=PELLEGRINI_EVIDENCE,
          note="« qui doit prendre ses fonctions le 15 juin »: a relative with « doit », scheduled: planned."),
    event("e-campaign-suspension", "Event", "The parties to suspend their campaign", ("suspendre", None),
          [("agent", PARTIES)], status="proposed", according_to=[PELLEGRINI], evidence=PELLEGRINI_EVIDENCE,
          note="« a appelé les partis à suspendre leur campagne »: called for, not done: proposed (as « appelant ... "
               "à la retenue » in gold)."),
    event("e-campaign", "Event", "The parties' campaign for the European elections", ("campagne", None),
          [("agent", PARTIES)], evidence=PELLEGRINI_EVIDENCE,
          note="« leur campagne pour les élections européennes »: going on at publication, occurred; no time."),
    event("e-eu-elections", "Event", "The European elections", ("élections européennes", None),
          [("participant", PARTIES)], status="planned", evidence=PELLEGRINI_EVIDENCE,
          note="« les élections européennes »: still to come (June 2024, not written): planned; the parties that "
               "campaign for them take part."),
    event("e-no-call", "Meeting", "Vladimir Putin did not call Robert Fico", ("appelé", "pas appelé"),
          [("participant", PUTIN), ("participant", FICO)], status="negated", according_to=[PESKOV],
          evidence=PESKOV_EVIDENCE,
          note="« qui a précisé que le président russe ne l’avait pas appelé »: a negated phone call (a Meeting, "
               "as a call in gold), told by Peskov; « l’ » is Fico."),
    event("e-return-to-power", "Event", "Robert Fico returned to power in October", ("revenu", None),
          [("agent", FICO)], time="t-october",
          note="« Le dirigeant slovaque, revenu au pouvoir en octobre »: a participle in apposition, in the "
               "article's own voice; October 2023."),
    event("e-arms-delivery", "Delivery", "Sending arms to Ukraine, which Fico opposed", ("l’envoi", None),
          [("agent", SLOVAKIA), ("recipient", UKRAINE), ("theme", ARMS)], status="proposed",
          according_to=[FICO],
          note="« s’était opposé à l’envoi d’armes à Kiev »: a delivery on the table that he rejects, not said to "
               "be done or stopped: proposed. The sender is not written; Slovakia, whose head of government "
               "opposes it, is implied. « Kiev » is Ukraine (as « à Kiev » after « livrer » in gold)."),
    event("e-update", "Event", "The government to give a new update on Fico's condition on Thursday morning",
          ("point", "nouveau point"), [("agent", GOV)], status="planned", time="t-thursday-morning",
          note="« Le gouvernement doit faire un nouveau point sur son état jeudi matin »: scheduled with « doit »: "
               "planned. A briefing still to come, written as an event (no speaker speaks yet, no words quoted)."),
    event("e-protection", "Event", "Slovakia may reinforce the protection of politicians", ("renforcer", None),
          [("agent", SLOVAKIA)], status="hypothetical", according_to=[SLOVAKIA],
          note="« Bratislava n’a pas exclu de renforcer la protection des responsables politiques »: not ruled out, "
               "so possible: hypothetical (as « n’a pas exclu de viser des banques » in gold); « des responsables "
               "politiques » is generic, no mention."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-police", "Statement", "The police announce a suspect's arrest", POLICE, ("a annoncé", None), [],
           about=["e-arrest"],
           note="« a annoncé la police »: the source after the clause. No weekday in the sentence: no time."),
    speech("s-witnesses", "Report", "Witnesses say the attacker fired several times as Fico greeted supporters",
           WITNESSES, ("Selon", "Selon des témoins"), [], according_to=[TASR], evidence=WITNESS_EVIDENCE,
           about=["e-shooting", "e-greeting"],
           note="« Selon des témoins cités par l’agence TASR »: the witnesses speak, TASR carries their words (as "
                "« un responsable américain cité par l’agence Reuters » in gold)."),
    speech("s-tasr", "Report", "TASR reports the witnesses' account", TASR, ("cités", None), [],
           evidence=WITNESS_EVIDENCE, about=["s-witnesses"],
           note="« cités par l’agence TASR »: the agency's Report about the witnesses' words; the title « l’agence » "
                "is part of the name's phrase."),
    speech("s-kalinak", "Statement", "Robert Kaliňák: Fico's condition is critical but the operation went well",
           KALINAK, ("a déclaré", None),
           [("Son état est critique", None), ("mais l’opération s’est bien passée et il se bat pour sa vie.", None)],
           time="t-evening", evidence=KALINAK_EVIDENCE, about=["e-shooting", "e-operation"],
           note="One sentence quoted in two parts around « a déclaré en fin de soirée le vice-Premier ministre "
                "Robert Kaliňák, »: one speech act, two quotes; the second keeps its full stop inside the "
                "guillemets (as in gold). The title is part of the name's phrase."),
    speech("s-sutaj-estok", "Statement", "The interior minister speaks of a politically motivated attack", SUTAJ,
           ("a évoqué", None), [("à motivation politique", None)], about=["e-shooting"],
           note="« a évoqué une attaque « à motivation politique » »: « une attaque » restates the shooting; the "
                "motive is no event. No time written."),
    speech("s-investigators", "Report", "Investigators say the suspect acted alone", INVESTIGATORS,
           ("selon", "selon les enquêteurs"), [], about=["e-acted-alone"],
           note="« selon les enquêteurs »: a source after the clause."),
    speech("s-pellegrini", "Statement", "Peter Pellegrini calls on the parties to suspend their campaign",
           PELLEGRINI, ("a appelé", None), [], addressee=PARTIES, evidence=PELLEGRINI_EVIDENCE,
           about=["e-campaign-suspension"],
           note="« a appelé les partis à suspendre leur campagne »: the parties are those he calls on (addressee); "
                "no quote, no time."),
    speech("s-caputova-denounces", "Statement", "Zuzana Čaputová denounces a « brutal and irresponsible » attack",
           CAPUTOVA, ("a dénoncé", None), [("brutale et irresponsable", None)], evidence=CAPUTOVA_EVIDENCE,
           about=["e-shooting"],
           note="« a dénoncé une attaque « brutale et irresponsable » »: a quoted adjective pair after a noun that "
                "restates the shooting."),
    speech("s-caputova-hate", "Statement", "Zuzana Čaputová: words of hate lead to tragic acts", CAPUTOVA,
           ("lancer", None), [("Les mots de haine mènent à des actes tragiques.", None)],
           evidence=CAPUTOVA_EVIDENCE, about=["e-shooting"],
           note="« avant de lancer : « ... » »: a second verb, a second speech act (as « protesté ... et réclamé » "
                "in gold); a general statement, no event of its own inside it."),
    speech("s-eu-leaders", "Statement", "European leaders condemn the attack", EU_LEADERS, ("condamné", None), [],
           about=["e-shooting"],
           note="« Les dirigeants européens ont aussitôt condamné l’attentat »: a group's speech act; « aussitôt » "
                "is no time."),
    speech("s-von-der-leyen", "Statement", "Ursula von der Leyen: violence has no place in our society", VDL,
           ("a écrit", None), [("La violence n’a pas sa place dans notre société", None)], about=["e-shooting"],
           note="A quote first, « a écrit sur X la présidente de la Commission européenne, Ursula von der Leyen »: a "
                "role noun and the name in apposition; X is the medium, not a place or an addressee."),
    speech("s-france", "Statement", "France expresses its solidarity with Slovakia", FRANCE, ("a exprimé", None),
           [("solidarité", None)], about=["e-shooting"],
           note="« Paris a exprimé sa « solidarité » avec Bratislava »: two metonyms; « avec » is not a dative, so "
                "Slovakia is no addressee. No speaker for France is named."),
    speech("s-scholz", "Statement", "Olaf Scholz says he is « deeply shocked »", SCHOLZ, ("s’est dit", None),
           [("profondément choqué", None)], about=["e-shooting"],
           note="« tandis que le chancelier allemand Olaf Scholz s’est dit « profondément choqué » »: a title "
                "right before the name; a predicate quote."),
    speech("s-kremlin", "Statement", "The Kremlin calls the attack a « monstrous crime »", KREMLIN,
           ("a qualifié", None), [("crime monstrueux", None)], place=MOSCOW, about=["e-shooting"],
           note="« À Moscou, le Kremlin a qualifié l’attaque de « crime monstrueux » »: the institution speaks "
                "(Q2060629), the city (Q649) is where; « l’attaque » restates the shooting. No time written."),
    speech("s-putin-telegram", "Statement", "Vladimir Putin sends Robert Fico a telegram of support", PUTIN,
           ("a adressé", None), [], addressee=FICO, according_to=[PESKOV], evidence=PESKOV_EVIDENCE,
           about=["e-shooting"],
           note="« Vladimir Poutine a adressé à M. Fico un télégramme de soutien, a indiqué son porte-parole »: a "
                "written message of support, a speech act addressed to Fico (the telegram is the medium, not a "
                "mention), told by Peskov."),
    speech("s-peskov-telegram", "Report", "Dmitry Peskov reports Putin's telegram", PESKOV, ("a indiqué", None), [],
           evidence=PESKOV_EVIDENCE, about=["s-putin-telegram"],
           note="« a indiqué son porte-parole, Dmitri Peskov »: a possessive role noun and the name in apposition."),
    speech("s-peskov-no-call", "Statement", "Dmitry Peskov says Putin did not call Fico", PESKOV,
           ("a précisé", None), [], evidence=PESKOV_EVIDENCE, about=["e-no-call"],
           note="« qui a précisé que le président russe ne l’avait pas appelé »: a relative second speech act; the "
                "call is negated, the speech act occurred."),
    speech("s-fico-opposition", "SpeechAct", "Robert Fico had opposed sending arms to Ukraine", FICO,
           ("s’était opposé", None), [], about=["e-arms-delivery"],
           note="« s’était opposé à l’envoi d’armes à Kiev »: a stance the article gives to Fico, in the "
                "pluperfect, no quote (as « Washington en est persuadée » in the bundled article); no time."),
    speech("s-bratislava", "Statement", "Slovakia does not rule out reinforcing politicians' protection", SLOVAKIA,
           ("n’a pas exclu", None), [], about=["e-protection"],
           note="« Bratislava n’a pas exclu de renforcer »: a stance that the measure is possible, a Statement (as « "
                "n’a pas exclu » in gold), not a negated speech act."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
