"""Held-out annotation of navalny-mort-2024-02-16.txt (written for the sixteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/navalny-mort-2024-02-16.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/navalny-mort-2024-02-16.annotation.src.py --check

From held-out set 16 (moved to gold in session 15; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "navalny-mort-2024-02-16.txt"

NOTE = """\
Held-out-16 article: the Russian prison service of the Yamalo-Nenets region announces the death of the opposition \
figure Alexei Navalny in an Arctic penal colony on Friday 16 February 2024 (the file gives the day); the Kremlin's \
no-comment and Peskov's « a été informé »; Moscow's rejection of Western accusations; Washington's, Biden's, \
Scholz's (in Berlin) and Paris's accusations; Yulia Navalnaya speaking in Munich as the Security Conference opens; \
calls for an independent international inquiry; his arrest in January 2021 and transfer in December; an EU foreign \
ministers' meeting planned for Monday in Brussels. The death, the place, the sentence, the arrest and transfer and \
the gist of the reactions follow the real events loosely; the quotes (except Biden's gist), Paris's wording, the \
diplomats, Borrell's announcement and the doctors' details are partly invented. \
What it exercises: a death in the article's lede with the source after the clause (« est mort vendredi dans la \
colonie pénitentiaire de l’Arctique ..., a annoncé le service pénitentiaire de la région de Iamalo-Nénétsie »: a \
Report; the death an Event with Navalny as recipient, as the dead in gold) and a relative imperfect (« où il \
purgeait une peine de dix-neuf ans de prison »: a duration attached to nothing); a quote first with two events \
inside (« le détenu s’est senti mal et a presque immédiatement perdu connaissance ») after a nominal walk; a \
negated resuscitation (« ne sont pas parvenus à le réanimer ») and a quote sourced by « selon le texte » (the same \
communiqué's words: the service is the speaker); a past weekday with a pluperfect appearance at a hearing (« \
Jeudi encore, l’opposant était apparu souriant, par vidéo, lors d’une audience »); a negated speech act of the \
Kremlin with no verb of speech (« s’est gardé de tout commentaire »); a one-clause quote with a passive (« Vladimir \
Poutine « a été informé » ») and a gerund of speech (« en renvoyant aux médecins »); a metonym judging a \
restatement of other speech acts (« Moscou a aussi jugé « inacceptables » les accusations occidentales »); a \
metonym that accuses without a quote (« Washington a ... désigné un responsable ») then a quote first by a name; « \
À Berlin » (the city) a title before the name and a pluperfect quote inside « que »; an imperfect accusation by a \
metonym with a quoted noun phrase (« Paris accusait le pouvoir russe d’une « persécution implacable » »: the \
persecution suspected); « À Munich, où s’ouvrait la Conférence sur la sécurité » (a relative imperfect event at the \
place) with a role noun and a name in apposition and « quelques heures après l’annonce » (the publication day); a \
quote first with « a-t-elle déclaré » after it, « Je » for the speaker and a future passive inside (« qu’ils \
seront punis »: planned) and a past deed (« ce \
qu’ils ont fait à notre pays et à mon mari »); indirect speech with a negated infinitive (« Elle a dit ne pas \
savoir si elle pouvait croire les autorités russes »); a plural group of metonyms calling for an inquiry (proposed) \
with a relative conditional refusal by a metonym sourced to unnamed diplomats (« que Moscou devrait refuser, selon \
des diplomates »: hypothetical); an apposed passive participle with a month and a year, a nominal return from a \
country and a relative pluperfect treatment after a nominal poisoning (« Arrêté en janvier 2021 à son retour \
d’Allemagne, où il avait été soigné après un empoisonnement »), and a pluperfect passive transfer « en décembre » \
(December 2023) into « cette colonie située au-delà du cercle polaire »; a future meeting on a future weekday in a \
city with a joint response as its topic (proposed), sourced after the clause to a role noun with a name in \
apposition; a negated passive in a quote meaning possible (« De nouvelles sanctions ne sont « pas exclues », selon \
lui »: hypothetical, as « n’a pas exclu » in gold).
Places and metonyms. « Le Kremlin » that keeps silent is the institution (Q2060629). « Moscou » is Russia twice (« \
Moscou a aussi jugé », « que Moscou devrait refuser »: Q159, metonyms). « Washington » is the United States (Q30, \
metonym). « À Berlin » is the city where Scholz speaks (local, name); « Paris » that accuses is France (local, \
metonym). « À Munich » is the city (local, name), where the conference opens and Navalnaya speaks. « Bruxelles » is \
the city where the ministers will meet (local, name). « Allemagne » is the country (local, name), the place left on \
his return and the place of the treatment (« où »). « le pouvoir russe » is Russia (Q159, nominal), as « le régime \
nord-coréen » is North Korea in gold. « notre pays » in Navalnaya's quote is Russia (nominal).
Mentions. Navalny: « Alexeï Navalny » (« L’opposant russe » is a title right before the name, part of its phrase, as \
« le président Xi Jinping »), « il » (purgeait), « le détenu » (in the quote), « le » (le réanimer), « l’opposant » \
(twice), « mon mari », « Navalny » (twice). The colony: « la colonie pénitentiaire de l’Arctique » and « cette \
colonie située au-delà du cercle polaire » (nominal, one local place), with « Arctique » and « cercle polaire » \
inside as names of their own (local places, as « Moscou » in « région de Moscou »). The prison service: « le service \
pénitentiaire de la région de Iamalo-Nénétsie » (nominal, a local organisation) and « l’administration »; « la région \
de Iamalo-Nénétsie » is a nominal mention of the region inside it (as « la région de Tver » in gold; the name only \
gives its name and is not marked). « Les médecins » and « aux médecins » (« médecins », the article fused with the \
preposition) are one local group, the medical staff on the case. « son porte-parole » (Peskov), « le chancelier » is \
a title before « Olaf Scholz » (only the name), « son épouse » and « elle »/« Elle » (Navalnaya), « son entourage » \
(a local group, Putin's circle), « les autorités russes » (a local group), « Plusieurs capitales » (a local group), « \
des diplomates » (a local group), « Les ministres des Affaires étrangères de l’Union européenne » (a local group, \
with « Union européenne » inside), « le chef de la diplomatie européenne » and « lui » (Borrell). Not mentions: « le \
texte » and « un communiqué » (the communiqué is the speech act, not an entity, as « Selon ce texte » in gold), « \
les accusations occidentales » (speech acts), « un responsable » (an indefinite predicate, who is then named), « \
ils » in the quote (Putin and his circle at once), « l’annonce » (the announcement restated), « la tribune », « la \
diplomatie européenne ».
Statuses. The death, the walk, the malaise, the loss of consciousness, the causes being established are occurred \
according to the prison service; the resuscitation is negated according to it (« selon le texte » covers the whole \
sentence); Putin's being informed is occurred according to Peskov; Putin's responsibility is suspected according to \
the United States and Biden (a contested charge stays suspected, as the Kremlin's involvement in gold); the \
persecution is suspected according to France; the punishment is planned according to Navalnaya (a future in a \
warning, as « Washington sanctionnerait » in gold) and what Putin's circle did is occurred according to her; the \
inquiry is proposed (called for), Moscow's refusal hypothetical according to the diplomats (« devrait »); the \
meeting is planned, the joint response proposed (on the table, not decided), the new sanctions hypothetical \
according to Borrell. The arrest, the return, the treatment, the poisoning, the transfer, the hearing and the \
appearance are in the article's own voice: occurred, no source.
Times. « vendredi » is the publication day, Friday 16 February 2024; « Jeudi » 15 February 2024 (weekday-past); « \
quelques heures après l’annonce » the publication day (the announcement's day); « lundi » 19 February 2024 \
(weekday-future); « en janvier 2021 » January 2021; « en décembre » December 2023 (a pluperfect month before \
February: the year before); « dix-neuf ans » a duration attached to nothing. The announcement, Navalnaya's words \
and the opening of the conference take the Friday (the lede's day; her words are « quelques heures après \
l’annonce »); the reactions in Washington, Berlin, Paris and Moscow have no weekday: no time (the article does \
not date them, though they are the day's news).
Alexei Navalny, the colony, the Arctic, the prison service, the Yamalo-Nenets region, the doctors, Joe Biden, \
Berlin, Olaf Scholz, France, Munich, the Munich Security Conference, Yulia Navalnaya, Putin's circle, the Russian \
authorities, the capitals, the diplomats, Germany, the Arctic Circle, the EU foreign ministers, the European Union, \
Brussels, Josep Borrell are not in ids.tsv: local, unlinked."""

NAVALNY, COLONY, ARCTIC, FSIN, YAMAL = "local:alexei-navalny", "local:polar-wolf-colony", "local:arctic", \
    "local:yamal-penitentiary-service", "local:yamalo-nenets-region"
DOCTORS, KREMLIN, PUTIN, PESKOV, RUSSIA, US = "local:doctors", "Q2060629", "Q7747", "Q4359688", "Q159", "Q30"
BIDEN, BERLIN, SCHOLZ, FRANCE = "local:joe-biden", "local:berlin", "local:olaf-scholz", "local:france"
MUNICH, MSC, YULIA, ENTOURAGE = "local:munich", "local:munich-security-conference", "local:yulia-navalnaya", \
    "local:putin-circle"
AUTHORITIES, CAPITALS, DIPLOMATS, GERMANY = "local:russian-authorities", "local:capitals", "local:diplomats", \
    "local:germany"
CIRCLE, MINISTERS, EU, BRUSSELS, BORRELL = "local:arctic-circle", "local:eu-foreign-ministers", \
    "local:european-union", "local:brussels", "local:josep-borrell"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (NAVALNY, "Alexeï Navalny", "Alexei Navalny", "person",
     {"description": "opposant russe, mort en détention le 16 février 2024", "unlinked_reason": NOT_VERIFIED}),
    (COLONY, "colonie pénitentiaire de l’Arctique", "Arctic penal colony", "place",
     {"description": "colonie pénitentiaire de la région de Iamalo-Nénétsie, au-delà du cercle polaire, où "
                     "Alexeï Navalny purgeait sa peine",
      "unlinked_reason": NOT_VERIFIED + "; the article does not name it"}),
    (ARCTIC, "Arctique", "Arctic", "place", {"unlinked_reason": NOT_VERIFIED}),
    (FSIN, "service pénitentiaire de la région de Iamalo-Nénétsie", "Yamalo-Nenets regional prison service",
     "organization",
     {"description": "administration pénitentiaire régionale qui a annoncé la mort d’Alexeï Navalny",
      "unlinked_reason": NOT_VERIFIED}),
    (YAMAL, "région de Iamalo-Nénétsie", "Yamalo-Nenets Autonomous Okrug", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DOCTORS, "les médecins", "the doctors", "group",
     {"description": "personnel médical qui a tenté de réanimer Alexeï Navalny et doit établir les causes du décès",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (BERLIN, "Berlin", "Berlin", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SCHOLZ, "Olaf Scholz", "Olaf Scholz", "person",
     {"description": "chancelier allemand", "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "l’État que désigne « Paris »", "unlinked_reason": NOT_VERIFIED}),
    (MUNICH, "Munich", "Munich", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MSC, "Conférence sur la sécurité de Munich", "Munich Security Conference", "other",
     {"description": "conférence annuelle sur la sécurité, ouverte le 16 février 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (YULIA, "Ioulia Navalnaïa", "Yulia Navalnaya", "person",
     {"description": "épouse d’Alexeï Navalny", "unlinked_reason": NOT_VERIFIED}),
    (ENTOURAGE, "entourage de Vladimir Poutine", "Vladimir Putin's circle", "group",
     {"unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (AUTHORITIES, "autorités russes", "Russian authorities", "group",
     {"unlinked_reason": "an unnamed set of institutions, not one Wikidata item"}),
    (CAPITALS, "plusieurs capitales", "several capitals", "group",
     {"description": "gouvernements qui réclament une enquête internationale indépendante",
      "unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (DIPLOMATS, "des diplomates", "diplomats", "group",
     {"description": "diplomates que l’article ne nomme pas",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (GERMANY, "Allemagne", "Germany", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CIRCLE, "cercle polaire", "Arctic Circle", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MINISTERS, "ministres des Affaires étrangères de l’Union européenne", "EU foreign ministers", "group",
     {"unlinked_reason": "a group of people, not one Wikidata item"}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (BORRELL, "Josep Borrell", "Josep Borrell", "person",
     {"description": "chef de la diplomatie européenne", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’opposant russe Alexeï Navalny est mort vendredi dans la colonie pénitentiaire de l’Arctique où il purgeait ...
    ("Alexeï Navalny", None, NAVALNY, "name"),
    ("la colonie pénitentiaire de l’Arctique", None, COLONY, "nominal"),
    ("Arctique", None, ARCTIC, "name"),
    ("il", "où il purgeait", NAVALNY, "pronoun"),
    ("le service pénitentiaire de la région de Iamalo-Nénétsie", None, FSIN, "nominal"),
    ("la région de Iamalo-Nénétsie", None, YAMAL, "nominal"),
    # « Après une promenade, le détenu s’est senti mal ... », a précisé l’administration dans un communiqué.
    ("le détenu", None, NAVALNY, "nominal"),
    ("l’administration", None, FSIN, "nominal"),
    # Les médecins ne sont pas parvenus à le réanimer et les causes du décès « ... », selon le texte.
    ("Les médecins", None, DOCTORS, "nominal"),
    ("le", "à le réanimer", NAVALNY, "pronoun"),
    # Jeudi encore, l’opposant était apparu souriant, par vidéo, lors d’une audience.
    ("l’opposant", "Jeudi encore, l’opposant", NAVALNY, "nominal"),
    # Le Kremlin s’est gardé de tout commentaire ... Vladimir Poutine « a été informé », a seulement déclaré ...
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("médecins", "renvoyant aux médecins", DOCTORS, "nominal"),
    # Moscou a aussi jugé « inacceptables » les accusations occidentales.
    ("Moscou", "Moscou a aussi", RUSSIA, "metonym"),
    # Washington a en effet aussitôt désigné un responsable. « Poutine est responsable ... », a lancé Joe Biden.
    ("Washington", None, US, "metonym"),
    ("Poutine", "« Poutine est", PUTIN, "name"),
    ("Navalny", "la mort de Navalny", NAVALNY, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    # À Berlin, le chancelier Olaf Scholz a estimé que l’opposant avait « ... », tandis que Paris accusait ...
    ("Berlin", None, BERLIN, "name"),
    ("Olaf Scholz", None, SCHOLZ, "name"),
    ("l’opposant", "que l’opposant", NAVALNY, "nominal"),
    ("Paris", None, FRANCE, "metonym"),
    ("le pouvoir russe", None, RUSSIA, "nominal"),
    # À Munich, où s’ouvrait la Conférence sur la sécurité, son épouse, Ioulia Navalnaïa, est montée à la tribune ...
    ("Munich", None, MUNICH, "name"),
    ("Conférence sur la sécurité", None, MSC, "name"),
    ("son épouse", None, YULIA, "nominal"),
    ("Ioulia Navalnaïa", None, YULIA, "name"),
    # « Je veux que Poutine et son entourage sachent ... à notre pays et à mon mari », a-t-elle déclaré.
    ("Je", "« Je veux", YULIA, "pronoun"),
    ("Poutine", "que Poutine et", PUTIN, "name"),
    ("son entourage", None, ENTOURAGE, "nominal"),
    ("notre pays", None, RUSSIA, "nominal"),
    ("mon mari", None, NAVALNY, "nominal"),
    ("elle", "a-t-elle", YULIA, "pronoun"),
    # Elle a dit ne pas savoir si elle pouvait croire les autorités russes.
    ("Elle", "Elle a dit", YULIA, "pronoun"),
    ("elle", "si elle pouvait", YULIA, "pronoun"),
    ("les autorités russes", None, AUTHORITIES, "nominal"),
    # Plusieurs capitales réclament une enquête ..., que Moscou devrait refuser, selon des diplomates.
    ("Plusieurs capitales", None, CAPITALS, "nominal"),
    ("Moscou", "que Moscou devrait", RUSSIA, "metonym"),
    ("des diplomates", None, DIPLOMATS, "nominal"),
    # Arrêté en janvier 2021 à son retour d’Allemagne, où il avait été soigné ..., Navalny avait été transféré ...
    ("Allemagne", None, GERMANY, "name"),
    ("il", "où il avait", NAVALNY, "pronoun"),
    ("Navalny", "Navalny avait été", NAVALNY, "name"),
    ("cette colonie située au-delà du cercle polaire", None, COLONY, "nominal"),
    ("cercle polaire", None, CIRCLE, "name"),
    # Les ministres des Affaires étrangères de l’Union européenne évoqueront lundi à Bruxelles ..., Josep Borrell.
    ("Les ministres des Affaires étrangères de l’Union européenne", None, MINISTERS, "nominal"),
    ("Union européenne", None, EU, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("le chef de la diplomatie européenne", None, BORRELL, "nominal"),
    ("Josep Borrell", None, BORRELL, "name"),
    # De nouvelles sanctions ne sont « pas exclues », selon lui.
    ("lui", "selon lui", BORRELL, "pronoun"),
]

PUB_DAY = "The publication day, Friday 16 February 2024 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", None), "2024-02-16", "day", "weekday-publication-day",
     "« est mort vendredi »: " + PUB_DAY),
    ("t-nineteen-years", ("dix-neuf ans", None), None, "duration", "explicit-duration",
     "« une peine de dix-neuf ans de prison »: the length of the sentence (P19Y); attached to nothing, as « plus de "
     "cinq heures » in gold."),
    ("t-thursday", ("Jeudi", None), "2024-02-15", "day", "weekday-past",
     "Pluperfect « Jeudi encore, l’opposant était apparu »: the Thursday before the publication day: 15 February "
     "2024."),
    ("t-hours-after", ("quelques heures après l’annonce", None), "2024-02-16", "day", "same-day-as-event",
     "« quelques heures après l’annonce »: a few hours after the announcement of the death, on its day. " + PUB_DAY),
    ("t-january-2021", ("en janvier 2021", None), "2021-01", "month", "explicit-month-year",
     "« Arrêté en janvier 2021 »: the month and year are written."),
    ("t-december", ("en décembre", None), "2023-12", "month", "month-past",
     "Pluperfect « avait été transféré en décembre »: the last December before February 2024, December 2023."),
    ("t-monday", ("lundi", None), "2024-02-19", "day", "weekday-future",
     "Future « évoqueront lundi à Bruxelles »: the Monday after the publication day: 19 February 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-death", "Event", "Alexei Navalny died in the Arctic penal colony on Friday", ("est mort", None),
          [("recipient", NAVALNY)], place=COLONY, time="t-friday", according_to=[FSIN],
          note="« est mort vendredi dans la colonie pénitentiaire de l’Arctique ..., a annoncé le service "
               "pénitentiaire »: the dead man takes the recipient role (as the dead in gold). « du décès », « la mort "
               "de Navalny » and « l’annonce » restate it or its announcement (one event)."),
    event("e-sentence", "Event", "Navalny was serving a nineteen-year prison sentence in the colony",
          ("purgeait", None), [("agent", NAVALNY)], place=COLONY,
          note="« où il purgeait une peine de dix-neuf ans de prison »: an imperfect relative, the article's own "
               "voice; « dix-neuf ans » is the sentence's length (a duration attached to nothing), not the event's "
               "time."),
    event("e-walk", "Event", "Navalny's walk before he felt unwell", ("promenade", None), [("agent", NAVALNY)],
          place=COLONY, time="t-friday", according_to=[FSIN],
          note="« Après une promenade, le détenu ... »: the walk is the prisoner's, in the quote of the service. The "
               "quote writes no day or place: the walk, the malaise, the loss of consciousness and the failed "
               "resuscitation take the death's Friday and colony (implied by the lede, as talks take the city of "
               "the reception in gold)."),
    event("e-malaise", "Event", "Navalny felt unwell after the walk", ("s’est senti mal", None),
          [("participant", NAVALNY)], place=COLONY, time="t-friday", part_of="e-death", according_to=[FSIN]),
    event("e-unconscious", "Event", "Navalny lost consciousness almost immediately", ("perdu connaissance", None),
          [("participant", NAVALNY)], place=COLONY, time="t-friday", part_of="e-death", according_to=[FSIN]),
    event("e-resuscitation", "Event", "The doctors did not manage to resuscitate Navalny",
          ("réanimer", None), [("agent", DOCTORS), ("recipient", NAVALNY)], status="negated",
          place=COLONY, time="t-friday", according_to=[FSIN],
          note="« Les médecins ne sont pas parvenus à le réanimer »: the resuscitation did not happen, so the event "
               "is the infinitive's, negated (as « ne livrer aucune arme » in gold; the failed attempt is not a "
               "second event); « selon le texte » at the end of the sentence covers both clauses."),
    event("e-causes", "Event", "The causes of the death are being established", ("en cours d’établissement", None),
          [("agent", DOCTORS)], according_to=[FSIN],
          note="« les causes du décès « sont en cours d’établissement » »: an ongoing process, occurred (as « "
               "continuent de s’accumuler » in gold). The ones who establish them are not written in this clause; "
               "Peskov's « en renvoyant aux médecins » gives them to the doctors."),
    event("e-hearing", "Event", "A court hearing on Thursday at which Navalny appeared", ("audience", None),
          [("participant", NAVALNY)], time="t-thursday",
          note="« lors d’une audience »: the court is not written; Navalny took part by video. No place."),
    event("e-appearance", "Event", "Navalny appeared smiling, by video, at the Thursday hearing",
          ("était apparu", None), [("agent", NAVALNY)], time="t-thursday", part_of="e-hearing",
          note="A pluperfect with a past weekday (« Jeudi encore »): the article's own voice."),
    event("e-putin-informed", "Event", "Vladimir Putin has been informed of the death", ("a été informé", None),
          [("recipient", PUTIN)], according_to=[PESKOV],
          note="Inside Peskov's one-clause quote; a passive with no agent written."),
    event("e-putin-responsibility", "Event", "Putin is responsible for Navalny's death (accusation)",
          ("responsable", "« Poutine est responsable"), [("agent", PUTIN), ("recipient", NAVALNY)],
          status="suspected", according_to=[US, BIDEN],
          note="« Washington a ... désigné un responsable. « Poutine est responsable de la mort de Navalny » »: a "
               "contested charge stays suspected (as the Kremlin's involvement in gold), according to both the "
               "United States and Biden."),
    event("e-persecution", "Event", "The Russian authorities' « relentless persecution » of Navalny (accusation)",
          ("persécution", None), [("agent", RUSSIA), ("recipient", NAVALNY)], status="suspected",
          according_to=[FRANCE],
          note="« Paris accusait le pouvoir russe d’une « persécution implacable » »: an accusation, suspected; the "
               "persecuted is not written in the sentence but is Navalny, the subject of the paragraph."),
    event("e-conference-opening", "Event", "The Munich Security Conference opens", ("s’ouvrait", None),
          [("participant", MSC)], place=MUNICH, time="t-friday",
          note="« À Munich, où s’ouvrait la Conférence sur la sécurité »: a relative imperfect at the place, on the "
               "same day as Navalnaya's speech (the publication day). A thing alone takes the participant role."),
    event("e-tribune", "Event", "Yulia Navalnaya takes the floor in Munich a few hours after the announcement",
          ("est montée", None), [("agent", YULIA)], place=MUNICH, time="t-hours-after",
          note="« est montée à la tribune quelques heures après l’annonce »: the speech is her quote's occasion; « la "
               "tribune » is no entity."),
    event("e-punishment", "Event", "Putin and his circle will be punished", ("seront punis", None),
          [("recipient", PUTIN), ("recipient", ENTOURAGE)], status="planned", according_to=[YULIA],
          note="« qu’ils seront punis »: a future in a warning, planned (as « Washington sanctionnerait » in gold); « "
               "ils » is Putin and his circle at once (not a mention); who will punish is not written."),
    event("e-deeds", "Event", "What Putin and his circle did to Russia and to Navalny", ("ont fait", None),
          [("agent", PUTIN), ("agent", ENTOURAGE), ("recipient", RUSSIA), ("recipient", NAVALNY)],
          according_to=[YULIA],
          note="« pour ce qu’ils ont fait à notre pays et à mon mari »: a past deed, occurred according to her; « "
               "notre pays » is Russia, « mon mari » Navalny."),
    event("e-inquiry", "Event", "An independent international inquiry into the death", ("enquête", None),
          [("participant", NAVALNY)], status="proposed", according_to=[CAPITALS],
          note="« Plusieurs capitales réclament une enquête internationale indépendante »: called for, not agreed: "
               "proposed. Its investigators are not written; the dead man whose death it would examine is its only "
               "participant (the shapes require one, as for an event with only a thing in it in gold)."),
    event("e-refusal", "Event", "Moscow is expected to refuse the inquiry", ("devrait refuser", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[DIPLOMATS],
          note="« que Moscou devrait refuser, selon des diplomates »: an expectation in the conditional, "
               "hypothetical; « Moscou » is Russia."),
    event("e-arrest", "Event", "Navalny was arrested in January 2021 on his return from Germany", ("Arrêté", None),
          [("recipient", NAVALNY)], time="t-january-2021",
          note="An apposed passive participle with its month and year; who arrested him and where are not written."),
    event("e-return", "Event", "Navalny returned from Germany in January 2021", ("retour", None),
          [("agent", NAVALNY)], place=GERMANY, time="t-january-2021",
          note="« à son retour d’Allemagne »: the place left is the place (as « doit quitter la Chine » in gold); the "
               "arrest is on the same occasion, so the same month."),
    event("e-treatment", "Event", "Navalny had been treated in Germany after a poisoning", ("avait été soigné", None),
          [("recipient", NAVALNY)], place=GERMANY,
          note="« où il avait été soigné »: « où » is Germany; a relative pluperfect with no time written."),
    event("e-poisoning", "Event", "Navalny had been poisoned", ("empoisonnement", None), [("recipient", NAVALNY)],
          note="« après un empoisonnement »: nominal, no agent, no time, no place written; stated in the article's "
               "own voice."),
    event("e-transfer", "Event", "Navalny had been transferred to the colony in December 2023",
          ("avait été transféré", None), [("recipient", NAVALNY)], place=COLONY, time="t-december",
          note="« avait été transféré en décembre dans cette colonie située au-delà du cercle polaire »: the "
               "destination is the place; December 2023 (the last December before publication)."),
    event("e-eu-meeting", "Meeting", "EU foreign ministers to discuss a joint response in Brussels on Monday",
          ("évoqueront", None), [("participant", MINISTERS)], status="planned", place=BRUSSELS, time="t-monday",
          according_to=[BORRELL],
          note="« Les ministres ... évoqueront lundi à Bruxelles une réponse commune, a annoncé ... Josep Borrell »: "
               "a future meeting, planned."),
    event("e-joint-response", "Event", "A joint EU response to Navalny's death", ("réponse commune", None),
          [("agent", EU)], status="proposed", according_to=[BORRELL],
          note="The topic of the meeting: on the table, not decided: proposed. « Union européenne » from the "
               "ministers' phrase is the one that would respond."),
    event("e-new-sanctions", "Sanction", "New EU sanctions are not ruled out", ("sanctions", None), [("agent", EU)],
          status="hypothetical", according_to=[BORRELL],
          note="« De nouvelles sanctions ne sont « pas exclues », selon lui »: not ruled out, so possible: "
               "hypothetical (as « n’a pas exclu de viser des banques » in gold). Their target is not written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-fsin-announcement", "Report", "The prison service announces Navalny's death", FSIN,
           ("a annoncé", "a annoncé le service"), [], time="t-friday", about=["e-death", "e-sentence"],
           note="The source after the clause; the announcement is the lede's day (« quelques heures après l’annonce » "
                "puts it on the Friday)."),
    speech("s-fsin-malaise", "Report", "The prison service: after a walk the prisoner felt unwell and lost "
           "consciousness", FSIN, ("a précisé", None),
           [("Après une promenade, le détenu s’est senti mal et a presque immédiatement perdu connaissance", None)],
           time="t-friday", about=["e-walk", "e-malaise", "e-unconscious"],
           note="A quote first, « a précisé l’administration dans un communiqué »: the communiqué is the speech act, "
                "not an entity."),
    speech("s-fsin-causes", "Report", "The communiqué: the causes of the death are being established", FSIN,
           ("selon", "selon le texte"), [("sont en cours d’établissement", None)], time="t-friday",
           about=["e-resuscitation", "e-causes", "e-death"],
           note="« selon le texte »: the same communiqué, so the service is the speaker (as « Selon ce texte » in "
                "gold); it covers the failed resuscitation too."),
    speech("s-kremlin-no-comment", "SpeechAct", "The Kremlin declines to comment on the circumstances", KREMLIN,
           ("s’est gardé", None), [], status="negated", about=["e-death"],
           note="« s’est gardé de tout commentaire »: a refusal to comment is a negated speech act (gold)."),
    speech("s-peskov-informed", "Statement", "Peskov: Putin « has been informed »", PESKOV,
           ("a seulement déclaré", None), [("a été informé", None)], about=["e-putin-informed"],
           note="« Vladimir Poutine « a été informé », a seulement déclaré son porte-parole, Dmitri Peskov »: the "
                "quote is only the verb phrase. No weekday: no time."),
    speech("s-peskov-doctors", "SpeechAct", "Peskov refers questions to the doctors", PESKOV, ("renvoyant", None), [],
           about=["e-causes"],
           note="« en renvoyant aux médecins »: a gerund of speech, a second speech act on the same occasion (as a "
                "gerund accusation in gold). The doctors are those he refers the question to, not his hearers: a "
                "mention, no addressee."),
    speech("s-moscow-unacceptable", "Statement", "Moscow judges Western accusations « unacceptable »", RUSSIA,
           ("a aussi jugé", None), [("inacceptables", None)],
           about=["s-us-accusation", "s-biden", "s-scholz", "s-paris", "e-putin-responsibility", "e-persecution"],
           note="« les accusations occidentales » restates the accusations of the next paragraph (speech acts, not "
                "a mention). « Moscou » is Russia."),
    speech("s-us-accusation", "SpeechAct", "Washington names someone responsible", US, ("désigné", None), [],
           about=["e-putin-responsibility"],
           note="« Washington a en effet aussitôt désigné un responsable »: an accusation without a quote by a "
                "metonym (the United States); « un responsable » is named by the next quote."),
    speech("s-biden", "Statement", "Biden: Putin is responsible for Navalny's death", BIDEN, ("a lancé", None),
           [("Poutine est responsable de la mort de Navalny", None)], about=["e-putin-responsibility", "e-death"],
           note="A quote first, a name after the verb; no place or time written."),
    speech("s-scholz", "Statement", "Scholz: Navalny « paid for his courage with his life »", SCHOLZ,
           ("a estimé", None), [("payé son courage de sa vie", None)], place=BERLIN, about=["e-death"],
           note="« À Berlin » fronted: the city where he speaks (as « À Moscou » in gold). « le chancelier » is a "
                "title right before the name. The quote restates the death (no new event)."),
    speech("s-paris", "Statement", "Paris accuses the Russian authorities of « relentless persecution »", FRANCE,
           ("accusait", None), [("persécution implacable", None)], about=["e-persecution"],
           note="« tandis que Paris accusait le pouvoir russe »: France (a metonym); an imperfect of narration."),
    speech("s-yulia-warning", "Warning", "Yulia Navalnaya: Putin and his circle will be punished", YULIA,
           ("a-t-elle déclaré", None),
           [("Je veux que Poutine et son entourage sachent qu’ils seront punis pour ce qu’ils ont fait à notre pays "
             "et à mon mari", None)],
           time="t-hours-after", place=MUNICH, about=["e-punishment", "e-deeds"],
           note="Said at the tribune in Munich, « quelques heures après l’annonce »: that time and place."),
    speech("s-yulia-doubt", "Statement", "Yulia Navalnaya says she does not know whether to believe the Russian "
           "authorities", YULIA, ("a dit", None), [], time="t-hours-after", place=MUNICH, about=["e-death"],
           note="« Elle a dit ne pas savoir si elle pouvait croire les autorités russes »: indirect speech on the same "
                "occasion; the negation is inside what she says (not knowing), so the speech act occurred."),
    speech("s-capitals", "Statement", "Several capitals call for an independent international inquiry", CAPITALS,
           ("réclament", None), [], about=["e-inquiry"],
           note="« Plusieurs capitales réclament »: an unnamed group of states, one speaker (a local group)."),
    speech("s-diplomats", "Report", "Diplomats expect Moscow to refuse the inquiry", DIPLOMATS,
           ("selon", "selon des diplomates"), [], about=["e-refusal"]),
    speech("s-borrell-announcement", "Statement", "Borrell announces the ministers' meeting on Monday", BORRELL,
           ("a annoncé", "a annoncé le chef"), [], about=["e-eu-meeting", "e-joint-response"],
           note="The source after the clause, a role noun with the name in apposition."),
    speech("s-borrell-sanctions", "Statement", "Borrell: new sanctions are « not ruled out »", BORRELL,
           ("selon", "selon lui"), [("pas exclues", None)], about=["e-new-sanctions"],
           note="« De nouvelles sanctions ne sont « pas exclues », selon lui »: « lui » is Borrell."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
