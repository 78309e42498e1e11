"""Held-out annotation of borissov-chine-lune-2025-03-05.txt (written for the fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/borissov-chine-lune-2025-03-05.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "borissov-chine-lune-2025-03-05.txt"

NOTE = """\
Held-out-4 article 3: a Russian–Chinese agreement on a lunar nuclear power plant, published Wednesday 5 March 2025 \
(the file gives the day). What it exercises: two states as one subject of a signing, with its source after the \
clause and a planned nominal construction with a deadline year (« la construction commune d’une centrale \
nucléaire sur la Lune d’ici 2035 »: the year); the signing restated in the passive with its two signatories as \
agents (« Le document a été paraphé par ... Iouri Borissov, et par ... Shan Zhongde »: one event), each with a role \
noun holding an institution's name (« le directeur général de Roscosmos », « le chef de l’Administration \
spatiale nationale chinoise »); a meeting « en marge » (the same day); the document taken up by « Il » and the \
project by « un projet lancé en 2021 par les deux pays »; a quote relayed by TASS (« a affirmé M. Borissov, cité \
par l’agence TASS »), « Nos ingénieurs et nos partenaires chinois » (plural, not mentions); « Selon lui » with a \
quote and two conditionals (« qui alimenterait », « pourrait être installée »: hypothetical); an invitation to \
unnamed countries and a joining by « une dizaine d’États, dont la Biélorussie et le Pakistan »; « Pékin n’a pas \
commenté l’accord dans l’immédiat » (a negated speech act, the publication day); « s’est intensifiée depuis \
l’invasion de l’Ukraine en février 2022 » (the start) with a consequence in a relative clause; a planned return \
to the Moon and a stance without a verb of speech (« voient ce rapprochement d’un mauvais œil », as « Washington \
en est persuadée » in the bundled article); a pluperfect opinion « mardi » by an anonymous spokesman with a quote, \
then a second verb with a second quote (« avant de rappeler que Washington restait « ouvert au dialogue » »); a \
planned trip « la semaine prochaine » (10 to 16 March 2025: the month) and a launch to the ISS. « Pékin » is the \
city where the agreement is signed (Q956) and China where it does not comment or draws closer to Moscow (Q148); \
« Moscou » is Russia (Q159); « Washington » is the United States (Q30). Roscosmos and Nasa inside a spokesman's or \
a director's title are mentions (institutions with names of their own, as « Kremlin » in « porte-parole du \
Kremlin »). « la base », « le programme » and « un projet lancé en 2021 » are the International Lunar Research \
Station; « ce projet » and « il » in the last paragraph are the power plant. Not mentions: « d’autres pays » \
(generic), « une dizaine d’États » and « les deux pays » (plural), « ce rapprochement ». The Moon, the China \
National Space Administration, Shan Zhongde, the commission, the ILRS, the plant, Pakistan, ESA, Artemis, NASA, \
Baikonur and Kazakhstan are not in ids.tsv: local, unlinked."""

RUSSIA, CHINA, BELARUS, UKRAINE, US = "Q159", "Q148", "Q184", "Q212", "Q30"
BEIJING, ROSCOSMOS, BORISOV, TASS, ISS, INVASION = "Q956", "Q190795", "Q16186988", "Q223799", "Q25271", \
    "Q110999040"
MOON, PLANT, AGREEMENT, CNSA = "local:moon", "local:lunar-nuclear-power-plant", \
    "local:russia-china-lunar-plant-agreement", "local:china-national-space-administration"
SHAN, COMMISSION, ILRS, PAKISTAN = "local:shan-zhongde", "local:russia-china-intergovernmental-commission", \
    "local:international-lunar-research-station", "local:pakistan"
ESA, ARTEMIS, NASA, NASA_SPOKES = "local:european-space-agency", "local:artemis-programme", "local:nasa", \
    "local:nasa-spokesperson"
BAIKONUR, KAZAKHSTAN, CREW = "local:baikonur", "local:kazakhstan", "local:iss-crew-march-2025"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MOON, "Lune", "Moon", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PLANT, "centrale nucléaire lunaire russo-chinoise", "Russian–Chinese lunar nuclear power plant", "object",
     {"unlinked_reason": "a planned installation with no Wikidata item"}),
    (AGREEMENT, "accord russo-chinois sur une centrale nucléaire lunaire (mars 2025)", "Russia–China agreement on "
     "a lunar nuclear power plant", "object", {"unlinked_reason": "a document with no Wikidata item"}),
    (CNSA, "Administration spatiale nationale chinoise", "China National Space Administration", "organization",
     {"class_qid": "Q17505024", "unlinked_reason": NOT_VERIFIED}),
    (SHAN, "Shan Zhongde", "Shan Zhongde", "person",
     {"description": "chef de l’Administration spatiale nationale chinoise", "unlinked_reason": NOT_VERIFIED}),
    (COMMISSION, "commission intergouvernementale sino-russe", "Russia–China intergovernmental commission",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ILRS, "Station internationale de recherche lunaire", "International Lunar Research Station", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (PAKISTAN, "Pakistan", "Pakistan", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ESA, "Agence spatiale européenne", "European Space Agency", "organization",
     {"class_qid": "Q17505024", "unlinked_reason": NOT_VERIFIED}),
    (ARTEMIS, "programme Artemis", "Artemis program", "other", {"unlinked_reason": NOT_VERIFIED}),
    (NASA, "Nasa", "NASA", "organization", {"class_qid": "Q17505024", "unlinked_reason": NOT_VERIFIED}),
    (NASA_SPOKES, "un porte-parole de la Nasa", "a NASA spokesperson", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (BAIKONUR, "Baïkonour", "Baikonur", "place", {"class_qid": "Q194188", "unlinked_reason": NOT_VERIFIED}),
    (KAZAKHSTAN, "Kazakhstan", "Kazakhstan", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CREW, "équipage à destination de la Station spatiale internationale", "a crew bound for the ISS", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Russie", "La Russie et la Chine", RUSSIA, "name"),
    ("Chine", "la Chine ont signé", CHINA, "name"),
    ("Pékin", "mercredi à Pékin", BEIJING, "name"),
    ("un accord", None, AGREEMENT, "nominal"),
    ("une centrale nucléaire", None, PLANT, "nominal"),
    ("Lune", 1, MOON, "name"),
    ("Roscosmos", 1, ROSCOSMOS, "name"),
    # Le document a été paraphé ...
    ("Le document", None, AGREEMENT, "nominal"),
    ("le directeur général de Roscosmos", None, BORISOV, "nominal"),
    ("Roscosmos", 2, ROSCOSMOS, "name"),
    ("Iouri Borissov", None, BORISOV, "name"),
    ("le chef de l’Administration spatiale nationale chinoise", None, SHAN, "nominal"),
    ("Administration spatiale nationale chinoise", None, CNSA, "name"),
    ("Shan Zhongde", None, SHAN, "name"),
    ("la commission intergouvernementale sino-russe", None, COMMISSION, "nominal"),
    ("Il", "Il précise", AGREEMENT, "pronoun"),
    ("Station internationale de recherche lunaire", None, ILRS, "name"),
    ("un projet lancé en 2021", None, ILRS, "nominal"),
    # « Nos ingénieurs ... »
    ("Borissov", "a affirmé M. Borissov", BORISOV, "name"),
    ("TASS", None, TASS, "name"),
    ("lui", "Selon lui", BORISOV, "pronoun"),
    ("la centrale", None, PLANT, "nominal"),
    ("la base", None, ILRS, "nominal"),
    # Le responsable russe ...
    ("Le responsable russe", None, BORISOV, "nominal"),
    ("le programme", "rejoindre le programme", ILRS, "nominal"),
    ("Biélorussie", None, BELARUS, "name"),
    ("Pakistan", None, PAKISTAN, "name"),
    ("Pékin", "Pékin n’a pas", CHINA, "metonym"),
    ("l’accord", "commenté l’accord", AGREEMENT, "nominal"),
    # La coopération spatiale ...
    ("Moscou", "entre Moscou et Pékin", RUSSIA, "metonym"),
    ("Pékin", "Moscou et Pékin", CHINA, "metonym"),
    ("l’invasion", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Agence spatiale européenne", None, ESA, "name"),
    ("Russie", "communs avec la Russie", RUSSIA, "name"),
    ("États-Unis", None, US, "name"),
    ("Lune", 2, MOON, "name"),
    ("Artemis", None, ARTEMIS, "name"),
    # Interrogé mardi ...
    ("ce projet", None, PLANT, "nominal"),
    ("un porte-parole de la Nasa", None, NASA_SPOKES, "nominal"),
    ("Nasa", None, NASA, "name"),
    ("il", "qu’il ne constituait", PLANT, "pronoun"),
    ("Washington", None, US, "metonym"),
    ("Borissov", "M. Borissov doit", BORISOV, "name"),
    ("Baïkonour", None, BAIKONUR, "name"),
    ("Kazakhstan", None, KAZAKHSTAN, "name"),
    ("un équipage", None, CREW, "nominal"),
    ("Station spatiale internationale", None, ISS, "name"),
]

PUB_DAY = "The publication day, Wednesday 5 March 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2025-03-05", "day", "weekday-publication-day",
     "« ont signé mercredi »: the weekday of publication. " + PUB_DAY),
    ("t-by-2035", ("d’ici 2035", None), "2035", "year", "explicit-year",
     "A deadline: the construction is to be done by 2035; the year, the finest precision that is true, as the "
     "deadlines of benchmarks/gold get the year."),
    ("t-2021", ("en 2021", None), "2021", "year", "explicit-year", "The project was launched in 2021."),
    ("t-for-now", ("dans l’immédiat", None), "2025-03-05", "day", "publication-day",
     "« n’a pas commenté l’accord dans l’immédiat »: as of the publication day. " + PUB_DAY),
    ("t-feb-2022", ("en février 2022", None), "2022-02", "month", "explicit-month-year",
     "« depuis l’invasion de l’Ukraine en février 2022 »: the start of the intensification (« depuis X » is "
     "annotated as X)."),
    ("t-tuesday", ("mardi", None), "2025-03-04", "day", "weekday-past",
     "Pluperfect « avait estimé », « Interrogé mardi »: the Tuesday before the publication day: 4 March 2025."),
    ("t-next-week", ("la semaine prochaine", None), "2025-03", "month", "week-future",
     "The week after Wednesday 5 March 2025 runs from Monday 10 to Sunday 16 March: all in March 2025, so the "
     "month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-signing", "Agreement", "Russia and China sign an agreement on a lunar nuclear power plant",
          ("ont signé", None),
          [("participant", RUSSIA), ("participant", CHINA), ("agent", BORISOV), ("agent", SHAN),
           ("theme", AGREEMENT)], place=BEIJING, time="t-wednesday", according_to=[ROSCOSMOS],
          note="« Le document a été paraphé par ... Iouri Borissov, et par ... Shan Zhongde » restates the signing "
               "(one event, the trigger is the first mention) and gives the signatories as agents."),
    event("e-plant-construction", "Event", "Russia and China to build a nuclear power plant on the Moon by 2035",
          ("construction", None), [("participant", RUSSIA), ("participant", CHINA), ("theme", PLANT)],
          status="planned", place=MOON, time="t-by-2035", according_to=[ROSCOSMOS],
          note="« un accord prévoyant la construction commune »: what the agreement provides for: planned."),
    event("e-commission-meeting", "Meeting", "Meeting of the Russia–China intergovernmental commission",
          ("réunion", None), [("participant", COMMISSION)], place=BEIJING, time="t-wednesday",
          note="« en marge d’une réunion »: the signing took place beside it, so the same day and city."),
    event("e-ilrs-launch", "Event", "Russia and China launched the International Lunar Research Station project in "
          "2021", ("lancé", "un projet lancé"), [("agent", RUSSIA), ("agent", CHINA), ("theme", ILRS)],
          time="t-2021", note="« par les deux pays » (plural, not a mention): Russia and China."),
    event("e-plant-powers-base", "Event", "The plant would supply the lunar base with electricity",
          ("alimenterait", None), [("participant", PLANT), ("recipient", ILRS)], status="hypothetical",
          according_to=[BORISOV], note="A conditional inside Borisov's words (« Selon lui »)."),
    event("e-plant-installation", "Event", "The plant could be installed fully automatically, without humans",
          ("installée", None), [("participant", PLANT)], status="hypothetical", place=MOON, according_to=[BORISOV],
          note="« pourrait être installée »: a possibility; the installer is not named, so the plant, the only thing "
               "in it, takes the participant role (as in benchmarks/gold)."),
    event("e-invitation-others", "Invitation", "Borisov invites other countries to join the programme",
          ("a également invité", None), [("agent", BORISOV), ("theme", ILRS)],
          note="« d’autres pays » is generic (no entity): the invitation has its inviter and the programme."),
    event("e-joined", "Event", "About ten states, including Belarus and Pakistan, have joined the programme",
          ("se sont déjà associés", None), [("participant", BELARUS), ("participant", PAKISTAN), ("theme", ILRS)],
          note="« auquel » is the programme; only the two named states are participants."),
    event("e-space-cooperation", "Event", "Russian–Chinese space cooperation has intensified since February 2022",
          ("s’est intensifiée", None), [("participant", RUSSIA), ("participant", CHINA)], time="t-feb-2022"),
    event("e-esa-break", "Event", "ESA broke off several joint projects with Russia", ("rompre", None),
          [("agent", ESA), ("recipient", RUSSIA)],
          note="« qui a conduit l’Agence spatiale européenne à rompre »: the invasion led to it; no time of its own."),
    event("e-artemis-return", "Spaceflight", "The United States prepare their return to the Moon with Artemis",
          ("retour", None), [("agent", US), ("theme", ARTEMIS)], status="planned", place=MOON,
          note="« qui préparent leur propre retour sur la Lune »: being prepared, so planned."),
    event("e-borisov-trip", "Visit", "Borisov to travel to Baikonur next week", ("se rendre", None),
          [("agent", BORISOV)], status="planned", place=BAIKONUR, time="t-next-week"),
    event("e-crew-launch", "Spaceflight", "Launch of a crew to the International Space Station from Baikonur",
          ("lancement", None), [("participant", CREW)], status="planned", place=BAIKONUR, time="t-next-week",
          note="Borisov is to attend it (« pour assister au lancement »); the destination, the ISS, is a "
               "mention, not the launch's place."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-roscosmos", "Report", "Roscosmos announces the agreement in a communiqué", ROSCOSMOS,
           ("a annoncé", None), [], time="t-wednesday", about=["e-signing", "e-plant-construction"],
           note="« a annoncé l’agence spatiale russe Roscosmos dans un communiqué »: the source after the clause."),
    speech("s-borisov-skills", "Statement", "Borisov: Russian engineers and Chinese partners have the skills for the "
           "task", BORISOV, ("a affirmé", None),
           [("Nos ingénieurs et nos partenaires chinois ont toutes les compétences pour mener à bien cette tâche",
             None)], according_to=[TASS], about=["e-plant-construction"]),
    speech("s-tass", "Report", "TASS quotes Borisov", TASS, ("cité", "cité par l’agence"), [],
           about=["s-borisov-skills", "s-borisov-automatic"]),
    speech("s-borisov-automatic", "Statement", "Borisov: the plant could be installed fully automatically",
           BORISOV, ("Selon", "Selon lui"), [("de manière entièrement automatique", None)],
           about=["e-plant-powers-base", "e-plant-installation"]),
    speech("s-beijing-no-comment", "SpeechAct", "Beijing does not comment on the agreement", CHINA,
           ("commenté", None), [], status="negated", time="t-for-now", about=["e-signing"],
           note="« Pékin n’a pas commenté l’accord dans l’immédiat »: negated, as « n’a pas réagi »."),
    speech("s-us-view", "SpeechAct", "The United States view the Russian–Chinese rapprochement unfavourably", US,
           ("voient", None), [], about=["e-space-cooperation"],
           note="« voient ce rapprochement d’un mauvais œil »: a stance the article gives to the United States, no "
                "quotation, as « Washington en est persuadée » in the bundled article."),
    speech("s-nasa-no-surprise", "Statement", "A NASA spokesman: the project is « not a surprise »", NASA_SPOKES,
           ("avait estimé", None), [("pas une surprise", None)], time="t-tuesday",
           about=["e-plant-construction"],
           note="« Interrogé mardi sur ce projet »: the project is the power plant, planned before the signing."),
    speech("s-nasa-dialogue", "Statement", "The NASA spokesman recalls Washington remains « open to dialogue »",
           NASA_SPOKES, ("rappeler", None), [("ouvert au dialogue", None)], time="t-tuesday",
           note="« avant de rappeler que Washington restait « ouvert au dialogue » »: a second verb with its own "
                "guillemets, a second speech act."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
