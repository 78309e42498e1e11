"""Held-out annotation of japon-philippines-accord-2024-07-08.txt (written for the twenty-fifth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/japon-philippines-accord-2024-07-08.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/japon-philippines-accord-2024-07-08.annotation.src.py --check

From held-out set 25 (moved to gold in session 23; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "japon-philippines-accord-2024-07-08.txt"

NOTE = """\
Held-out-25 article: Japan and the Philippines sign a reciprocal access agreement in Manila on Monday 8 July \
2024, allowing the troops of each country on the other's soil; the Japanese defence and foreign ministers, Minoru \
Kihara and Yoko Kamikawa, sign with their Philippine counterparts, Gilberto Teodoro and Enrique Manalo, in the \
presence of president Ferdinand Marcos Jr.; Kamikawa and Marcos welcome it; Japan had signed similar pacts with \
Australia (2022) and the United Kingdom (2023), and the talks with Manila began in November 2023 during a visit \
by Fumio Kishida; the Diet must still ratify it, perhaps before the end of the year; Beijing's spokesman Lin Jian \
rejects « new military blocs », China accuses Manila of provocations in the South China Sea, where its coast \
guard had boarded Philippine boats on 17 June; Teodoro says the pact targets no third country and joint exercises \
could follow next year; Washington welcomes the signing; Kamikawa is to fly back to Tokyo on Tuesday. Published \
Monday 8 July 2024 (the file gives the day). The signing, its signatories, the earlier pacts, the November \
launch of talks and the 17 June boarding follow the real events loosely; the quotes, the presidency's statement, \
Kihara's timing, Lin's sentence, Teodoro's words, the exercises and Kamikawa's return are invented or simplified.
What it exercises: two states as one subject of a signing on the publication day in a city, with the agreement \
as theme and a relative future whose content is a hypothetical deployment (« qui autorisera les troupes de chaque \
pays à se déployer sur le sol de l’autre »: « les troupes de chaque pays » and « l’autre » are distributive, not \
mentions); an apposed restatement with a passive participle and its agent (« un rapprochement militaire aussitôt \
dénoncé par la Chine »: a speech act of China, the Monday through « aussitôt », as « qui a aussitôt irrité » in \
gold orban-moscou-2024-07-05); a fronted « En présence du président Ferdinand Marcos Jr. » (a title before the \
name; the president a participant) and the signing restated by its four signatories with two role nouns in \
apposition (« ont paraphé le texte »: one event, as « Le document a été paraphé » in gold \
borissov-chine-lune-2025-03-05; « leurs homologues philippins » is plural, not a mention); a quote first with « \
a déclaré Mme Kamikawa à l’issue de la cérémonie » (the ceremony's Monday and Manila); a welcome by a role noun \
with a quote in a relative clause about the agreement (« un texte qui « renforce notre capacité à défendre nos \
eaux » », a hypothetical defence) sourced after the clause (« selon un communiqué de la présidence »); a \
pluperfect agreement by a metonym with a year and a second one joined by « puis » with « un autre » (a pronoun \
for the second pact) and « l’année suivante » (counted from 2022: 2023); a pluperfect passive launch of talks \
with a metonym and « en novembre » (November 2023) « lors d’une visite » (a nominal visit sharing the month); a \
planned passive ratification with its agent and an apposed role noun (« par la Diète, le Parlement japonais ») \
and a planned entry into force; the ratification restated by « Le vote » with a conditional deadline (« pourrait \
intervenir avant la fin de l’année »: 2024) under « a indiqué M. Kihara » and a negated « sans avancer de date \
précise »; « À Pékin » (the city) and a quote first with « a lancé lundi » and a role noun holding a ministry's \
name in apposition; an accusation in the present by a state with a suspected provocation and a relative \
pluperfect boarding « le 17 juin » (« ses garde-côtes » the China Coast Guard, « des embarcations philippines » \
the recipient, « près d’un récif disputé »); a quote first with « Nous » for the Philippines and a negated \
targeting, « a répliqué M. Teodoro devant la presse » and a participle without guillemets with a conditional « \
dès l’an prochain » (2025); a capital for its state with a role noun in apposition (« Washington, allié des deux \
capitales, a salué la signature »: « les deux capitales » is plural, not a mention); a planned return « mardi » \
to « Tokyo » (the city). « Tokyo » is Japan (Q17, metonym) in « Tokyo avait déjà conclu » and the city (Q1490) \
in « regagner Tokyo »; « Manille » is the city where the agreement is signed (local, name) and the Philippines \
(local, metonym) in « négociations avec Manille » and « accuse Manille »; « Pékin » is the city where Lin speaks \
(Q956); « Washington » is the United States (Q30, metonym).
Mentions. Role nouns: « Le ministre japonais de la Défense » (Kihara), « la ministre des Affaires étrangères » \
(Kamikawa), « Le chef de l’État philippin » (Marcos; « l’État » inside it is not annotated, as in gold), « le \
Parlement japonais » (the Diet), « porte-parole du ministère chinois des Affaires étrangères » (Lin) with the \
ministry's name inside it, « allié des deux capitales » (the United States). Titles before a name are part of \
its phrase (« le président Ferdinand Marcos Jr. », « le Premier ministre Fumio Kishida »: only the names; « Mme \
Kamikawa », « M. Kihara », « M. Teodoro »: only the surnames). The agreement (local object) is « un accord \
d’accès réciproque », « le texte », « un texte » and « L’accord »; the Japan–Australia pact is « un pacte de même \
nature », the Japan–UK pact « un autre » (pronoun). « la présidence » (the Philippine presidency), « Asie-Pacifique \
» in Lin's quote (« La région » is a title before the name), « mer de Chine méridionale » (« Chine » inside it only \
names the sea), « ses garde-côtes », « des embarcations philippines » and « un récif disputé » (Second Thomas \
Shoal, which the article does not name) are local. Not mentions: « la région » in Kamikawa's quote (the region she \
means is not said: Asia-Pacific or Indo-Pacific), « notre », « nos eaux » (possessive; the waters take no role of \
their own), « la cérémonie », « un rapprochement militaire », « ce vote », « Les négociations », « la riposte », « \
la signature » (events restated), « de nouveaux blocs militaires », « aucun pays tiers », « la presse ».
Statuses. The deployment the agreement « autorisera » is hypothetical (allowed, not scheduled); the ratification \
and the entry into force are planned (« doit encore être ratifié »); the defence of the waters is hypothetical \
(a capacity); the provocation is suspected (China's accusation); the targeting of a third country is negated; \
the exercises are hypothetical (« pourraient »); Kamikawa's return is planned; « sans avancer de date précise » \
is a negated speech act.
Times. Both « lundi » are the publication day, Monday 8 July 2024; « en 2022 » a year; « l’année suivante » \
the year after 2022, 2023; « en novembre » (pluperfect, written in July 2024) November 2023; « avant la fin de \
l’année » 2024; « le 17 juin » 17 June 2024; « l’an prochain » 2025; « mardi » Tuesday 9 July 2024. The \
deployment, the entry into force, the provocation, Kihara's and Teodoro's statements, the US welcome and China's \
accusation have no weekday or occasion written: no time.
The Philippines, Manila, the agreement, Kihara, Teodoro, Manalo, Marcos, the Philippine presidency, Australia, \
the United Kingdom, the two earlier pacts, the Diet, Lin Jian, the Chinese foreign ministry, Asia-Pacific, the \
South China Sea, the China Coast Guard, the Philippine boats and the reef are not in ids.tsv: local, unlinked."""

JAPAN, CHINA, BEIJING, TOKYO, US, KAMIKAWA, KISHIDA = "Q17", "Q148", "Q956", "Q1490", "Q30", "Q276275", "Q359480"
PH, MANILA, RAA, KIHARA = "local:philippines", "local:manila", "local:japan-philippines-raa", "local:minoru-kihara"
TEODORO, MANALO, MARCOS, PH_PRES = "local:gilberto-teodoro", "local:enrique-manalo", "local:ferdinand-marcos-jr", \
    "local:philippine-presidency"
AUSTRALIA, UK, AU_PACT, UK_PACT = "local:australia", "local:united-kingdom", "local:japan-australia-raa", \
    "local:japan-uk-raa"
DIET, LIN, CN_MFA, ASIA_PACIFIC = "local:national-diet", "local:lin-jian", "local:chinese-foreign-ministry", \
    "local:asia-pacific"
SCS, CCG, PH_BOATS, SHOAL = "local:south-china-sea", "local:china-coast-guard", "local:philippine-boats", \
    "local:second-thomas-shoal"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PH, "Philippines", "Philippines", "country",
     {"description": "aussi désignées par « Manille » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (MANILA, "Manille", "Manila", "place", {"unlinked_reason": NOT_VERIFIED}),
    (RAA, "accord d’accès réciproque entre le Japon et les Philippines", "Japan–Philippines Reciprocal Access "
     "Agreement", "object",
     {"description": "signé à Manille le 8 juillet 2024", "unlinked_reason": NOT_VERIFIED}),
    (KIHARA, "Minoru Kihara", "Minoru Kihara", "person",
     {"description": "ministre japonais de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (TEODORO, "Gilberto Teodoro", "Gilberto Teodoro", "person",
     {"description": "ministre philippin de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (MANALO, "Enrique Manalo", "Enrique Manalo", "person",
     {"description": "ministre philippin des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (MARCOS, "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "person",
     {"description": "président des Philippines", "unlinked_reason": NOT_VERIFIED}),
    (PH_PRES, "présidence des Philippines", "Presidency of the Philippines", "organization",
     {"description": "« la présidence », auteur du communiqué", "unlinked_reason": NOT_VERIFIED}),
    (AUSTRALIA, "Australie", "Australia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (UK, "Royaume-Uni", "United Kingdom", "country", {"unlinked_reason": NOT_VERIFIED}),
    (AU_PACT, "accord d’accès réciproque entre le Japon et l’Australie", "Japan–Australia Reciprocal Access "
     "Agreement", "object", {"description": "conclu en 2022", "unlinked_reason": NOT_VERIFIED}),
    (UK_PACT, "accord d’accès réciproque entre le Japon et le Royaume-Uni", "Japan–UK Reciprocal Access Agreement",
     "object", {"description": "signé en 2023", "unlinked_reason": NOT_VERIFIED}),
    (DIET, "Diète", "National Diet", "organization",
     {"description": "le Parlement japonais", "unlinked_reason": NOT_VERIFIED}),
    (LIN, "Lin Jian", "Lin Jian", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of the People's Republic of "
     "China", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ASIA_PACIFIC, "Asie-Pacifique", "Asia-Pacific", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CCG, "garde-côtes chinois", "China Coast Guard", "organization",
     {"description": "« ses garde-côtes » (ceux de la Chine)", "unlinked_reason": NOT_VERIFIED}),
    (PH_BOATS, "embarcations philippines abordées le 17 juin", "Philippine boats boarded on 17 June", "object",
     {"unlinked_reason": "unnamed boats, not one Wikidata item"}),
    (SHOAL, "récif de Second Thomas", "Second Thomas Shoal", "place",
     {"description": "« un récif disputé », que l’article ne nomme pas", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Japon et les Philippines ont signé lundi à Manille un accord d’accès réciproque qui autorisera ...
    ("Japon", "Le Japon et", JAPAN, "name"),
    ("Philippines", "les Philippines ont signé", PH, "name"),
    ("Manille", "lundi à Manille", MANILA, "name"),
    ("un accord d’accès réciproque", None, RAA, "nominal"),
    ("Chine", "dénoncé par la Chine", CHINA, "name"),
    # En présence du président Ferdinand Marcos Jr., le ministre japonais de la Défense, Minoru Kihara, et ...
    ("Ferdinand Marcos Jr.", None, MARCOS, "name"),
    ("le ministre japonais de la Défense", None, KIHARA, "nominal"),
    ("Minoru Kihara", None, KIHARA, "name"),
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("le texte", None, RAA, "nominal"),
    ("Gilberto Teodoro", None, TEODORO, "name"),
    ("Enrique Manalo", None, MANALO, "name"),
    # « C’est un jalon historique ... », a déclaré Mme Kamikawa à l’issue de la cérémonie. Le chef de l’État ...
    ("Kamikawa", "Mme Kamikawa à", KAMIKAWA, "name"),
    ("Le chef de l’État philippin", None, MARCOS, "nominal"),
    ("un texte", None, RAA, "nominal"),
    ("la présidence", None, PH_PRES, "nominal"),
    # Tokyo avait déjà conclu un pacte de même nature avec l’Australie en 2022, puis en avait signé un autre ...
    ("Tokyo", "Tokyo avait", JAPAN, "metonym"),
    ("un pacte de même nature", None, AU_PACT, "nominal"),
    ("Australie", None, AUSTRALIA, "name"),
    ("un autre", None, UK_PACT, "pronoun"),
    ("Royaume-Uni", None, UK, "name"),
    # Les négociations avec Manille avaient été lancées en novembre, lors d’une visite du Premier ministre ...
    ("Manille", "négociations avec Manille", PH, "metonym"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Philippines", "aux Philippines", PH, "name"),
    # L’accord doit encore être ratifié par la Diète, le Parlement japonais, avant d’entrer en vigueur.
    ("L’accord", None, RAA, "nominal"),
    ("Diète", None, DIET, "name"),
    ("le Parlement japonais", None, DIET, "nominal"),
    # Le vote pourrait intervenir avant la fin de l’année, a indiqué M. Kihara, sans avancer de date précise.
    ("Kihara", "M. Kihara", KIHARA, "name"),
    # À Pékin, la riposte n’a pas tardé. « La région Asie-Pacifique n’a nul besoin ... », a lancé lundi Lin Jian ...
    ("Pékin", None, BEIJING, "name"),
    ("Asie-Pacifique", None, ASIA_PACIFIC, "name"),
    ("Lin Jian", None, LIN, "name"),
    ("porte-parole du ministère chinois des Affaires étrangères", None, LIN, "nominal"),
    ("ministère chinois des Affaires étrangères", None, CN_MFA, "name"),
    # La Chine accuse Manille de provocations en mer de Chine méridionale, où ses garde-côtes avaient abordé ...
    ("Chine", "La Chine accuse", CHINA, "name"),
    ("Manille", "accuse Manille", PH, "metonym"),
    ("mer de Chine méridionale", None, SCS, "name"),
    ("ses garde-côtes", None, CCG, "nominal"),
    ("des embarcations philippines", None, PH_BOATS, "nominal"),
    ("un récif disputé", None, SHOAL, "nominal"),
    # « Nous ne visons aucun pays tiers », a répliqué M. Teodoro devant la presse, ajoutant que ...
    ("Nous", None, PH, "pronoun"),
    ("Teodoro", "M. Teodoro", TEODORO, "name"),
    # Washington, allié des deux capitales, a salué la signature.
    ("Washington", None, US, "metonym"),
    ("allié des deux capitales", None, US, "nominal"),
    # Mme Kamikawa doit regagner Tokyo mardi.
    ("Kamikawa", "Mme Kamikawa doit", KAMIKAWA, "name"),
    ("Tokyo", "regagner Tokyo", TOKYO, "name"),
]

PUB_DAY = "The publication day, Monday 8 July 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "signé lundi"), "2024-07-08", "day", "weekday-publication-day",
     "« ont signé lundi à Manille » in an article of Monday 8 July 2024: that same day. " + PUB_DAY),
    ("t-2022", ("en 2022", None), "2022", "year", "explicit-year",
     "Pluperfect « avait déjà conclu ... avec l’Australie en 2022 »: the year."),
    ("t-following-year", ("l’année suivante", None), "2023", "year", "relative-year-anchor",
     "« puis en avait signé un autre avec le Royaume-Uni l’année suivante »: the year after 2022, the year just "
     "written, not after the publication year: 2023."),
    ("t-november", ("en novembre", None), "2023-11", "month", "month-past",
     "Pluperfect « avaient été lancées en novembre », written in July 2024: the last November, November 2023."),
    ("t-year-end", ("avant la fin de l’année", None), "2024", "year", "end-of-current-year",
     "A deadline: the end of 2024; the year (as « d’ici la fin de l’année » in gold)."),
    ("t-monday-lin", ("lundi", "a lancé lundi"), "2024-07-08", "day", "weekday-publication-day",
     "« a lancé lundi Lin Jian »: the publication day. " + PUB_DAY),
    ("t-june-17", ("le 17 juin", None), "2024-06-17", "day", "day-month-publication-year",
     "Pluperfect « avaient abordé le 17 juin »: a day and a month before the publication day, in its year: 17 June "
     "2024."),
    ("t-next-year", ("l’an prochain", None), "2025", "year", "relative-year-future",
     "« pourraient avoir lieu dès l’an prochain », written in 2024: 2025."),
    ("t-tuesday", ("mardi", None), "2024-07-09", "day", "weekday-future",
     "« doit regagner Tokyo mardi »: the Tuesday after Monday 8 July 2024, 9 July."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-signing", "Agreement", "Japan and the Philippines sign a reciprocal access agreement in Manila",
          ("ont signé", None),
          [("participant", JAPAN), ("participant", PH), ("agent", KIHARA), ("agent", KAMIKAWA),
           ("agent", TEODORO), ("agent", MANALO), ("participant", MARCOS), ("theme", RAA)],
          place=MANILA, time="t-monday",
          note="« Le Japon et les Philippines ont signé lundi à Manille un accord d’accès réciproque »; the next "
               "sentence restates the signing (« ont paraphé le texte ») with the four signatories as agents: one "
               "event, the trigger is the first mention (as « Le document a été paraphé » in gold "
               "borissov-chine-lune-2025-03-05). « En présence du président Ferdinand Marcos Jr. »: the president "
               "attends without signing, a participant. « la cérémonie » and « la signature » restate it."),
    event("e-deployment", "Event", "Troops of each country may deploy on the other's soil",
          ("se déployer", None), [("participant", JAPAN), ("participant", PH)], status="hypothetical",
          note="« qui autorisera les troupes de chaque pays à se déployer sur le sol de l’autre »: what the agreement "
               "will allow, not a scheduled deployment: hypothetical. « les troupes de chaque pays » is "
               "distributive (two armies), not a mention; the two states are the participants."),
    event("e-defend-waters", "Event", "The Philippines' capacity to defend their waters", ("défendre", None),
          [("agent", PH)], status="hypothetical", according_to=[MARCOS],
          note="« un texte qui « renforce notre capacité à défendre nos eaux » »: a capacity, not an act: "
               "hypothetical; « notre » and « nos » are the Philippines (possessives, not mentions)."),
    event("e-australia-pact", "Agreement", "Japan concluded a similar pact with Australia in 2022",
          ("avait déjà conclu", None), [("participant", JAPAN), ("participant", AUSTRALIA), ("theme", AU_PACT)],
          time="t-2022",
          note="« Tokyo avait déjà conclu un pacte de même nature avec l’Australie en 2022 »: Tokyo is Japan."),
    event("e-uk-pact", "Agreement", "Japan signed another such pact with the United Kingdom in 2023",
          ("signé", "en avait signé"), [("participant", JAPAN), ("participant", UK), ("theme", UK_PACT)],
          time="t-following-year",
          note="« puis en avait signé un autre avec le Royaume-Uni l’année suivante »: the subject is Tokyo "
               "(Japan) of the first clause; « un autre » is the second pact. The clitic « en » stands between the "
               "auxiliary and the participle, so the trigger is the participle « signé »."),
    event("e-talks-launch", "Event", "Japan and the Philippines launched negotiations on the agreement in "
          "November 2023", ("avaient été lancées", None), [("participant", JAPAN), ("participant", PH)],
          time="t-november",
          note="« Les négociations avec Manille avaient été lancées en novembre »: a pluperfect passive with no "
               "agent written; Japan (the Tokyo of the sentence before) and Manila (the Philippines) are the "
               "parties to the talks."),
    event("e-kishida-visit", "Visit", "Fumio Kishida's visit to the Philippines in November 2023", ("visite", None),
          [("agent", KISHIDA)], place=PH, time="t-november",
          note="« lors d’une visite du Premier ministre Fumio Kishida aux Philippines »: a nominal visit sharing "
               "the month of the launch it frames."),
    event("e-ratification", "Event", "The Diet must still ratify the agreement, perhaps before the end of the year",
          ("ratifié", None), [("agent", DIET), ("theme", RAA)], status="planned", time="t-year-end",
          note="« L’accord doit encore être ratifié par la Diète »: planned. « Le vote » in the next sentence "
               "restates it with Kihara's conditional deadline (« pourrait intervenir avant la fin de l’année »), "
               "which gives it the year; not a second event."),
    event("e-entry-into-force", "Event", "The agreement to enter into force after ratification",
          ("entrer en vigueur", None), [("participant", RAA)], status="planned",
          note="« avant d’entrer en vigueur »: planned, after the ratification, no date (as « Il entrera en vigueur » "
               "in gold traite-russie-coree-ratification-2024-11)."),
    event("e-provocations", "Event", "Philippine provocations in the South China Sea (China's accusation)",
          ("provocations", None), [("agent", PH)], status="suspected", place=SCS, according_to=[CHINA],
          note="« La Chine accuse Manille de provocations en mer de Chine méridionale »: an accusation the article "
               "does not endorse: suspected (as « accusant Manille de « provocation » » in gold "
               "garde-cotes-ayungin-2024-06-18)."),
    event("e-boarding", "Event", "The China Coast Guard boarded Philippine boats near a disputed reef on 17 June",
          ("avaient abordé", None), [("agent", CCG), ("recipient", PH_BOATS)], place=SHOAL, time="t-june-17",
          note="« où ses garde-côtes avaient abordé le 17 juin des embarcations philippines près d’un récif disputé "
               "»: a relative pluperfect in the article's own voice; « ses garde-côtes » are China's; the place is "
               "the reef (in the South China Sea that « où » takes up)."),
    event("e-targeting", "Event", "The Philippines target no third country", ("visons", None), [("agent", PH)],
          status="negated", according_to=[TEODORO],
          note="« Nous ne visons aucun pays tiers »: negated; « Nous » is the Philippines, for which the defence "
               "secretary speaks; « aucun pays tiers » is not an entity."),
    event("e-exercises", "Event", "Possible joint exercises from next year", ("exercices", None),
          [("participant", JAPAN), ("participant", PH)], status="hypothetical", time="t-next-year",
          according_to=[TEODORO],
          note="« ajoutant que des exercices conjoints pourraient avoir lieu dès l’an prochain »: conditional; the "
               "parties (« conjoints ») are the two signatory states, implied."),
    event("e-kamikawa-return", "Event", "Yoko Kamikawa to fly back to Tokyo on Tuesday", ("doit regagner", None),
          [("agent", KAMIKAWA)], status="planned", place=TOKYO, time="t-tuesday",
          note="« Mme Kamikawa doit regagner Tokyo mardi »: planned, no source named; Tokyo the city (Q1490)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-china-denounces", "Statement", "China denounces the military rapprochement", CHINA,
           ("dénoncé", None), [], time="t-monday", about=["e-signing"],
           note="« un rapprochement militaire aussitôt dénoncé par la Chine »: a passive participle with its agent in "
                "« par »; « un rapprochement militaire » restates the signing; « aussitôt » after the Monday "
                "signing gives the Monday (as « qui a aussitôt irrité » in gold orban-moscou-2024-07-05)."),
    speech("s-kamikawa", "Statement", "Yoko Kamikawa: a historic milestone for peace and stability in the region",
           KAMIKAWA, ("a déclaré", None),
           [("C’est un jalon historique pour la paix et la stabilité de la région", None)],
           time="t-monday", place=MANILA, about=["e-signing"],
           note="A quote first; « à l’issue de la cérémonie » ties it to the signing, so it takes its Monday and "
                "Manila. « la région » is not a mention (which region is not said)."),
    speech("s-marcos", "Statement", "Ferdinand Marcos Jr. welcomes a text that strengthens the Philippines' "
           "capacity to defend their waters", MARCOS, ("a salué", "a salué pour sa part"),
           [("renforce notre capacité à défendre nos eaux", None)], according_to=[PH_PRES],
           about=["e-signing", "e-defend-waters"],
           note="« Le chef de l’État philippin a salué pour sa part un texte qui « renforce ... » »: the quote is in "
                "the relative clause about the agreement; the words reach the article through the presidency's "
                "statement. No weekday: no time."),
    speech("s-presidency", "Report", "The Philippine presidency's statement on Marcos's welcome", PH_PRES,
           ("selon", "selon un communiqué"), [], about=["s-marcos"],
           note="« selon un communiqué de la présidence »: the statement that carries Marcos's words."),
    speech("s-kihara", "Statement", "Minoru Kihara: the Diet vote could come before the end of the year", KIHARA,
           ("a indiqué", None), [], about=["e-ratification"],
           note="« Le vote pourrait intervenir avant la fin de l’année, a indiqué M. Kihara »: indirect speech with "
                "the reporting clause after it; no weekday: no time."),
    speech("s-kihara-no-date", "Statement", "Kihara gives no precise date for the vote", KIHARA,
           ("sans avancer", None), [], status="negated", about=["e-ratification"],
           note="« sans avancer de date précise »: a negated speech act (as « sans avancer de date » in gold "
                "negociations-istanbul-2025-05-16)."),
    speech("s-lin", "Statement", "Lin Jian: Asia-Pacific has no need of new military blocs", LIN,
           ("a lancé", None), [("La région Asie-Pacifique n’a nul besoin de nouveaux blocs militaires", None)],
           time="t-monday-lin", place=BEIJING, about=["e-signing"],
           note="« À Pékin, la riposte n’a pas tardé »: the city (Q956) where the spokesman speaks; « la riposte » "
                "restates the reaction. A quote first; « de nouveaux blocs militaires » is not an entity and no "
                "event takes it, so there is no event in the quote."),
    speech("s-china-accuses", "Statement", "China accuses the Philippines of provocations in the South China Sea",
           CHINA, ("accuse", None), [], about=["e-provocations"],
           note="« La Chine accuse Manille de provocations »: a standing accusation in the present, no quote, no "
                "time."),
    speech("s-teodoro", "Statement", "Gilberto Teodoro: we target no third country", TEODORO,
           ("a répliqué", None), [("Nous ne visons aucun pays tiers", None)], about=["e-targeting", "e-signing"],
           note="A quote first, « a répliqué M. Teodoro devant la presse » (the press generic); a reply to Beijing. "
                "No weekday: no time."),
    speech("s-teodoro-exercises", "Statement", "Teodoro: joint exercises could take place from next year",
           TEODORO, ("ajoutant", None), [], about=["e-exercises"],
           note="A participle of speech without guillemets after the quote: a second speech act of his."),
    speech("s-us-welcome", "Statement", "The United States welcome the signing", US,
           ("a salué", "a salué la signature"), [], about=["e-signing"],
           note="« Washington, allié des deux capitales, a salué la signature »: Washington stands for the state "
                "(Q30); « la signature » restates the signing. No weekday: no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
