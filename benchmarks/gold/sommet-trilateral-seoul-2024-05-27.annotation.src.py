"""Held-out annotation of sommet-trilateral-seoul-2024-05-27.txt (written for the twenty-second held-out set,
not a real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sommet-trilateral-seoul-2024-05-27.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sommet-trilateral-seoul-2024-05-27.annotation.src.py --check

From held-out set 22 (moved to gold in session 20; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-trilateral-seoul-2024-05-27.txt"

NOTE = """\
Held-out-22 article: Yoon Suk Yeol, Fumio Kishida and Li Qiang adopt a joint declaration in Seoul on Monday 27 May \
2024 at the first China–Japan–South Korea summit since December 2019; the three states pledge to meet regularly \
and to relaunch the talks on a trilateral free-trade agreement (opened in 2012, stalled for years); Yoon hails \
restored cooperation; Li had met Yoon and Kishida the day before; the summit is overshadowed by North Korea's \
notice to the Japanese coast guard of a satellite launch before 4 June, after its first spy satellite in November, \
launched with Moscow's help according to Seoul; Yoon warns, Kishida urges Pyongyang to cancel, Li does not \
mention the satellite and calls for regional peace; for want of consensus the declaration only recalls the three \
states' « respective positions » on denuclearisation, a Japanese diplomat admits; on Monday evening the North \
Korean foreign ministry, through KCNA, denounces a « grave political provocation »; the State Department welcomes \
the renewed dialogue and calls on Pyongyang to refrain from provocation; the next summit should be in Japan next \
year and Li returns to Beijing on Tuesday. Published Monday 27 May 2024 (the file gives the day). The summit, the \
declaration, the FTA talks, the launch notice and the later failed launch follow the real events loosely; the \
quotes, the Japanese diplomat, the timing of Pyongyang's reaction (really on the Tuesday) and the State \
Department's words are invented or simplified.
What it exercises: three titles right before three names as one subject with a weekday and a city (« Le \
président sud-coréen Yoon Suk Yeol, le Premier ministre japonais Fumio Kishida et le Premier ministre chinois Li \
Qiang ont adopté lundi à Séoul une déclaration commune »: an Agreement, the declaration its theme, part of the \
nominal summit) with « depuis décembre 2019 » attached to nothing (no earlier summit is written) and a passive \
participle of speech with its agent (« sur fond de lancement de satellite annoncé par la Corée du Nord »: a \
Statement of North Korea, the launch planned); « Dans ce texte » and three metonyms sharing one verb of \
commitment (« Pékin, Tokyo et Séoul s’engagent à ... »: three Assurances, one trigger; the one pair of guillemets \
« régulièrement » goes to the first-named, China) over two infinitives joined by « et » (the regular meetings and \
the relaunch, planned), with a frequency as a vague time and a participle relative over a year and a vague \
duration (« ouvertes en 2012 mais au point mort depuis des années »); a quote first with « nos trois pays » (a \
plural phrase) under « s’est félicité M. Yoon devant la presse »; « La veille » with a pluperfect meeting and two \
partners joined by « puis » (two Meetings, one trigger); a passive judgement with a metonym agent and a relative \
notification with a dative addressee, an infinitive and a deadline across two months (« qui a notifié lundi aux \
garde-côtes japonais son intention de placer un satellite en orbite d’ici au 4 juin »); a pluperfect launch in a \
month with « avec l’aide de Moscou selon Séoul » (the help suspected, Seoul's Statement without quote); a quote \
split around « a prévenu le dirigeant sud-coréen » with a condition, « il » for Pyongyang and a second sentence \
(hypothetical undermining and Council reaction); a role noun of the counterpart with an exhortation and a \
relative conditional with « selon lui » inside it (« a exhorté le Nord à annuler un lancement qui violerait, \
selon lui, les résolutions de l’ONU »: the cancellation proposed, the violation hypothetical); an emphatic « lui » \
with a negated speech act (« s’est, lui, gardé d’évoquer le satellite ») and a participle call with a quote; « \
Faute de consensus » (a negated Agreement) and the declaration recalling the quoted positions of three metonyms \
(three Statements, one trigger, the quote to the first-named, Seoul) under « a reconnu un diplomate japonais »; « \
Lundi soir » with a ministry's denunciation « dans un communiqué relayé par l’agence KCNA » (KCNA's relay a Report, \
KCNA in according_to); « À Washington » (the city) with a welcome of a nominal resumption and « tout en appelant \
Pyongyang à « s’abstenir ... » » (two Statements; the refraining proposed); a conditional next summit in a country \
« l’an prochain » and a planned return on a future weekday.
Places and metonyms. « Séoul » where the leaders meet is the city (Q8684); « Séoul » that commits, accuses and \
holds a position is South Korea (Q884, metonym). « Pékin » and « Tokyo » in the pledges and the positions are \
China (Q148) and Japan (Q17); « regagner Pékin » is the city (Q956). « Pyongyang » is North Korea (Q423) each time \
(it overshadows, would fire, is called on); « Moscou » is Russia (Q159); « À Washington » is the city (Q61), where \
the State Department speaks. « le Nord » is North Korea (nominal, as in gold). « péninsule coréenne » is a local \
place, marked without its article as « mer Rouge ».
Mentions. Titles right before a name are part of its phrase (« Le président sud-coréen Yoon Suk Yeol », « le \
Premier ministre japonais Fumio Kishida », « le Premier ministre chinois Li Qiang », « l’agence KCNA »): only the \
names are marked. « le dirigeant sud-coréen » is Yoon; « Son homologue japonais » and « lui » (« selon lui ») \
Kishida; « Le chef du gouvernement chinois » and the emphatic « lui » Li. « une déclaration commune », « ce texte » \
and « la déclaration » are the declaration (a local document, the Agreement's theme, as the declarations of gold); \
« un accord de libre-échange trilatéral » is the FTA; « satellite » (the lede's bare noun, the launch's theme), « \
un satellite » and « le satellite » are the announced satellite; « son premier satellite espion » the satellite \
launched in November. Not mentions: « les trois voisins », « nos trois pays », « ses deux alliés » (plural \
phrases), « Le sommet », « ce tir », « un lancement », « la reprise du dialogue » restated as events, « les \
négociations » (an event), « la presse » (generic), « la paix régionale » and « la paix et la stabilité \
régionales », « les résolutions » (documents, as in gold), « un communiqué », « son intention », « les « positions \
respectives » ».
Statuses. The summit, the adoption, the FTA talks and their stall, Sunday's meetings, the November launch, the \
notification, the restored cooperation (according to Yoon) and the resumed dialogue (according to the State \
Department) are occurred; the new launch, its placing in orbit, the regular meetings and the relaunch of the \
talks are planned (announced or committed to); the FTA itself and the cancellation and the refraining asked of \
Pyongyang are proposed; Russia's help is suspected (Seoul); the undermining of peace and the Council's reaction \
(Yoon's condition), the violation of the resolutions (Kishida's conditional) and the next summit (« devrait se \
tenir », as in gold/camp-david-trilaterale-2023-08-18) are hypothetical; the consensus and Li's mention of the \
satellite are negated. The denuclearisation is the topic of the positions, not an event anyone performs or plans \
in the text: no event (as « la mise en œuvre du traité » in gold). « assombri » is a judgement of the summit, no \
event.
Times. « lundi » (twice) and « Lundi soir » are the publication day, Monday 27 May 2024; « La veille » is Sunday \
26 May (the eve of the summit, which is the publication day); « d’ici au 4 juin » runs from 27 May to 4 June, two \
months, so it gets the year 2024 (as « d’ici la fin juin » in gold/kamikawa-seoul-2024-05-14); « en novembre » \
is November 2023; « l’an prochain » 2025; « mardi » Tuesday 28 May; « en 2012 » a year; « depuis décembre 2019 » \
a month attached to no event; « régulièrement » a vague recurrence (as « tous les ans » in gold); « depuis des \
années » vague. The pledges, the positions and the adoption take the summit's Monday and Seoul; Yoon's, Kishida's \
and Li's words, Seoul's charge and the State Department's words have no weekday or occasion written: no time. \
The lede's « annoncé » is the Monday notice and takes its time.
Yoon Suk Yeol, Li Qiang, the declaration, the FTA, the two satellites, the Japan Coast Guard, the Korean \
peninsula, the Japanese diplomat, the North Korean foreign ministry and the State Department are not in ids.tsv: \
local, unlinked."""

KISHIDA, SEOUL, BEIJING, WASHINGTON = "Q359480", "Q8684", "Q956", "Q61"
NK, CHINA, JAPAN, SK, RUSSIA = "Q423", "Q148", "Q17", "Q884", "Q159"
UNSC, UN, KCNA = "Q37470", "Q1065", "Q326804"
YOON, LI, DECL, FTA = "local:yoon-suk-yeol", "local:li-qiang", "local:seoul-trilateral-declaration-2024", \
    "local:china-japan-korea-fta"
SAT, FIRST_SAT, COAST_GUARD = "local:north-korean-satellite-2024", "local:north-korean-spy-satellite-2023", \
    "local:japan-coast-guard"
PENINSULA, DIPLOMAT, NK_MFA, STATE_DEPT = "local:korean-peninsula", "local:japanese-diplomat", \
    "local:north-korean-foreign-ministry", "local:us-state-department"

LEADERS = [("participant", YOON), ("participant", KISHIDA), ("participant", LI)]
THREE_STATES = [("participant", CHINA), ("participant", JAPAN), ("participant", SK)]

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (YOON, "Yoon Suk Yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (LI, "Li Qiang", "Li Qiang", "person",
     {"description": "Premier ministre de la Chine", "unlinked_reason": NOT_VERIFIED}),
    (DECL, "déclaration commune du sommet de Séoul", "Seoul trilateral summit joint declaration", "other",
     {"description": "déclaration adoptée le 27 mai 2024 par la Chine, le Japon et la Corée du Sud",
      "unlinked_reason": "a document with no Wikidata item"}),
    (FTA, "accord de libre-échange Chine-Japon-Corée du Sud", "China–Japan–South Korea free trade agreement",
     "other", {"description": "accord en négociation depuis 2012", "unlinked_reason": NOT_VERIFIED}),
    (SAT, "satellite nord-coréen annoncé en mai 2024", "North Korean satellite announced in May 2024", "object",
     {"description": "satellite que la Corée du Nord a annoncé placer en orbite d’ici au 4 juin 2024",
      "unlinked_reason": "a single object with no Wikidata item"}),
    (COAST_GUARD, "garde-côtes japonais", "Japan Coast Guard", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (FIRST_SAT, "premier satellite espion nord-coréen", "North Korea's first spy satellite", "object",
     {"description": "satellite de reconnaissance lancé par la Corée du Nord en novembre 2023",
      "unlinked_reason": NOT_VERIFIED}),
    (PENINSULA, "péninsule coréenne", "Korean Peninsula", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "diplomate japonais anonyme", "anonymous Japanese diplomat", "person",
     {"class_qid": "Q193391", "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (NK_MFA, "ministère nord-coréen des Affaires étrangères", "Ministry of Foreign Affairs of North Korea",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président sud-coréen Yoon Suk Yeol, ... ont adopté lundi à Séoul une déclaration commune, ...
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Li Qiang", None, LI, "name"),
    ("Séoul", "lundi à Séoul", SEOUL, "name"),
    ("une déclaration commune", None, DECL, "nominal"),
    ("satellite", "lancement de satellite", SAT, "nominal"),
    ("Corée du Nord", None, NK, "name"),
    # Dans ce texte, Pékin, Tokyo et Séoul s’engagent ... un accord de libre-échange trilatéral ...
    ("ce texte", None, DECL, "nominal"),
    ("Pékin", "Dans ce texte, Pékin", CHINA, "metonym"),
    ("Tokyo", "Pékin, Tokyo et Séoul", JAPAN, "metonym"),
    ("Séoul", "Tokyo et Séoul s’engagent", SK, "metonym"),
    ("un accord de libre-échange trilatéral", None, FTA, "nominal"),
    # « La coopération ... », s’est félicité M. Yoon devant la presse. La veille, M. Li s’était entretenu ...
    ("Yoon", "M. Yoon devant", YOON, "name"),
    ("Li", "M. Li s’était", LI, "name"),
    ("Yoon", "avec M. Yoon puis", YOON, "name"),
    ("Kishida", "avec M. Kishida", KISHIDA, "name"),
    # Le sommet a toutefois été assombri par Pyongyang, qui a notifié lundi aux garde-côtes japonais ...
    ("Pyongyang", "assombri par Pyongyang", NK, "metonym"),
    ("garde-côtes japonais", None, COAST_GUARD, "nominal"),
    ("un satellite", None, SAT, "nominal"),
    # Le Nord avait lancé son premier satellite espion en novembre, avec l’aide de Moscou selon Séoul.
    ("Le Nord", None, NK, "nominal"),
    ("son premier satellite espion", None, FIRST_SAT, "nominal"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("Séoul", "selon Séoul", SK, "metonym"),
    # « Si Pyongyang procède à ce tir, il sapera ..., a prévenu le dirigeant sud-coréen. Le Conseil de sécurité ... »
    ("Pyongyang", "Si Pyongyang", NK, "metonym"),
    ("il", "il sapera", NK, "pronoun"),
    ("le dirigeant sud-coréen", None, YOON, "nominal"),
    ("Conseil de sécurité", None, UNSC, "name"),
    # Son homologue japonais a exhorté le Nord à annuler un lancement qui violerait, selon lui, ...
    ("Son homologue japonais", None, KISHIDA, "nominal"),
    ("le Nord", "exhorté le Nord", NK, "nominal"),
    ("lui", "selon lui", KISHIDA, "pronoun"),
    ("ONU", None, UN, "name"),
    # Le chef du gouvernement chinois s’est, lui, gardé d’évoquer le satellite, ...
    ("Le chef du gouvernement chinois", None, LI, "nominal"),
    ("lui", "s’est, lui,", LI, "pronoun"),
    ("le satellite", None, SAT, "nominal"),
    # Faute de consensus, la déclaration se contente de rappeler ... a reconnu un diplomate japonais.
    ("la déclaration", None, DECL, "nominal"),
    ("Séoul", "de Séoul, de Tokyo", SK, "metonym"),
    ("Tokyo", "de Séoul, de Tokyo", JAPAN, "metonym"),
    ("Pékin", "de Tokyo et de Pékin", CHINA, "metonym"),
    ("péninsule coréenne", None, PENINSULA, "name"),
    ("un diplomate japonais", None, DIPLOMAT, "nominal"),
    # Lundi soir, le ministère nord-coréen des Affaires étrangères a dénoncé ... relayé par l’agence KCNA ...
    ("le ministère nord-coréen des Affaires étrangères", None, NK_MFA, "nominal"),
    ("KCNA", None, KCNA, "name"),
    # À Washington, le département d’État a salué ... entre ses deux alliés et la Chine, ... Pyongyang ...
    ("Washington", None, WASHINGTON, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Chine", None, CHINA, "name"),
    ("Pyongyang", "appelant Pyongyang", NK, "metonym"),
    # Le prochain sommet devrait se tenir au Japon l’an prochain. M. Li doit regagner Pékin mardi.
    ("Japon", None, JAPAN, "name"),
    ("Li", "M. Li doit", LI, "name"),
    ("Pékin", "regagner Pékin", BEIJING, "name"),
]

PUB_DAY = "The publication day, Monday 27 May 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "adopté lundi"), "2024-05-27", "day", "weekday-publication-day",
     "« ont adopté lundi à Séoul »: " + PUB_DAY),
    ("t-dec-2019", ("depuis décembre 2019", None), "2019-12", "month", "explicit-month-year",
     "« le premier sommet entre les trois voisins depuis décembre 2019 »: a month with its year. It dates an "
     "earlier summit the text does not write, so no event takes it (as « depuis près d’un an » in "
     "gold/kishida-xi-san-francisco-2023-11-17)."),
    ("t-regularly", ("régulièrement", None), None, "vague", "recurrence",
     "Inside the quoted word: a frequency, no value; the time of the planned regular meetings (as « tous les ans » "
     "in gold/camp-david-trilaterale-2023-08-18)."),
    ("t-2012", ("en 2012", None), "2012", "year", "explicit-year",
     "« ouvertes en 2012 »: the year the FTA negotiations opened; it stays a year."),
    ("t-years", ("depuis des années", None), None, "vague", "vague",
     "« au point mort depuis des années »: an unspecified number of years back, vague (as « depuis des mois »)."),
    ("t-eve", ("La veille", None), "2024-05-26", "day", "eve-of-event",
     "The eve of the summit, which is the publication day: Sunday 26 May 2024."),
    ("t-monday-notice", ("lundi", "notifié lundi"), "2024-05-27", "day", "weekday-publication-day",
     "« qui a notifié lundi »: " + PUB_DAY),
    ("t-by-june-4", ("d’ici au 4 juin", None), "2024", "year", "deadline",
     "From the publication day, 27 May 2024, to 4 June 2024: the span crosses two months, so the finest true "
     "precision is the year (as « d’ici la fin juin » in gold/kamikawa-seoul-2024-05-14 and the week rule)."),
    ("t-november", ("en novembre", None), "2023-11", "month", "month-past",
     "Pluperfect « avait lancé ... en novembre », written in May 2024: the last November, November 2023."),
    ("t-monday-evening", ("Lundi soir", None), "2024-05-27", "day", "part-of-day",
     "The evening of the publication day, Monday 27 May 2024; the verb is past (« a dénoncé »)."),
    ("t-next-year", ("l’an prochain", None), "2025", "year", "relative-year-future",
     "« devrait se tenir ... l’an prochain », written in 2024: 2025."),
    ("t-tuesday", ("mardi", None), "2024-05-28", "day", "weekday-future",
     "« M. Li doit regagner Pékin mardi »: the Tuesday after the publication day, 28 May 2024."),
]

LEDE = ("Le président sud-coréen", "Corée du Nord.")
YOON_WARNING = ("« Si Pyongyang", "fermement. »")

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "First China–Japan–South Korea summit since December 2019, in Seoul",
          ("sommet", "premier sommet entre"), LEADERS, place=SEOUL, time="t-monday", evidence=LEDE,
          note="« lors du premier sommet entre les trois voisins depuis décembre 2019 »: a nominal meeting of the "
               "three leaders of the subject; its day and city are the adoption's (« lundi à Séoul »). No host is "
               "written, so the three are participants. Restated by « Le sommet a toutefois été assombri »."),
    event("e-declaration", "Agreement", "The three leaders adopt a joint declaration in Seoul",
          ("ont adopté", None), [*LEADERS, ("theme", DECL)], place=SEOUL, time="t-monday", part_of="e-summit",
          evidence=LEDE,
          note="Three titles and names as one subject (participants); the declaration is the theme, as the "
               "signed declarations of gold (xi-belgrade-2024-05-08). Stated in the article's own voice."),
    event("e-satellite-launch", "Event", "North Korea's announced satellite launch", ("lancement",
          "lancement de satellite"), [("agent", NK), ("theme", SAT)], status="planned", time="t-by-june-4",
          according_to=[NK], evidence=LEDE,
          note="« sur fond de lancement de satellite annoncé par la Corée du Nord »: announced, not yet carried out "
               "when the article was written: planned. Its window is the notice's « d’ici au 4 juin ». Restated by "
               "« ce tir » (Yoon), « un lancement » (Kishida) and « le satellite » (Li)."),
    event("e-regular-summits", "Meeting", "China, Japan and South Korea to meet regularly", ("se réunir", None),
          THREE_STATES, status="planned", time="t-regularly", according_to=[CHINA, JAPAN, SK],
          note="« s’engagent à se réunir « régulièrement » »: committed to in the declaration: planned."),
    event("e-fta-relaunch", "Event", "The three states to relaunch the FTA negotiations", ("relancer", None),
          THREE_STATES, status="planned", according_to=[CHINA, JAPAN, SK],
          note="The second infinitive after « s’engagent à ... et à »: planned."),
    event("e-fta-negotiations", "Event", "Negotiations on a trilateral free-trade agreement, opened in 2012",
          ("négociations", None), THREE_STATES, time="t-2012",
          note="« les négociations sur un accord de libre-échange trilatéral, ouvertes en 2012 »: the talks took "
               "place; their time is their opening year (as « commencée dimanche » dates a tour in gold). The "
               "parties are the three states of the sentence."),
    event("e-fta", "Agreement", "A trilateral free-trade agreement, under negotiation", ("accord",
          "un accord de libre-échange"), [*THREE_STATES, ("theme", FTA)], status="proposed",
          note="The agreement the negotiations are about: not concluded, proposed (as a truce under negotiation in "
               "gold)."),
    event("e-fta-stall", "Event", "The FTA negotiations stalled for years", ("point mort", None), THREE_STATES,
          time="t-years",
          note="« mais au point mort depuis des années »: a participle relative on the negotiations, a state that "
               "holds up to now: occurred, with a vague time."),
    event("e-cooperation-restored", "Event", "Cooperation between the three countries fully restored (Yoon)",
          ("rétablie", None), THREE_STATES, according_to=[YOON],
          note="« La coopération entre nos trois pays est pleinement rétablie »: a passive state in Yoon's quote; « "
               "nos trois pays » is a plural phrase (not a mention), whose members are the three states."),
    event("e-li-yoon-talks", "Meeting", "Li Qiang met Yoon Suk Yeol on the eve of the summit",
          ("s’était entretenu", None), [("participant", LI), ("participant", YOON)], place=SEOUL, time="t-eve",
          note="« La veille, M. Li s’était entretenu avec M. Yoon puis avec M. Kishida »: « puis » makes two "
               "successive meetings sharing one trigger (as gold/zelensky-washington-2023-12-12). Seoul is implied "
               "(the summit's city; the text writes none for the Sunday)."),
    event("e-li-kishida-talks", "Meeting", "Li Qiang met Fumio Kishida on the eve of the summit",
          ("s’était entretenu", None), [("participant", LI), ("participant", KISHIDA)], place=SEOUL, time="t-eve",
          note="The second meeting of the same trigger, after « puis »."),
    event("e-orbit", "Event", "North Korea to place a satellite in orbit by 4 June", ("placer", None),
          [("agent", NK), ("theme", SAT)], status="planned", time="t-by-june-4", according_to=[NK],
          part_of="e-satellite-launch",
          note="« son intention de placer un satellite en orbite d’ici au 4 juin »: an announced intention: "
               "planned; part of the launch (as the placing in orbit in gold/satellite-nord-coreen-2023-11)."),
    event("e-first-satellite-launch", "Event", "North Korea launched its first spy satellite in November",
          ("avait lancé", None), [("agent", NK), ("theme", FIRST_SAT)], time="t-november",
          note="Pluperfect in the article's own voice."),
    event("e-russian-help", "Event", "Russia helped North Korea launch its first satellite (Seoul's charge)",
          ("aide", "l’aide de Moscou"), [("agent", RUSSIA), ("recipient", NK)], status="suspected",
          according_to=[SK],
          note="« avec l’aide de Moscou selon Séoul »: Seoul's charge, not the article's: suspected. « Moscou » is "
               "Russia. No time of its own is written."),
    event("e-undermine-peace", "Event", "A launch would undermine regional peace (Yoon)", ("sapera", None),
          [("agent", NK)], status="hypothetical", according_to=[YOON], evidence=YOON_WARNING,
          note="« Si Pyongyang procède à ce tir, il sapera la paix régionale »: the consequence of a condition: "
               "hypothetical. « ce tir » and « procède » restate the planned launch (no new event); « il » is "
               "Pyongyang."),
    event("e-unsc-reaction", "Event", "The Security Council should react firmly (Yoon)", ("réagir", None),
          [("agent", UNSC)], status="hypothetical", according_to=[YOON], evidence=YOON_WARNING,
          note="« Le Conseil de sécurité devra réagir fermement »: in the same conditional warning: hypothetical."),
    event("e-cancel", "Event", "Kishida urges North Korea to cancel the launch", ("annuler", None),
          [("agent", NK)], status="proposed", according_to=[KISHIDA],
          note="What he asks for has not happened: proposed (as « mettre fin » in gold/kamikawa-seoul-2024-05-14)."),
    event("e-resolutions-violation", "Event", "The launch would violate the UN resolutions (Kishida)",
          ("violerait", None), [("agent", NK)], status="hypothetical", according_to=[KISHIDA],
          note="« un lancement qui violerait, selon lui, les résolutions de l’ONU »: conditional, a launch not yet "
               "made: hypothetical. « les résolutions » are documents (no mention, as in gold)."),
    event("e-no-consensus", "Agreement", "No consensus among the three states on denuclearisation",
          ("consensus", None), THREE_STATES, status="negated", place=SEOUL, time="t-monday", part_of="e-summit",
          according_to=[DIPLOMAT],
          note="« Faute de consensus »: the lack of an agreement at the summit, told by the diplomat: negated. The "
               "parties are the three metonyms of the sentence."),
    event("e-dialogue-resumption", "Event", "Resumption of dialogue between South Korea, Japan and China",
          ("reprise", None), THREE_STATES, according_to=[STATE_DEPT],
          note="« la reprise du dialogue entre ses deux alliés et la Chine »: « ses deux alliés » (South Korea and "
               "Japan, a plural phrase, no mention) and China. Occurred; no time written."),
    event("e-refrain", "Event", "North Korea to refrain from any new provocation (Washington's call)",
          ("s’abstenir", None), [("agent", NK)], status="proposed", according_to=[STATE_DEPT],
          note="Asked of Pyongyang, not done: proposed (as « mettre fin ... à ses provocations » in gold)."),
    event("e-next-summit", "Meeting", "The next trilateral summit should be held in Japan next year",
          ("sommet", "Le prochain sommet"), THREE_STATES, status="hypothetical", place=JAPAN, time="t-next-year",
          note="« devrait se tenir »: expected, not scheduled: hypothetical, as the identical sentence in "
               "gold/camp-david-trilaterale-2023-08-18. No source named; no city, so the country is the place."),
    event("e-li-return", "Event", "Li Qiang to return to Beijing on Tuesday", ("regagner", None), [("agent", LI)],
          status="planned", place=BEIJING, time="t-tuesday",
          note="« doit regagner Pékin mardi »: planned; « Pékin » is the city (Q956)."),
]

PLEDGE_NOTE = ("« Dans ce texte, Pékin, Tokyo et Séoul s’engagent à ... »: the declaration speaks for its signers, "
               "three metonyms sharing one verb: three Assurances, one trigger (as the two speakers of one "
               "declaration in gold/xi-belgrade-2024-05-08). The one pair of guillemets « régulièrement » goes to "
               "the first-named, China. The commitment is in the text adopted on Monday in Seoul.")
POSITIONS_NOTE = ("« la déclaration se contente de rappeler les « positions respectives » de Séoul, de Tokyo et de "
                  "Pékin »: the declaration speaks for the three states (three Statements, one trigger); the one "
                  "pair of guillemets goes to the first-named, South Korea. Told by the Japanese diplomat "
                  "(according_to). The denuclearisation is the topic of the positions, no event.")

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-nk-announcement", "Statement", "North Korea announces a satellite launch", NK, ("annoncé", None), [],
           time="t-monday-notice", evidence=LEDE, about=["e-satellite-launch"],
           note="« lancement de satellite annoncé par la Corée du Nord »: a passive participle of speech with its "
                "agent. It has no weekday of its own; it is the Monday notice of the third paragraph and takes its "
                "time (as KCNA's reports take the lede's Wednesday in gold/satellite-nord-coreen-2023-11)."),
    speech("s-china-pledge", "Assurance", "China commits to regular summits and relaunched FTA talks", CHINA,
           ("s’engagent", None), [("régulièrement", None)], time="t-monday", place=SEOUL,
           about=["e-regular-summits", "e-fta-relaunch"], note=PLEDGE_NOTE),
    speech("s-japan-pledge", "Assurance", "Japan commits to regular summits and relaunched FTA talks", JAPAN,
           ("s’engagent", None), [], time="t-monday", place=SEOUL, about=["e-regular-summits", "e-fta-relaunch"],
           note="The same trigger; the quote is China's."),
    speech("s-sk-pledge", "Assurance", "South Korea commits to regular summits and relaunched FTA talks", SK,
           ("s’engagent", None), [], time="t-monday", place=SEOUL, about=["e-regular-summits", "e-fta-relaunch"],
           note="The same trigger; the quote is China's."),
    speech("s-yoon-cooperation", "Statement", "Yoon: cooperation between the three countries is fully restored",
           YOON, ("s’est félicité", None), [("La coopération entre nos trois pays est pleinement rétablie", None)],
           about=["e-cooperation-restored"],
           note="A quote first; « devant la presse » names no occasion or weekday: no time (as « parlant devant la "
                "presse » in the bundled article)."),
    speech("s-nk-notice", "Statement", "North Korea notifies the Japanese coast guard of a satellite launch", NK,
           ("a notifié", None), [], addressee=COAST_GUARD, time="t-monday-notice",
           about=["e-orbit", "e-satellite-launch"],
           note="« Pyongyang, qui a notifié lundi aux garde-côtes japonais son intention ... »: a relative on the "
                "metonym; the coast guard is the addressee."),
    speech("s-seoul-help", "Statement", "Seoul says Russia helped the November launch", SK, ("selon", "selon Séoul"),
           [], about=["e-russian-help"],
           note="« selon Séoul »: a source after the phrase, a metonym for South Korea; no quote, no time."),
    speech("s-yoon-warning", "Warning", "Yoon warns a launch would undermine regional peace", YOON,
           ("a prévenu", None),
           [("Si Pyongyang procède à ce tir, il sapera la paix régionale", None),
            ("Le Conseil de sécurité devra réagir fermement.", None)],
           evidence=YOON_WARNING, about=["e-satellite-launch", "e-undermine-peace", "e-unsc-reaction"],
           note="One quote split around « a prévenu le dirigeant sud-coréen »: one speech act, two quotes (the "
                "second keeps its full stop, inside the guillemets). No occasion or weekday: no time."),
    speech("s-kishida-exhortation", "Statement", "Kishida urges North Korea to cancel the launch", KISHIDA,
           ("a exhorté", None), [], addressee=NK, about=["e-cancel", "e-satellite-launch"],
           note="« Son homologue japonais a exhorté le Nord à annuler un lancement »: addressed to North Korea "
                "(« le Nord »), as « exhorté Pyongyang » in gold; no quote, no time."),
    speech("s-kishida-violation", "Statement", "Kishida says the launch would violate UN resolutions", KISHIDA,
           ("selon", "selon lui"), [], about=["e-resolutions-violation"],
           note="« selon lui » inside the relative clause: Kishida's view, a speech act without quote (as « selon "
                "lui » in gold/satellite-nord-coreen-2023-11)."),
    speech("s-li-silence", "Statement", "Li Qiang does not mention the satellite", LI, ("évoquer", None), [],
           status="negated", about=["e-satellite-launch"],
           note="« s’est, lui, gardé d’évoquer le satellite »: he refrained from mentioning it: a negated speech "
                "act (as « sans évoquer » in gold); « lui » is emphatic, a mention of Li."),
    speech("s-li-call", "Statement", "Li Qiang calls for preserving regional peace and stability", LI,
           ("appelant", "appelant à"), [("préserver la paix et la stabilité régionales", None)],
           note="A participle of speech with a quoted infinitive; the preservation of peace is no event (as the call "
                "to « retenue » in gold). No time."),
    speech("s-sk-positions", "Statement", "The declaration recalls the three states' positions on "
           "denuclearisation (South Korea)", SK, ("rappeler", None), [("positions respectives", None)],
           time="t-monday", place=SEOUL, according_to=[DIPLOMAT], note=POSITIONS_NOTE),
    speech("s-japan-positions", "Statement", "The declaration recalls the three states' positions on "
           "denuclearisation (Japan)", JAPAN, ("rappeler", None), [], time="t-monday", place=SEOUL,
           according_to=[DIPLOMAT], note="The same trigger; the quote is South Korea's."),
    speech("s-china-positions", "Statement", "The declaration recalls the three states' positions on "
           "denuclearisation (China)", CHINA, ("rappeler", None), [], time="t-monday", place=SEOUL,
           according_to=[DIPLOMAT], note="The same trigger; the quote is South Korea's."),
    speech("s-diplomat", "Report", "A Japanese diplomat admits there was no consensus", DIPLOMAT,
           ("a reconnu", None), [],
           about=["e-no-consensus", "s-sk-positions", "s-japan-positions", "s-china-positions"],
           note="The source after the clause; no weekday: no time."),
    speech("s-nk-mfa", "Statement", "North Korea's foreign ministry denounces a « grave political provocation »",
           NK_MFA, ("a dénoncé", None), [("grave provocation politique", None)], time="t-monday-evening",
           according_to=[KCNA], about=["e-declaration"],
           note="« Lundi soir, le ministère nord-coréen des Affaires étrangères a dénoncé dans un communiqué relayé "
                "par l’agence KCNA une « grave provocation politique » »: what it denounces is the declaration "
                "(the summit's outcome); the provocation is a judgement, no event. The communiqué is no mention."),
    speech("s-kcna-relay", "Report", "KCNA relays the foreign ministry's communiqué", KCNA, ("relayé", None), [],
           time="t-monday-evening", about=["s-nk-mfa"],
           note="« un communiqué relayé par l’agence KCNA »: the relay is a Report about the ministry's Statement "
                "(as a tribune « publiée par » a newspaper in gold)."),
    speech("s-state-welcome", "Statement", "The State Department welcomes the resumed dialogue", STATE_DEPT,
           ("a salué", None), [], place=WASHINGTON, about=["e-dialogue-resumption"],
           note="« À Washington » is the city where the department speaks (Q61), its place; no time."),
    speech("s-state-call", "Statement", "The State Department calls on Pyongyang to refrain from provocation",
           STATE_DEPT, ("appelant", "tout en appelant"), [("s’abstenir de toute nouvelle provocation", None)],
           place=WASHINGTON, addressee=NK, about=["e-refrain"],
           note="« tout en appelant Pyongyang à « ... » »: a second verb of speech, a second speech act; « Pyongyang » "
                "is North Korea, the addressee."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
