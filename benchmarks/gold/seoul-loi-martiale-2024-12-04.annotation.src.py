"""Held-out annotation of seoul-loi-martiale-2024-12-04.txt (written for the nineteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/seoul-loi-martiale-2024-12-04.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/seoul-loi-martiale-2024-12-04.annotation.src.py --check

From held-out set 19 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "seoul-loi-martiale-2024-12-04.txt"

NOTE = """\
Held-out-19 article: South Korean President Yoon Suk Yeol lifts at dawn on Wednesday 4 December 2024 the martial \
law he had proclaimed on Tuesday evening, after the National Assembly voted against it; soldiers had tried to \
enter the chamber, but 190 deputies met there and rejected the decree shortly after midnight; the Democratic \
Party demands his resignation and its leader Lee Jae-myung threatens impeachment, a motion may be put to a vote \
on Friday according to Yonhap; the defence minister Kim Yong-hyun, said to have advised martial law, offers to \
resign on Wednesday and the presidency has not answered; Washington was not informed beforehand, a senior US \
official says, and Antony Blinken is relieved and calls on Seoul to settle its disagreements peacefully; in \
Tokyo, Shigeru Ishiba follows the situation with great concern and his foreign minister Takeshi Iwaya's visit \
to Seoul next week may be postponed according to NHK; Beijing says nothing; thousands of protesters gathered in \
front of the parliament on Tuesday evening and hundreds march on Wednesday afternoon, with a new rally planned \
on Saturday. Published Wednesday 4 December 2024 (the file gives the day). The martial law, the vote of the 190 \
deputies, the lifting, the opposition's demand, Kim's resignation offer, the US not being informed and the \
protests follow the real events loosely; the quotes, the official's words, Iwaya's planned visit and its \
possible postponement, the Friday vote, the Saturday rally and the presidency's silence are invented or \
simplified.
What it exercises: a lifting on the publication day with a part of the day and a role noun and a name in \
apposition (« Le président sud-coréen, Yoon Suk Yeol, a levé mercredi à l’aube la loi martiale ») with a \
relative pluperfect over a vague counted-back time (« qu’il avait décrétée quelques heures plus tôt »: the \
martial law, dated by the « Mardi soir » of the next paragraph, which restates it) and a nominal vote with a \
participle of demand (« après un vote de l’Assemblée nationale réclamant son abrogation »: a speech act of the \
Assembly about the lifting, which occurred); a quote first with « J’ », an acceptance and a passive withdrawal \
with no agent (« J’ai accepté la demande du Parlement et les troupes ont été retirées », « a-t-il déclaré dans \
une allocution télévisée »); a pluperfect opening on a past evening with a gerund of proclamation, an apposed « \
une première depuis 1980 » (a year attached to nothing), a purpose quote (« pour « éliminer les forces hostiles \
à l’État » »: the elimination planned) and a relative accusation in the present (« qu’il accuse de servir \
Pyongyang »: suspected); an attempt and a meeting with the place clitic « y » and a rejection « peu après \
minuit » (the Wednesday) that restates the vote; a demand by a party with a role noun in apposition; a \
conditional quote split around « a prévenu son chef, Lee Jae-myung, » with « nous » for the party (the \
impeachment hypothetical); a conditional passive vote « dès vendredi » sourced to Yonhap after the clause; a \
role noun and a name in apposition with a relative conditional advice (« qui aurait conseillé au président \
d’imposer la loi martiale »: hypothetical, no source) and an offer to resign on the publication day sourced \
after the clause to a possessive role noun (« a offert mercredi de démissionner, a annoncé son ministère »: a \
Proposal that occurred, the resignation proposed); a negated speech act with « pas encore »; a negated \
pluperfect passive with a metonym (« Washington n’avait pas été informé à l’avance »: a negated speech act of \
South Korea addressed to the United States); a quote first with « Nous » for the United States and an \
anonymous official; a title right before a name with a quoted adjective and a call to a metonym joined by « et \
» (two speech acts; the settlement proposed); « À Tokyo » (the city) with a role noun and a name in apposition \
and an infinitive of stance with a quote; a possessive role noun with a planned visit in the imperfect of « \
devait » and « la semaine prochaine » (the month), and a conditional postponement sourced to NHK; « Pékin, lui, \
ne s’est pas exprimé » (a negated speech act, an emphatic « lui »); a pluperfect rally « Dès mardi soir » in \
front of a building, with the city in apposition and a chanted quote (« aux cris de « Yoon, démission ! » »: a \
speech act of the protesters, about the resignation demanded); « d’entre eux » (« eux » the protesters), an \
imperfect march on the publication day's afternoon « dans le centre de la capitale » and a relative planned \
rally « samedi » after « où ».
Places and metonyms. « Séoul » is the city where the rally and the march take place and where Iwaya was to \
travel (Q8684, with « la capitale »), and South Korea (Q884, metonym) when Blinken calls on it to settle its \
disagreements. « Washington » is the United States (Q30, metonym): it is the state that was not informed. « \
Pyongyang » is North Korea (Q423, metonym), « Pékin » China (Q148, metonym). « À Tokyo » is the city (Q1490) \
where Ishiba speaks: the place of his speech act. « l’hémicycle », « y » and « le Parlement » in « devant le \
Parlement » are the building of the National Assembly (a local place: entered, met in, rallied in front of); \
« l’Assemblée nationale » and « Parlement » in Yoon's quote (« la demande du Parlement ») are the institution \
(a local organisation). The rally is « devant » the building, not in it, so it takes Seoul (as in gold); the \
soldiers' attempt, the deputies' meeting and their vote take the building.
Mentions. Yoon: « Le président sud-coréen » and « Yoon Suk Yeol » in apposition, « il » (twice), « J’ » (the \
elided subject pronoun in his quote), « le chef de l’État » (whole, « l’État » inside is not annotated), « \
président » twice after fused « du » and « au », « il » in « S’il », « Yoon » inside the protesters' quote. « le \
pays » and « l’État » in « hostiles à l’État » (the state the forces are hostile to) are South Korea. « les \
forces hostiles à l’État » is a local group (Yoon's enemies, as he names them); « les troupes » and « Des \
soldats » are one local group (the troops deployed for martial law). « 190 députés » is a local group. The \
Democratic Party: its name, « principale force d’opposition » (apposition, no determiner) and « nous » in Lee's \
quote. « son ministère » is the defence ministry (a local organisation), « La présidence » the presidential \
office. « un haut responsable américain » is a local person, « Nous » in his quote the United States. « des \
milliers de manifestants » and « eux » are one local group. Titles right before a name are part of its phrase \
(« l’agence Yonhap », « Le secrétaire d’État Antony Blinken », « la chaîne NHK »). Not mentions: « la loi \
martiale », « cette mesure d’exception », « le décret » (the decree: the martial law, no entity, as « la mesure \
» in gold), « la demande », « une procédure de destitution », « Une motion », « la nouvelle », « tout le monde \
», « ce revirement » (the lifting, restated), « ses désaccords », « la situation », « cette visite », « le \
centre », possessive determiners (« son », « ses », « Son ») and the relative pronouns « qu’ » and « où ».
Statuses. The lifting, the martial law, the vote, Yoon's acceptance, the withdrawal (according to Yoon), the \
soldiers' attempt, the deputies' meeting, Kim's offer, the rally and the march occurred; the elimination of the \
hostile forces is planned (Yoon's purpose), the new rally on Saturday and Iwaya's visit planned; Yoon's \
resignation (demanded) and the settlement (called for) proposed, and Kim's resignation proposed (offered, not \
yet accepted); the forces serving Pyongyang suspected (Yoon's accusation); the impeachment, the Friday vote, the \
advice and the postponement hypothetical; the informing of Washington, the presidency's answer and Beijing's \
reaction negated. « S’il ne part pas immédiatement » restates the resignation demanded (no second event); « \
pris le pays de court » is an effect of the proclamation, no event of its own; « appris la nouvelle » is no \
event (the news is the martial law).
Times. « mercredi à l’aube », « mercredi » (Kim's offer) and « mercredi après-midi » are the publication day, \
Wednesday 4 December 2024; « peu après minuit » after the Tuesday evening is the Wednesday too (as « dans la \
nuit » in gold); « Mardi soir » and « mardi soir » are Tuesday 3 December; « quelques heures plus tôt » is vague \
(counted back from the dawn lifting, attached to nothing: « Mardi soir » dates the martial law); « depuis 1980 \
» is the year 1980, attached to nothing (no event of 1980 is written); « vendredi » (after « dès ») is Friday 6 \
December, « samedi » Saturday 7 December; « la semaine prochaine » is 9 to 15 December 2024, inside December: \
the month. « immédiatement », « à l’avance » and « pas encore » are no times. Yoon's address has no weekday of \
its own: it takes the dawn of the lifting it announces; the Assembly's demand takes the vote's time; the \
ministry's announcement takes Kim's Wednesday (as the presidency's announcement in gold).
Linked: South Korea, Seoul, North Korea, the United States, Tokyo and China (Japan itself is never named: « \
japonais » is an adjective). Yoon, the National Assembly and its building, the troops, the hostile forces, the \
190 deputies, the Democratic Party, Lee Jae-myung, Yonhap, Kim Yong-hyun, the defence ministry, the presidency, \
the US official, Blinken, Ishiba, Iwaya, NHK and the protesters are not in ids.tsv: local, unlinked."""

SOUTH_KOREA, SEOUL, NORTH_KOREA, US, TOKYO, CHINA = "Q884", "Q8684", "Q423", "Q30", "Q1490", "Q148"
YOON, ASSEMBLY, BUILDING, TROOPS, HOSTILE = "local:yoon-suk-yeol", "local:national-assembly-korea", \
    "local:national-assembly-building", "local:martial-law-troops", "local:anti-state-forces"
DEPUTIES, DP, LEE, YONHAP = "local:190-deputies", "local:democratic-party-korea", "local:lee-jae-myung", \
    "local:yonhap"
KIM, MOD, PRESIDENCY, OFFICIAL = "local:kim-yong-hyun", "local:south-korean-defence-ministry", \
    "local:south-korean-presidency", "local:senior-us-official"
BLINKEN, ISHIBA, IWAYA, NHK, PROTESTERS = "local:antony-blinken", "local:shigeru-ishiba", "local:takeshi-iwaya", \
    "local:nhk", "local:seoul-protesters"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (YOON, "Yoon Suk Yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (ASSEMBLY, "Assemblée nationale", "National Assembly of South Korea", "organization",
     {"description": "le Parlement sud-coréen, qui a voté contre la loi martiale", "unlinked_reason": NOT_VERIFIED}),
    (BUILDING, "siège de l’Assemblée nationale", "National Assembly Proceeding Hall", "place",
     {"description": "le bâtiment du Parlement à Séoul et son hémicycle, où les députés se sont réunis",
      "unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "troupes de la loi martiale", "martial-law troops", "group",
     {"description": "les soldats déployés sous la loi martiale, dont ceux qui ont tenté d’entrer dans l’hémicycle",
      "unlinked_reason": GROUP}),
    (HOSTILE, "forces hostiles à l’État", "anti-state forces", "group",
     {"description": "ceux que Yoon Suk Yeol accuse de servir Pyongyang (ses mots)", "unlinked_reason": GROUP}),
    (DEPUTIES, "190 députés", "190 members of the National Assembly", "group", {"unlinked_reason": GROUP}),
    (DP, "Parti démocrate", "Democratic Party of Korea", "organization",
     {"description": "principale force d’opposition sud-coréenne", "class_qid": "Q7278",
      "unlinked_reason": NOT_VERIFIED}),
    (LEE, "Lee Jae-myung", "Lee Jae-myung", "person",
     {"description": "chef du Parti démocrate", "unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"description": "agence de presse sud-coréenne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (KIM, "Kim Yong-hyun", "Kim Yong-hyun", "person",
     {"description": "ministre sud-coréen de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (MOD, "ministère sud-coréen de la Défense", "Ministry of National Defense of South Korea", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence sud-coréenne", "South Korean presidential office", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "un haut responsable américain", "a senior US official", "person",
     {"description": "une source anonyme du gouvernement des États-Unis",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (ISHIBA, "Shigeru Ishiba", "Shigeru Ishiba", "person",
     {"description": "Premier ministre du Japon", "unlinked_reason": NOT_VERIFIED}),
    (IWAYA, "Takeshi Iwaya", "Takeshi Iwaya", "person",
     {"description": "ministre japonais des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (NHK, "NHK", "NHK", "organization",
     {"description": "chaîne publique japonaise", "unlinked_reason": NOT_VERIFIED}),
    (PROTESTERS, "manifestants de Séoul", "protesters in Seoul", "group",
     {"description": "des milliers de manifestants rassemblés devant le Parlement depuis mardi soir",
      "unlinked_reason": GROUP}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président sud-coréen, Yoon Suk Yeol, a levé mercredi à l’aube la loi martiale qu’il avait décrétée ...
    ("Le président sud-coréen", None, YOON, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("il", "qu’il avait décrétée", YOON, "pronoun"),
    ("l’Assemblée nationale", None, ASSEMBLY, "nominal"),
    # « J’ai accepté la demande du Parlement et les troupes ont été retirées », a-t-il déclaré ...
    ("J’", "« J’ai accepté", YOON, "pronoun"),
    ("Parlement", "demande du Parlement", ASSEMBLY, "nominal"),
    ("les troupes", None, TROOPS, "nominal"),
    ("il", "a-t-il déclaré", YOON, "pronoun"),
    # Mardi soir, le chef de l’État avait pris le pays de court en proclamant ... qu’il accuse de servir Pyongyang.
    ("le chef de l’État", None, YOON, "nominal"),
    ("le pays", None, SOUTH_KOREA, "nominal"),
    ("les forces hostiles à l’État", None, HOSTILE, "nominal"),
    ("l’État", "hostiles à l’État", SOUTH_KOREA, "nominal"),
    ("il", "qu’il accuse", YOON, "pronoun"),
    ("Pyongyang", None, NORTH_KOREA, "metonym"),
    # Des soldats ont tenté de pénétrer dans l’hémicycle, mais 190 députés sont parvenus à s’y réunir ...
    ("Des soldats", None, TROOPS, "nominal"),
    ("l’hémicycle", None, BUILDING, "nominal"),
    ("190 députés", None, DEPUTIES, "nominal"),
    ("y", "s’y réunir", BUILDING, "pronoun"),
    # Le Parti démocrate, principale force d’opposition, exige la démission du président.
    ("Parti démocrate", None, DP, "name"),
    ("principale force d’opposition", None, DP, "nominal"),
    ("président", "démission du président", YOON, "nominal"),
    # « S’il ne part pas immédiatement, a prévenu son chef, Lee Jae-myung, nous engagerons ... »
    ("il", "S’il ne part", YOON, "pronoun"),
    ("son chef", None, LEE, "nominal"),
    ("Lee Jae-myung", None, LEE, "name"),
    ("nous", "nous engagerons", DP, "pronoun"),
    # Une motion pourrait être soumise au vote dès vendredi, selon l’agence Yonhap.
    ("Yonhap", None, YONHAP, "name"),
    # Le ministre de la Défense, Kim Yong-hyun, qui aurait conseillé au président ..., a annoncé son ministère.
    ("Le ministre de la Défense", None, KIM, "nominal"),
    ("Kim Yong-hyun", None, KIM, "name"),
    ("président", "conseillé au président", YOON, "nominal"),
    ("son ministère", None, MOD, "nominal"),
    # La présidence ne s’est pas encore prononcée.
    ("La présidence", None, PRESIDENCY, "nominal"),
    # Washington n’avait pas été informé à l’avance. « Nous avons appris ... », a reconnu un haut responsable ...
    ("Washington", None, US, "metonym"),
    ("Nous", "« Nous avons appris", US, "pronoun"),
    ("un haut responsable américain", None, OFFICIAL, "nominal"),
    # Le secrétaire d’État Antony Blinken s’est dit « soulagé » ... et a appelé Séoul à régler ses désaccords ...
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Séoul", "a appelé Séoul", SOUTH_KOREA, "metonym"),
    # À Tokyo, le Premier ministre japonais, Shigeru Ishiba, a indiqué suivre la situation « ... ».
    ("Tokyo", None, TOKYO, "name"),
    ("le Premier ministre japonais", None, ISHIBA, "nominal"),
    ("Shigeru Ishiba", None, ISHIBA, "name"),
    # Son ministre des Affaires étrangères, Takeshi Iwaya, devait se rendre à Séoul ... selon la chaîne NHK.
    ("Son ministre des Affaires étrangères", None, IWAYA, "nominal"),
    ("Takeshi Iwaya", None, IWAYA, "name"),
    ("Séoul", "se rendre à Séoul", SEOUL, "name"),
    ("NHK", None, NHK, "name"),
    # Pékin, lui, ne s’est pas exprimé.
    ("Pékin", None, CHINA, "metonym"),
    ("lui", "Pékin, lui,", CHINA, "pronoun"),
    # Dès mardi soir, des milliers de manifestants s’étaient rassemblés devant le Parlement, à Séoul, ...
    ("des milliers de manifestants", None, PROTESTERS, "nominal"),
    ("le Parlement", "devant le Parlement", BUILDING, "nominal"),
    ("Séoul", "à Séoul, aux cris", SEOUL, "name"),
    ("Yoon", "« Yoon, démission", YOON, "name"),
    # Plusieurs centaines d’entre eux défilaient mercredi après-midi dans le centre de la capitale, où ...
    ("eux", "d’entre eux", PROTESTERS, "pronoun"),
    ("la capitale", None, SEOUL, "nominal"),
]

PUB_DAY = "The publication day, Wednesday 4 December 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-dawn", ("mercredi à l’aube", None), "2024-12-04", "day", "part-of-day",
     "« a levé mercredi à l’aube »: the dawn of the Wednesday. " + PUB_DAY),
    ("t-hours-earlier", ("quelques heures plus tôt", None), None, "vague", "vague-past",
     "« qu’il avait décrétée quelques heures plus tôt »: counted back from the dawn lifting with no number of "
     "hours: no value. Attached to nothing: « Mardi soir » in the next paragraph dates the martial law."),
    ("t-tuesday-evening", ("Mardi soir", None), "2024-12-03", "day", "part-of-day",
     "Pluperfect « Mardi soir, le chef de l’État avait pris le pays de court »: the evening of the Tuesday before "
     "the publication day, 3 December 2024."),
    ("t-1980", ("depuis 1980", None), "1980", "year", "explicit-year",
     "« une première depuis 1980 »: a year written out (« depuis X » is annotated as X); it dates an earlier "
     "martial law that is not written as an event, so it is attached to nothing."),
    ("t-after-midnight", ("peu après minuit", None), "2024-12-04", "day", "part-of-day",
     "« ont rejeté le décret peu après minuit »: shortly after the midnight that follows the Tuesday evening, so "
     "Wednesday 4 December 2024 (as « dans la nuit » after a Tuesday evening in gold)."),
    ("t-friday", ("vendredi", None), "2024-12-06", "day", "weekday-future",
     "Conditional « pourrait être soumise au vote dès vendredi »: the Friday after the publication day, 6 December "
     "2024."),
    ("t-wednesday", ("mercredi", "a offert mercredi"), "2024-12-04", "day", "weekday-publication-day",
     "« a offert mercredi de démissionner »: " + PUB_DAY),
    ("t-next-week", ("la semaine prochaine", None), "2024-12", "month", "relative-week-future",
     "The week after Wednesday 4 December 2024 (9 to 15 December) lies inside December: the month, as in gold."),
    ("t-tuesday-evening-rally", ("mardi soir", "Dès mardi soir"), "2024-12-03", "day", "part-of-day",
     "Pluperfect « Dès mardi soir, des milliers de manifestants s’étaient rassemblés »: the evening of Tuesday 3 "
     "December 2024 (« dès » marks the start)."),
    ("t-wednesday-afternoon", ("mercredi après-midi", None), "2024-12-04", "day", "part-of-day",
     "« défilaient mercredi après-midi »: the afternoon of the Wednesday. " + PUB_DAY),
    ("t-saturday", ("samedi", None), "2024-12-07", "day", "weekday-future",
     "« où un nouveau rassemblement est prévu samedi »: the Saturday after the publication day, 7 December 2024."),
]

LEDE_EVIDENCE = ("Le président sud-coréen", "son abrogation.")
PROCLAMATION_EVIDENCE = ("Mardi soir, le chef", "servir Pyongyang.")
LEE_EVIDENCE = ("« S’il ne part", "procédure de destitution. »")
BLINKEN_EVIDENCE = ("Le secrétaire d’État", "« pacifiquement ».")
IWAYA_EVIDENCE = ("Son ministre des Affaires", "la chaîne NHK.")
RALLY_EVIDENCE = ("Dès mardi soir", "démission ! ».")

EVENTS: list[dict[str, Any]] = [
    event("e-lifting", "Event", "Yoon Suk Yeol lifts martial law at dawn on Wednesday", ("a levé", None),
          [("agent", YOON)], time="t-dawn", evidence=LEDE_EVIDENCE,
          note="« a levé mercredi à l’aube la loi martiale »: in the article's own voice; « la loi martiale » is no "
               "entity (as « la mesure » in gold), so the lifting has only its agent, as the abrogation in gold. « "
               "ce revirement » (Blinken's relief) and « son abrogation » (what the vote demanded) restate it."),
    event("e-martial-law", "Event", "Yoon Suk Yeol proclaims martial law on Tuesday evening", ("décrétée", None),
          [("agent", YOON), ("recipient", SOUTH_KOREA)], place=SOUTH_KOREA, time="t-tuesday-evening",
          evidence=LEDE_EVIDENCE,
          note="« la loi martiale qu’il avait décrétée quelques heures plus tôt »: a relative pluperfect; the trigger "
               "is the first mention. « en proclamant cette mesure d’exception » (« Mardi soir ») restates it and "
               "gives its day; « imposer la loi martiale » in the advice and « le décret » the deputies reject are "
               "it too. The country is not written in the lede: implied by « sud-coréen » and « le pays »."),
    event("e-vote", "Event", "The National Assembly votes against martial law shortly after midnight",
          ("vote", "après un vote"), [("agent", DEPUTIES), ("participant", ASSEMBLY)], place=BUILDING,
          time="t-after-midnight", evidence=LEDE_EVIDENCE,
          note="« après un vote de l’Assemblée nationale réclamant son abrogation »: a nominal vote, the first "
               "mention; « 190 députés ... ont rejeté le décret peu après minuit » restates it and gives its voters "
               "and its time (the deputies the agent, the Assembly a participant, as in gold). The place is the "
               "building where they met (« s’y réunir »)."),
    event("e-yoon-acceptance", "Acceptance", "Yoon accepts the parliament's demand", ("accepté", "J’ai accepté"),
          [("agent", YOON), ("recipient", ASSEMBLY)], according_to=[YOON],
          note="« J’ai accepté la demande du Parlement »: in his quote, so he is its source; « la demande » is the "
               "Assembly's (s-assembly-demand), the recipient as the inviter in the bundled article's acceptance."),
    event("e-withdrawal", "Event", "The troops have been withdrawn (according to Yoon)", ("retirées", None),
          [("recipient", TROOPS)], according_to=[YOON],
          note="« les troupes ont été retirées »: a passive with no agent written (Yoon, who speaks, is implied but "
               "not written; the troops are the recipient, as the object of a passive with no actor in gold)."),
    event("e-elimination", "Event", "Yoon's stated aim: to eliminate the forces hostile to the state",
          ("éliminer", None), [("agent", YOON), ("recipient", HOSTILE)], status="planned", according_to=[YOON],
          evidence=PROCLAMATION_EVIDENCE,
          note="« pour « éliminer les forces hostiles à l’État » »: the purpose of the proclamation, in his words, "
               "not done: planned (as a purpose infinitive in gold)."),
    event("e-serving-pyongyang", "Event", "The « hostile forces » serve North Korea (Yoon's accusation)",
          ("servir", None), [("agent", HOSTILE), ("recipient", NORTH_KOREA)], status="suspected",
          according_to=[YOON], evidence=PROCLAMATION_EVIDENCE,
          note="« qu’il accuse de servir Pyongyang »: an accusation, suspected according to Yoon; « Pyongyang » is "
               "North Korea."),
    event("e-soldiers-attempt", "Event", "Soldiers try to enter the chamber of the National Assembly",
          ("ont tenté", None), [("agent", TROOPS)], place=BUILDING,
          note="« Des soldats ont tenté de pénétrer dans l’hémicycle »: an attempt that happened (occurred), the "
               "chamber the place. « peu après minuit » belongs to the rejection, not to the attempt: no time."),
    event("e-deputies-meeting", "Meeting", "190 deputies manage to meet in the chamber", ("réunir", None),
          [("participant", DEPUTIES)], place=BUILDING,
          note="« 190 députés sont parvenus à s’y réunir »: a meeting, « y » the chamber. The time « peu après "
               "minuit » is that of the second verb (the rejection, which restates the vote): no time."),
    event("e-yoon-resignation", "Event", "Yoon Suk Yeol to resign (the Democratic Party's demand)",
          ("démission", "la démission du président"), [("agent", YOON)], status="proposed", according_to=[DP],
          note="« exige la démission du président »: demanded, proposed (as « réclamé sa démission » in gold). « S’il "
               "ne part pas immédiatement » (Lee) and « Yoon, démission ! » (the protesters) restate it."),
    event("e-impeachment", "Event", "The Democratic Party would start impeachment proceedings against Yoon",
          ("procédure de destitution", None), [("agent", DP), ("recipient", YOON)], status="hypothetical",
          according_to=[LEE], evidence=LEE_EVIDENCE,
          note="« S’il ne part pas immédiatement, ... nous engagerons une procédure de destitution »: a future under "
               "a condition: hypothetical (as « n’exclut pas de nouvelles frappes si ... » in gold); « nous » is the "
               "party."),
    event("e-motion-vote", "Event", "An impeachment motion may be put to a vote as early as Friday",
          ("vote", "au vote dès"), [("participant", ASSEMBLY), ("recipient", YOON)], status="hypothetical",
          time="t-friday", according_to=[YONHAP],
          note="« Une motion pourrait être soumise au vote dès vendredi, selon l’agence Yonhap »: a conditional, "
               "hypothetical; the voters (the Assembly) and the target (Yoon) are implied, as the impeachment vote "
               "in gold. « Une motion » is no entity."),
    event("e-advice", "Proposal", "Kim Yong-hyun reportedly advised Yoon to impose martial law",
          ("conseillé", None), [("agent", KIM), ("recipient", YOON)], status="hypothetical",
          note="« qui aurait conseillé au président d’imposer la loi martiale »: a conditional of hearsay with no "
               "source named: hypothetical (as « auraient » in the bundled article). « imposer la loi martiale » "
               "restates e-martial-law."),
    event("e-resignation-offer", "Proposal", "Kim Yong-hyun offers to resign on Wednesday", ("a offert", None),
          [("agent", KIM)], time="t-wednesday", according_to=[MOD],
          note="« a offert mercredi de démissionner, a annoncé son ministère »: the offer is made (occurred), as « "
               "Moscou a proposé » in the bundled article; the one it is made to (the president) is not written."),
    event("e-kim-resignation", "Event", "Kim Yong-hyun to resign (offered, not yet accepted)",
          ("démissionner", None), [("agent", KIM)], status="proposed", according_to=[MOD],
          note="What the offer proposes: not done until accepted, and « La présidence ne s’est pas encore prononcée »: "
               "proposed (as the flight in the bundled article's proposal)."),
    event("e-settlement", "Event", "South Korea to settle its disagreements peacefully (Blinken's call)",
          ("régler", None), [("agent", SOUTH_KOREA)], status="proposed", according_to=[BLINKEN],
          evidence=BLINKEN_EVIDENCE,
          note="« a appelé Séoul à régler ses désaccords « pacifiquement » »: called for, proposed; « Séoul » is the "
               "state."),
    event("e-iwaya-visit", "Visit", "Takeshi Iwaya was to travel to Seoul next week", ("se rendre", None),
          [("agent", IWAYA)], status="planned", place=SEOUL, time="t-next-week", evidence=IWAYA_EVIDENCE,
          note="« devait se rendre à Séoul la semaine prochaine »: scheduled, planned (as « devait » in gold); Seoul "
               "is the city. In the article's own voice: NHK's « selon » covers the postponement after the "
               "semicolon."),
    event("e-postponement", "Event", "Iwaya's visit to Seoul may be postponed", ("reportée", None),
          [("participant", IWAYA)], status="hypothetical", according_to=[NHK], evidence=IWAYA_EVIDENCE,
          note="« cette visite pourrait être reportée, selon la chaîne NHK »: a conditional passive with no agent "
               "written: hypothetical; « cette visite » restates e-iwaya-visit, whose visitor takes part."),
    event("e-rally", "Event", "Thousands of protesters gather in front of the parliament in Seoul on Tuesday evening",
          ("s’étaient rassemblés", None), [("agent", PROTESTERS)], place=SEOUL, time="t-tuesday-evening-rally",
          evidence=RALLY_EVIDENCE,
          note="« devant le Parlement, à Séoul »: in front of the building, not in it, so the place is the city given "
               "in apposition (as a rally « devant l’ambassade » in gold)."),
    event("e-march", "Event", "Hundreds of protesters march in central Seoul on Wednesday afternoon",
          ("défilaient", None), [("agent", PROTESTERS)], place=SEOUL, time="t-wednesday-afternoon",
          note="« Plusieurs centaines d’entre eux défilaient mercredi après-midi dans le centre de la capitale »: an "
               "imperfect in the article's voice (occurred); « eux » the protesters, « la capitale » Seoul."),
    event("e-new-rally", "Event", "A new rally is planned in Seoul on Saturday", ("rassemblement", None),
          [("agent", PROTESTERS)], status="planned", place=SEOUL, time="t-saturday",
          note="« où un nouveau rassemblement est prévu samedi »: planned; « où » is the capital; the protesters are "
               "its implied agent (not written in the clause)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-assembly-demand", "Statement", "The National Assembly's vote demands the lifting of martial law",
           ASSEMBLY, ("réclamant", None), [], time="t-after-midnight", evidence=LEDE_EVIDENCE,
           about=["e-lifting"],
           note="« un vote de l’Assemblée nationale réclamant son abrogation »: a participle of demand; the "
                "abrogation is the lifting, which occurred, so no proposed event. It takes the vote's time."),
    speech("s-yoon-address", "Statement", "Yoon: he accepted parliament's demand and the troops were withdrawn",
           YOON, ("a-t-il déclaré", None),
           [("J’ai accepté la demande du Parlement et les troupes ont été retirées", None)], time="t-dawn",
           about=["e-yoon-acceptance", "e-withdrawal", "e-lifting"],
           note="A quote first, « a-t-il déclaré dans une allocution télévisée »: the address is the medium. No "
                "weekday of its own: it is the address that announced the lifting, so it takes the dawn (as Yoon's "
                "address takes the time of what it announced in gold)."),
    speech("s-yoon-proclamation", "Statement", "Yoon proclaims martial law to « eliminate the anti-state forces »",
           YOON, ("proclamant", None), [("éliminer les forces hostiles à l’État", None)], time="t-tuesday-evening",
           evidence=PROCLAMATION_EVIDENCE, about=["e-martial-law", "e-elimination"],
           note="« en proclamant cette mesure d’exception ... pour « éliminer les forces hostiles à l’État » »: the "
                "proclamation is the speech act whose words are quoted (the martial law itself is e-martial-law)."),
    speech("s-yoon-accusation", "Statement", "Yoon accuses the « hostile forces » of serving Pyongyang", YOON,
           ("accuse", None), [], evidence=PROCLAMATION_EVIDENCE, about=["e-serving-pyongyang"],
           note="« qu’il accuse de servir Pyongyang »: a relative present, a standing accusation: no time."),
    speech("s-dp-demand", "Statement", "The Democratic Party demands Yoon's resignation", DP, ("exige", None), [],
           about=["e-yoon-resignation"],
           note="« Le Parti démocrate, principale force d’opposition, exige la démission du président »: a present "
                "with no weekday: no time."),
    speech("s-lee-warning", "Warning", "Lee Jae-myung: if Yoon does not leave, the party will start impeachment",
           LEE, ("a prévenu", None),
           [("S’il ne part pas immédiatement", None), ("nous engagerons une procédure de destitution.", None)],
           evidence=LEE_EVIDENCE, about=["e-impeachment", "e-yoon-resignation"],
           note="One sentence quoted in two parts around « a prévenu son chef, Lee Jae-myung, »: one speech act, two "
                "quotes; the second keeps its full stop inside the guillemets, as in gold."),
    speech("s-yonhap", "Report", "Yonhap reports a motion may be put to a vote on Friday", YONHAP,
           ("selon", "selon l’agence Yonhap"), [], about=["e-motion-vote"],
           note="« selon l’agence Yonhap »: the source after the clause; the title is part of the name's phrase."),
    speech("s-defence-ministry", "Report", "The defence ministry announces Kim's offer to resign", MOD,
           ("a annoncé", None), [], time="t-wednesday", about=["e-resignation-offer", "e-kim-resignation"],
           note="« a annoncé son ministère »: « son » is Kim's; the announcement takes the Wednesday of the offer it "
                "reports, as the presidency's announcement in gold."),
    speech("s-presidency-silent", "Statement", "The presidency has not yet responded to Kim's offer", PRESIDENCY,
           ("prononcée", None), [], status="negated", about=["e-resignation-offer"],
           note="« La présidence ne s’est pas encore prononcée »: a negated speech act; « pas encore » is no time."),
    speech("s-not-informed", "SpeechAct", "South Korea did not inform the United States beforehand", SOUTH_KOREA,
           ("informé", None), [], status="negated", addressee=US, about=["e-martial-law"],
           note="« Washington n’avait pas été informé à l’avance »: a negated pluperfect passive with no agent; the "
                "one who would have informed can only be Yoon's government, South Korea (as « ne pas avoir été "
                "prévenue » in gold). In the article's own voice, no according_to."),
    speech("s-us-official", "Statement", "A senior US official: we learned the news on television", OFFICIAL,
           ("a reconnu", None), [("Nous avons appris la nouvelle à la télévision, comme tout le monde", None)],
           about=["e-martial-law"],
           note="A quote first; « Nous » is the United States; « la nouvelle » is the martial law (no entity)."),
    speech("s-blinken-relief", "Statement", "Antony Blinken says he is « relieved » by the reversal", BLINKEN,
           ("s’est dit", None), [("soulagé", None)], evidence=BLINKEN_EVIDENCE, about=["e-lifting"],
           note="« s’est dit « soulagé » par ce revirement »: the reversal is the lifting; the title right before the "
                "name is part of its phrase."),
    speech("s-blinken-call", "Statement", "Antony Blinken calls on Seoul to settle its disagreements peacefully",
           BLINKEN, ("a appelé", None), [("pacifiquement", None)], addressee=SOUTH_KOREA, evidence=BLINKEN_EVIDENCE,
           about=["e-settlement"],
           note="A second verb joined by « et », with its own quote: a second speech act (as in gold)."),
    speech("s-ishiba", "Statement", "Shigeru Ishiba follows the situation « with great concern »", ISHIBA,
           ("a indiqué", None), [("avec une grande inquiétude", None)], place=TOKYO, about=["e-martial-law"],
           note="« À Tokyo, le Premier ministre japonais, Shigeru Ishiba, a indiqué suivre la situation »: the city is "
                "the place of his words (as « À Washington » in gold); « la situation » is no entity."),
    speech("s-nhk", "Report", "NHK reports Iwaya's visit may be postponed", NHK, ("selon", "selon la chaîne NHK"),
           [], evidence=IWAYA_EVIDENCE, about=["e-postponement"],
           note="« selon la chaîne NHK »: the source after the clause; the title is part of the name's phrase."),
    speech("s-china-silent", "Statement", "Beijing has not reacted", CHINA, ("exprimé", None), [],
           status="negated",
           note="« Pékin, lui, ne s’est pas exprimé »: a negated speech act of China with an emphatic « lui »."),
    speech("s-protesters", "Statement", "Protesters chant « Yoon, resign! »", PROTESTERS, ("cris", None),
           [("Yoon, démission !", None)], time="t-tuesday-evening-rally", evidence=RALLY_EVIDENCE,
           about=["e-yoon-resignation"],
           note="« aux cris de « Yoon, démission ! » »: the chanted words are the protesters'; the noun « cris » is "
                "the verb of speech. The quote keeps its exclamation mark, inside the guillemets."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
