"""Held-out annotation of seisme-birmanie-aide-2025-03-31.txt (written for the fourteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/seisme-birmanie-aide-2025-03-31.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/seisme-birmanie-aide-2025-03-31.annotation.src.py --check

From held-out set 14 (moved to gold in session 13; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "seisme-birmanie-aide-2025-03-31.txt"

NOTE = """\
Held-out-14 article: Chinese, Russian, Indian and Thai rescuers and aid reach Myanmar after the earthquake of \
Friday 28 March 2025, the junta chief thanks Beijing and Moscow, Guterres calls for unhindered access, the \
opposition National Unity Government announces a partial truce and Washington promises 2 million dollars, \
published Monday 31 March 2025 (the file gives the day). What it exercises: a search in the imperfect on the \
publication day by a group of two nationalities (« Des secouristes chinois et russes fouillaient lundi les décombres \
à Mandalay »), a role noun in apposition with a country inside (« deuxième ville de Birmanie »), an earthquake \
dated only by a count back (« trois jours après le séisme »: Friday 28 March, a day, rule relative-day-past) and \
struck in a relative clause (« qui a ravagé le centre du pays »: « pays » is Myanmar), sourced after the clause to \
the junta (its Report takes the lede's Monday); a toll « Selon un nouveau bilan diffusé lundi soir par la \
télévision d’État MRTV » (a Report, trigger « Selon »; « diffusé » is no speech act of its own, as « publié » in \
gold) with two verbs of consequence and the clitic « en » (« a tué au moins 2.056 personnes et en a blessé plus de \
3.900 »: two events, part of the earthquake, the dead and the injured two local groups); « la secousse » (twice) \
restates the earthquake; thanks to two metonyms with a quote in apposition (« a remercié dimanche Pékin et Moscou, \
« les premiers à nous avoir tendu la main » »: one Statement, its addressee the first-named, China; « nous » is \
Myanmar; the help an Event of China and Russia, occurred according to him; « les premiers » a plural phrase, not a \
mention) during a nominal visit to the injured (« lors d’une visite aux blessés dans la capitale, Naypyidaw »: the \
words take the visit's Sunday and Naypyidaw); a pluperfect appeal with « dès vendredi » (the span is the weekday, \
as in gold) and a nominal trigger (« un rare appel à l’aide internationale »: the aid proposed, with no giver \
written) followed by a participle with its own quote (« assurant que « toutes les portes sont ouvertes » »: a second \
speech act, an Assurance; the open doors are a metaphor, a state, so it is about the requested aid, not a new \
event); a landing of planes that brings rescuers (« Deux avions du ministère russe des Situations d’urgence se \
sont posés samedi à Naypyidaw avec 120 sauveteurs »: one Delivery, the ministry its agent, the planes a \
participant, the rescuers its theme, Myanmar the implied recipient) sourced after the clause to TASS (the Report \
takes the landing's Saturday, as a source after the clause takes its event's day in gold); a metonym with two \
verbs joined by « et » under « selon l’agence Chine nouvelle »: a dispatch with its destination as place (« \
Pékin a dépêché à Mandalay 82 secouristes du Yunnan ») and a promise (an Assurance of China, trigger « promis », \
with Xinhua in according_to; the aid a planned Delivery), no weekday: no time; India's delivery on a past \
Sunday; « La Thaïlande, elle-même frappée par la secousse, a dépêché » (the participle restates the earthquake \
and adds Thailand as its second recipient: no second event; « elle-même » is a pronoun mention of Thailand); a \
call with a quote by a role noun with a name in apposition (« Le secrétaire général de l’ONU, António Guterres, a \
réclamé samedi un accès « sans entrave » des humanitaires à toutes les zones sinistrées »: the access proposed, \
the humanitarians its agent, the stricken areas its place as a destination); an accusation in the present by a \
group (« Des ONG accusent la junte de bloquer des convois vers les zones rebelles »: the blocking suspected, the \
convoys its recipient) denied by a capital standing for the state (« ce que Naypyidaw dément »: Myanmar, local; \
the blocking stays suspected); an organisation's name in lowercase with its acronym in brackets (« Le \
gouvernement d’unité nationale (NUG) ») and a passive participle with its agent (« formé par des opposants »: the \
NUG the theme) after a nominal coup with a month (« après le coup d’État de février 2021 »: the coup's time; the \
formation has none of its own, as the freeze « après l’abandon ... en 2016 » in gold; the junta, the military \
that has ruled since, is its implied agent); a truce announced on a past Saturday and in force « depuis dimanche \
» (occurred, according to the NUG; « depuis X » is annotated as X, with « depuis » in the span as the gold « \
depuis » times; « de deux semaines » a duration attached to nothing, as « pendant trois jours » in gold); a \
quote first with « Ses combattants » and a restriction (« ne mèneront plus que des opérations « défensives » »: \
planned, part of the truce) and « a-t-il précisé » (« il » the NUG; the words take the announcement's Saturday); \
a negated reply with the clitic « y » (« La junte n’y avait pas répondu lundi »: a negated speech act, « y » the \
announcement, not a mention) joined by « et » to a bombing on a past Sunday by a possessive role noun (« son \
aviation a encore bombardé dimanche un village de l’État Shan »: the junta's air force, a local organisation) \
sourced after the clause to « des médias locaux » (a local group; its Report takes the bombing's Sunday); a \
metonym promising « par la voix du département d’État » (the United States the speaker, the department in \
according_to, no Report of its own, as in gold) with a restrictive verb (« s’est contenté de promettre »: an \
Assurance; the aid planned); a participle of cause with a month (« l’administration Trump ayant démantelé en \
février l’agence USAID »: February 2025; « l’administration Trump » a nominal mention of the administration and \
« Trump » inside it a mention of Donald Trump, its head, as « président » in « conseillers du président » in gold; \
only « USAID » is marked after its title); a conditional arrival on a future weekday across the month (« devrait \
arriver mercredi en Birmanie »: Wednesday 2 April 2025, hypothetical as « devrait » in gold) told by an anonymous \
spokesman (« a indiqué un porte-parole »: the State Department's, a local person). « Naypyidaw » is the city \
where the junta chief visits the injured and the Russian planes land, and Myanmar where it denies (both local); \
« Pékin » is China (Q148) twice, « Moscou » Russia (Q159), « Washington » the United States (Q30). « junte » \
inside the title « Le chef de la junte » is not a mention (no name), as « la diplomatie russe » inside a title in \
gold; « la junte » as the subject of « a annoncé » and « n’y avait pas répondu » and as the accused is the \
military government (local). « ministère russe des Situations d’urgence » inside the planes' phrase is a \
mention (a body with a name of its own, as « ministère de l’Industrie » in gold) and so is « Yunnan » inside the \
rescuers' phrase (a province with a name of its own, where they come from); « État Shan » inside « un village de \
l’État Shan » is a mention (the state the village lies in). Not mentions: « les premiers » (two states at once), \
« les décombres », « la secousse » and « le séisme » (events), « une aide d’urgence de 100 millions de yuans » and \
« une aide de 2 millions de dollars » (the aid restated as its amount: the Delivery events), « toutes les portes \
», the clitics « en » and « y ». Times: « lundi » (three times) and « lundi soir » the publication day, Monday 31 \
March 2025; « trois jours après » Friday 28 March 2025; « dimanche » (four times, one inside « depuis dimanche ») \
Sunday 30 March; « samedi » (three times) Saturday 29 March; « vendredi » Friday 28 March; « février 2021 » the \
month; « deux semaines » a duration; « en février » February 2025; « mercredi » Wednesday 2 April 2025. The \
search takes the lede's Monday; the deaths and the injuries have no time of their own (the toll's evening dates \
the Report); the dispatches of China and Thailand, the NGOs' accusation, the denial, the US promise and the \
spokesman's words have no weekday or occasion written: no time. Myanmar, Mandalay, Naypyidaw, the junta, Min Aung \
Hlaing, MRTV, the rescuers, the dead, the injured, the Russian emergencies ministry and its planes, Yunnan, \
Xinhua, India, the relief supplies, Thailand, the humanitarians, the stricken areas, the NGOs, the convoys, the \
rebel areas, the NUG, its founders and fighters, the junta's air force, the Shan village, Shan State, the local \
media, the State Department, the Trump administration, Donald Trump, USAID, the expert team and the spokesman are \
not in ids.tsv: local, unlinked."""

CHINA, RUSSIA, US, UN, GUTERRES, TASS = "Q148", "Q159", "Q30", "Q1065", "Q311440", "Q223799"
MYANMAR, MANDALAY, NAYPYIDAW, JUNTA = "local:myanmar", "local:mandalay", "local:naypyidaw", "local:myanmar-junta"
MAH, RESCUERS, MRTV, DEAD, INJURED = "local:min-aung-hlaing", "local:chinese-russian-rescuers", "local:mrtv", \
    "local:myanmar-quake-dead", "local:myanmar-quake-injured"
EMERCOM, RU_PLANES, RU_RESCUERS = "local:russian-emergencies-ministry", "local:emercom-planes", \
    "local:russian-rescuers"
CN_RESCUERS, YUNNAN, XINHUA = "local:yunnan-rescuers", "local:yunnan", "local:xinhua"
INDIA, RELIEF, THAILAND, TH_RESCUERS = "local:india", "local:indian-relief-supplies", "local:thailand", \
    "local:thai-rescuers"
HUMANITARIANS, STRICKEN, NGOS, CONVOYS, REBEL_ZONES = "local:humanitarian-workers", "local:stricken-areas", \
    "local:ngos", "local:aid-convoys", "local:rebel-held-areas"
NUG, OPPONENTS, FIGHTERS = "local:national-unity-government", "local:coup-opponents", "local:nug-fighters"
AIR_FORCE, VILLAGE, SHAN, LOCAL_MEDIA = "local:myanmar-air-force", "local:shan-village", "local:shan-state", \
    "local:myanmar-local-media"
STATE_DEPT, TRUMP_ADMIN, TRUMP, USAID = "local:us-state-department", "local:trump-administration", \
    "local:donald-trump", "local:usaid"
EXPERTS, SPOKESMAN = "local:us-expert-team", "local:state-department-spokesperson"

UNNAMED_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MYANMAR, "Birmanie", "Myanmar", "country", {"unlinked_reason": NOT_VERIFIED}),
    (MANDALAY, "Mandalay", "Mandalay", "place",
     {"description": "deuxième ville de Birmanie", "unlinked_reason": NOT_VERIFIED}),
    (NAYPYIDAW, "Naypyidaw", "Naypyidaw", "place",
     {"description": "capitale de la Birmanie", "unlinked_reason": NOT_VERIFIED}),
    (JUNTA, "junte militaire birmane", "Myanmar military junta", "organization",
     {"description": "le gouvernement militaire au pouvoir en Birmanie depuis le coup d’État de février 2021",
      "unlinked_reason": NOT_VERIFIED}),
    (MAH, "Min Aung Hlaing", "Min Aung Hlaing", "person",
     {"description": "général, chef de la junte birmane", "unlinked_reason": NOT_VERIFIED}),
    (RESCUERS, "secouristes chinois et russes", "Chinese and Russian rescuers", "group",
     {"unlinked_reason": UNNAMED_GROUP}),
    (MRTV, "MRTV", "MRTV (Myanma Radio and Television)", "organization",
     {"description": "télévision d’État birmane", "unlinked_reason": NOT_VERIFIED}),
    (DEAD, "morts du séisme en Birmanie", "dead of the Myanmar earthquake", "group",
     {"unlinked_reason": UNNAMED_GROUP}),
    (INJURED, "blessés du séisme en Birmanie", "injured of the Myanmar earthquake", "group",
     {"unlinked_reason": UNNAMED_GROUP}),
    (EMERCOM, "ministère russe des Situations d’urgence", "Russian Ministry of Emergency Situations",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (RU_PLANES, "avions du ministère russe des Situations d’urgence", "Russian emergencies ministry planes",
     "object", {"class_qid": "Q11436", "unlinked_reason": "two unnamed aircraft, not one Wikidata item"}),
    (RU_RESCUERS, "sauveteurs russes", "Russian rescuers", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (CN_RESCUERS, "secouristes chinois du Yunnan", "Chinese rescuers from Yunnan", "group",
     {"unlinked_reason": UNNAMED_GROUP}),
    (YUNNAN, "Yunnan", "Yunnan", "place",
     {"description": "province du sud-ouest de la Chine", "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (INDIA, "Inde", "India", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RELIEF, "matériel de secours indien", "Indian relief supplies", "object",
     {"description": "quinze tonnes de matériel de secours envoyées par l’Inde",
      "unlinked_reason": "an unspecified quantity of supplies, not one Wikidata item"}),
    (THAILAND, "Thaïlande", "Thailand", "country", {"unlinked_reason": NOT_VERIFIED}),
    (TH_RESCUERS, "sauveteurs thaïlandais", "Thai rescuers", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (HUMANITARIANS, "humanitaires", "humanitarian workers", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (STRICKEN, "zones sinistrées de Birmanie", "areas of Myanmar struck by the earthquake", "place",
     {"unlinked_reason": "an unnamed area, not one Wikidata item"}),
    (NGOS, "ONG", "non-governmental organisations", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (CONVOYS, "convois humanitaires", "aid convoys", "object",
     {"unlinked_reason": "unnamed convoys, not one Wikidata item"}),
    (REBEL_ZONES, "zones rebelles de Birmanie", "rebel-held areas of Myanmar", "place",
     {"unlinked_reason": "an unnamed area, not one Wikidata item"}),
    (NUG, "gouvernement d’unité nationale (NUG)", "National Unity Government of Myanmar", "organization",
     {"description": "gouvernement parallèle formé par les opposants à la junte", "unlinked_reason": NOT_VERIFIED}),
    (OPPONENTS, "opposants à la junte", "opponents of the junta", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (FIGHTERS, "combattants du NUG", "NUG fighters", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (AIR_FORCE, "aviation de la junte birmane", "Myanmar Air Force", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (VILLAGE, "village de l’État Shan", "a village in Shan State", "place",
     {"unlinked_reason": "an unnamed village, not one Wikidata item"}),
    (SHAN, "État Shan", "Shan State", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LOCAL_MEDIA, "médias locaux birmans", "local Myanmar media", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (STATE_DEPT, "département d’État américain", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TRUMP_ADMIN, "administration Trump", "Trump administration", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (USAID, "USAID", "United States Agency for International Development", "organization",
     {"description": "agence américaine d’aide au développement", "unlinked_reason": NOT_VERIFIED}),
    (EXPERTS, "équipe d’experts américains", "US expert team", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (SPOKESMAN, "un porte-parole du département d’État", "a State Department spokesperson", "person",
     {"unlinked_reason": "anonymous in the article"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Des secouristes chinois et russes fouillaient lundi ...
    ("Des secouristes chinois et russes", None, RESCUERS, "nominal"),
    ("Mandalay", 1, MANDALAY, "name"),
    ("deuxième ville de Birmanie", None, MANDALAY, "nominal"),
    ("Birmanie", 1, MYANMAR, "name"),
    ("pays", "centre du pays", MYANMAR, "nominal"),
    ("la junte", "a annoncé la junte", JUNTA, "nominal"),
    # Selon un nouveau bilan ...
    ("MRTV", None, MRTV, "name"),
    ("au moins 2.056 personnes", None, DEAD, "nominal"),
    ("plus de 3.900", None, INJURED, "nominal"),
    # Le chef de la junte ...
    ("Le chef de la junte", None, MAH, "nominal"),
    ("Min Aung Hlaing", None, MAH, "name"),
    ("Pékin", 1, CHINA, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("nous", "à nous avoir", MYANMAR, "pronoun"),
    ("blessés", "aux blessés", INJURED, "nominal"),
    ("la capitale", None, NAYPYIDAW, "nominal"),
    ("Naypyidaw", 1, NAYPYIDAW, "name"),
    ("Il", "Il avait lancé", MAH, "pronoun"),
    # Deux avions du ministère russe ...
    ("Deux avions du ministère russe des Situations d’urgence", None, RU_PLANES, "nominal"),
    ("ministère russe des Situations d’urgence", None, EMERCOM, "nominal"),
    ("Naypyidaw", 2, NAYPYIDAW, "name"),
    ("120 sauveteurs", None, RU_RESCUERS, "nominal"),
    ("TASS", None, TASS, "name"),
    ("Pékin", 2, CHINA, "metonym"),
    ("Mandalay", 2, MANDALAY, "name"),
    ("82 secouristes du Yunnan", None, CN_RESCUERS, "nominal"),
    ("Yunnan", None, YUNNAN, "name"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # L’Inde a envoyé dimanche ...
    ("Inde", None, INDIA, "name"),
    ("quinze tonnes de matériel de secours", None, RELIEF, "nominal"),
    ("Thaïlande", None, THAILAND, "name"),
    ("elle-même", None, THAILAND, "pronoun"),
    ("une cinquantaine de sauveteurs", None, TH_RESCUERS, "nominal"),
    # Le secrétaire général de l’ONU ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("humanitaires", "des humanitaires", HUMANITARIANS, "nominal"),
    ("toutes les zones sinistrées", None, STRICKEN, "nominal"),
    ("Des ONG", None, NGOS, "nominal"),
    ("la junte", "accusent la junte", JUNTA, "nominal"),
    ("des convois", None, CONVOYS, "nominal"),
    ("les zones rebelles", None, REBEL_ZONES, "nominal"),
    ("Naypyidaw", "ce que Naypyidaw", MYANMAR, "metonym"),
    # Le gouvernement d’unité nationale (NUG) ...
    ("gouvernement d’unité nationale", None, NUG, "name"),
    ("NUG", None, NUG, "name"),
    ("des opposants", None, OPPONENTS, "nominal"),
    ("Ses combattants", None, FIGHTERS, "nominal"),
    ("il", "a-t-il précisé", NUG, "pronoun"),
    ("La junte", None, JUNTA, "nominal"),
    ("son aviation", None, AIR_FORCE, "nominal"),
    ("un village de l’État Shan", None, VILLAGE, "nominal"),
    ("État Shan", None, SHAN, "name"),
    ("des médias locaux", None, LOCAL_MEDIA, "nominal"),
    # Washington s’est contenté de promettre ...
    ("Washington", None, US, "metonym"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("l’administration Trump", None, TRUMP_ADMIN, "nominal"),
    ("Trump", None, TRUMP, "name"),
    ("USAID", None, USAID, "name"),
    ("Une équipe d’experts", None, EXPERTS, "nominal"),
    ("Birmanie", 2, MYANMAR, "name"),
    ("un porte-parole", None, SPOKESMAN, "nominal"),
]

PUB_DAY = "The publication day, Monday 31 March 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "fouillaient lundi"), "2025-03-31", "day", "weekday-publication-day",
     "« fouillaient lundi »: " + PUB_DAY),
    ("t-three-days-after", ("trois jours après", None), "2025-03-28", "day", "relative-day-past",
     "« trois jours après le séisme », counted back from the Monday search: Friday 28 March 2025, the earthquake's "
     "day (its only time)."),
    ("t-monday-evening", ("lundi soir", None), "2025-03-31", "day", "part-of-day",
     "« un nouveau bilan diffusé lundi soir »: " + PUB_DAY),
    ("t-sunday-thanks", ("dimanche", "remercié dimanche"), "2025-03-30", "day", "weekday-past",
     "« a remercié dimanche »: the Sunday before the publication day."),
    ("t-friday", ("vendredi", None), "2025-03-28", "day", "weekday-past",
     "« avait lancé dès vendredi »: Friday 28 March 2025, the day of the earthquake (the span is the weekday, as « "
     "dès vendredi » in benchmarks/gold)."),
    ("t-saturday-landing", ("samedi", "posés samedi"), "2025-03-29", "day", "weekday-past",
     "« se sont posés samedi »: the Saturday before the publication day."),
    ("t-sunday-india", ("dimanche", "envoyé dimanche"), "2025-03-30", "day", "weekday-past",
     "« L’Inde a envoyé dimanche »."),
    ("t-saturday-guterres", ("samedi", "réclamé samedi"), "2025-03-29", "day", "weekday-past",
     "« a réclamé samedi »."),
    ("t-february-2021", ("février 2021", None), "2021-02", "month", "explicit-month-year",
     "« le coup d’État de février 2021 »: the coup's month; the NUG's formation « après » it has no time of its own."),
    ("t-saturday-truce", ("samedi", "annoncé samedi"), "2025-03-29", "day", "weekday-past",
     "« a annoncé samedi une trêve »."),
    ("t-two-weeks", ("deux semaines", None), None, "duration", "explicit-duration",
     "« une trêve partielle de deux semaines »: a length, attached to nothing (the truce takes its start)."),
    ("t-since-sunday", ("depuis dimanche", None), "2025-03-30", "day", "weekday-past",
     "« en vigueur depuis dimanche »: the truce's start, Sunday 30 March 2025 (« depuis X » is annotated as X)."),
    ("t-monday-no-reply", ("lundi", "répondu lundi"), "2025-03-31", "day", "weekday-publication-day",
     "« La junte n’y avait pas répondu lundi »: " + PUB_DAY),
    ("t-sunday-bombing", ("dimanche", "bombardé dimanche"), "2025-03-30", "day", "weekday-past",
     "« a encore bombardé dimanche »: Sunday 30 March 2025, the first day of the truce."),
    ("t-february", ("en février", None), "2025-02", "month", "month-past",
     "« ayant démantelé en février », written in March 2025: February 2025."),
    ("t-wednesday", ("mercredi", None), "2025-04-02", "day", "weekday-future",
     "« devrait arriver mercredi »: the Wednesday after the publication day, 2 April 2025 (across the month)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-search", "Event", "Chinese and Russian rescuers search the rubble in Mandalay", ("fouillaient", None),
          [("agent", RESCUERS)], place=MANDALAY, time="t-monday", according_to=[JUNTA],
          note="An imperfect on the publication day; « les décombres » is not a mention."),
    event("e-earthquake", "Event", "A magnitude 7.7 earthquake devastates central Myanmar (and strikes Thailand)",
          ("a ravagé", None), [("recipient", MYANMAR), ("recipient", THAILAND)], place=MYANMAR,
          time="t-three-days-after",
          note="« le séisme de magnitude 7,7 qui a ravagé le centre du pays »: the place struck is the recipient (as "
               "the Noto earthquake in benchmarks/gold). « la secousse » (twice) restates it; « La Thaïlande, "
               "elle-même frappée par la secousse » adds Thailand as a second recipient, no second event."),
    event("e-deaths", "Event", "The earthquake killed at least 2,056 people", ("a tué", None),
          [("recipient", DEAD)], place=MYANMAR, according_to=[MRTV], part_of="e-earthquake",
          note="A verb of consequence with the earthquake as subject, as « faisant au moins 64 morts » in gold."),
    event("e-injuries", "Event", "The earthquake injured more than 3,900 people", ("a blessé", None),
          [("recipient", INJURED)], place=MYANMAR, according_to=[MRTV], part_of="e-earthquake",
          note="« et en a blessé plus de 3.900 »: a second verb, a second event (as « tuant ... et en blessant » in "
               "gold); the clitic « en » (people) is not a mention."),
    event("e-help", "Event", "China and Russia were the first to help Myanmar", ("tendu la main", None),
          [("agent", CHINA), ("agent", RUSSIA), ("recipient", MYANMAR)], according_to=[MAH],
          note="« les premiers à nous avoir tendu la main », inside the quote: « nous » is Myanmar; occurred, "
               "according to him (the landings and the dispatch below bear it out)."),
    event("e-visit-injured", "Visit", "Min Aung Hlaing visits the injured in Naypyidaw on Sunday", ("visite", None),
          [("agent", MAH), ("recipient", INJURED)], place=NAYPYIDAW, time="t-sunday-thanks",
          note="« lors d’une visite aux blessés dans la capitale, Naypyidaw »: the occasion of the thanks, which gives "
               "the visit its Sunday."),
    event("e-international-aid", "Delivery", "International aid to Myanmar (requested)", ("aide", "l’aide "
          "internationale"), [("recipient", MYANMAR)], status="proposed", according_to=[MAH],
          note="What the appeal asks for: proposed; no giver is written (« internationale » is an adjective)."),
    event("e-russian-landing", "Delivery", "Two Russian emergencies ministry planes land in Naypyidaw with 120 "
          "rescuers", ("se sont posés", None),
          [("agent", EMERCOM), ("participant", RU_PLANES), ("theme", RU_RESCUERS), ("recipient", MYANMAR)],
          place=NAYPYIDAW, time="t-saturday-landing", according_to=[TASS],
          note="The landing is the arrival of the Russian team: one Delivery, the ministry that owns the planes its "
               "agent, the planes a participant (things), the rescuers its theme; Myanmar, the country helped, is "
               "the implied recipient."),
    event("e-china-dispatch", "Delivery", "China sends 82 rescuers from Yunnan to Mandalay", ("a dépêché", 1),
          [("agent", CHINA), ("theme", CN_RESCUERS), ("recipient", MYANMAR)], place=MANDALAY,
          according_to=[XINHUA],
          note="« Pékin » stands for China; « à Mandalay » is the destination, taken as the place (as in gold). No "
               "weekday: no time."),
    event("e-china-aid", "Delivery", "China to give 100 million yuan of emergency aid to Myanmar",
          ("aide", "une aide d’urgence"), [("agent", CHINA), ("recipient", MYANMAR)], status="planned",
          according_to=[XINHUA], note="« promis une aide d’urgence de 100 millions de yuans »: promised, planned."),
    event("e-india-aid", "Delivery", "India sends fifteen tonnes of relief supplies on Sunday", ("a envoyé", None),
          [("agent", INDIA), ("theme", RELIEF), ("recipient", MYANMAR)], time="t-sunday-india",
          note="Myanmar, the recipient, is implied by the paragraph; no source is named."),
    event("e-thai-dispatch", "Delivery", "Thailand sends some fifty rescuers", ("a dépêché", 2),
          [("agent", THAILAND), ("theme", TH_RESCUERS), ("recipient", MYANMAR)],
          note="No weekday and no source: the article's own voice, no time."),
    event("e-access", "Event", "Unhindered access of humanitarian workers to all stricken areas (called for)",
          ("accès", None), [("agent", HUMANITARIANS)], status="proposed", place=STRICKEN, according_to=[GUTERRES],
          note="What Guterres demands: proposed; « à toutes les zones sinistrées » is the destination, taken as the "
               "place."),
    event("e-convoy-blocking", "Event", "The junta blocks convoys heading to rebel areas (NGOs' accusation)",
          ("bloquer", None), [("agent", JUNTA), ("recipient", CONVOYS)], status="suspected", according_to=[NGOS],
          note="An accusation the article does not endorse, denied by Naypyidaw: suspected (a contested charge stays "
               "suspected). « vers les zones rebelles » is where the convoys go: the zones take no role."),
    event("e-coup", "Event", "The military coup of February 2021", ("coup d’État", None), [("agent", JUNTA)],
          place=MYANMAR, time="t-february-2021",
          note="A nominal event; its agent, not written, is the military that has ruled since (the junta)."),
    event("e-nug-formation", "Event", "The National Unity Government was formed by opponents after the coup",
          ("formé", None), [("agent", OPPONENTS), ("theme", NUG)],
          note="A passive participle with its agent; « après le coup d’État de février 2021 » dates the coup, not the "
               "formation, which has no time of its own."),
    event("e-truce", "Event", "The NUG's partial two-week truce, in force since Sunday", ("trêve", None),
          [("agent", NUG)], time="t-since-sunday", according_to=[NUG],
          note="« en vigueur depuis dimanche »: in force, occurred; « de deux semaines » is a duration attached to "
               "nothing, the truce takes its start. A unilateral truce: the junta takes no role."),
    event("e-defensive-operations", "Event", "NUG fighters will conduct only defensive operations",
          ("mèneront", None), [("agent", FIGHTERS)], status="planned", according_to=[NUG], part_of="e-truce",
          note="« ne mèneront plus que des opérations « défensives » »: a restriction, not a negation: the defensive "
               "operations are planned."),
    event("e-bombing", "Event", "The junta's air force bombed a village in Shan State on Sunday",
          ("bombardé", None), [("agent", AIR_FORCE), ("recipient", VILLAGE)], place=VILLAGE,
          time="t-sunday-bombing", according_to=[LOCAL_MEDIA],
          note="« son aviation » is the junta's air force (« son »: the junta, the subject of the clause before)."),
    event("e-us-aid", "Delivery", "US aid of 2 million dollars to Myanmar (promised)", ("aide", "une aide de 2"),
          [("agent", US), ("recipient", MYANMAR)], status="planned", according_to=[STATE_DEPT],
          note="A promise: planned."),
    event("e-usaid-dismantling", "Event", "The Trump administration dismantled USAID in February",
          ("ayant démantelé", None), [("agent", TRUMP_ADMIN), ("recipient", USAID)], time="t-february",
          note="A participle of cause (as « Moscou et Pékin ayant bloqué » in gold), in the article's own voice."),
    event("e-experts-arrival", "Event", "A team of experts should arrive in Myanmar on Wednesday",
          ("arriver", None), [("agent", EXPERTS)], status="hypothetical", place=MYANMAR, time="t-wednesday",
          according_to=[SPOKESMAN], note="« devrait arriver »: hypothetical, as « devrait » in gold."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-junta", "Report", "The junta announces the Chinese and Russian rescue work in Mandalay", JUNTA,
           ("a annoncé", "a annoncé la junte"), [], time="t-monday", about=["e-search"],
           note="The source after the clause takes the lede's Monday."),
    speech("s-mrtv", "Report", "MRTV's new toll: at least 2,056 dead and more than 3,900 injured", MRTV,
           ("Selon", "Selon un nouveau bilan"), [], time="t-monday-evening", about=["e-deaths", "e-injuries"],
           note="« diffusé lundi soir par » is the medium's broadcast, no speech act of its own."),
    speech("s-mah-thanks", "Statement", "Min Aung Hlaing thanks Beijing and Moscow, « the first to reach out to us »",
           MAH, ("a remercié", None), [("les premiers à nous avoir tendu la main", None)], addressee=CHINA,
           time="t-sunday-thanks", place=NAYPYIDAW, about=["e-help"],
           note="Two states are thanked and the schema holds one addressee: the first-named, China (as a quote "
                "shared by two speakers goes to the first-named in gold); both are the agents of the help."),
    speech("s-mah-appeal", "Statement", "Min Aung Hlaing appealed for international aid as early as Friday", MAH,
           ("appel", None), [], time="t-friday", about=["e-international-aid"],
           note="« avait lancé dès vendredi un rare appel à l’aide internationale »: the nominal trigger."),
    speech("s-mah-doors", "Assurance", "Min Aung Hlaing assures that « all doors are open »", MAH,
           ("assurant", None), [("toutes les portes sont ouvertes", None)], time="t-friday",
           about=["e-international-aid"],
           note="A participle with its own guillemets: a second speech act, on the appeal's Friday."),
    speech("s-tass", "Report", "TASS reports the landing of the Russian planes", TASS, ("a rapporté", None), [],
           time="t-saturday-landing", about=["e-russian-landing"],
           note="The source after the clause takes its event's Saturday."),
    speech("s-china-promise", "Assurance", "China promises 100 million yuan of emergency aid", CHINA,
           ("promis", None), [], according_to=[XINHUA], about=["e-china-aid"],
           note="A promise without guillemets, as Tô Lâm's « a ... promis de se rendre » in gold."),
    speech("s-xinhua", "Report", "Xinhua reports China's dispatch and promise", XINHUA,
           ("selon", "selon l’agence Chine"), [], about=["e-china-dispatch", "s-china-promise"]),
    speech("s-guterres", "Statement", "Guterres calls for « unhindered » humanitarian access", GUTERRES,
           ("a réclamé", None), [("sans entrave", None)], time="t-saturday-guterres", about=["e-access"],
           note="No place written."),
    speech("s-ngos", "Statement", "NGOs accuse the junta of blocking convoys to rebel areas", NGOS,
           ("accusent", None), [], about=["e-convoy-blocking"], note="A present accusation, no time."),
    speech("s-myanmar-denial", "Statement", "Naypyidaw denies blocking the convoys", MYANMAR, ("dément", None), [],
           about=["e-convoy-blocking"],
           note="« ce que Naypyidaw dément »: the capital stands for the state (Myanmar, local)."),
    speech("s-nug-truce", "Statement", "The NUG announces a partial two-week truce", NUG,
           ("a annoncé", "a annoncé samedi"), [], time="t-saturday-truce", about=["e-truce"]),
    speech("s-nug-defensive", "Statement", "The NUG: its fighters will conduct only « defensive » operations", NUG,
           ("a-t-il précisé", None), [("défensives", None)], time="t-saturday-truce",
           about=["e-defensive-operations"],
           note="« il » is the NUG; the précision belongs to the Saturday announcement it details and takes its day."),
    speech("s-junta-no-reply", "SpeechAct", "The junta had not replied to the truce by Monday", JUNTA,
           ("n’y avait pas répondu", None), [], status="negated", addressee=NUG, time="t-monday-no-reply",
           about=["s-nug-truce", "e-truce"],
           note="A negated speech act, as « n’a pas réagi » in gold; « y » is the announcement (not a mention)."),
    speech("s-local-media", "Report", "Local media report the bombing of a village in Shan State", LOCAL_MEDIA,
           ("selon", "selon des médias"), [], time="t-sunday-bombing", about=["e-bombing"],
           note="The source after the clause; it covers the bombing (the clause it follows)."),
    speech("s-us-promise", "Assurance", "Washington promises 2 million dollars of aid", US, ("promettre", None), [],
           according_to=[STATE_DEPT], about=["e-us-aid"],
           note="« par la voix du département d’État »: the United States speaks, the department in according_to (as "
                "« par la voix d’un porte-parole du département d’État » in gold); « s’est contenté de » only "
                "weighs the sum."),
    speech("s-spokesman", "Statement", "A spokesman: a team of experts should arrive on Wednesday", SPOKESMAN,
           ("a indiqué", None), [], about=["e-experts-arrival"],
           note="An anonymous spokesman, the State Department's (the paragraph); no weekday of his own: no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
