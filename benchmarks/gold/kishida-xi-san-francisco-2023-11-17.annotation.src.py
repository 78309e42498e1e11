"""Held-out annotation of kishida-xi-san-francisco-2023-11-17.txt (written for the third held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/kishida-xi-san-francisco-2023-11-17.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kishida-xi-san-francisco-2023-11-17.txt"

NOTE = """\
Held-out-3 article 1: Fumio Kishida meets Xi Jinping on the sidelines of the APEC summit in San Francisco, \
published Friday 17 November 2023 (the file gives the day). What it exercises: a meeting on a past « jeudi » in a \
Friday article; a nominal summit (« en marge du sommet de l’Apec ») and « leur premier tête-à-tête depuis près \
d’un an » (a duration attached to nothing: the earlier meeting has no words of its own); a plea with one quoted \
phrase relayed by a ministry (« a plaidé ..., a rapporté le ministère »), then the ministry's own quoted word in a \
relative clause (« qui évoque des échanges « francs » »); role nouns for both leaders (« Le chef du gouvernement \
japonais », « Le numéro un chinois », « son interlocuteur »); a request whose content is nominal (« réclamé la \
levée « immédiate » de l’embargo », the lifting is an event with status proposed); a passive embargo with an \
agent metonym and an explicit month (« décrété en août par Pékin »); a nominal release into the Pacific with no \
actor written; a quote split around an inverted reporting clause (« a-t-il déclaré devant la presse »), with \
« Nous » for Japan; a call relayed by Xinhua (« selon l’agence officielle Chine nouvelle ») and Xinhua's negated \
report (« qui ne fait état d’aucune avancée »); a release requested for someone arrested (passive, no agent: \
recipient only) and suspected (« soupçonné d’espionnage »: who suspects is implied, China); an anonymous official \
and a quoted answer with a future in the past (« l’affaire serait traitée »); « La veille » (the eve of the \
Thursday meeting, not of publication) with a pluperfect meeting, a pluperfect agreement and a planned \
restoration; « suspendues par Pékin à l’été 2022 » (a season inside one year: the year); a visit with no time; \
« alors présidente de la Chambre des représentants »; a spokeswoman « À Pékin » (the city) speaking « vendredi » \
(the publication day) with two quoted phrases and two verbs (two speech acts); a future summit hosted by « Tokyo » \
(Japan, the host) and a negated passive invitation (« auquel Pékin n’a pas été convié »). Pékin is the city where \
the employee was arrested and where the spokeswoman speaks (Q956), and China where it decrees, suspends, is not \
invited (Q148). « son homologue américain Joe Biden » has no comma: the role noun is part of the name's phrase. \
« la centrale accidentée de Fukushima » is one nominal mention of the plant; « Fukushima » inside it only gives the \
plant its name and is not a mention of its own. Not mentions: « les deux voisins », « Les deux hommes », « leurs \
armées » (plural), « gouvernement japonais » inside the role noun and « la diplomatie chinoise » (not names), « la \
presse », « les dirigeants de l’Asean » (plural). Joe Biden, Nancy Pelosi, Mao Ning, Taiwan, San Francisco, APEC, \
ASEAN, Xinhua, Astellas and the House of Representatives are not in ids.tsv: local, unlinked."""

KISHIDA, XI, JAPAN, CHINA, BEIJING, US = "Q359480", "Q15031", "Q17", "Q148", "Q956", "Q30"
APEC, SF, JP_MOFA, PACIFIC = "local:apec", "local:san-francisco", "local:japan-mofa", "local:pacific-ocean"
PLANT, WATER, SEAFOOD = "local:fukushima-daiichi", "local:fukushima-treated-water", "local:japanese-seafood"
XINHUA, EMPLOYEE, ASTELLAS = "local:xinhua", "local:astellas-employee", "local:astellas"
OFFICIAL, BIDEN, ESTATE = "local:senior-japanese-official", "local:joe-biden", "local:san-francisco-estate"
TAIWAN, PELOSI, HOUSE = "local:taiwan", "local:nancy-pelosi", "local:us-house-of-representatives"
MAO, ASEAN = "local:mao-ning", "local:asean"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (APEC, "Apec", "Asia-Pacific Economic Cooperation", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SF, "San Francisco", "San Francisco", "place", {"unlinked_reason": NOT_VERIFIED}),
    (JP_MOFA, "ministère japonais des Affaires étrangères", "Ministry of Foreign Affairs of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SEAFOOD, "produits de la mer japonais", "Japanese seafood", "object",
     {"unlinked_reason": "goods in general, not one Wikidata item"}),
    (PACIFIC, "océan Pacifique", "Pacific Ocean", "place", {"unlinked_reason": NOT_VERIFIED}),
    (WATER, "eaux traitées de la centrale de Fukushima", "treated water of the Fukushima plant", "object",
     {"unlinked_reason": "an unnamed quantity of water with no Wikidata item"}),
    (PLANT, "centrale nucléaire de Fukushima", "Fukushima nuclear power plant", "place",
     {"description": "la centrale accidentée, que l’article ne nomme pas autrement", "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (EMPLOYEE, "cadre japonais d’Astellas", "Japanese Astellas employee", "person",
     {"description": "arrêté en mars 2023 à Pékin, que l’article ne nomme pas",
      "unlinked_reason": "unnamed in the article"}),
    (ASTELLAS, "Astellas", "Astellas Pharma", "organization",
     {"description": "groupe pharmaceutique japonais", "unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "un haut responsable japonais", "a senior Japanese official", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (ESTATE, "propriété des environs de San Francisco", "estate near San Francisco", "place",
     {"unlinked_reason": "unnamed in the article"}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PELOSI, "Nancy Pelosi", "Nancy Pelosi", "person",
     {"description": "présidente de la Chambre des représentants en 2022", "unlinked_reason": NOT_VERIFIED}),
    (HOUSE, "Chambre des représentants", "United States House of Representatives", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MAO, "Mao Ning", "Mao Ning", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (ASEAN, "Asean", "Association of Southeast Asian Nations", "organization", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("le président chinois", None, XI, "nominal"),
    ("Xi Jinping", 1, XI, "name"),
    ("Apec", None, APEC, "name"),
    ("San Francisco", 1, SF, "name"),
    # M. Kishida a plaidé ...
    ("Kishida", "M. Kishida a plaidé", KISHIDA, "name"),
    ("le ministère japonais des Affaires étrangères", None, JP_MOFA, "nominal"),
    # Le chef du gouvernement japonais a notamment réclamé ...
    ("Le chef du gouvernement japonais", None, KISHIDA, "nominal"),
    ("Pékin", "décrété en août par Pékin", CHINA, "metonym"),
    ("les produits de la mer japonais", None, SEAFOOD, "nominal"),
    ("océan Pacifique", None, PACIFIC, "name"),
    ("eaux traitées", None, WATER, "nominal"),
    ("la centrale accidentée de Fukushima", None, PLANT, "nominal"),
    ("il", "a-t-il déclaré", KISHIDA, "pronoun"),
    ("Nous", "Nous voulons", JAPAN, "pronoun"),
    # Le numéro un chinois a pour sa part appelé Tokyo ...
    ("Le numéro un chinois", None, XI, "nominal"),
    ("Tokyo", "appelé Tokyo", JAPAN, "metonym"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # M. Kishida a également demandé la libération ...
    ("Kishida", "M. Kishida a également", KISHIDA, "name"),
    ("un cadre japonais du groupe pharmaceutique Astellas", None, EMPLOYEE, "nominal"),
    ("Astellas", None, ASTELLAS, "name"),
    ("Pékin", "en mars à Pékin", BEIJING, "name"),
    ("un haut responsable japonais", None, OFFICIAL, "nominal"),
    ("son interlocuteur", None, XI, "nominal"),
    # La veille, Xi Jinping s’était entretenu ...
    ("Xi Jinping", 2, XI, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    ("une propriété des environs de San Francisco", None, ESTATE, "nominal"),
    ("San Francisco", 2, SF, "name"),
    ("Pékin", "suspendues par Pékin", CHINA, "metonym"),
    ("Taïwan", 1, TAIWAN, "name"),
    ("Nancy Pelosi", None, PELOSI, "name"),
    ("présidente de la Chambre des représentants", None, PELOSI, "nominal"),
    ("Chambre des représentants", None, HOUSE, "name"),
    # À Pékin, la porte-parole de la diplomatie chinoise ...
    ("Pékin", "À Pékin", BEIJING, "name"),
    ("la porte-parole de la diplomatie chinoise", None, MAO, "nominal"),
    ("Mao Ning", None, MAO, "name"),
    ("Kishida", "avec M. Kishida", KISHIDA, "name"),
    ("Japon", None, JAPAN, "name"),
    ("Taïwan", 2, TAIWAN, "name"),
    ("Tokyo", "Tokyo accueillera", JAPAN, "metonym"),
    ("Asean", None, ASEAN, "name"),
    ("Pékin", "auquel Pékin", CHINA, "metonym"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2023-11-16", "day", "weekday-past",
     "Past « s’est entretenu jeudi » in an article of Friday 17 November 2023: the day before, 16 November 2023."),
    ("t-nearly-a-year", ("depuis près d’un an", None), None, "duration", "explicit-duration",
     "About a year since the two leaders' previous meeting (P1Y), which has no words of its own: attached to "
     "nothing."),
    ("t-august", ("en août", None), "2023-08", "month", "month-past",
     "« décrété en août »: the last August before November 2023: August 2023."),
    ("t-march", ("en mars", None), "2023-03", "month", "month-past",
     "« arrêté en mars »: the last March before November 2023: March 2023."),
    ("t-eve", ("La veille", None), "2023-11-15", "day", "eve-of-event",
     "The day before the Kishida–Xi meeting of Thursday 16 November (the paragraph before is about it), not "
     "before publication: Wednesday 15 November 2023."),
    ("t-four-hours", ("quatre heures", None), None, "duration", "explicit-duration", "Four hours (PT4H)."),
    ("t-summer-2022", ("l’été 2022", None), "2022", "year", "season-explicit-year",
     "Summer 2022 (21 June to 22 September) falls in one year: the year."),
    ("t-friday", ("vendredi", None), "2023-11-17", "day", "weekday-publication-day",
     "« a jugé vendredi »: the weekday of publication, Friday 17 November 2023."),
    ("t-december", ("en décembre", None), "2023-12", "month", "month-future",
     "Future « accueillera en décembre »: the next December, December 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-kishida-xi", "Meeting", "Fumio Kishida and Xi Jinping meet in San Francisco", ("s’est entretenu", None),
          [("participant", KISHIDA), ("participant", XI)], place=SF, time="t-thursday",
          note="« leur premier tête-à-tête » (same sentence) and « échanges », « la rencontre », « l’entretien » "
               "later are this meeting, not events of their own."),
    event("e-apec-summit", "Meeting", "The APEC summit in San Francisco", ("sommet", "sommet de l’Apec"),
          [("participant", APEC)], place=SF,
          note="« en marge du sommet de l’Apec à San Francisco »: a nominal event with no time of its own."),
    event("e-embargo", "Sanction", "China's embargo on Japanese seafood, decreed in August", ("embargo", None),
          [("agent", CHINA), ("recipient", JAPAN), ("theme", SEAFOOD)], time="t-august",
          note="« l’embargo décrété en août par Pékin sur les produits de la mer japonais »: Japan, whose products "
               "are targeted, is the recipient (implied by « japonais »)."),
    event("e-embargo-lifting", "Event", "The immediate lifting of the embargo that Kishida asks for", ("levée", None),
          [("agent", CHINA)], status="proposed", according_to=[KISHIDA],
          note="Asked for, not granted: status proposed; only China can lift it."),
    event("e-water-release", "Event", "The release of the Fukushima plant's treated water into the Pacific",
          ("rejet", None), [("participant", PLANT), ("theme", WATER)], place=PACIFIC,
          note="« après le début du rejet »: who releases the water is not written; the plant is the participant "
               "and the water the theme. No time is given (« le début » has no date)."),
    event("e-settle-by-dialogue", "Event", "Japan wants to settle the embargo question through dialogue",
          ("régler", None), [("participant", JAPAN), ("participant", CHINA)], status="proposed",
          according_to=[KISHIDA],
          note="Inside Kishida's quote: « Nous voulons la régler par le dialogue »; « Nous » is Japan, the dialogue "
               "is with China."),
    event("e-responsible-handling", "Event", "Xi asks Japan to handle the question responsibly", ("gérer", None),
          [("agent", JAPAN)], status="proposed", according_to=[XI],
          note="What Xi asks for: status proposed, told by Xinhua (s-xinhua)."),
    event("e-release", "Event", "The release of the detained Astellas employee that Kishida asks for",
          ("libération", None), [("agent", CHINA), ("recipient", EMPLOYEE)], status="proposed",
          according_to=[KISHIDA], note="Asked for, not granted: status proposed; China holds him."),
    event("e-arrest", "Event", "A Japanese Astellas employee was arrested in Beijing in March", ("arrêté", None),
          [("recipient", EMPLOYEE)], place=BEIJING, time="t-march",
          note="Passive with no agent: the person arrested is the recipient, as the target of an attack with no "
               "attacker named in benchmarks/gold/."),
    event("e-espionage", "Event", "The employee is suspected of espionage", ("espionnage", None),
          [("agent", EMPLOYEE)], status="suspected", according_to=[CHINA],
          note="« soupçonné d’espionnage »: who suspects him is not written; it can only be the Chinese "
               "authorities who arrested him in Beijing, so China."),
    event("e-case-handling", "Event", "The case will be handled « in accordance with the law » (Xi)",
          ("traitée", "serait traitée"), [("agent", CHINA)], status="planned", according_to=[XI],
          note="« l’affaire serait traitée »: a future in the past in Xi's answer, told by the anonymous official."),
    event("e-xi-biden", "Meeting", "Xi Jinping and Joe Biden met for four hours the day before",
          ("s’était entretenu", None), [("participant", XI), ("participant", BIDEN)], place=ESTATE, time="t-eve",
          note="The event's time is the day (t-eve); the four hours (t-four-hours) are its length."),
    event("e-comms-agreement", "Agreement", "Xi and Biden agreed to restore military communications",
          ("avaient convenu", None), [("participant", XI), ("participant", BIDEN)], place=ESTATE, time="t-eve",
          part_of="e-xi-biden", note="« Les deux hommes » (plural, not a mention): Xi and Biden."),
    event("e-comms-restoration", "Event", "Military communications between China and the United States to be "
          "restored", ("rétablir", None), [("participant", CHINA), ("participant", US)], status="planned",
          note="« leurs armées »: the two countries' armed forces (plural possessive, no mention); agreed, not yet "
               "done: planned."),
    event("e-comms-suspension", "Event", "China suspended the military communications in summer 2022",
          ("suspendues", None), [("agent", CHINA), ("recipient", US)], time="t-summer-2022",
          note="Passive with an agent metonym (« suspendues par Pékin »); the United States, the other side of the "
               "communications, is the recipient."),
    event("e-pelosi-visit", "Visit", "Nancy Pelosi's visit to Taiwan", ("visite", None), [("agent", PELOSI)],
          place=TAIWAN, note="« après la visite à Taïwan de Nancy Pelosi »: no date of its own in the text."),
    event("e-japan-commitments", "Event", "China urges Japan to respect its commitments on Taiwan",
          ("respecter", None), [("agent", JAPAN)], status="proposed", according_to=[MAO]),
    event("e-asean-summit", "Meeting", "Japan will host a summit with ASEAN leaders in December",
          ("sommet", "un sommet avec"), [("agent", JAPAN), ("participant", ASEAN)], status="planned",
          place=JAPAN, time="t-december",
          note="« Tokyo accueillera »: Tokyo is the host, so Japan (metonym); the city itself is not written as "
               "the place, so the place is the country."),
    event("e-china-not-invited", "Invitation", "China has not been invited to the Japan–ASEAN summit",
          ("convié", None), [("agent", JAPAN), ("recipient", CHINA)], status="negated", part_of="e-asean-summit",
          note="A negated passive: « auquel Pékin n’a pas été convié »; the host is the one who invites."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kishida-plea", "Statement", "Kishida pleads for a strategic and mutually beneficial relationship",
           KISHIDA, ("a plaidé", None), [("stratégique et mutuellement bénéfique", None)], addressee=XI,
           time="t-thursday", place=SF, according_to=[JP_MOFA], about=["e-kishida-xi"]),
    speech("s-mofa-report", "Report", "Japan's foreign ministry reports Kishida's plea", JP_MOFA,
           ("a rapporté", None), [], about=["e-kishida-xi", "s-kishida-plea"]),
    speech("s-mofa-frank", "Report", "Japan's foreign ministry speaks of frank exchanges on thorny subjects", JP_MOFA,
           ("évoque", None), [("francs", None)], about=["e-kishida-xi"],
           note="The ministry's own word, in a relative clause after its report."),
    speech("s-kishida-lifting", "Statement", "Kishida demands the immediate lifting of the seafood embargo", KISHIDA,
           ("a notamment réclamé", None), [("immédiate", None)], addressee=XI, time="t-thursday", place=SF,
           about=["e-embargo-lifting", "e-embargo"]),
    speech("s-kishida-no-basis", "Statement", "Kishida: the ban has no scientific basis; Japan wants dialogue",
           KISHIDA, ("déclaré", "a-t-il déclaré"),
           [("Cette interdiction n’a aucun fondement scientifique", None),
            ("Nous voulons la régler par le dialogue.", None)],
           evidence=("« Cette interdiction", "dialogue. »"), time="t-thursday", place=SF,
           about=["e-embargo", "e-settle-by-dialogue"],
           note="One quote split around « a-t-il déclaré devant la presse à l’issue de la rencontre »."),
    speech("s-xi-call", "Statement", "Xi calls on Tokyo to handle the question responsibly", XI,
           ("appelé", None), [("de manière responsable", None)], addressee=JAPAN, according_to=[XINHUA],
           about=["e-responsible-handling"]),
    speech("s-xinhua", "Report", "Xinhua reports Xi's call", XINHUA, ("selon", "selon l’agence officielle"), [],
           about=["e-responsible-handling", "s-xi-call"]),
    speech("s-xinhua-no-progress", "SpeechAct", "Xinhua reports no progress on the seafood question", XINHUA,
           ("fait état", None), [], status="negated", about=["e-embargo"],
           note="« qui ne fait état d’aucune avancée sur ce dossier »: a negated report (nothing said of progress)."),
    speech("s-kishida-release", "Statement", "Kishida asks for the release of the detained Astellas employee",
           KISHIDA, ("a également demandé", None), [], addressee=XI, time="t-thursday", place=SF,
           about=["e-release", "e-arrest"]),
    speech("s-official", "Report", "An anonymous senior Japanese official relays Xi's answer", OFFICIAL,
           ("Selon", "Selon un haut"), [], about=["s-xi-answer", "e-case-handling"]),
    speech("s-xi-answer", "Statement", "Xi: the case will be handled in accordance with the law", XI,
           ("répondre", None), [("conformément à la loi", None)], addressee=KISHIDA, time="t-thursday",
           according_to=[OFFICIAL], about=["e-case-handling", "e-arrest"],
           note="« s’est borné à répondre »: he answered (not negated), only this."),
    speech("s-mao-constructive", "Statement", "Mao Ning calls the Kishida–Xi meeting constructive", MAO,
           ("a jugé", None), [("constructif", None)], time="t-friday", place=BEIJING, about=["e-kishida-xi"]),
    speech("s-mao-commitments", "Statement", "Mao Ning urges Japan to respect its commitments on Taiwan", MAO,
           ("exhortant", None), [("respecter ses engagements", None)], addressee=JAPAN, time="t-friday",
           place=BEIJING, about=["e-japan-commitments"],
           note="A second verb of speech in the same sentence, with its own guillemets: a speech act of its own."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
