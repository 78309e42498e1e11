"""Held-out annotation of ballons-coree-du-nord-2024-05-29.txt (written for the fourteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/ballons-coree-du-nord-2024-05-29.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/ballons-coree-du-nord-2024-05-29.annotation.src.py --check

From held-out set 14 (moved to gold in session 13; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "ballons-coree-du-nord-2024-05-29.txt"

NOTE = """\
Held-out-14 article: North Korea sends some 260 balloons loaded with rubbish across the border into South Korea, \
Kim Yo-jong calls them a riposte to activists' leaflets, Seoul threatens to resume its loudspeaker broadcasts and \
the UN Command investigates, two days after a failed North Korean satellite launch; published Wednesday 29 May \
2024 (the file gives the day). What it exercises: a launch « dans la nuit de mardi à mercredi » (the Wednesday, \
the publication day) sourced after the clause to the South Korean Joint Chiefs of Staff, with a relative call « à \
la prudence » (a speech act of the JCS to the population, the caution proposed); a passive finding with no agent \
in a province named after its region (« la province du Gyeonggi, qui entoure Séoul »: the province a nominal \
mention and the place, « Gyeonggi » inside not a mention, « qui entoure Séoul » a state, no event) under « selon \
l’armée »; a quote first with two imperatives, one negated (« Ne touchez pas ces objets et signalez-les »: a \
proposed abstention and a proposed report, the population implied as agent), then « a-t-elle exhorté » (« elle » \
the army); a statement « Dans un communiqué diffusé mercredi soir par l’agence officielle KCNA » (KCNA's Report, \
trigger « diffusé », as « publiée lundi par le quotidien » in gold) by a kinship role noun in apposition with the \
leader inside it (« la sœur du dirigeant nord-coréen, Kim Yo-jong »: « dirigeant nord-coréen » is Kim Jong-un, \
Q56226) with a quoted noun (« cadeaux sincères ») and the activists' habitual launches in a relative clause in the \
present (« que des militants sud-coréens lâchent vers le Nord »: occurred, no time, North Korea the recipient); a \
quote split around « a-t-elle écrit » with two pairs of guillemets (one speech act, two quotes, the same \
communiqué's Wednesday evening), « Nous » for North Korea, « elles » for the rubbish and « Séoul » for South Korea \
inside it (the collection and the sending back planned, the cleaning hypothetical: her prediction); a pluperfect \
warning « dimanche » by a role noun and a name in apposition with a future in the past and a quoted theme (« \
Pyongyang répondrait aux tracts par « des monceaux de papier et d’ordures » »: planned); a fronted « À Séoul » (the \
city) with a ministry's quoted adjectives; a planned meeting « jeudi » and « n’exclut pas de reprendre » (a \
Statement of the presidency, the resumption hypothetical) with a passive participle « suspendues depuis 2018 », \
told « à l’AFP » by an anonymous official, then « a-t-il ajouté » with « Le Nord » (a Warning, the consequences \
planned); a defector with an apposition and a pluperfect launch « la semaine dernière » (20 to 26 May 2024: the \
month), an assurance to an agency with a negated future (« qu’il ne renoncerait pas »: negated) and a participle \
with its own quote (« évoquant un nouvel envoi « dès le mois prochain » »: a second speech act, June 2024, \
planned); the UN Command with a present relative state (« qui supervise l’armistice de 1953 »: an event as « qui \
préside cette année le G7 » in gold, 1953 attached to nothing), an investigation with a second party (« avec \
l’armée sud-coréenne ») and « sans préciser de calendrier » (negated); « deux jours après » a nominal failed launch \
(Monday 27 May, counted back) with a relative explosion « lundi soir »; a pluperfect placing in orbit « en novembre \
» (November 2023) in a relative clause on a metonym, a promise with an infinitive (planned) and two nominal \
condemnations by two metonyms (« malgré les condamnations de Tokyo et de Washington »: two speech acts, one \
trigger). « Séoul » is the city in « qui entoure Séoul » and « À Séoul » (Q8684) and South Korea inside Kim \
Yo-jong's quote (Q884); « Pyongyang » is North Korea both times (Q423); « Tokyo » is Japan (Q17) and « \
Washington » the United States (Q30); « le Nord » and « Le Nord » are North Korea (Q423), nominal as in gold. \
« Nations unies » inside « Commandement des Nations unies » is the UN (Q1065), as « ONU » in « Conseil de sécurité \
de l’ONU » and « Nations unies » in « Charte des Nations unies ». Names are marked without their article (« KCNA », \
« AFP », « Yonhap », « Commandement des Nations unies »); titles right before a name are part of its phrase (« \
l’agence officielle KCNA », « l’agence Yonhap »); « la Défense » inside Kim Kang-il's title is not a mention (a \
title without a name). Not events: « Ces lâchers surviennent » and « ces envois », « un acte » (the launch \
restated), « l’échec » (the launch's outcome, told by the explosion: one launch event, not a second event), « là \
d’où elles viennent », « Séoul saura » (a knowing), « qui entoure Séoul » (a state). « désormais » is not annotated \
as a time (it dates nothing precise, as « jusqu’ici » in gold). Not mentions: « la frontière » (as in gold), « le \
poste de police le plus proche » (generic), « ses émissions de propagande par haut-parleurs » (the broadcasts, an \
event), the object clitics « les » (« signalez-les », « les renvoyer », « les nettoyer ») and « en », and \
possessives. Kim Yo-jong, Kim Kang-il, the \
Joint Chiefs of Staff, the South Korean military, the population, the Gyeonggi province, the Unification ministry, \
the South Korean presidency, its national security council, the anonymous official, the activists, Park Sang-hak, \
his association, Yonhap, the UN Command, the armistice, the balloons, the bags, the leaflets, the rubbish, the \
satellites and the rocket are not in ids.tsv: local, unlinked."""

NK, SK, SEOUL, KIM, KCNA, AFP = "Q423", "Q884", "Q8684", "Q56226", "Q326804", "Q40464"
UN, JAPAN, US = "Q1065", "Q17", "Q30"
BALLOONS, JCS, POPULATION, BAGS = "local:rubbish-balloons-2024-05-29", "local:south-korea-jcs", \
    "local:south-korean-population", "local:rubbish-bags"
GYEONGGI, SK_MILITARY, KIM_YO_JONG, LEAFLETS = "local:gyeonggi-province", "local:south-korean-military", \
    "local:kim-yo-jong", "local:activist-leaflets"
ACTIVISTS, TRASH, KIM_KANG_IL, HEAPS = "local:south-korean-activists", "local:rubbish-to-send-back", \
    "local:kim-kang-il", "local:heaps-of-paper-and-rubbish"
UNIFICATION, PRESIDENCY, NSC, OFFICIAL = "local:sk-unification-ministry", "local:south-korean-presidency", \
    "local:south-korea-national-security-council", "local:south-korean-presidential-official"
PARK, ASSOCIATION, LEAFLETS_LAST_WEEK, YONHAP = "local:park-sang-hak", "local:park-sang-hak-association", \
    "local:leaflets-last-week", "local:yonhap"
UNC, ARMISTICE, SATELLITE, ROCKET = "local:united-nations-command", "local:korean-armistice-agreement", \
    "local:spy-satellite-2024-05-27", "local:satellite-rocket-2024-05-27"
FIRST_SATELLITE = "local:first-reconnaissance-satellite"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BALLOONS, "ballons chargés d’ordures (29 mai 2024)", "balloons loaded with rubbish", "object",
     {"description": "quelque 260 ballons lâchés par la Corée du Nord au-dessus de la frontière",
      "unlinked_reason": "unnamed items with no Wikidata item"}),
    (JCS, "état-major interarmées sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (POPULATION, "population sud-coréenne", "the South Korean population", "group",
     {"description": "les habitants appelés à la prudence",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (BAGS, "sacs de papiers usagés et de fumier", "bags of waste paper and manure", "object",
     {"description": "la charge des ballons, retrouvée en Corée du Sud", "unlinked_reason": "unnamed items with no "
      "Wikidata item"}),
    (GYEONGGI, "province du Gyeonggi", "Gyeonggi Province", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SK_MILITARY, "armée sud-coréenne", "Republic of Korea Armed Forces", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (KIM_YO_JONG, "Kim Yo-jong", "Kim Yo-jong", "person",
     {"description": "sœur de Kim Jong-un, dirigeante nord-coréenne", "unlinked_reason": NOT_VERIFIED}),
    (LEAFLETS, "tracts de propagande des militants sud-coréens", "South Korean activists' propaganda leaflets",
     "object", {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (ACTIVISTS, "militants sud-coréens", "South Korean activists", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (TRASH, "ordures à renvoyer vers le Sud", "rubbish to be sent back south", "object",
     {"description": "les ordures que Kim Yo-jong dit vouloir ramasser", "unlinked_reason": "unnamed items with no "
      "Wikidata item"}),
    (KIM_KANG_IL, "Kim Kang-il", "Kim Kang-il", "person",
     {"description": "vice-ministre nord-coréen de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (HEAPS, "monceaux de papier et d’ordures", "heaps of paper and rubbish", "object",
     {"description": "la riposte annoncée par Kim Kang-il", "unlinked_reason": "unnamed items with no Wikidata item"}),
    (UNIFICATION, "ministère sud-coréen de l’Unification", "Ministry of Unification (South Korea)", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence sud-coréenne", "Office of the President of South Korea", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NSC, "conseil de sécurité nationale de la Corée du Sud", "National Security Council of South Korea",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "un haut responsable de la présidence sud-coréenne", "a senior South Korean presidential official",
     "person", {"unlinked_reason": "anonymous in the article"}),
    (PARK, "Park Sang-hak", "Park Sang-hak", "person",
     {"description": "transfuge nord-coréen, militant des lâchers de tracts", "unlinked_reason": NOT_VERIFIED}),
    (ASSOCIATION, "association de Park Sang-hak", "Park Sang-hak's association", "organization",
     {"description": "association de transfuges qui lâche des tracts vers le Nord",
      "unlinked_reason": "not named in the article"}),
    (LEAFLETS_LAST_WEEK, "des milliers de tracts (semaine du 20 mai 2024)", "thousands of leaflets", "object",
     {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization", {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (UNC, "Commandement des Nations unies", "United Nations Command", "organization",
     {"description": "commandement militaire qui supervise l’armistice de Corée", "unlinked_reason": NOT_VERIFIED}),
    (ARMISTICE, "armistice de 1953", "Korean Armistice Agreement", "object", {"unlinked_reason": NOT_VERIFIED}),
    (SATELLITE, "satellite espion nord-coréen (lancement du 27 mai 2024)", "North Korean spy satellite", "object",
     {"unlinked_reason": "unnamed in the article"}),
    (ROCKET, "fusée du satellite espion nord-coréen", "the spy satellite's rocket", "object",
     {"unlinked_reason": "unnamed in the article"}),
    (FIRST_SATELLITE, "premier satellite de reconnaissance nord-coréen", "North Korea's first reconnaissance "
     "satellite", "object", {"unlinked_reason": "unnamed in the article"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Corée du Nord a lâché dans la nuit de mardi à mercredi quelque 260 ballons chargés d’ordures ...
    ("Corée du Nord", None, NK, "name"),
    ("quelque 260 ballons chargés d’ordures", None, BALLOONS, "nominal"),
    ("l’état-major interarmées sud-coréen", None, JCS, "nominal"),
    ("la population", None, POPULATION, "nominal"),
    # Des sacs de papiers usagés et de fumier ont été retrouvés dans la province du Gyeonggi, ...
    ("Des sacs de papiers usagés et de fumier", None, BAGS, "nominal"),
    ("la province du Gyeonggi", None, GYEONGGI, "nominal"),
    ("Séoul", 1, SEOUL, "name"),
    ("l’armée", "selon l’armée", SK_MILITARY, "nominal"),
    ("ces objets", None, BAGS, "nominal"),
    ("elle", "a-t-elle exhorté", SK_MILITARY, "pronoun"),
    # Dans un communiqué diffusé mercredi soir par l’agence officielle KCNA, la sœur du dirigeant nord-coréen, ...
    ("KCNA", None, KCNA, "name"),
    ("la sœur du dirigeant nord-coréen", None, KIM_YO_JONG, "nominal"),
    ("dirigeant nord-coréen", None, KIM, "nominal"),
    ("Kim Yo-jong", None, KIM_YO_JONG, "name"),
    ("tracts", "aux tracts que", LEAFLETS, "nominal"),
    ("des militants sud-coréens", None, ACTIVISTS, "nominal"),
    ("le Nord", "vers le Nord", NK, "nominal"),
    ("Nous", "Nous ramasserons", NK, "pronoun"),
    ("des ordures", "ramasserons désormais des ordures", TRASH, "nominal"),
    ("elles", "d’où elles viennent", TRASH, "pronoun"),
    ("elle", "a-t-elle écrit", KIM_YO_JONG, "pronoun"),
    ("Séoul", "et Séoul saura", SK, "metonym"),
    ("Le vice-ministre de la Défense", None, KIM_KANG_IL, "nominal"),
    ("Kim Kang-il", None, KIM_KANG_IL, "name"),
    ("Pyongyang", 1, NK, "metonym"),
    ("tracts", "répondrait aux tracts", LEAFLETS, "nominal"),
    ("des monceaux de papier et d’ordures", None, HEAPS, "nominal"),
    # À Séoul, le ministère de l’Unification ... La présidence doit réunir jeudi ...
    ("Séoul", "À Séoul", SEOUL, "name"),
    ("le ministère de l’Unification", None, UNIFICATION, "nominal"),
    ("La présidence", None, PRESIDENCY, "nominal"),
    ("son conseil de sécurité nationale", None, NSC, "nominal"),
    ("AFP", None, AFP, "name"),
    ("un haut responsable", None, OFFICIAL, "nominal"),
    ("Le Nord", None, NK, "nominal"),
    ("il", "a-t-il ajouté", OFFICIAL, "pronoun"),
    # Park Sang-hak, un transfuge dont l’association avait encore lâché des milliers de tracts ...
    ("Park Sang-hak", None, PARK, "name"),
    ("un transfuge", None, PARK, "nominal"),
    ("l’association", None, ASSOCIATION, "nominal"),
    ("des milliers de tracts", None, LEAFLETS_LAST_WEEK, "nominal"),
    ("Yonhap", None, YONHAP, "name"),
    ("il", "qu’il ne renoncerait", PARK, "pronoun"),
    # Le Commandement des Nations unies, qui supervise l’armistice de 1953, ...
    ("Commandement des Nations unies", None, UNC, "name"),
    ("Nations unies", None, UN, "name"),
    ("l’armistice de 1953", None, ARMISTICE, "nominal"),
    ("l’armée sud-coréenne", None, SK_MILITARY, "nominal"),
    # Ces lâchers surviennent deux jours après l’échec du lancement d’un satellite espion nord-coréen, ...
    ("un satellite espion nord-coréen", None, SATELLITE, "nominal"),
    ("la fusée", None, ROCKET, "nominal"),
    ("Pyongyang", 2, NK, "metonym"),
    ("son premier satellite de reconnaissance", None, FIRST_SATELLITE, "nominal"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("Washington", None, US, "metonym"),
]

PUB_DAY = "The publication day, Wednesday 29 May 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-night", ("dans la nuit de mardi à mercredi", None), "2024-05-29", "day", "night-span",
     "The night from Tuesday 28 to Wednesday 29 May 2024; a launch « dans la nuit de mardi à mercredi » is the "
     "Wednesday (after midnight), as in gold. " + PUB_DAY),
    ("t-wednesday-evening", ("mercredi soir", None), "2024-05-29", "day", "part-of-day",
     "« Dans un communiqué diffusé mercredi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2024-05-26", "day", "weekday-past",
     "Pluperfect « avait prévenu dimanche »: the Sunday before the publication day: 26 May 2024."),
    ("t-thursday", ("jeudi", None), "2024-05-30", "day", "weekday-future",
     "« doit réunir jeudi »: the Thursday after the publication day: 30 May 2024."),
    ("t-2018", ("depuis 2018", None), "2018", "year", "explicit-year",
     "« suspendues depuis 2018 »: the suspension's year (« depuis X » is annotated as X, the start)."),
    ("t-last-week", ("la semaine dernière", None), "2024-05", "month", "relative-week-past",
     "The week before Wednesday 29 May 2024 (20 to 26 May) lies inside May: the month, as in gold."),
    ("t-next-month", ("dès le mois prochain", None), "2024-06", "month", "relative-month-future",
     "« évoquant un nouvel envoi « dès le mois prochain » »: the month after May 2024: June 2024 (inside Park's "
     "quote, it still dates the new launch)."),
    ("t-1953", ("1953", None), "1953", "year", "explicit-year",
     "« l’armistice de 1953 »: the armistice is an entity here, not an event: attached to nothing (as « le traité "
     "de 1967 » in gold)."),
    ("t-two-days-after", ("deux jours après", None), "2024-05-27", "day", "relative-day-past",
     "« Ces lâchers surviennent deux jours après l’échec du lancement »: counted back from the launch of the "
     "publication day (Wednesday 29 May 2024): Monday 27 May 2024, the failed launch's day."),
    ("t-monday-evening", ("lundi soir", None), "2024-05-27", "day", "part-of-day",
     "Past « dont la fusée a explosé en vol lundi soir »: the Monday before the publication day: 27 May 2024."),
    ("t-november", ("en novembre", None), "2023-11", "month", "month-past",
     "Pluperfect « avait placé en orbite ... en novembre » written in May 2024: the last November: November 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-balloons", "Event", "North Korea sends some 260 balloons loaded with rubbish across the border",
          ("a lâché", None), [("agent", NK), ("theme", BALLOONS), ("recipient", SK)], time="t-night",
          according_to=[JCS],
          note="« au-dessus de la frontière » is over, not in (no place; « la frontière » is not a mention, as in "
               "gold). South Korea, where the balloons came down, is implied as the recipient (the JCS's country; the "
               "bags are found in Gyeonggi the next sentence). « ces envois », « un acte » and « Ces lâchers "
               "surviennent » restate this launch: no new event."),
    event("e-caution", "Event", "The population to be cautious (the JCS's call)", ("prudence", None),
          [("agent", POPULATION)], status="proposed", according_to=[JCS],
          note="« qui a appelé la population à la prudence »: what one calls for is proposed, as the calls « à la "
               "retenue » in gold."),
    event("e-bags-found", "Event", "Bags of waste paper and manure found in Gyeonggi province",
          ("ont été retrouvés", None), [("recipient", BAGS)], place=GYEONGGI, according_to=[SK_MILITARY],
          note="A passive with no agent written: the thing found keeps the recipient role only (as a search or an "
               "arrest in gold). No weekday: no time. « qui entoure Séoul » is a state: no event; Seoul has no role."),
    event("e-no-touch", "Event", "The population not to touch the objects (urged abstention)", ("touchez", None),
          [("agent", POPULATION), ("theme", BAGS)], status="proposed", according_to=[SK_MILITARY],
          note="« Ne touchez pas ces objets »: a negated imperative is an urged abstention, annotated as the "
               "abstention with status proposed (as « à ne pas reconnaître » in gold); the population, addressed by "
               "the JCS the sentence before, is the implied agent."),
    event("e-report-police", "Event", "The population to report the objects to the police", ("signalez", None),
          [("agent", POPULATION), ("theme", BAGS)], status="proposed", according_to=[SK_MILITARY],
          note="« signalez-les au poste de police le plus proche »: urged, proposed. The police station is generic "
               "(the nearest one): not a mention; « les » is not annotated."),
    event("e-activist-leaflets", "Event", "South Korean activists send leaflets towards the North",
          ("lâchent", None), [("agent", ACTIVISTS), ("theme", LEAFLETS), ("recipient", NK)],
          note="« aux tracts que des militants sud-coréens lâchent vers le Nord »: a habit in the present, in the "
               "article's voice: occurred, no time (as « où le groupe Samsung assemble » in gold). « vers le Nord » is "
               "a direction, not a place (as « vers la mer » in gold): North Korea, the target, is the recipient."),
    event("e-collect", "Event", "North Korea will collect rubbish from now on (Kim Yo-jong)", ("ramasserons", None),
          [("agent", NK), ("theme", TRASH)], status="planned", according_to=[KIM_YO_JONG],
          note="« Nous ramasserons désormais des ordures »: « Nous » is North Korea; a future its own side announces: "
               "planned. « désormais » is not annotated as a time."),
    event("e-send-back", "Event", "North Korea will send the rubbish back where it comes from (Kim Yo-jong)",
          ("renvoyer", None), [("agent", NK), ("recipient", SK), ("theme", TRASH)], status="planned",
          according_to=[KIM_YO_JONG],
          note="« pour les renvoyer là d’où elles viennent »: a purpose of the planned collection, planned too; « là "
               "d’où elles viennent » is South Korea (implied recipient), not a mention; « elles » is the rubbish."),
    event("e-cleaning", "Event", "South Korea cleaning up the rubbish (Kim Yo-jong's prediction)", ("nettoyer", None),
          [("agent", SK)], status="hypothetical", according_to=[KIM_YO_JONG],
          note="« et Séoul saura ce qu’il en coûte de les nettoyer »: her prediction of what Seoul will have to do "
               "(as « La paix sera plus proche » in gold): hypothetical. « saura » (a knowing) is no event."),
    event("e-response", "Event", "North Korea would respond to the leaflets with heaps of paper and rubbish",
          ("répondrait", None), [("agent", NK), ("theme", HEAPS)], status="planned", according_to=[KIM_KANG_IL],
          note="A future in the past inside a warning: planned (as « son pays prendrait « les mesures nécessaires » » "
               "in gold). Its theme is the quoted « des monceaux de papier et d’ordures »; « aux tracts » is what it "
               "answers (the leaflets have no role)."),
    event("e-nsc-meeting", "Meeting", "The South Korean presidency to convene its national security council on "
          "Thursday", ("réunir", None), [("agent", PRESIDENCY), ("participant", NSC)], status="planned",
          place=SEOUL, time="t-thursday", according_to=[OFFICIAL],
          note="« doit réunir jeudi »: planned. The fronted « À Séoul » sets the scene of the paragraph (as « À "
               "Moscou » in gold): Seoul the city is its place."),
    event("e-loudspeakers-resume", "Event", "The presidency may resume its loudspeaker propaganda broadcasts",
          ("reprendre", None), [("agent", PRESIDENCY), ("recipient", NK)], status="hypothetical",
          according_to=[OFFICIAL],
          note="« n’exclut pas de reprendre »: not ruled out, so possible: hypothetical. The agent is the subject of "
               "« n’exclut pas » (« ses émissions », its broadcasts); North Korea, at which the propaganda is aimed, "
               "is the implied recipient."),
    event("e-loudspeakers-suspension", "Event", "The loudspeaker broadcasts suspended since 2018",
          ("suspendues", None), [("agent", PRESIDENCY)], time="t-2018",
          note="A passive participle with no agent written; the broadcasts are « ses émissions », the presidency's: "
               "it is the implied agent of their suspension. Dated by its start (« depuis 2018 »)."),
    event("e-consequences", "Event", "North Korea will bear all the consequences (the official's warning)",
          ("assumer", None), [("recipient", NK)], status="planned", according_to=[OFFICIAL],
          note="« Le Nord devra en assumer toutes les conséquences »: the measures promised against the North, "
               "planned (as a Warning's content in gold); North Korea, which is to bear them, the recipient; « en » is "
               "not annotated."),
    event("e-leaflets-last-week", "Event", "Park Sang-hak's association sent thousands of leaflets last week",
          ("avait encore lâché", None), [("agent", ASSOCIATION), ("theme", LEAFLETS_LAST_WEEK), ("recipient", NK)],
          time="t-last-week",
          note="A pluperfect in the relative « dont l’association ... »; North Korea is the implied recipient (the "
               "activists' leaflets go « vers le Nord »)."),
    event("e-renounce", "Event", "Park Sang-hak will not give up (his renunciation negated)", ("renoncerait", None),
          [("agent", PARK)], status="negated", according_to=[PARK],
          note="« qu’il ne renoncerait pas »: a negated renunciation inside an assurance (as « ne « trahirait "
               "jamais » » in gold)."),
    event("e-new-launch", "Event", "A new leaflet launch as early as next month (Park Sang-hak)",
          ("envoi", "nouvel envoi"),
          [("agent", PARK), ("recipient", NK)], status="planned", time="t-next-month", according_to=[PARK],
          note="« évoquant un nouvel envoi « dès le mois prochain » »: an intention of its own holder: planned. "
               "North Korea is the implied recipient, as for the launch of last week."),
    event("e-unc-supervision", "Event", "The UN Command supervises the 1953 armistice", ("supervise", None),
          [("agent", UNC), ("theme", ARMISTICE)],
          note="A present relative state, annotated as « qui préside cette année le G7 » in gold; no time (« 1953 » "
               "dates the armistice, an entity here)."),
    event("e-investigation", "Event", "The UN Command opens an investigation with the South Korean military",
          ("a ouvert", None), [("agent", UNC), ("participant", SK_MILITARY)],
          note="Trigger « a ouvert », as « La police a ouvert une enquête » in gold; « avec l’armée sud-coréenne » is "
               "the second party. No weekday: no time."),
    event("e-satellite-launch", "Event", "North Korea's failed launch of a spy satellite on Monday",
          ("lancement", None), [("agent", NK), ("theme", SATELLITE)], time="t-two-days-after",
          note="« l’échec du lancement d’un satellite espion nord-coréen »: one event, the launch, whose failure the "
               "relative clause tells (the explosion); « l’échec » is its outcome, not a second event. North Korea is "
               "the agent from « nord-coréen ». « deux jours après » counts back to Monday 27 May."),
    event("e-explosion", "Event", "The rocket exploded in flight on Monday evening", ("a explosé", None),
          [("participant", ROCKET)], time="t-monday-evening", part_of="e-satellite-launch",
          note="An event with only a thing in it: the thing is the participant (as the missiles' fall in gold)."),
    event("e-first-satellite", "Event", "North Korea put its first reconnaissance satellite into orbit in November",
          ("avait placé", None), [("agent", NK), ("theme", FIRST_SATELLITE)], time="t-november",
          note="A pluperfect relative on « Pyongyang » (North Korea)."),
    event("e-persevere", "Event", "North Korea will persevere with its satellite programme", ("persévérer", None),
          [("agent", NK)], status="planned", according_to=[NK],
          note="« a promis de persévérer »: what a state promises is planned."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-jcs-report", "Report", "South Korea's Joint Chiefs of Staff announce the balloon launch", JCS,
           ("a annoncé", None), [], time="t-night", about=["e-balloons"],
           note="The source after the clause takes the event's night, as the JCS's report of the salvo in gold."),
    speech("s-jcs-caution", "Statement", "The JCS call on the population to be cautious", JCS, ("a appelé", None), [],
           addressee=POPULATION, about=["e-caution", "e-balloons"],
           note="A relative clause on the JCS; no weekday of its own: no time. « la population » is a local group "
                "here (the addressee of a call, taken up as the agent of the urged caution)."),
    speech("s-military-report", "Report", "The army reports where the bags were found", SK_MILITARY,
           ("selon", "selon l’armée"), [], about=["e-bags-found"]),
    speech("s-military-exhortation", "Statement", "The army: « Do not touch these objects and report them to the "
           "police »", SK_MILITARY, ("a-t-elle exhorté", None),
           [("Ne touchez pas ces objets et signalez-les au poste de police le plus proche", None)],
           about=["e-no-touch", "e-report-police"],
           note="« elle » is « l’armée » of the sentence before. No addressee is written (the population is implied "
                "as the events' agent)."),
    speech("s-kcna", "Report", "KCNA carries Kim Yo-jong's statement on Wednesday evening", KCNA, ("diffusé", None), [],
           time="t-wednesday-evening", about=["s-kim-gifts", "s-kim-quote"],
           note="« Dans un communiqué diffusé mercredi soir par l’agence officielle KCNA »: the agency publishes "
                "someone else's words, a Report about them (as « publiée lundi par le quotidien Nhân Dân » in gold)."),
    speech("s-kim-gifts", "Statement", "Kim Yo-jong presents the balloons as « sincere gifts » answering the leaflets",
           KIM_YO_JONG, ("a présenté", None), [("cadeaux sincères", None)], time="t-wednesday-evening",
           according_to=[KCNA], about=["e-balloons", "e-activist-leaflets"],
           note="Her communiqué's words take its Wednesday evening (the medium's time). « en riposte aux tracts » is "
                "her reading of the launch: no event of its own."),
    speech("s-kim-quote", "Warning", "Kim Yo-jong: North Korea will collect rubbish and send it back south",
           KIM_YO_JONG, ("a-t-elle écrit", None),
           [("Nous ramasserons désormais des ordures pour les renvoyer là d’où elles viennent", None),
            ("et Séoul saura ce qu’il en coûte de les nettoyer", None)],
           time="t-wednesday-evening", according_to=[KCNA], about=["e-collect", "e-send-back", "e-cleaning"],
           note="A quote split around « a-t-elle écrit » with two pairs of guillemets: one speech act (one verb), two "
                "quotes, as Tîlvăr's « a-t-il dit » in gold. A threat to South Korea (a Warning; « Séoul » is "
                "spoken of, not addressed: no addressee). The same communiqué: its Wednesday evening."),
    speech("s-kim-kang-il", "Warning", "Kim Kang-il warned on Sunday that Pyongyang would answer the leaflets with "
           "heaps of paper and rubbish", KIM_KANG_IL, ("avait prévenu", None),
           [("des monceaux de papier et d’ordures", None)], time="t-sunday",
           about=["e-response", "e-activist-leaflets"],
           note="« Le vice-ministre de la Défense » is North Korea's (the paragraph's side). No addressee is "
                "written."),
    speech("s-unification", "Statement", "The Unification ministry denounces a « vile and irrational » act",
           UNIFICATION, ("a dénoncé", None), [("vil et irrationnel", None)], place=SEOUL, about=["e-balloons"],
           note="« À Séoul » fronted: the city. « un acte » restates the launch. No weekday: no time."),
    speech("s-presidency", "Statement", "The presidency does not rule out resuming its loudspeaker broadcasts",
           PRESIDENCY, ("n’exclut pas", None), [], place=SEOUL, according_to=[OFFICIAL],
           about=["e-loudspeakers-resume"],
           note="A stance relayed by an official (as « Tokyo suit la situation ..., a indiqué le porte-parole » in "
                "gold): a Statement of the presidency, which occurred; the resumption it leaves open is "
                "hypothetical."),
    speech("s-official-report", "Report", "A senior official tells AFP of the presidency's plans", OFFICIAL,
           ("a indiqué", None), [], addressee=AFP, place=SEOUL,
           about=["e-nsc-meeting", "s-presidency", "e-loudspeakers-suspension"],
           note="« a indiqué à l’AFP un haut responsable sous couvert d’anonymat »: the AFP the addressee, as in gold. "
                "The paragraph's fronted « À Séoul » places his words; no weekday: no time."),
    speech("s-official-warning", "Warning", "The official: « The North will have to bear all the consequences »",
           OFFICIAL, ("a-t-il ajouté", None), [("Le Nord devra en assumer toutes les conséquences", None)],
           place=SEOUL, about=["e-consequences"],
           note="« il » is the official. A threat aimed at the North, which his quote names in the third person (no "
                "addressee)."),
    speech("s-park-assurance", "Assurance", "Park Sang-hak assures Yonhap he will not give up", PARK,
           ("a assuré", None), [], addressee=YONHAP, about=["e-renounce"],
           note="« a assuré à l’agence Yonhap »: the agency is who he tells (the addressee, as « à l’AFP »). No "
                "weekday: no time."),
    speech("s-park-new-launch", "Statement", "Park Sang-hak speaks of a new launch « as early as next month »", PARK,
           ("évoquant", None), [("dès le mois prochain", None)], about=["e-new-launch"],
           note="A participle with its own guillemets: a second speech act, as in gold."),
    speech("s-unc-no-timetable", "SpeechAct", "The UN Command gives no timetable for its investigation", UNC,
           ("préciser", None), [], status="negated", about=["e-investigation"],
           note="« sans préciser de calendrier »: a negated speech act, as « sans avancer de date » in gold; what it "
                "leaves open is not an event."),
    speech("s-nk-promise", "Assurance", "Pyongyang promises to persevere with its satellite programme", NK,
           ("a promis", None), [], about=["e-persevere"],
           note="« Pyongyang » is North Korea. No weekday: no time."),
    speech("s-japan-condemnation", "Statement", "Tokyo condemns the satellite launch", JAPAN,
           ("condamnations", None), [], about=["e-satellite-launch"],
           note="« malgré les condamnations de Tokyo et de Washington »: a nominal speech act with two speakers, one "
                "trigger: one speech act each (as « condamné par Séoul, Washington et Tokyo » in gold)."),
    speech("s-us-condemnation", "Statement", "Washington condemns the satellite launch", US,
           ("condamnations", None), [], about=["e-satellite-launch"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
