"""Held-out annotation of hasina-dacca-2024-08-05.txt (written for the twenty-first held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/hasina-dacca-2024-08-05.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/hasina-dacca-2024-08-05.annotation.src.py --check

From held-out set 21 (moved to gold in session 19; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "hasina-dacca-2024-08-05.txt"

NOTE = """\
Held-out-21 article: Bangladesh's Prime Minister Sheikh Hasina resigns on Monday 5 August 2024 and leaves Dhaka by \
helicopter for India after weeks of a student revolt whose repression killed some 300 people, as the army chief, \
General Waker-Uz-Zaman, announces it and, in a televised address after meeting the opposition leaders, says an \
interim government will be formed without saying who will lead it; an Indian official says the aircraft landed in \
the evening at Hindon air base near New Delhi; a source close to her tells AFP she would like to go on to London; \
protesters storm her residence in the afternoon, after clashes on Sunday between students and Awami League activists \
had killed nearly a hundred; New Delhi stays discreet: Jaishankar is to brief Parliament on Tuesday (Indian media), \
a spokesman says India follows the situation closely without confirming her presence; in Washington the State \
Department urges the army to respect the rule of law and Matthew Miller encourages a peaceful transition but will \
not say whether the United States would grant her asylum; Stéphane Dujarric says the Secretary-General calls for \
calm and an independent inquiry; the UN had offered at the end of July to send observers, an offer Dhaka never \
accepted; the students say they will recognise no army-led government. Published Monday 5 August 2024 (the file \
gives the day). The resignation, the flight, the army chief's address, the landing at Hindon, the storming of the \
residence, Jaishankar's briefing and the US and UN calls for calm follow the real events loosely; the exact \
quotes, the toll figures, the London wish told to AFP, the Indian spokesman's words, the asylum question, the UN \
offer of observers and the students' statement are partly invented.
What it exercises: a resignation and a departure joined by « et » on the publication day with a destination country \
and a vehicle (« a démissionné lundi et quitté Dacca en hélicoptère pour l’Inde »: two events, the city left is the \
departure's place, India its destination, recipient-less; « en hélicoptère » no mention), a nominal revolt with a \
vague duration and a relative nominal repression with a toll (« après plusieurs semaines d’une révolte étudiante \
dont la répression a fait quelque 300 morts »: « étudiante » an adjective, no mention; the toll no event), all \
sourced after the clause to a role noun with a titled name in apposition (« a annoncé le chef de l’armée, le \
général Waker-Uz-Zaman »); a two-sentence quote first with « J’ » and a future passive formation (planned), a \
nominal broadcast as the occasion and a perfect infinitive meeting (« après avoir reçu les dirigeants des \
principaux partis d’opposition »); a negated speech act over a conditional question (« Il n’a pas précisé qui \
dirigerait ce cabinet provisoire »: the leadership hypothetical); « Selon un responsable indien » opening a \
landing by a nominal vehicle (« l’appareil ») « en fin de journée » at a base « près de New Delhi » (the city); a \
relative imperfect with « depuis 2009 » and a conditional wish told to AFP after the clause by a source whose \
phrase holds a role noun for Hasina (« une source proche de la dirigeante »); a storming « dans l’après-midi »; a \
pluperfect toll on a past weekday with two plural parties and a possessive role noun in apposition (« la Ligue \
Awami, son parti »); a metonym with an apposed role noun and a stance that is no speech (« New Delhi, proche \
alliée de la dirigeante déchue, est restée discrète »); a planned briefing on a future weekday sourced after the \
clause to a group (« selon des médias indiens »); a country as the subject of a quote that starts after it, told \
by an anonymous spokesman with « s’est borné à dire » and a negated participle of confirmation (« sans confirmer \
la présence de Mme Hasina sur son sol »); « À Washington » (the city, Q61) with an institution exhorting an army \
to respect a quoted noun (proposed); a quote first with « Nous » under a possessive role noun and a name in \
apposition, and a relative refusal over a conditional asylum (« qui a refusé de dire si les États-Unis \
accorderaient l’asile à l’ancienne Première ministre »: negated speech act, hypothetical asylum); a quote split \
around its reporting clause in which a spokesman speaks of his principal in the third person (« Le secrétaire \
général appelle ..., a indiqué Stéphane Dujarric, porte-parole d’António Guterres, et il demande une enquête \
indépendante ... »: Dujarric the speaker, Guterres's call and demand two speech acts with no quote according to \
Dujarric); a pluperfect proposal with « fin juillet » (the month) and an apposed nominal offer with a negated \
pluperfect acceptance by a metonym (« une offre que Dacca n’avait jamais acceptée »); a plural subject with an \
emphatic « eux » and a negated future in the past over a hypothetical army-led government.
Places and metonyms. « Dacca » (the French exonym of Dhaka) is the city in « quitté Dacca » and Bangladesh (the \
state that never accepted the offer) in « Dacca n’avait jamais acceptée ». « New Delhi » is the city in « près de \
New Delhi » (where the base lies) and India in « New Delhi, proche alliée ... est restée discrète ». « À \
Washington » is the city (Q61), where the State Department speaks, as « À Washington » in gold. Bangladesh, India, \
Dhaka, New Delhi, London and Hindon are not in ids.tsv: local.
Mentions. Hasina: « La Première ministre du Bangladesh » (a role noun set off by a comma before the name, a mention \
of its own), « Sheikh Hasina », « Hasina » twice in « Mme Hasina » (the title is part of the name's phrase), « la \
dirigeante » inside the source's phrase, « la dirigeante déchue » inside India's apposition, « l’ancienne Première \
ministre ». Waker-Uz-Zaman: « le chef de l’armée », « Waker-Uz-Zaman » (« le général » before the name is part of \
its phrase), « J’ » in his quote, « l’officier », « Il ». The army (local organisation): « l’armée » inside « le chef \
de l’armée », « l’armée bangladaise », « l’armée » in the last sentence. The interim government planned: « Un \
gouvernement intérimaire » (inside the quote) and « ce cabinet provisoire »; « aucun gouvernement dirigé par \
l’armée » is generic and negated, no mention. « le pays » is Bangladesh. « base aérienne de Hindon » is a name \
without its determiner (as « région de Moscou » in the bundled article; « Hindon » only gives its name). « l’appareil \
» is the helicopter (a local object; « hélicoptère » in « en hélicoptère » names only the means, no mention). « son \
parti » is the Awami \
League; « proche alliée de la dirigeante déchue » is India (an apposed role noun). « Nous » in Miller's quote is \
the State Department he speaks for (as « Nous » for the Kremlin in Peskov's quote in gold). « Le secrétaire \
général » and « il » inside Dujarric's quote are Guterres; « António Guterres » inside « porte-parole d’António \
Guterres » is annotated (a different entity). Groups: the students (« étudiants », « Les étudiants », « eux », \
« ils »), the opposition leaders (« les dirigeants des principaux partis d’opposition »), the protesters (« Des \
milliers de manifestants »), the Awami League activists (« militants de la Ligue Awami »), the Indian media, the \
UN observers (« des observateurs », the theme of the proposed dispatch). Not mentions: « une révolte étudiante », \
« la répression », « une allocution télévisée », « la situation » (twice), « son sol » (a possessive phrase for \
India's territory), « l’État de droit », « une transition pacifique et démocratique », « l’asile », « les \
violences », « une offre », « quelque 300 morts » and « près d’une centaine de morts » (tolls).
Statuses. The resignation, the departure, the revolt, the repression, the meeting with the opposition, the \
landing, Hasina's rule, the storming, the clashes, Hasina's presence in India and the UN's proposal occurred; the \
interim government's formation and Jaishankar's briefing are planned; the respect of the rule of law, the \
transition, the calm, the inquiry and the dispatch of observers are proposed; who would lead the cabinet, the \
trip to London, the asylum and an army-led government are hypothetical; Dhaka's acceptance of the offer, the \
students' recognition, Waker-Uz-Zaman's precision, the confirmation of her presence and Miller's answer on asylum \
are negated.
Times. « lundi » is the publication day, Monday 5 August 2024; « en fin de journée » and « dans l’après-midi » parts \
of that day; « Dimanche » (pluperfect) Sunday 4 August; « mardi » (« doit informer ») Tuesday 6 August; « depuis \
2009 » the year; « fin juillet » (pluperfect) the month, July 2024; « plusieurs semaines » a vague duration. \
Statements with no weekday (the army chief's, the Indian official's, the source's, India's, the State \
Department's, Miller's, Dujarric's, the students') have no time; « ensuite » is no time.
Linked: AFP, Washington (the city), the United States, the UN and Guterres. Hasina, Bangladesh, Dhaka, India, \
Waker-Uz-Zaman, the Bangladeshi army, the interim government, the opposition leaders, the Indian official, the \
helicopter, Hindon air base, New Delhi, London, the source close to Hasina, the protesters, her official \
residence, the students, the Awami League activists, the Awami League, Jaishankar, the Indian Parliament, the Indian \
media, the Indian spokesman, the State Department, Matthew Miller, Stéphane Dujarric and the UN observers are not \
in ids.tsv or have no Wikidata item: local, unlinked."""

US, WASHINGTON, UN, GUTERRES, AFP = "Q30", "Q61", "Q1065", "Q311440", "Q40464"
HASINA, BANGLADESH, DHAKA, INDIA = "local:sheikh-hasina", "local:bangladesh", "local:dhaka", "local:india"
WAKER, ARMY, INTERIM, OPPOSITION = "local:waker-uz-zaman", "local:bangladesh-army", "local:interim-government", \
    "local:opposition-leaders"
OFFICIAL, HELICOPTER, HINDON, NEW_DELHI = "local:indian-official", "local:hasina-helicopter", \
    "local:hindon-air-base", "local:new-delhi"
LONDON, SOURCE, PROTESTERS, RESIDENCE = "local:london", "local:source-close-to-hasina", "local:protesters", \
    "local:hasina-residence"
STUDENTS, ACTIVISTS, AWAMI = "local:students", "local:awami-league-activists", "local:awami-league"
JAISHANKAR, PARLIAMENT, INDIAN_MEDIA, SPOKESMAN = "local:subrahmanyam-jaishankar", "local:indian-parliament", \
    "local:indian-media", "local:indian-spokesman"
STATE_DEPT, MILLER, DUJARRIC, OBSERVERS = "local:us-state-department", "local:matthew-miller", \
    "local:stephane-dujarric", "local:un-observers"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (HASINA, "Sheikh Hasina", "Sheikh Hasina", "person",
     {"description": "Première ministre du Bangladesh depuis 2009, démissionnaire le 5 août 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (BANGLADESH, "Bangladesh", "Bangladesh", "country", {"unlinked_reason": NOT_VERIFIED}),
    (DHAKA, "Dacca", "Dhaka", "place", {"description": "capitale du Bangladesh", "unlinked_reason": NOT_VERIFIED}),
    (INDIA, "Inde", "India", "country", {"unlinked_reason": NOT_VERIFIED}),
    (WAKER, "Waker-Uz-Zaman", "Waker-Uz-Zaman", "person",
     {"description": "général, chef de l’armée bangladaise", "unlinked_reason": NOT_VERIFIED}),
    (ARMY, "armée bangladaise", "Bangladesh Army", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (INTERIM, "gouvernement intérimaire du Bangladesh", "interim government of Bangladesh", "organization",
     {"description": "le gouvernement intérimaire que le chef de l’armée annonce, pas encore formé",
      "unlinked_reason": "a government not yet formed, with no Wikidata item"}),
    (OPPOSITION, "dirigeants des partis d’opposition", "opposition party leaders", "group",
     {"description": "les dirigeants des principaux partis d’opposition bangladais reçus par le chef de l’armée",
      "unlinked_reason": "an unnamed group of leaders, not one Wikidata item"}),
    (OFFICIAL, "un responsable indien", "an Indian official", "person",
     {"description": "une source officielle indienne anonyme",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (HELICOPTER, "hélicoptère de Sheikh Hasina", "Sheikh Hasina's helicopter", "object",
     {"description": "l’hélicoptère à bord duquel Sheikh Hasina a quitté Dacca",
      "unlinked_reason": "a single aircraft with no Wikidata item"}),
    (HINDON, "base aérienne de Hindon", "Hindon Air Force Station", "place",
     {"description": "base aérienne indienne près de New Delhi", "unlinked_reason": NOT_VERIFIED}),
    (NEW_DELHI, "New Delhi", "New Delhi", "place", {"description": "capitale de l’Inde",
                                                    "unlinked_reason": NOT_VERIFIED}),
    (LONDON, "Londres", "London", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source proche de Sheikh Hasina", "a source close to Sheikh Hasina", "person",
     {"description": "une source anonyme de l’entourage de la dirigeante",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (PROTESTERS, "manifestants", "protesters", "group",
     {"description": "les milliers de manifestants qui ont envahi la résidence officielle",
      "unlinked_reason": "an unnamed crowd, not one Wikidata item"}),
    (RESIDENCE, "résidence officielle de la Première ministre", "the Prime Minister's official residence", "place",
     {"description": "la résidence officielle de Sheikh Hasina à Dacca", "unlinked_reason": NOT_VERIFIED}),
    (STUDENTS, "étudiants bangladais", "Bangladeshi students", "group",
     {"description": "les étudiants à l’origine de la révolte",
      "unlinked_reason": "an unnamed movement of students, not one Wikidata item"}),
    (ACTIVISTS, "militants de la Ligue Awami", "Awami League activists", "group",
     {"unlinked_reason": "an unnamed group of activists, not one Wikidata item"}),
    (AWAMI, "Ligue Awami", "Awami League", "organization",
     {"description": "le parti de Sheikh Hasina", "unlinked_reason": NOT_VERIFIED}),
    (JAISHANKAR, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "person",
     {"description": "ministre indien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (PARLIAMENT, "Parlement indien", "Parliament of India", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (INDIAN_MEDIA, "médias indiens", "Indian media", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (SPOKESMAN, "un porte-parole indien", "an Indian spokesman", "person",
     {"description": "un porte-parole du gouvernement indien que l’article ne nomme pas",
      "unlinked_reason": "an unnamed spokesman with no Wikidata item"}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État", "unlinked_reason": NOT_VERIFIED}),
    (DUJARRIC, "Stéphane Dujarric", "Stéphane Dujarric", "person",
     {"description": "porte-parole du secrétaire général de l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (OBSERVERS, "observateurs de l’ONU", "UN observers", "group",
     {"description": "les observateurs que l’ONU avait proposé d’envoyer au Bangladesh",
      "unlinked_reason": "an unspecified group of observers, not one Wikidata item"}),
]

DESCRIPTIONS = {
    WASHINGTON: "la ville où parle le département d’État (« À Washington »)",
    AFP: "l’agence à laquelle parle une source proche de Sheikh Hasina",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Première ministre du Bangladesh, Sheikh Hasina, a démissionné lundi et quitté Dacca ... pour l’Inde, ...
    ("La Première ministre du Bangladesh", None, HASINA, "nominal"),
    ("Bangladesh", None, BANGLADESH, "name"),
    ("Sheikh Hasina", None, HASINA, "name"),
    ("Dacca", "quitté Dacca", DHAKA, "name"),
    ("Inde", "pour l’Inde", INDIA, "name"),
    # ..., a annoncé le chef de l’armée, le général Waker-Uz-Zaman.
    ("le chef de l’armée", None, WAKER, "nominal"),
    ("l’armée", "le chef de l’armée", ARMY, "nominal"),
    ("Waker-Uz-Zaman", None, WAKER, "name"),
    # « J’assume toute la responsabilité. Un gouvernement intérimaire sera formé », a déclaré l’officier ...
    ("J’", None, WAKER, "pronoun"),
    ("Un gouvernement intérimaire", None, INTERIM, "nominal"),
    ("l’officier", None, WAKER, "nominal"),
    ("les dirigeants des principaux partis d’opposition", None, OPPOSITION, "nominal"),
    # Il n’a pas précisé qui dirigerait ce cabinet provisoire.
    ("Il", "Il n’a pas précisé", WAKER, "pronoun"),
    ("ce cabinet provisoire", None, INTERIM, "nominal"),
    # Selon un responsable indien, l’appareil s’est posé ... sur la base aérienne de Hindon, près de New Delhi.
    ("un responsable indien", None, OFFICIAL, "nominal"),
    ("l’appareil", None, HELICOPTER, "nominal"),
    ("base aérienne de Hindon", None, HINDON, "name"),
    ("New Delhi", "près de New Delhi", NEW_DELHI, "name"),
    # Mme Hasina, 76 ans, qui gouvernait le pays depuis 2009, souhaiterait ensuite gagner Londres, ...
    ("Hasina", "Mme Hasina, 76 ans", HASINA, "name"),
    ("le pays", None, BANGLADESH, "nominal"),
    ("Londres", None, LONDON, "name"),
    ("AFP", None, AFP, "name"),
    ("une source proche de la dirigeante", None, SOURCE, "nominal"),
    ("la dirigeante", "une source proche de la dirigeante", HASINA, "nominal"),
    # Des milliers de manifestants ont envahi sa résidence officielle dans l’après-midi.
    ("Des milliers de manifestants", None, PROTESTERS, "nominal"),
    ("sa résidence officielle", None, RESIDENCE, "nominal"),
    # Dimanche, des affrontements entre étudiants et militants de la Ligue Awami, son parti, avaient fait ...
    ("étudiants", "entre étudiants", STUDENTS, "nominal"),
    ("militants de la Ligue Awami", None, ACTIVISTS, "nominal"),
    ("Ligue Awami", None, AWAMI, "name"),
    ("son parti", None, AWAMI, "nominal"),
    # New Delhi, proche alliée de la dirigeante déchue, est restée discrète.
    ("New Delhi", "New Delhi, proche alliée", INDIA, "metonym"),
    ("proche alliée de la dirigeante déchue", None, INDIA, "nominal"),
    ("la dirigeante déchue", None, HASINA, "nominal"),
    # Le ministre indien des Affaires étrangères, Subrahmanyam Jaishankar, doit informer mardi le Parlement ...
    ("Le ministre indien des Affaires étrangères", None, JAISHANKAR, "nominal"),
    ("Subrahmanyam Jaishankar", None, JAISHANKAR, "name"),
    ("Parlement", None, PARLIAMENT, "name"),
    ("des médias indiens", None, INDIAN_MEDIA, "nominal"),
    # L’Inde « suit de près la situation », s’est borné à dire un porte-parole, sans confirmer la présence de ...
    ("Inde", "L’Inde « suit", INDIA, "name"),
    ("un porte-parole", None, SPOKESMAN, "nominal"),
    ("Hasina", "Mme Hasina sur son sol", HASINA, "name"),
    # À Washington, le département d’État a exhorté l’armée bangladaise à respecter « l’État de droit ».
    ("Washington", None, WASHINGTON, "name"),
    ("le département d’État", None, STATE_DEPT, "nominal"),
    ("l’armée bangladaise", None, ARMY, "nominal"),
    # « Nous encourageons ... », a déclaré son porte-parole, Matthew Miller, qui a refusé de dire si les États-Unis ...
    ("Nous", None, STATE_DEPT, "pronoun"),
    ("son porte-parole", None, MILLER, "nominal"),
    ("Matthew Miller", None, MILLER, "name"),
    ("États-Unis", None, US, "name"),
    ("l’ancienne Première ministre", None, HASINA, "nominal"),
    # « Le secrétaire général appelle ..., a indiqué Stéphane Dujarric, porte-parole d’António Guterres, et il ... »
    ("Le secrétaire général", None, GUTERRES, "nominal"),
    ("Stéphane Dujarric", None, DUJARRIC, "name"),
    ("porte-parole d’António Guterres", None, DUJARRIC, "nominal"),
    ("António Guterres", None, GUTERRES, "name"),
    ("il", "et il demande", GUTERRES, "pronoun"),
    # L’ONU avait proposé fin juillet d’envoyer des observateurs, une offre que Dacca n’avait jamais acceptée.
    ("ONU", None, UN, "name"),
    ("des observateurs", None, OBSERVERS, "nominal"),
    ("Dacca", "que Dacca n’avait", BANGLADESH, "metonym"),
    # Les étudiants, eux, ont fait savoir qu’ils ne reconnaîtraient aucun gouvernement dirigé par l’armée.
    ("Les étudiants", None, STUDENTS, "nominal"),
    ("eux", None, STUDENTS, "pronoun"),
    ("ils", "qu’ils ne", STUDENTS, "pronoun"),
    ("l’armée", "dirigé par l’armée", ARMY, "nominal"),
]

PUB_DAY = "The publication day, Monday 5 August 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", None), "2024-08-05", "day", "weekday-publication-day",
     "« a démissionné lundi et quitté Dacca »: " + PUB_DAY + " It dates both verbs joined by « et »."),
    ("t-weeks", ("plusieurs semaines", None), None, "duration", "vague-duration",
     "« après plusieurs semaines d’une révolte étudiante »: the revolt's length, how many weeks is not said."),
    ("t-evening", ("en fin de journée", None), "2024-08-05", "day", "part-of-day",
     "« l’appareil s’est posé en fin de journée »: the end of the publication day, Monday 5 August 2024."),
    ("t-2009", ("depuis 2009", None), "2009", "year", "explicit-year",
     "« qui gouvernait le pays depuis 2009 »: the year her rule began; it stays a year."),
    ("t-afternoon", ("dans l’après-midi", None), "2024-08-05", "day", "part-of-day",
     "« ont envahi sa résidence officielle dans l’après-midi »: the afternoon of the publication day."),
    ("t-sunday", ("Dimanche", None), "2024-08-04", "day", "weekday-past",
     "Pluperfect « Dimanche, des affrontements ... avaient fait »: the Sunday before the publication day, 4 "
     "August 2024."),
    ("t-tuesday", ("mardi", None), "2024-08-06", "day", "weekday-future",
     "« doit informer mardi le Parlement »: a planned act, the Tuesday after the publication day, 6 August 2024."),
    ("t-end-july", ("fin juillet", None), "2024-07", "month", "month-past",
     "Pluperfect « L’ONU avait proposé fin juillet »: the end of July before publication, July 2024; no day is "
     "given, so the precision stays the month."),
]

LEDE_EVIDENCE = ("La Première ministre du Bangladesh", "le général Waker-Uz-Zaman.")
WAKER_EVIDENCE = ("« J’assume", "d’opposition.")
SOURCE_EVIDENCE = ("Mme Hasina, 76 ans", "proche de la dirigeante.")
INDIA_EVIDENCE = ("L’Inde « suit", "sur son sol.")
MILLER_EVIDENCE = ("« Nous encourageons", "l’ancienne Première ministre.")
DUJARRIC_EVIDENCE = ("« Le secrétaire général", "sur les violences. »")
UN_EVIDENCE = ("L’ONU avait proposé", "jamais acceptée.")

EVENTS: list[dict[str, Any]] = [
    event("e-resignation", "Event", "Sheikh Hasina resigns on Monday", ("a démissionné", None), [("agent", HASINA)],
          time="t-monday", according_to=[WAKER], evidence=LEDE_EVIDENCE,
          note="« La Première ministre du Bangladesh, Sheikh Hasina, a démissionné lundi »: announced by the army "
               "chief after the clause (« a annoncé le chef de l’armée »), so he is in according_to."),
    event("e-departure", "Event", "Sheikh Hasina leaves Dhaka by helicopter for India on Monday", ("quitté", None),
          [("agent", HASINA)], place=DHAKA, time="t-monday", according_to=[WAKER], evidence=LEDE_EVIDENCE,
          note="« et quitté Dacca en hélicoptère pour l’Inde »: the second verb after « et » shares the subject and "
               "« lundi ». The city left is the place, as « avait quitté Niamey » in gold; India is the destination "
               "(e-presence-india is her being there). « en hélicoptère » is the means, no mention."),
    event("e-revolt", "Event", "Weeks of student revolt in Bangladesh", ("révolte", None), [("agent", STUDENTS)],
          place=BANGLADESH, time="t-weeks", evidence=LEDE_EVIDENCE,
          note="« après plusieurs semaines d’une révolte étudiante »: a nominal event; the adjective « étudiante » "
               "gives its agent, the students (no mention on the adjective). Its place is the country of the "
               "sentence, not written as a place: Bangladesh. Its time is the vague duration."),
    event("e-repression", "Event", "The repression of the student revolt, which killed some 300 people",
          ("répression", None), [("participant", STUDENTS)], place=BANGLADESH, evidence=LEDE_EVIDENCE,
          note="« dont la répression a fait quelque 300 morts »: a nominal event in a relative clause; who repressed "
               "is not written, so no agent. The toll is a figure, not an event of its own."),
    event("e-interim-formation", "Event", "An interim government will be formed", ("sera formé", None),
          [("participant", INTERIM)], status="planned", according_to=[WAKER], evidence=WAKER_EVIDENCE,
          note="« Un gouvernement intérimaire sera formé »: a future passive with no agent, announced: planned. The "
               "government that comes into being is its participant (an event needs one that is not only a theme). "
               "« J’assume toute la responsabilité » is a predicate of the speaker, no event."),
    event("e-opposition-meeting", "Meeting", "The army chief received the opposition party leaders",
          ("reçu", None), [("agent", WAKER), ("participant", OPPOSITION)], evidence=WAKER_EVIDENCE,
          note="« après avoir reçu les dirigeants des principaux partis d’opposition »: a perfect infinitive before "
               "the address; the host is the agent, as « il y recevra » in the bundled article. In the article's own "
               "voice; no weekday in the sentence, so no time."),
    event("e-interim-leadership", "Event", "Someone would lead the interim cabinet", ("dirigerait", None),
          [("participant", INTERIM)], status="hypothetical",
          note="« Il n’a pas précisé qui dirigerait ce cabinet provisoire »: an open question in the conditional, "
               "hypothetical (as « n’a pas dit si la crise y serait évoquée » in gold); the leader is unknown, no "
               "agent; the cabinet is its participant."),
    event("e-landing", "Event", "Hasina's helicopter lands at Hindon air base near New Delhi in the evening",
          ("s’est posé", None), [("agent", HELICOPTER)], place=HINDON, time="t-evening", according_to=[OFFICIAL],
          note="« Selon un responsable indien, l’appareil s’est posé en fin de journée sur la base aérienne de Hindon, "
               "près de New Delhi »: the base is the place; New Delhi (the city) only locates it."),
    event("e-hasina-rule", "Event", "Sheikh Hasina had governed Bangladesh since 2009", ("gouvernait", None),
          [("agent", HASINA), ("theme", BANGLADESH)], time="t-2009", evidence=SOURCE_EVIDENCE,
          note="« qui gouvernait le pays depuis 2009 »: a relative imperfect in the article's voice; « le pays » is "
               "Bangladesh, governed (theme). Its time is the year it began."),
    event("e-london-trip", "Visit", "Sheikh Hasina would like to go on to London", ("gagner", None),
          [("agent", HASINA)], status="hypothetical", place=LONDON, according_to=[SOURCE], evidence=SOURCE_EVIDENCE,
          note="« souhaiterait ensuite gagner Londres »: a wish in the conditional told by the source: hypothetical "
               "(the conditional of hearsay, as « auraient » in gold). « ensuite » is no time."),
    event("e-residence-storming", "Event", "Thousands of protesters storm Hasina's official residence",
          ("ont envahi", None), [("agent", PROTESTERS)], place=RESIDENCE, time="t-afternoon",
          note="« Des milliers de manifestants ont envahi sa résidence officielle dans l’après-midi »: in the "
               "article's own voice; the residence is the place it happened, invaded."),
    event("e-clashes", "Event", "Clashes between students and Awami League activists on Sunday",
          ("affrontements", None), [("participant", STUDENTS), ("participant", ACTIVISTS)], time="t-sunday",
          note="« Dimanche, des affrontements entre étudiants et militants de la Ligue Awami, son parti, avaient fait "
               "près d’une centaine de morts »: a nominal event, the subject of a pluperfect toll; no place written."),
    event("e-briefing", "Event", "Jaishankar to brief the Indian Parliament on Tuesday", ("informer", None),
          [("agent", JAISHANKAR), ("recipient", PARLIAMENT)], status="planned", time="t-tuesday",
          according_to=[INDIAN_MEDIA],
          note="« doit informer mardi le Parlement de la situation, selon des médias indiens »: « doit » with a "
               "future weekday, planned; the Parliament is informed (recipient). An Event, not a speech act: it has "
               "not been said yet and the article gives no words of it."),
    event("e-presence-india", "Event", "Sheikh Hasina is in India", ("présence", None), [("agent", HASINA)],
          place=INDIA, evidence=INDIA_EVIDENCE,
          note="« sans confirmer la présence de Mme Hasina sur son sol »: only the confirmation is negated; her "
               "presence follows from the landing the article reports, so it occurred, in the article's voice. « son "
               "sol » is India (no mention: a possessive phrase)."),
    event("e-rule-of-law", "Event", "The Bangladeshi army to respect the rule of law", ("respecter", None),
          [("agent", ARMY)], status="proposed", according_to=[STATE_DEPT],
          note="« a exhorté l’armée bangladaise à respecter « l’État de droit » »: urged, not done: proposed."),
    event("e-transition", "Event", "A peaceful and democratic transition in Bangladesh", ("transition", None),
          [("participant", BANGLADESH)], status="proposed", according_to=[MILLER], evidence=MILLER_EVIDENCE,
          note="« Nous encourageons une transition pacifique et démocratique »: encouraged, proposed. Bangladesh, its "
               "participant, is not written in the sentence; it follows from the paragraph."),
    event("e-asylum", "Event", "The United States would grant asylum to Sheikh Hasina", ("accorderaient", None),
          [("agent", US), ("recipient", HASINA)], status="hypothetical", evidence=MILLER_EVIDENCE,
          note="« qui a refusé de dire si les États-Unis accorderaient l’asile à l’ancienne Première ministre »: an "
               "open question in the conditional, hypothetical; « l’asile » is no entity."),
    event("e-calm", "Event", "Calm and restraint in Bangladesh", ("retenue", None), [("participant", BANGLADESH)],
          status="proposed", according_to=[DUJARRIC], evidence=DUJARRIC_EVIDENCE,
          note="« appelle au calme et à la retenue »: called for, proposed (as « faire preuve de retenue » in gold); "
               "one event for the two nouns joined by « et », the trigger on the second (the noun gold uses). No "
               "party is written; Bangladesh follows from the article."),
    event("e-inquiry", "Event", "An independent inquiry into the violence", ("enquête", None),
          [("participant", BANGLADESH)], status="proposed", according_to=[DUJARRIC], evidence=DUJARRIC_EVIDENCE,
          note="« il demande une enquête indépendante sur les violences »: demanded, not opened: proposed. « les "
               "violences » restate the repression and the clashes (no entity); the participant is the country where "
               "they happened, not written; who would inquire is not said."),
    event("e-un-proposal", "Proposal", "The UN had offered at the end of July to send observers",
          ("avait proposé", None), [("agent", UN), ("recipient", BANGLADESH)], time="t-end-july",
          evidence=UN_EVIDENCE,
          note="« L’ONU avait proposé fin juillet d’envoyer des observateurs, une offre que Dacca n’avait jamais "
               "acceptée »: a pluperfect proposal in the article's voice; the recipient is Bangladesh, named by « "
               "Dacca » in the apposed relative. « une offre » restates it (no second event)."),
    event("e-observers-dispatch", "Delivery", "UN observers to be sent to Bangladesh", ("envoyer", None),
          [("agent", UN), ("theme", OBSERVERS), ("recipient", BANGLADESH)], status="proposed", evidence=UN_EVIDENCE,
          note="« d’envoyer des observateurs »: what the UN offered, not done: proposed (as Moscow's offer to send a "
               "cosmonaut in the bundled article)."),
    event("e-offer-acceptance", "Acceptance", "Dhaka never accepted the UN's offer", ("acceptée", None),
          [("agent", BANGLADESH), ("recipient", UN)], status="negated", evidence=UN_EVIDENCE,
          note="« une offre que Dacca n’avait jamais acceptée »: a negated pluperfect; « Dacca » is the state. The "
               "recipient is the one whose offer is (not) accepted, as in the bundled article."),
    event("e-recognition", "Event", "The students will recognise no army-led government", ("reconnaîtraient", None),
          [("agent", STUDENTS)], status="negated", according_to=[STUDENTS],
          note="« qu’ils ne reconnaîtraient aucun gouvernement dirigé par l’armée »: a negated future in the past, "
               "told by the students themselves."),
    event("e-army-led-government", "Event", "A government led by the army", ("dirigé", "gouvernement dirigé"),
          [("agent", ARMY)], status="hypothetical", according_to=[STUDENTS],
          note="« aucun gouvernement dirigé par l’armée »: a government that may or may not come, hypothetical; « "
               "aucun gouvernement » is generic and negated, no mention, so no theme."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-waker-announces", "Statement", "The army chief announces Hasina's resignation and departure", WAKER,
           ("a annoncé", None), [], evidence=LEDE_EVIDENCE, about=["e-resignation", "e-departure"],
           note="« a annoncé le chef de l’armée, le général Waker-Uz-Zaman »: the source after the clause; a role "
                "noun with a titled name in apposition. No weekday for the announcement itself: no time."),
    speech("s-waker-address", "Statement", "Waker-Uz-Zaman takes responsibility and says an interim government will "
           "be formed", WAKER, ("a déclaré", "a déclaré l’officier"),
           [("J’assume toute la responsabilité. Un gouvernement intérimaire sera formé", None)],
           evidence=WAKER_EVIDENCE, about=["e-interim-formation"],
           note="A two-sentence quote first, one pair of guillemets, one speech act; « dans une allocution télévisée » "
                "is the occasion (the address is this speech act, not a separate event). « J’ » is the officer."),
    speech("s-waker-silent", "SpeechAct", "Waker-Uz-Zaman does not say who would lead the interim cabinet", WAKER,
           ("précisé", "n’a pas précisé"), [], status="negated", about=["e-interim-leadership"],
           note="« Il n’a pas précisé qui dirigerait ce cabinet provisoire »: a negated speech act (as « n’a pas dit "
                "si » in gold); the trigger is the participle."),
    speech("s-indian-official", "Report", "An Indian official reports the landing at Hindon", OFFICIAL,
           ("Selon", None), [], about=["e-landing"], note="« Selon un responsable indien », before the clause."),
    speech("s-source", "Statement", "A source close to Hasina tells AFP she would like to go to London", SOURCE,
           ("a affirmé", None), [], addressee=AFP, evidence=SOURCE_EVIDENCE, about=["e-london-trip"],
           note="« a affirmé à l’AFP une source proche de la dirigeante »: the source after the clause; AFP the "
                "addressee, as « a assuré à l’AFP un de ses proches » in gold."),
    speech("s-indian-media", "Report", "Indian media report Jaishankar's planned briefing", INDIAN_MEDIA,
           ("selon", "selon des médias indiens"), [], about=["e-briefing"],
           note="« selon des médias indiens », after the clause."),
    speech("s-india-follows", "Statement", "India follows the situation closely", INDIA, ("suit", "« suit de"),
           [("suit de près la situation", None)], according_to=[SPOKESMAN], evidence=INDIA_EVIDENCE,
           note="« L’Inde « suit de près la situation », s’est borné à dire un porte-parole »: the country is the "
                "subject of the quoted verb, so India is the speaker and the spokesman who says it is in "
                "according_to, with his own Report (as « Paris « condamne ... », a déclaré la ministre » in gold). "
                "« New Delhi ... est restée discrète » the sentence before is a stance, no speech act."),
    speech("s-spokesman", "Report", "An Indian spokesman states India's position", SPOKESMAN,
           ("s’est borné à dire", None), [], evidence=INDIA_EVIDENCE, about=["s-india-follows"],
           note="« s’est borné à dire un porte-parole »: an unnamed spokesman, after the quote; no time."),
    speech("s-no-confirmation", "SpeechAct", "The spokesman does not confirm Hasina's presence in India", SPOKESMAN,
           ("confirmer", None), [], status="negated", evidence=INDIA_EVIDENCE, about=["e-presence-india"],
           note="« sans confirmer la présence de Mme Hasina sur son sol »: a negated participle of speech (as « sans "
                "préciser » in gold)."),
    speech("s-state-dept", "Statement", "The State Department urges the Bangladeshi army to respect the rule of law",
           STATE_DEPT, ("a exhorté", None), [("l’État de droit", None)], addressee=ARMY, place=WASHINGTON,
           about=["e-rule-of-law"],
           note="« À Washington, le département d’État a exhorté l’armée bangladaise à respecter « l’État de droit » »:"
                " the army is the addressee; « À Washington » (the city) is where the institution speaks, given as "
                "the speech act's place."),
    speech("s-miller", "Statement", "Matthew Miller: we encourage a peaceful and democratic transition", MILLER,
           ("a déclaré", "a déclaré son porte-parole"),
           [("Nous encourageons une transition pacifique et démocratique", None)], evidence=MILLER_EVIDENCE,
           place=WASHINGTON, about=["e-transition"],
           note="A quote first; « son porte-parole, Matthew Miller »: a possessive role noun and the name in "
                "apposition. « Nous » is the State Department he speaks for. Its place is Washington, which the "
                "sentence before sets (« À Washington »), as in gold."),
    speech("s-miller-refusal", "SpeechAct", "Miller refuses to say whether the United States would grant asylum",
           MILLER, ("a refusé", None), [], status="negated", evidence=MILLER_EVIDENCE, place=WASHINGTON,
           about=["e-asylum"],
           note="« qui a refusé de dire si les États-Unis accorderaient l’asile »: a refusal to speak, a negated "
                "speech act (as a refusal to comment in gold); the trigger is the refusal, « dire » its complement."),
    speech("s-dujarric", "Statement", "Stéphane Dujarric: the Secretary-General calls for calm and an inquiry",
           DUJARRIC, ("a indiqué", None),
           [("Le secrétaire général appelle au calme et à la retenue", None),
            ("et il demande une enquête indépendante sur les violences.", None)],
           evidence=DUJARRIC_EVIDENCE, about=["s-guterres-call", "s-guterres-inquiry"],
           note="One sentence quoted in two parts around « a indiqué Stéphane Dujarric, porte-parole d’António "
                "Guterres, »: one speech act, two quotes; the second keeps its full stop inside the guillemets, as "
                "in gold. The spokesman speaks of his principal in the third person, so he is the speaker (as KCNA's "
                "own wording in the bundled article), and what Guterres does in his words gets speech acts of its "
                "own with no quote."),
    speech("s-guterres-call", "Statement", "António Guterres calls for calm and restraint", GUTERRES,
           ("appelle", None), [], according_to=[DUJARRIC], evidence=DUJARRIC_EVIDENCE, about=["e-calm"],
           note="« Le secrétaire général appelle au calme et à la retenue », in Dujarric's words: his quote, so no "
                "quote here (as Putin's « réaffirmé » inside KCNA's quote in the bundled article)."),
    speech("s-guterres-inquiry", "Statement", "António Guterres demands an independent inquiry into the violence",
           GUTERRES, ("demande", None), [], according_to=[DUJARRIC], evidence=DUJARRIC_EVIDENCE,
           about=["e-inquiry"],
           note="« et il demande une enquête indépendante sur les violences »: a second verb joined by « et », a "
                "second speech act; « il » is Guterres."),
    speech("s-students", "Statement", "The students say they will recognise no army-led government", STUDENTS,
           ("ont fait savoir", None), [], about=["e-recognition", "e-army-led-government"],
           note="« Les étudiants, eux, ont fait savoir qu’ils ne reconnaîtraient aucun gouvernement dirigé par "
                "l’armée »: a plural subject with an emphatic « eux »; no quote, no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
