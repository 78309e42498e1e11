"""Held-out annotation of lavrov-pekin-2024-04-09.txt (written for the twenty-third held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/lavrov-pekin-2024-04-09.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/lavrov-pekin-2024-04-09.annotation.src.py --check

From held-out set 23 (moved to gold in session 21; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "lavrov-pekin-2024-04-09.txt"

NOTE = """\
Held-out-23 article: the Russian foreign minister Sergey Lavrov received in Beijing by Xi Jinping on Tuesday 9 \
April 2024, at the end of a two-day visit that began on Monday with more than four hours of talks with his \
counterpart Wang Yi; Xi's assurance on strategic coordination (through Xinhua) and his public silence on the war; \
Wang's words on a cooperation aimed at no third country; Lavrov's dismissal of the Swiss peace conference planned \
for June, to which Russia is not invited, his warning on any negotiation with Kyiv and his accusation of the \
West; his confirmation of a coming visit of Vladimir Putin to China, with no date, which TASS says would be his \
first trip abroad since his re-election in March, after a visit to Beijing in October for a Belt and Road forum; \
Washington's concern (Matthew Miller) and Janet Yellen's earlier warning to Chinese banks at the end of her visit \
to China; Kyiv's denunciation and Dmytro Kuleba's planned request for air-defence systems in Brussels on \
Thursday. Published Tuesday 9 April 2024 (the file gives the day). Lavrov's visit, Yellen's visit, the Swiss \
conference and Putin's planned trip follow the real events loosely; the quotes, the length of the talks, the \
order of the meetings, Miller's and Kyiv's words and Kuleba's Thursday request in Brussels are invented.
What it exercises: a reception in the active voice on the publication day with a title right before the host's \
name and a role noun and a name in apposition for the guest (« Le président chinois Xi Jinping a reçu mardi à \
Pékin le chef de la diplomatie russe, Sergueï Lavrov »: a Meeting, Xi the agent), an apposed participle of \
arrival dated by « la veille » (the eve of the reception) with a purpose visit known by its length (« pour une \
visite de deux jours centrée sur la guerre en Ukraine et sur les liens entre Moscou et Pékin »: the duration is \
the visit's time; the topics are no events) and a source after the clause (« a indiqué le ministère russe des \
Affaires étrangères »: the ministry linked, Q789889); « Selon l’agence Chine nouvelle » over an assurance to a \
role noun with a future in the past and a quote (« a assuré à son invité que les deux pays continueraient de « \
renforcer leur coordination stratégique » »: planned, the two countries a plural phrase) and a negated speech act \
with a pronoun (« Il ne s’est pas exprimé publiquement sur le conflit »: « le conflit » the invasion); a fronted \
past weekday with a pluperfect talk, a duration attached to nothing and a role noun right before the name (« Lundi, \
M. Lavrov s’était entretenu pendant plus de quatre heures avec son homologue Wang Yi »); a quote first with « \
Notre » for both countries, a state (« ne vise aucun pays tiers », no event) and a negated-verb future (« ne \
cessera de s’approfondir »: the deepening planned) under « a affirmé ce dernier à l’issue de la rencontre » (« ce \
dernier » Wang Yi; the occasion restates the talks: their Monday and Beijing); « Interrogé sur l’Ukraine » (no \
speech act) and a qualification with a quoted adjective before its object (« a qualifié d’« inutile » la \
conférence de paix ») with a relative planned hosting by a country in a month and a relative negated passive \
invitation of a metonym (« que la Suisse doit accueillir en juin et à laquelle Moscou n’a pas été conviée »); \
indirect speech first with a quote inside it and a hypothetical negotiation with a metonym (« Toute négociation \
avec Kiev qui ignorerait les « réalités du terrain » serait vouée à l’échec, a-t-il ajouté ») and a participle of \
accusation with its own quote (« accusant les Occidentaux de vouloir « prolonger la guerre jusqu’au dernier \
Ukrainien » »: suspected; « la guerre » the invasion); a confirmation with a future in the past and a quoted \
vague time (« se rendrait en Chine « prochainement » »: planned) and « sans avancer de date » (negated); « Ce \
serait, selon l’agence TASS, le premier voyage ... » (the planned visit restated in the conditional, TASS a \
Report) with a nominal re-election dated in apposition (« depuis sa réélection, en mars »); a pluperfect visit \
with « déjà » in a month before the publication month (« en octobre »: October 2023) for a nominal forum; « À \
Washington » (the city) a spokesman with a role noun holding an institution and his name in apposition, and a \
quoted adjective before its object (« a jugé « préoccupant » le soutien de Pékin au complexe militaro-industriel \
russe »: the support occurred according to him); a role noun holding an institution with a name in apposition, a \
relative completion on a past weekday of a visit known by its length (« qui a achevé lundi une visite de quatre \
jours en Chine ») and a pluperfect threat with a quote and a condition (« avait menacé les banques chinoises de « \
conséquences importantes » si elles aidaient Moscou »: a hypothetical Sanction and a hypothetical help); a \
metonym's denunciation with a quoted noun phrase (« Kiev a dénoncé pour sa part un « partenariat des agresseurs \
» »); a planned speech act on a future weekday in a city, with nominal deliveries (proposed) and a source after \
the clause (« doit réclamer jeudi à Bruxelles de nouvelles livraisons de systèmes antiaériens, a fait savoir son \
ministère »).
Places and metonyms. « Pékin » is the city where Lavrov is received and where Putin went in October (Q956), and \
China (Q148) in « les liens entre Moscou et Pékin » and « le soutien de Pékin ». « Moscou » is Russia (Q159) \
three times (the ties, not invited, helped by the banks). « Kiev » is Ukraine (Q212) twice (a negotiation with \
it, its denunciation). « À Washington » is the city (Q61), where Miller speaks. « Bruxelles » is the city \
(local), where Kuleba is to speak. « la Suisse » is the country hosting the conference (local), also its place. \
The talks with Wang Yi and the arrival have no place written: they take Beijing, the place of the visit (implied \
by the lede), as the talks with Wang in gold/blinken-pekin-2024-04-26.
Mentions. « le chef de la diplomatie russe », « le numéro un chinois », « son invité », « le ministre russe », \
« président russe » (from the noun after fused « du »), « le porte-parole du département d’État », « La \
secrétaire américaine au Trésor », « Le chef de la diplomatie ukrainienne » and « son ministère » are nominal \
mentions; « le ministère russe des Affaires étrangères » is a nominal mention of the linked ministry (as in \
gold/chute-assad-damas-2024-12-08). « département d’État » and « Trésor » inside their role nouns are names of \
institutions of their own; « la diplomatie russe / ukrainienne » is not. « le président chinois Xi Jinping », « \
son homologue Wang Yi », « l’agence Chine nouvelle » and « l’agence TASS » have a role noun or title right \
before the name: only the names are mentions. « M. Lavrov » is marked without « M. ». « Il » (Xi, then Putin), \
« il » in « a-t-il ajouté », « ce dernier » (Wang) and « elles » (the banks) are pronouns. « la guerre en Ukraine \
», « le conflit » and « la guerre » in Lavrov's quote are the invasion (Q110999040), with « Ukraine » inside the \
first. « les Occidentaux » and « les banques chinoises » are local groups, « complexe militaro-industriel russe » \
a local group (from the noun after fused « au »), « systèmes antiaériens » the deliveries' theme (a local object). \
Not mentions: « les deux pays » and « Notre » (both countries at once), « aucun pays tiers », « dernier Ukrainien \
» (no one person), « les réalités du terrain », « date », « un partenariat des agresseurs » (a judgement of the \
ties, no entity).
Statuses. The reception, the arrival, the visit, the talks, Wang's cooperation, the re-election, the October \
visit and forum, Yellen's visit and its end and China's support (according to Miller) are occurred; the \
strengthening of coordination (future in the past), the deepening (future in the quote), the Swiss conference, \
Putin's visit to China and Kuleba's request are planned; the deliveries Kuleba will ask for are proposed; the \
invitation of Russia to the conference is negated; the negotiation with Kyiv, the sanctions on the banks and the \
banks' help to Moscow are hypothetical; the Western wish to prolong the war is suspected (Lavrov's accusation). \
Xi's silence on the conflict and Lavrov's not giving a date are negated speech acts.
Times. « mardi » is the publication day, Tuesday 9 April 2024; « la veille » its eve, Monday 8 April \
(eve-of-event: the eve of the reception, which is also the eve of publication); « Lundi » and « lundi » (Yellen) \
8 April 2024 (weekday-past); « jeudi » 11 April 2024 (weekday-future); « en juin » June 2024 (month-future); « en \
mars » March 2024 (month-past, in apposition to the re-election); « en octobre » October 2023 (a pluperfect \
month after April: the year before); « prochainement » vague (inside the quote); « deux jours » and « quatre \
jours » are the visits' times (durations), « plus de quatre heures » a duration attached to nothing. Xi's \
assurance takes the reception's Tuesday and Beijing (said to « son invité »), Wang's words the talks' Monday and \
Beijing (« à l’issue de la rencontre »); Lavrov's statements on Ukraine and on Putin's trip, the ministry's and \
TASS's reports, Miller's, Yellen's and Kyiv's words have no weekday or occasion written: no time.
Wang Yi, Xinhua, Switzerland, the Westerners, the Belt and Road Initiative, the State Department, Matthew Miller, \
the Russian military-industrial complex, Janet Yellen, the US Treasury, the Chinese banks, Dmytro Kuleba, \
Brussels, the air-defence systems and the Ukrainian foreign ministry are not in ids.tsv: local, unlinked. Xi \
Jinping, Lavrov, Putin, Beijing, Washington, China, Russia, Ukraine, the United States, the Russian foreign \
ministry, TASS and the invasion of Ukraine are linked."""

XI, LAVROV, PUTIN, BEIJING, WASHINGTON = "Q15031", "Q58217", "Q7747", "Q956", "Q61"
CHINA, RUSSIA, UKRAINE, US, RU_MFA, TASS, INVASION = "Q148", "Q159", "Q212", "Q30", "Q789889", "Q223799", \
    "Q110999040"
WANG, XINHUA, SWITZERLAND, WESTERNERS, BRI = "local:wang-yi", "local:xinhua", "local:switzerland", \
    "local:westerners", "local:belt-and-road-initiative"
STATE_DEPT, MILLER, MIC = "local:us-state-department", "local:matthew-miller", \
    "local:russian-military-industrial-complex"
YELLEN, TREASURY, BANKS = "local:janet-yellen", "local:us-treasury", "local:chinese-banks"
KULEBA, BRUSSELS, AIR_DEF, UA_MFA = "local:dmytro-kuleba", "local:brussels", "local:air-defence-systems", \
    "local:ukrainian-foreign-ministry"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (WANG, "Wang Yi", "Wang Yi", "person",
     {"description": "ministre chinois des Affaires étrangères, homologue de Sergueï Lavrov",
      "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (SWITZERLAND, "Suisse", "Switzerland", "country",
     {"description": "pays hôte de la conférence de paix prévue en juin", "unlinked_reason": NOT_VERIFIED}),
    (WESTERNERS, "les Occidentaux", "the Westerners", "group",
     {"description": "les pays occidentaux que Sergueï Lavrov accuse", "unlinked_reason": NOT_GROUP}),
    (BRI, "Nouvelles routes de la soie", "Belt and Road Initiative", "other",
     {"description": "le programme chinois d’infrastructures auquel le forum d’octobre était consacré",
      "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"description": "ministère américain des Affaires étrangères", "class_qid": "Q20901295",
      "unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (MIC, "complexe militaro-industriel russe", "Russian military-industrial complex", "group",
     {"description": "les industries d’armement russes que, selon Washington, Pékin soutient",
      "unlinked_reason": "an unnamed set of companies, not one Wikidata item"}),
    (YELLEN, "Janet Yellen", "Janet Yellen", "person",
     {"description": "secrétaire américaine au Trésor", "unlinked_reason": NOT_VERIFIED}),
    (TREASURY, "Trésor américain", "United States Department of the Treasury", "organization",
     {"description": "département du Trésor des États-Unis", "class_qid": "Q192350",
      "unlinked_reason": NOT_VERIFIED}),
    (BANKS, "banques chinoises", "Chinese banks", "group",
     {"description": "les banques chinoises que Janet Yellen a menacées",
      "unlinked_reason": "an unnamed group of banks, not one Wikidata item"}),
    (KULEBA, "Dmytro Kouleba", "Dmytro Kuleba", "person",
     {"description": "ministre ukrainien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (AIR_DEF, "systèmes antiaériens", "air-defence systems", "object",
     {"description": "les nouveaux systèmes de défense antiaérienne que Kiev doit réclamer",
      "unlinked_reason": "an unspecified quantity of weapons, not one Wikidata item"}),
    (UA_MFA, "ministère ukrainien des Affaires étrangères", "Ministry of Foreign Affairs of Ukraine",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président chinois Xi Jinping a reçu mardi à Pékin le chef de la diplomatie russe, Sergueï Lavrov, ...
    ("Xi Jinping", None, XI, "name"),
    ("Pékin", "mardi à Pékin", BEIJING, "name"),
    ("le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    # ... centrée sur la guerre en Ukraine et sur les liens entre Moscou et Pékin, a indiqué le ministère ...
    ("la guerre en Ukraine", None, INVASION, "nominal"),
    ("Ukraine", "guerre en Ukraine", UKRAINE, "name"),
    ("Moscou", "entre Moscou et Pékin", RUSSIA, "metonym"),
    ("Pékin", "entre Moscou et Pékin", CHINA, "metonym"),
    ("le ministère russe des Affaires étrangères", None, RU_MFA, "nominal"),
    # Selon l’agence Chine nouvelle, le numéro un chinois a assuré à son invité que ...
    ("Chine nouvelle", None, XINHUA, "name"),
    ("le numéro un chinois", None, XI, "nominal"),
    ("son invité", None, LAVROV, "nominal"),
    # Il ne s’est pas exprimé publiquement sur le conflit.
    ("Il", "Il ne s’est pas", XI, "pronoun"),
    ("le conflit", None, INVASION, "nominal"),
    # Lundi, M. Lavrov s’était entretenu pendant plus de quatre heures avec son homologue Wang Yi.
    ("Lavrov", "M. Lavrov s’était", LAVROV, "name"),
    ("Wang Yi", None, WANG, "name"),
    # « Notre coopération ... », a affirmé ce dernier à l’issue de la rencontre.
    ("ce dernier", None, WANG, "pronoun"),
    # Interrogé sur l’Ukraine, le ministre russe a qualifié d’« inutile » la conférence de paix que la Suisse ...
    ("Ukraine", "Interrogé sur l’Ukraine", UKRAINE, "name"),
    ("le ministre russe", None, LAVROV, "nominal"),
    ("Suisse", None, SWITZERLAND, "name"),
    ("Moscou", "Moscou n’a pas été conviée", RUSSIA, "metonym"),
    # Toute négociation avec Kiev ..., a-t-il ajouté, accusant les Occidentaux de vouloir « prolonger la guerre ... »
    ("Kiev", "négociation avec Kiev", UKRAINE, "metonym"),
    ("il", "a-t-il ajouté", LAVROV, "pronoun"),
    ("les Occidentaux", None, WESTERNERS, "nominal"),
    ("la guerre", "prolonger la guerre", INVASION, "nominal"),
    # M. Lavrov a également confirmé que Vladimir Poutine se rendrait en Chine « prochainement », ...
    ("Lavrov", "M. Lavrov a également", LAVROV, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Chine", "en Chine « prochainement", CHINA, "name"),
    # Ce serait, selon l’agence TASS, le premier voyage à l’étranger du président russe depuis sa réélection ...
    ("TASS", None, TASS, "name"),
    ("président russe", None, PUTIN, "nominal"),
    # Il s’était déjà rendu à Pékin en octobre pour un forum consacré aux Nouvelles routes de la soie.
    ("Il", "Il s’était déjà", PUTIN, "pronoun"),
    ("Pékin", "rendu à Pékin", BEIJING, "name"),
    ("Nouvelles routes de la soie", None, BRI, "name"),
    # À Washington, le porte-parole du département d’État, Matthew Miller, a jugé « préoccupant » le soutien ...
    ("Washington", None, WASHINGTON, "name"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    ("Pékin", "soutien de Pékin", CHINA, "metonym"),
    ("complexe militaro-industriel russe", None, MIC, "nominal"),
    # La secrétaire américaine au Trésor, Janet Yellen, qui a achevé lundi une visite de quatre jours en Chine, ...
    ("La secrétaire américaine au Trésor", None, YELLEN, "nominal"),
    ("Trésor", None, TREASURY, "name"),
    ("Janet Yellen", None, YELLEN, "name"),
    ("Chine", "quatre jours en Chine", CHINA, "name"),
    ("les banques chinoises", None, BANKS, "nominal"),
    ("elles", "si elles aidaient", BANKS, "pronoun"),
    ("Moscou", "aidaient Moscou", RUSSIA, "metonym"),
    # Kiev a dénoncé pour sa part un « partenariat des agresseurs ».
    ("Kiev", "Kiev a dénoncé", UKRAINE, "metonym"),
    # Le chef de la diplomatie ukrainienne, Dmytro Kouleba, doit réclamer jeudi à Bruxelles de nouvelles ...
    ("Le chef de la diplomatie ukrainienne", None, KULEBA, "nominal"),
    ("Dmytro Kouleba", None, KULEBA, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("systèmes antiaériens", None, AIR_DEF, "nominal"),
    ("son ministère", None, UA_MFA, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 9 April 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", None), "2024-04-09", "day", "weekday-publication-day",
     "« a reçu mardi à Pékin »: " + PUB_DAY),
    ("t-eve", ("la veille", None), "2024-04-08", "day", "eve-of-event",
     "« arrivé la veille »: the eve of the Tuesday reception, Monday 8 April 2024 (which is also the eve of "
     "publication, since the reception is on the publication day)."),
    ("t-two-days", ("deux jours", None), None, "duration", "explicit-duration",
     "« une visite de deux jours »: the visit's length (P2D), its only time, as « une visite de trois jours » in "
     "gold/scholz-pekin-2024-04-16."),
    ("t-monday", ("Lundi", None), "2024-04-08", "day", "weekday-past",
     "Fronted « Lundi » with a pluperfect (« s’était entretenu »): the Monday before the publication day, 8 April "
     "2024; the same day as « la veille »."),
    ("t-four-hours", ("plus de quatre heures", None), None, "duration", "explicit-duration",
     "« pendant plus de quatre heures »: the length of the talks (more than PT4H), attached to nothing, as « plus "
     "de cinq heures » in gold/blinken-pekin-2024-04-26."),
    ("t-june", ("en juin", None), "2024-06", "month", "month-future",
     "« que la Suisse doit accueillir en juin »: a future month after April 2024, June 2024."),
    ("t-soon", ("prochainement", None), None, "vague", "vague-future",
     "Inside Lavrov's quote: soon, after publication; « sans avancer de date », so no value."),
    ("t-march", ("en mars", None), "2024-03", "month", "month-past",
     "« depuis sa réélection, en mars »: the month in apposition to the re-election, the last March before "
     "April 2024, March 2024."),
    ("t-october", ("en octobre", None), "2023-10", "month", "month-past",
     "Pluperfect « s’était déjà rendu à Pékin en octobre », written in April 2024: the last October, October "
     "2023."),
    ("t-monday-yellen", ("lundi", "a achevé lundi"), "2024-04-08", "day", "weekday-past",
     "« qui a achevé lundi une visite »: the Monday before the publication day, 8 April 2024."),
    ("t-four-days", ("quatre jours", None), None, "duration", "explicit-duration",
     "« une visite de quatre jours en Chine »: the length of Yellen's visit (P4D), its time."),
    ("t-thursday", ("jeudi", None), "2024-04-11", "day", "weekday-future",
     "« doit réclamer jeudi »: the Thursday after the publication day, 11 April 2024."),
]

LEDE = ("Le président chinois", "des Affaires étrangères.")
LAVROV_UKRAINE = ("Toute négociation", "dernier Ukrainien ».")
YELLEN_EVIDENCE = ("La secrétaire américaine", "aidaient Moscou.")
KULEBA_EVIDENCE = ("Le chef de la diplomatie ukrainienne", "son ministère.")

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Xi Jinping receives Sergey Lavrov in Beijing on Tuesday", ("a reçu", None),
          [("agent", XI), ("participant", LAVROV)], place=BEIJING, time="t-tuesday", according_to=[RU_MFA],
          part_of="e-visit", evidence=LEDE,
          note="An active reception (as « a reçu jeudi à Pyongyang » in gold/lavrov-pyongyang-2024-11): the host "
               "is the agent, the guest a participant. « Le président chinois Xi Jinping »: a title right before "
               "the name. Sourced after the clause to the Russian foreign ministry."),
    event("e-arrival", "Event", "Lavrov arrived in Beijing on Monday", ("arrivé", None), [("agent", LAVROV)],
          place=BEIJING, time="t-eve", according_to=[RU_MFA], part_of="e-visit", evidence=LEDE,
          note="« arrivé la veille »: an apposed participle; « la veille » is the eve of the reception (Monday 8 "
               "April). No place is written: Beijing, where he is received, is implied."),
    event("e-visit", "Visit", "Lavrov's two-day visit to Beijing", ("visite", "une visite de deux jours"),
          [("agent", LAVROV)], place=BEIJING, time="t-two-days", according_to=[RU_MFA], evidence=LEDE,
          note="« pour une visite de deux jours centrée sur la guerre en Ukraine et sur les liens entre Moscou et "
               "Pékin »: a visit whose only time is its length (as gold/scholz-pekin-2024-04-16). Its topics, the "
               "war (an entity, Q110999040) and the ties between the two states, are no events. The arrival, the "
               "Monday talks and the reception are part of it."),
    event("e-coordination", "Event", "China and Russia will keep strengthening their strategic coordination",
          ("renforcer", None), [("participant", CHINA), ("participant", RUSSIA)], status="planned",
          according_to=[XI, XINHUA],
          note="« le numéro un chinois a assuré à son invité que les deux pays continueraient de « renforcer leur "
               "coordination stratégique » »: a future in the past in an assurance, planned (as « Pyongyang "
               "soutiendrait Moscou » in gold/lavrov-pyongyang-2024-11). « les deux pays » is China and Russia, a "
               "plural phrase (no mention)."),
    event("e-talks", "Meeting", "Lavrov's talks of more than four hours with Wang Yi on Monday",
          ("s’était entretenu", None), [("participant", LAVROV), ("participant", WANG)], place=BEIJING,
          time="t-monday", part_of="e-visit",
          note="A fronted past weekday with a pluperfect. « son homologue Wang Yi »: a role noun right before the "
               "name, one name's phrase. Beijing is implied by the visit. « la rencontre » in the next sentence "
               "restates these talks (no new event); « plus de quatre heures » is a duration attached to nothing."),
    event("e-cooperation", "Event", "Chinese–Russian cooperation", ("coopération", None),
          [("participant", CHINA), ("participant", RUSSIA)], according_to=[WANG],
          note="« Notre coopération ne vise aucun pays tiers »: the existing cooperation, according to Wang; « "
               "Notre » is both countries (no mention); « ne vise aucun pays tiers » is a state of it, no event "
               "(as « n’est dirigé contre aucun pays tiers » in gold/lavrov-pyongyang-2024-11)."),
    event("e-deepening", "Event", "The cooperation will keep deepening", ("s’approfondir", None),
          [("participant", CHINA), ("participant", RUSSIA)], status="planned", according_to=[WANG],
          note="« et ne cessera de s’approfondir »: « ne cesser de » is not a negation of the deepening but its "
               "continuation; in the future, so planned (as « honorera » in gold/lavrov-pyongyang-2024-11)."),
    event("e-peace-conference", "Meeting", "The peace conference Switzerland is to host in June",
          ("conférence de paix", None), [("agent", SWITZERLAND)], status="planned", place=SWITZERLAND,
          time="t-june",
          note="« la conférence de paix que la Suisse doit accueillir en juin »: a relative with « doit », planned, "
               "stated in the article's own voice. The host is the agent (as a reception's host); « accueillir » "
               "restates the conference from the host's side (no second event). The participants are not named."),
    event("e-no-invitation", "Invitation", "Russia has not been invited to the conference",
          ("conviée", "n’a pas été conviée"), [("agent", SWITZERLAND), ("recipient", RUSSIA)], status="negated",
          note="« et à laquelle Moscou n’a pas été conviée »: a negated passive with no agent written; the host, "
               "Switzerland, is the implied inviter (as « n’a pas été invité » in gold/scholz-pekin-2024-04-16). « "
               "Moscou » is Russia. In the article's own voice."),
    event("e-negotiation", "Event", "A negotiation with Kyiv ignoring the « realities on the ground » (doomed, "
          "Lavrov says)", ("négociation", None), [("participant", RUSSIA), ("participant", UKRAINE)],
          status="hypothetical", according_to=[LAVROV], evidence=LAVROV_UKRAINE,
          note="« Toute négociation avec Kiev qui ignorerait les « réalités du terrain » serait vouée à l’échec »: "
               "any such negotiation, in the conditional: hypothetical. « Kiev » is Ukraine; Russia, Lavrov's "
               "side, is implied. « serait vouée à l’échec » is a predicate of it, not a second event."),
    event("e-prolong-war", "Event", "The West seeks to prolong the war « to the last Ukrainian » (Lavrov's "
          "accusation)", ("prolonger", None), [("agent", WESTERNERS)], status="suspected",
          according_to=[LAVROV], evidence=LAVROV_UKRAINE,
          note="« accusant les Occidentaux de vouloir « prolonger la guerre jusqu’au dernier Ukrainien » »: an "
               "accusation, suspected (as « en accusant les États-Unis de chercher à « étouffer » » in "
               "gold/blinken-pekin-2024-04-26). « la guerre » is the invasion (an entity), « dernier Ukrainien » "
               "no one person."),
    event("e-putin-visit", "Visit", "Vladimir Putin will visit China soon", ("se rendrait", None),
          [("agent", PUTIN)], status="planned", place=CHINA, time="t-soon", according_to=[LAVROV, TASS],
          note="« M. Lavrov a également confirmé que Vladimir Poutine se rendrait en Chine « prochainement » »: a "
               "future in the past in a confirmation, planned, its time the quoted vague word. « Ce serait, selon "
               "l’agence TASS, le premier voyage à l’étranger du président russe » restates it in the conditional "
               "of reported news (no new event; TASS in according_to)."),
    event("e-reelection", "Event", "Vladimir Putin re-elected in March 2024", ("réélection", None),
          [("recipient", PUTIN)], time="t-march", according_to=[TASS],
          note="« depuis sa réélection, en mars »: a nominal re-election dated in apposition; « sa » is Putin (the "
               "voters not written, as « élu en 2021 » in gold/coup-niger-2023-07-27). Named in TASS's sentence."),
    event("e-putin-beijing-2023", "Visit", "Putin visited Beijing in October 2023", ("s’était déjà rendu", None),
          [("agent", PUTIN)], place=BEIJING, time="t-october",
          note="A pluperfect with « déjà », in the article's own voice; « Il » is Putin (the subject of the sentence "
               "before: « le président russe »)."),
    event("e-forum", "Meeting", "The Belt and Road forum in Beijing in October 2023", ("forum", None),
          [("participant", PUTIN)], place=BEIJING, time="t-october",
          note="« pour un forum consacré aux Nouvelles routes de la soie »: the purpose of the October visit, a "
               "forum Putin attended; its topic, the Belt and Road Initiative, is an entity (local), not a role."),
    event("e-support", "Event", "China's support for the Russian military-industrial complex", ("soutien", None),
          [("agent", CHINA), ("recipient", MIC)], according_to=[MILLER],
          note="« a jugé « préoccupant » le soutien de Pékin au complexe militaro-industriel russe »: the support is "
               "taken for granted by the judgement: occurred, according to Miller. « Pékin » is China."),
    event("e-yellen-visit", "Visit", "Janet Yellen's four-day visit to China", ("visite", "une visite de quatre"),
          [("agent", YELLEN)], place=CHINA, time="t-four-days", evidence=YELLEN_EVIDENCE,
          note="« une visite de quatre jours en Chine »: the visit's time is its length; its end on Monday is a "
               "part of it (e-yellen-end)."),
    event("e-yellen-end", "Event", "Janet Yellen ended her visit to China on Monday", ("a achevé", None),
          [("agent", YELLEN)], place=CHINA, time="t-monday-yellen", part_of="e-yellen-visit",
          evidence=YELLEN_EVIDENCE,
          note="« qui a achevé lundi une visite »: a relative with a past weekday; the completion is its own event, "
               "dated Monday 8 April 2024 (as a departure in gold)."),
    event("e-bank-sanctions", "Sanction", "« Important consequences » for Chinese banks if they help Moscow",
          ("conséquences", None), [("agent", US), ("recipient", BANKS)], status="hypothetical",
          according_to=[YELLEN], evidence=YELLEN_EVIDENCE,
          note="« avait menacé les banques chinoises de « conséquences importantes » si elles aidaient Moscou »: a "
               "threat under a condition, hypothetical (as the tariffs threatened in gold/groenland-copenhague-"
               "2025-01-08). The United States, for which the Treasury secretary speaks, is the implied agent."),
    event("e-banks-help", "Event", "Chinese banks helping Russia (the threat's condition)", ("aidaient", None),
          [("agent", BANKS), ("recipient", RUSSIA)], status="hypothetical", according_to=[YELLEN],
          evidence=YELLEN_EVIDENCE,
          note="« si elles aidaient Moscou »: a condition, hypothetical; « elles » is the banks, « Moscou » Russia."),
    event("e-deliveries", "Delivery", "New deliveries of air-defence systems to Ukraine (Kuleba's request)",
          ("livraisons", None), [("recipient", UKRAINE), ("theme", AIR_DEF)], status="proposed",
          according_to=[UA_MFA], evidence=KULEBA_EVIDENCE,
          note="« doit réclamer jeudi à Bruxelles de nouvelles livraisons de systèmes antiaériens »: what he is to "
               "ask for, proposed; Ukraine the implied recipient (his country), the suppliers not written (no "
               "agent)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ru-mfa", "Report", "The Russian foreign ministry reports Lavrov's reception by Xi", RU_MFA,
           ("a indiqué", None), [], evidence=LEDE, about=["e-reception", "e-arrival", "e-visit"],
           note="The source after the clause; the ministry is linked (Q789889). No weekday of its own: no time."),
    speech("s-xi-assurance", "Assurance", "Xi assures Lavrov the two countries will strengthen their strategic "
           "coordination", XI, ("a assuré", None), [("renforcer leur coordination stratégique", None)],
           addressee=LAVROV, time="t-tuesday", place=BEIJING, according_to=[XINHUA], about=["e-coordination"],
           note="« à son invité »: Lavrov, so the words were said at the reception and take its Tuesday and Beijing "
                "(as in gold/lavrov-pyongyang-2024-11)."),
    speech("s-xinhua", "Report", "Xinhua reports Xi's assurance", XINHUA, ("Selon", None), [],
           about=["s-xi-assurance"],
           note="« Selon l’agence Chine nouvelle »: a title before the name. It does not carry over to the next "
                "sentence."),
    speech("s-xi-silence", "SpeechAct", "Xi did not speak publicly about the conflict", XI, ("exprimé", None), [],
           status="negated",
           note="« Il ne s’est pas exprimé publiquement sur le conflit »: a negated speech act (as « n’a pas réagi » "
                "in gold). « le conflit » is the invasion, an entity, so the speech act has no event in about. In "
                "the article's own voice, no time."),
    speech("s-wang", "Statement", "Wang Yi: the cooperation targets no third country and will keep deepening",
           WANG, ("a affirmé", None),
           [("Notre coopération ne vise aucun pays tiers et ne cessera de s’approfondir", None)],
           time="t-monday", place=BEIJING, about=["e-cooperation", "e-deepening"],
           note="A quote first; « ce dernier » is Wang Yi, the last person named. « à l’issue de la rencontre » "
                "restates the Monday talks and gives the words their day and place."),
    speech("s-lavrov-useless", "Statement", "Lavrov calls the Swiss peace conference « useless »", LAVROV,
           ("a qualifié", None), [("inutile", None)], about=["e-peace-conference"],
           note="« Interrogé sur l’Ukraine » is no speech act (as « Interrogé par des journalistes » in gold). The "
                "quoted adjective stands before its object after the elided « d’ ». No weekday: no time."),
    speech("s-lavrov-negotiation", "Statement", "Lavrov: any negotiation ignoring the « realities on the ground » "
           "is doomed", LAVROV, ("a-t-il ajouté", None), [("réalités du terrain", None)],
           evidence=LAVROV_UKRAINE, about=["e-negotiation"],
           note="Indirect speech first, with its reporting clause after it (« a-t-il ajouté »); the guillemets "
                "inside it hold his words on the realities, so the quote belongs to this speech act."),
    speech("s-lavrov-accusation", "Statement", "Lavrov accuses the West of wanting to prolong the war", LAVROV,
           ("accusant", None), [("prolonger la guerre jusqu’au dernier Ukrainien", None)],
           evidence=LAVROV_UKRAINE, about=["e-prolong-war"],
           note="A participle with its own guillemets: a second speech act on the same occasion (as « en accusant » "
                "in gold/blinken-pekin-2024-04-26)."),
    speech("s-lavrov-putin-visit", "Statement", "Lavrov confirms Putin will visit China soon", LAVROV,
           ("confirmé", None), [("prochainement", None)], about=["e-putin-visit"],
           note="« M. Lavrov a également confirmé »; the one-word quote is the visit's vague time. No weekday: no "
                "time."),
    speech("s-lavrov-no-date", "SpeechAct", "Lavrov gives no date for Putin's visit", LAVROV, ("avancer", None), [],
           status="negated", about=["e-putin-visit"],
           note="« sans avancer de date »: a negated speech act (as « sans préciser lesquelles » in gold)."),
    speech("s-tass", "Report", "TASS says it would be Putin's first trip abroad since his re-election", TASS,
           ("selon", "selon l’agence TASS"), [], about=["e-putin-visit", "e-reelection"],
           note="« Ce serait, selon l’agence TASS, le premier voyage à l’étranger du président russe »: an inserted "
                "source over a conditional that restates the planned visit."),
    speech("s-miller", "Statement", "Matthew Miller judges China's support for Russia's defence industry « worrying »",
           MILLER, ("a jugé", None), [("préoccupant", None)], place=WASHINGTON, about=["e-support"],
           note="« À Washington » fronted: the city (Q61) where he speaks. The quoted adjective stands before its "
                "object. No weekday: no time."),
    speech("s-yellen-warning", "Warning", "Janet Yellen threatened Chinese banks with « important consequences »",
           YELLEN, ("avait menacé", None), [("conséquences importantes", None)], addressee=BANKS,
           evidence=YELLEN_EVIDENCE, about=["e-bank-sanctions", "e-banks-help"],
           note="A pluperfect threat addressed to the banks; the article does not say when or where (during her "
                "visit, presumably, but not written): no time, no place."),
    speech("s-kyiv", "Statement", "Kyiv denounces a « partnership of aggressors »", UKRAINE, ("a dénoncé", None),
           [("partenariat des agresseurs", None)], about=["e-visit"],
           note="« Kiev » is Ukraine (a metonym); « pour sa part » marks a reaction. The quoted noun phrase judges "
                "the Russian–Chinese ties the visit is about: no new event, no mention."),
    speech("s-kuleba", "Statement", "Dmytro Kuleba is to ask for new air-defence deliveries in Brussels on "
           "Thursday", KULEBA, ("réclamer", None), [], status="planned", time="t-thursday", place=BRUSSELS,
           according_to=[UA_MFA], evidence=KULEBA_EVIDENCE, about=["e-deliveries"],
           note="« doit réclamer jeudi à Bruxelles »: a planned speech act (as « devrait s’exprimer de nouveau lundi » "
                "in gold/panama-canal-rubio-2025-02-02), in the city (local); those he will ask are not written: no "
                "addressee."),
    speech("s-ua-mfa", "Report", "The Ukrainian foreign ministry announces Kuleba's request", UA_MFA,
           ("a fait savoir", None), [], evidence=KULEBA_EVIDENCE, about=["s-kuleba", "e-deliveries"],
           note="« a fait savoir son ministère »: the source after the clause; « son ministère » is Kuleba's, the "
                "Ukrainian foreign ministry (local)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
