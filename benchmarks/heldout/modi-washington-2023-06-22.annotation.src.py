"""Held-out annotation of modi-washington-2023-06-22.txt (written for the twenty-sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/heldout/modi-washington-2023-06-22.annotation.src.py
    python tools/annotate_offsets.py benchmarks/heldout/modi-washington-2023-06-22.annotation.src.py --check

Held-out set 26: never tune extraction rules on this article (see benchmarks/heldout/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "modi-washington-2023-06-22.txt"

NOTE = """\
Held-out-26 article: India's prime minister Narendra Modi, received by Joe Biden at the White House on Thursday 22 \
June 2023 during a state visit to Washington that Beijing watches closely, concludes several defence agreements \
with his host; Biden says at the welcome ceremony that the two countries have never been so close and Modi praises \
a friendship « stronger than ever »; according to a joint communiqué General Electric will produce fighter-jet \
engines in India with the state-owned HAL, and the national security adviser Jake Sullivan says the United States \
had never shared such sensitive technology; New Delhi is also to buy 31 armed MQ-9B drones, a contract that could \
be signed soon; Modi, who arrived from New York the day before, is to address Congress in the afternoon, as he did \
in 2016, and several Democratic lawmakers announce they will boycott the speech, reproaching the Indian government \
with persecuting religious minorities; at a rare joint press conference a journalist questions him about Indian \
Muslims and he answers that there is no place for discrimination in his country; Biden says he had a « frank » \
discussion on democracy with his guest, without elaborating; in Beijing the foreign ministry spokesman Wang Wenbin \
warns on Thursday against « small circles » without naming India; on Ukraine Modi defends his country's position \
(abstentions at the UN votes on the Russian invasion, continuing oil purchases from Moscow) and had told the Wall \
Street Journal on Tuesday that India is not neutral but defends peace; a senior US official says Washington does \
not ask India to choose between the United States and Russia, its main arms supplier; a state dinner is planned on \
Thursday evening, before Modi leaves for Cairo on Saturday. Published Thursday 22 June 2023 (the file gives the \
day). The state visit, the GE engine deal, the MQ-9B drones, the Congress speech and the 2016 one, the boycott, the \
press-conference question, the arrival from New York, the Wall Street Journal interview and the trip to Cairo follow \
the real events loosely; the quotes, Sullivan's, Wang Wenbin's and the official's words, the figures' wording and \
the contract's timing are invented or simplified.
What it exercises: a fronted passive participle with the publication-day weekday, a building and its agent after « \
par » (« Accueilli jeudi à la Maison Blanche par Joe Biden »: a Meeting, Biden the agent), then a role noun and a \
name in apposition concluding agreements « avec son hôte » (an Agreement; the agreements are documents, no \
mention) « lors d’une visite d’État à Washington » (the city, Q61) with a relative present watching by a metonym \
(« que Pékin suit de près »: China the agent); a quote first with a possessive plural (« Nos deux pays »: no \
mention) under « a lancé le président démocrate lors de la cérémonie d’accueil » (the ceremony restates the \
reception: its Thursday and the White House) and a reply by a possessive role noun with a quoted adjective phrase \
(« Son invité a salué en retour une amitié « plus forte que jamais » »); a future production by a company in a \
country with a partner after « avec » and a title before its name (« avec le constructeur public HAL ») sourced to \
« un communiqué commun » (two Reports, the United States and India, one trigger); a quote first with « Jamais nous \
n’avions partagé » (a negated pluperfect, « nous » the United States) under a role noun and a name in apposition; a \
planned purchase by a metonym with a count and a model name, restated by « un contrat qui pourrait être signé \
prochainement » (a hypothetical Agreement, a vague future; « un contrat » no mention); a fronted participle with « \
la veille » and an origin (« Arrivé la veille de New York »: the eve of the Thursday reception), a planned speech \
with « doit » and « dans l’après-midi » to an institution, and a relative pluperfect speech with « déjà » and a \
year (« où il s’était déjà exprimé en 2016 »); a plural group announcing a conditional of reported future (« ont \
annoncé qu’ils boycotteraient ce discours »: planned) and a participle accusation with « reprocher à » (« \
reprochant au gouvernement indien de persécuter les minorités religieuses »: suspected); « Lors d’une rare \
conférence de presse commune » (the occasion) over a question by an unnamed journalist to a role noun, then a quote \
first whose clause goes on outside the guillemets (« « Il n’y a aucune place pour la discrimination » dans son pays, \
a-t-il répondu »: the discrimination negated); an emphatic « lui » between commas with an infinitive perfect and a \
quoted adjective (« a, lui, assuré avoir eu avec son invité une discussion « franche » »: the discussion a Meeting \
according to Biden) and « sans s’étendre davantage » (a negated speech act); « À Pékin » (the city) a role noun \
holding a ministry's name and a name in apposition warning on the publication day against a quoted noun phrase with \
no referent, and « sans nommer l’Inde » (a negated speech act); « Sur l’Ukraine » a defence of a position with a \
relative clause holding two coordinated verbs (« qui s’est abstenu lors des votes de l’ONU sur l’invasion russe et \
continue d’acheter du pétrole à Moscou »: an abstention, and a Delivery with the seller a metonym after « à »), then \
a quote first with a negated predicate and « Nous »/« nous » for India under a pluperfect inverted « avait-il \
déclaré mardi au Wall Street Journal »; a negated request by a metonym with « choisir entre » two states and an \
apposed role noun for the second (« la Russie, son principal fournisseur d’armes »: no event) sourced after the \
clause to an anonymous official; a planned state dinner « jeudi soir » in the passive of plan (« est prévu ») and a \
nominal planned departure with a possessive and a future weekday (« avant son départ samedi pour Le Caire »).
Places and metonyms. « Washington » is the city (Q61, name) in « une visite d’État à Washington » and the United \
States (Q30, metonym) in « Washington ne demande pas ». « Pékin » is China (Q148, metonym) in « que Pékin suit de \
près » and the city (Q956, name) in « À Pékin », where Wang Wenbin speaks. « New Delhi » is India (local, metonym). \
« Moscou » is Russia (Q159, metonym): it sells the oil. « Maison Blanche » is the building (a local place), the \
place of the reception, the agreements and the press conference. « New York » is the city Modi arrived from (local, \
a mention with no role). « Le Caire » is the city (local), the departure's destination.
Mentions. Modi is « le Premier ministre indien », « Narendra Modi », « Son invité » (Biden's guest), « Modi » in « \
M. Modi » (twice), « il » (« où il s’était », « a-t-il répondu », « avait-il déclaré »), « le dirigeant \
nationaliste hindou », « son invité » and « dirigeant indien » (after the fused « du »). Biden is « Joe Biden » \
(twice), « son hôte », « le président démocrate » and the emphatic « lui ». India is « Inde » (three times), « New \
Delhi », « son pays » (twice) and « Nous »/« nous » in Modi's quote. « nous » in Sullivan's quote is the United \
States. « ministère chinois des Affaires étrangères » inside Wang Wenbin's role noun is a mention (a name of its \
own, as in gold/wang-yi-canberra-2024-03-20). « l’invasion russe » is the invasion (Q110999040, nominal); « ONU » \
the United Nations (Q1065). « la Russie, son principal fournisseur d’armes »: the apposed role noun is a second \
nominal mention of Russia. « Le Caire » keeps its article (part of the name). Local things and groups: « des moteurs \
d’avions de combat » (the engines, the production's theme), « 31 drones armés MQ-9B » (the purchase's theme; « \
MQ-9B » only names the model), « pétrole » (after the partitive « du »), « Plusieurs élus démocrates » and its « ils \
», « les minorités religieuses », « musulmans indiens » (after the fused « des »). Not mentions: « Nos deux pays » \
(possessive plural), « un communiqué commun » and « un contrat » (documents, as in gold), « une technologie aussi \
sensible » (a comparison, no referent), « ce discours » (the speech, a speech act), « la démocratie », « la \
position », « les « petits cercles » » (a quoted phrase with no referent); « Il » in « Il n’y \
a » is impersonal; « où » and « qui » are relative pronouns; « son » in « son départ » is a possessive.
Statuses. The reception, the agreements, the state visit, the watching, the arrival, the abstentions, the oil \
purchases and the discussion (according to Biden) occurred; the engine production (future), the drone purchase (« \
doit »), the boycott (announced), the dinner (« est prévu ») and the departure are planned; the contract's signing \
(« pourrait ») is hypothetical; the persecution is suspected (the lawmakers' reproach); the sharing of such \
technology before (« Jamais nous n’avions partagé ») and the discrimination Modi denies are negated; the Congress \
speech is a planned speech act, the 2016 one occurred; Biden's not elaborating, Wang's not naming India and \
Washington's not asking are negated speech acts.
Times. « jeudi » (twice: the reception, Wang Wenbin's warning) is the publication day, Thursday 22 June 2023; « la \
veille » is Wednesday 21 June 2023 (the eve of the Thursday reception); « dans l’après-midi » and « jeudi soir » are \
parts of the publication day; « en 2016 » a year; « prochainement » a vague future; « mardi » (pluperfect) Tuesday \
20 June 2023; « samedi » (future) Saturday 24 June 2023. The agreements, Biden's ceremony words, Modi's reply, the \
press-conference question and answer take the reception's Thursday and the White House (the same occasion, as the \
press-conference words in gold/kishida-washington-2024-04-10); the communiqué, Sullivan's words, the production, \
the purchase, the boycott announcement, Biden's assurance, Modi's defence of his position and the official's \
assurance have no weekday of their own written: no time.
Linked: the United States (Q30), Washington (Q61), China (Q148), Beijing (Q956), Russia (Q159), Ukraine (Q212), the \
Russian invasion of Ukraine (Q110999040) and the United Nations (Q1065). Unlinked (not in ids.tsv): Narendra Modi, \
Joe Biden, India, the White House, General Electric, HAL, the engines, Jake Sullivan, the drones, New York, the US \
Congress, the Democratic lawmakers, the Indian government, the religious minorities, the journalist, the Indian \
Muslims, the Chinese foreign ministry, Wang Wenbin, the Russian oil, the Wall Street Journal, the senior US \
official and Cairo."""

US, WASHINGTON, CHINA, BEIJING, RUSSIA, UKRAINE, INVASION, UN = "Q30", "Q61", "Q148", "Q956", "Q159", "Q212", \
    "Q110999040", "Q1065"
MODI, BIDEN, INDIA, WH = "local:narendra-modi", "local:joe-biden", "local:india", "local:white-house"
GE, HAL, ENGINES, SULLIVAN, DRONES = "local:general-electric", "local:hal", "local:fighter-jet-engines", \
    "local:jake-sullivan", "local:mq-9b-drones"
NEW_YORK, CONGRESS, DEMOCRATS, IN_GOV, MINORITIES = "local:new-york", "local:us-congress", \
    "local:democratic-lawmakers", "local:indian-government", "local:religious-minorities-india"
JOURNALIST, MUSLIMS, CN_MFA, WANG = "local:press-conference-journalist", "local:indian-muslims", \
    "local:chinese-foreign-ministry", "local:wang-wenbin"
OIL, WSJ, OFFICIAL, CAIRO = "local:russian-oil", "local:wall-street-journal", "local:senior-us-official", \
    "local:cairo"

DESCRIPTIONS = {US: "aussi désignés par « Washington » (métonymie) et « nous » dans la citation de Jake Sullivan",
                CHINA: "aussi désignée par « Pékin » (métonymie)",
                RUSSIA: "aussi désignée par « Moscou » (métonymie) et « son principal fournisseur d’armes »"}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (WH, "Maison Blanche", "White House (the building)", "place",
     {"description": "résidence du président américain à Washington, où Narendra Modi est accueilli",
      "unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (MODI, "Narendra Modi", "Narendra Modi", "person",
     {"description": "Premier ministre de l’Inde", "unlinked_reason": NOT_VERIFIED}),
    (INDIA, "Inde", "India", "country",
     {"description": "aussi désignée par « New Delhi » (métonymie) et « son pays »", "class_qid": "Q3624078",
      "unlinked_reason": NOT_VERIFIED}),
    (GE, "General Electric", "General Electric", "organization",
     {"description": "groupe industriel américain", "unlinked_reason": NOT_VERIFIED}),
    (HAL, "HAL", "Hindustan Aeronautics Limited", "organization",
     {"description": "constructeur aéronautique public indien", "unlinked_reason": NOT_VERIFIED}),
    (ENGINES, "moteurs d’avions de combat", "fighter-jet engines", "object",
     {"description": "les moteurs que General Electric doit produire en Inde avec HAL",
      "unlinked_reason": "an unspecified number of engines, not one Wikidata item"}),
    (SULLIVAN, "Jake Sullivan", "Jake Sullivan", "person",
     {"description": "conseiller à la sécurité nationale du président américain", "unlinked_reason": NOT_VERIFIED}),
    (DRONES, "31 drones armés MQ-9B", "31 armed MQ-9B drones", "object",
     {"description": "les drones que l’Inde doit acheter",
      "unlinked_reason": "a set of aircraft, not one Wikidata item"}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CONGRESS, "Congrès des États-Unis", "United States Congress", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DEMOCRATS, "plusieurs élus démocrates", "several Democratic lawmakers", "group",
     {"description": "élus démocrates du Congrès qui boycottent le discours",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (IN_GOV, "gouvernement indien", "Government of India", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (MINORITIES, "minorités religieuses de l’Inde", "religious minorities in India", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (JOURNALIST, "une journaliste", "a journalist", "person",
     {"description": "journaliste qui interroge Narendra Modi lors de la conférence de presse",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (MUSLIMS, "musulmans indiens", "Indian Muslims", "group",
     {"unlinked_reason": "a population group, not one Wikidata item here"}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (WANG, "Wang Wenbin", "Wang Wenbin", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (OIL, "pétrole russe", "Russian oil", "object",
     {"description": "le pétrole que l’Inde achète à la Russie",
      "unlinked_reason": "an unspecified quantity of oil, not one Wikidata item"}),
    (WSJ, "Wall Street Journal", "The Wall Street Journal", "organization",
     {"description": "quotidien américain", "class_qid": "Q11032", "unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "haut responsable américain anonyme", "anonymous senior US official", "person",
     {"unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (CAIRO, "Le Caire", "Cairo", "place", {"class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Accueilli jeudi à la Maison Blanche par Joe Biden, le Premier ministre indien, Narendra Modi, a conclu avec
    # son hôte plusieurs accords de défense lors d’une visite d’État à Washington que Pékin suit de près.
    ("Maison Blanche", None, WH, "name"),
    ("Joe Biden", 1, BIDEN, "name"),
    ("le Premier ministre indien", None, MODI, "nominal"),
    ("Narendra Modi", None, MODI, "name"),
    ("son hôte", None, BIDEN, "nominal"),
    ("Washington", "visite d’État à Washington", WASHINGTON, "name"),
    ("Pékin", "que Pékin suit", CHINA, "metonym"),
    # « Nos deux pays n’ont jamais été aussi proches », a lancé le président démocrate lors de la cérémonie ...
    ("le président démocrate", None, BIDEN, "nominal"),
    ("Son invité", None, MODI, "nominal"),
    # General Electric produira en Inde, avec le constructeur public HAL, des moteurs d’avions de combat, ...
    ("General Electric", None, GE, "name"),
    ("Inde", "produira en Inde", INDIA, "name"),
    ("HAL", None, HAL, "name"),
    ("des moteurs d’avions de combat", None, ENGINES, "nominal"),
    # « Jamais nous n’avions partagé ... », a souligné le conseiller à la sécurité nationale, Jake Sullivan.
    ("nous", "Jamais nous", US, "pronoun"),
    ("le conseiller à la sécurité nationale", None, SULLIVAN, "nominal"),
    ("Jake Sullivan", None, SULLIVAN, "name"),
    # New Delhi doit aussi acheter 31 drones armés MQ-9B, un contrat qui pourrait être signé prochainement.
    ("New Delhi", None, INDIA, "metonym"),
    ("31 drones armés MQ-9B", None, DRONES, "nominal"),
    # Arrivé la veille de New York, M. Modi doit s’adresser dans l’après-midi au Congrès, où il s’était déjà ...
    ("New York", None, NEW_YORK, "name"),
    ("Modi", "M. Modi doit s’adresser", MODI, "name"),
    ("Congrès", None, CONGRESS, "name"),
    ("il", "où il s’était", MODI, "pronoun"),
    # Plusieurs élus démocrates ont annoncé qu’ils boycotteraient ce discours, reprochant au gouvernement ...
    ("Plusieurs élus démocrates", None, DEMOCRATS, "nominal"),
    ("ils", "qu’ils boycotteraient", DEMOCRATS, "pronoun"),
    ("gouvernement indien", None, IN_GOV, "nominal"),
    ("les minorités religieuses", None, MINORITIES, "nominal"),
    # Lors d’une rare conférence de presse commune, une journaliste a interrogé le dirigeant nationaliste hindou ...
    ("une journaliste", None, JOURNALIST, "nominal"),
    ("le dirigeant nationaliste hindou", None, MODI, "nominal"),
    ("musulmans indiens", None, MUSLIMS, "nominal"),
    # « Il n’y a aucune place pour la discrimination » dans son pays, a-t-il répondu.
    ("son pays", "dans son pays", INDIA, "nominal"),
    ("il", "a-t-il répondu", MODI, "pronoun"),
    # Joe Biden a, lui, assuré avoir eu avec son invité une discussion « franche » sur la démocratie, ...
    ("Joe Biden", 2, BIDEN, "name"),
    ("lui", "a, lui, assuré", BIDEN, "pronoun"),
    ("son invité", None, MODI, "nominal"),
    # À Pékin, le porte-parole du ministère chinois des Affaires étrangères, Wang Wenbin, a mis en garde jeudi ...
    ("Pékin", "À Pékin", BEIJING, "name"),
    ("le porte-parole du ministère chinois des Affaires étrangères", None, WANG, "nominal"),
    ("ministère chinois des Affaires étrangères", None, CN_MFA, "nominal"),
    ("Wang Wenbin", None, WANG, "name"),
    ("Inde", "sans nommer l’Inde", INDIA, "name"),
    # Sur l’Ukraine, M. Modi a défendu la position de son pays, qui s’est abstenu lors des votes de l’ONU ...
    ("Ukraine", None, UKRAINE, "name"),
    ("Modi", "M. Modi a défendu", MODI, "name"),
    ("son pays", "la position de son pays", INDIA, "nominal"),
    ("ONU", None, UN, "name"),
    ("l’invasion russe", None, INVASION, "nominal"),
    ("pétrole", None, OIL, "nominal"),
    ("Moscou", None, RUSSIA, "metonym"),
    # « Nous ne sommes pas neutres, nous défendons la paix », avait-il déclaré mardi au Wall Street Journal.
    ("Nous", "Nous ne sommes pas neutres", INDIA, "pronoun"),
    ("nous", "nous défendons", INDIA, "pronoun"),
    ("il", "avait-il déclaré", MODI, "pronoun"),
    ("Wall Street Journal", None, WSJ, "name"),
    # Washington ne demande pas à l’Inde de choisir entre les États-Unis et la Russie, son principal fournisseur
    # d’armes, a assuré un haut responsable américain.
    ("Washington", "Washington ne demande", US, "metonym"),
    ("Inde", "à l’Inde de choisir", INDIA, "name"),
    ("États-Unis", None, US, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("son principal fournisseur d’armes", None, RUSSIA, "nominal"),
    ("un haut responsable américain", None, OFFICIAL, "nominal"),
    # Un dîner d’État en l’honneur du dirigeant indien est prévu jeudi soir, avant son départ samedi pour Le Caire.
    ("dirigeant indien", None, MODI, "nominal"),
    ("Le Caire", None, CAIRO, "name"),
]

PUB_DAY = "The publication day, Thursday 22 June 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "Accueilli jeudi"), "2023-06-22", "day", "weekday-publication-day",
     "« Accueilli jeudi à la Maison Blanche »: " + PUB_DAY),
    ("t-soon", ("prochainement", None), None, "vague", "vague-future",
     "« un contrat qui pourrait être signé prochainement »: after publication, no date can be given."),
    ("t-eve", ("la veille", None), "2023-06-21", "day", "eve-of-event",
     "« Arrivé la veille de New York »: the eve of the Thursday reception (here also the eve of publication): "
     "Wednesday 21 June 2023."),
    ("t-afternoon", ("dans l’après-midi", None), "2023-06-22", "day", "part-of-day",
     "« doit s’adresser dans l’après-midi au Congrès »: the afternoon of the publication day, Thursday 22 June 2023."),
    ("t-2016", ("en 2016", None), "2016", "year", "explicit-year",
     "« où il s’était déjà exprimé en 2016 »: a year written out; it stays a year."),
    ("t-thursday-wang", ("jeudi", "a mis en garde jeudi"), "2023-06-22", "day", "weekday-publication-day",
     "« a mis en garde jeudi »: " + PUB_DAY),
    ("t-tuesday", ("mardi", None), "2023-06-20", "day", "weekday-past",
     "Pluperfect « avait-il déclaré mardi »: the Tuesday before Thursday 22 June 2023: 20 June 2023."),
    ("t-thursday-evening", ("jeudi soir", None), "2023-06-22", "day", "part-of-day",
     "« est prévu jeudi soir »: the evening of the publication day, Thursday 22 June 2023."),
    ("t-saturday", ("samedi", None), "2023-06-24", "day", "weekday-future",
     "« avant son départ samedi pour Le Caire »: the Saturday after the publication day: 24 June 2023."),
]

LEDE = ("Accueilli jeudi", "suit de près.")

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Joe Biden receives Narendra Modi at the White House on Thursday",
          ("Accueilli", None), [("agent", BIDEN), ("participant", MODI)], place=WH, time="t-thursday",
          part_of="e-state-visit", evidence=LEDE,
          note="« Accueilli jeudi à la Maison Blanche par Joe Biden, le Premier ministre indien, Narendra Modi »: a "
               "fronted passive participle agreeing with the subject of the main clause; the host after « par » is "
               "the agent, the guest the participant; the building is the place. « la cérémonie d’accueil » in the "
               "next paragraph restates it (no second event)."),
    event("e-defence-agreements", "Agreement", "Modi and Biden conclude several defence agreements",
          ("a conclu", None), [("participant", MODI), ("participant", BIDEN)], place=WH, time="t-thursday",
          part_of="e-state-visit", evidence=LEDE,
          note="« a conclu avec son hôte plusieurs accords de défense »: the main verb of the sentence whose fronted "
               "participle gives the Thursday and the White House (the same occasion). The agreements are documents "
               "(no mention, as in gold); « son hôte » is Biden. The production and the purchase of the next "
               "paragraphs are their content but are told as events of their own."),
    event("e-state-visit", "Visit", "Narendra Modi's state visit to Washington", ("visite d’État", None),
          [("agent", MODI)], place=WASHINGTON, evidence=LEDE,
          note="« lors d’une visite d’État à Washington »: the visit under way; Washington is the city (Q61). No time "
               "word of its own (the visit spans several days)."),
    event("e-china-watching", "Event", "Beijing watches the visit closely", ("suit", None), [("agent", CHINA)],
          evidence=LEDE,
          note="« que Pékin suit de près »: a relative in the present, in the article's own voice (occurred, as « "
               "Japan follows the situation » in gold); « Pékin » is China (metonym); the visit it watches is an "
               "event, so it takes no role. No weekday of its own."),
    event("e-engine-production", "Event", "General Electric to produce fighter-jet engines in India with HAL",
          ("produira", None), [("agent", GE), ("participant", HAL), ("theme", ENGINES)], status="planned",
          place=INDIA, according_to=[US, INDIA],
          note="« General Electric produira en Inde, avec le constructeur public HAL, des moteurs d’avions de combat, "
               "selon un communiqué commun »: a future without condition, planned; the partner after « avec » is a "
               "participant; « le constructeur public » is a title before the name (only « HAL » is marked)."),
    event("e-no-sharing", "Event", "The United States had never shared such sensitive technology",
          ("partagé", None), [("agent", US)], status="negated", according_to=[SULLIVAN],
          note="« Jamais nous n’avions partagé une technologie aussi sensible »: a negated pluperfect in Sullivan's "
               "quote; « nous » is the United States. « une technologie aussi sensible » is a comparison with no "
               "referent (no mention); no recipient is written."),
    event("e-drone-purchase", "Delivery", "India to buy 31 armed MQ-9B drones", ("acheter", "doit aussi acheter"),
          [("recipient", INDIA), ("theme", DRONES)], status="planned",
          note="« New Delhi doit aussi acheter 31 drones armés MQ-9B »: « doit », planned; the buyer is the recipient "
               "of the Delivery; the seller is not written (no agent)."),
    event("e-drone-contract", "Agreement", "The drone contract could be signed soon", ("signé", None),
          [("participant", INDIA), ("theme", DRONES)], status="hypothetical", time="t-soon",
          note="« un contrat qui pourrait être signé prochainement »: « un contrat » restates the purchase as a "
               "document (no mention, as in gold); the signing is conditional, hypothetical. The passive has no agent: "
               "India, the buyer, is the participant written in the sentence; the theme is what the contract is about, "
               "the drones."),
    event("e-arrival", "Visit", "Modi arrived from New York the day before", ("Arrivé", None), [("agent", MODI)],
          place=WASHINGTON, time="t-eve",
          note="« Arrivé la veille de New York, M. Modi doit s’adresser ... »: the participle agrees with the subject; "
               "the destination is not written: Washington, the city of the state visit. « de New York » is the "
               "origin: a mention, no role."),
    event("e-boycott", "Event", "Several Democratic lawmakers will boycott Modi's speech", ("boycotteraient", None),
          [("agent", DEMOCRATS)], status="planned", according_to=[DEMOCRATS],
          note="« ont annoncé qu’ils boycotteraient ce discours »: a future in the past in reported speech, announced: "
               "planned. « ce discours » is the planned speech act s-congress-speech (an event, no role)."),
    event("e-persecution", "Event", "The Indian government persecutes religious minorities (the lawmakers' "
          "reproach)", ("persécuter", None), [("agent", IN_GOV), ("recipient", MINORITIES)], status="suspected",
          according_to=[DEMOCRATS],
          note="« reprochant au gouvernement indien de persécuter les minorités religieuses »: an accusation, "
               "suspected according to the lawmakers; « gouvernement indien » starts at the noun after the fused « au "
               "»."),
    event("e-discrimination", "Event", "Discrimination in India (denied by Modi)", ("discrimination", None),
          [("agent", INDIA), ("recipient", MUSLIMS)], status="negated", place=INDIA, according_to=[MODI],
          note="« Il n’y a aucune place pour la discrimination » dans son pays: Modi's answer to the question on "
               "Indian Muslims denies it: negated according to him (as the denied discrimination in "
               "gold/union-polonais-bielorussie-2025-03-12, whose state is the implied agent and the minority the "
               "recipient); « son pays » is India, the place."),
    event("e-frank-discussion", "Meeting", "Biden and Modi had a frank discussion on democracy",
          ("discussion", None), [("participant", BIDEN), ("participant", MODI)], according_to=[BIDEN],
          note="« a, lui, assuré avoir eu avec son invité une discussion « franche » sur la démocratie »: an "
               "infinitive perfect, occurred according to Biden; « son invité » is Modi. No weekday of its own."),
    event("e-abstentions", "Event", "India abstained in the UN votes on the Russian invasion",
          ("s’est abstenu", None), [("agent", INDIA)],
          note="« son pays, qui s’est abstenu lors des votes de l’ONU sur l’invasion russe »: the relative « qui » "
               "is « son pays », India; in the article's own voice. The votes are several (plural), told only as the "
               "occasion: no event of their own (as the General Assembly's organ is only named)."),
    event("e-oil-purchases", "Delivery", "India keeps buying oil from Russia", ("acheter", "continue d’acheter"),
          [("agent", RUSSIA), ("recipient", INDIA), ("theme", OIL)],
          note="« et continue d’acheter du pétrole à Moscou »: the second verb of the same relative (India the buyer, "
               "the recipient); the seller after « à » is Russia (« Moscou », metonym), the agent of the Delivery; an "
               "ongoing practice, occurred. « pétrole » starts at the noun after the partitive « du »."),
    event("e-state-dinner", "Banquet", "State dinner in honour of Modi on Thursday evening", ("dîner d’État", None),
          [("participant", MODI)], status="planned", time="t-thursday-evening",
          note="« Un dîner d’État en l’honneur du dirigeant indien est prévu jeudi soir »: « est prévu », planned; the "
               "honoured guest is the participant; the host and the place are not written in the sentence (no role, "
               "no place)."),
    event("e-departure", "Visit", "Modi to leave for Cairo on Saturday", ("départ", None), [("agent", MODI)],
          status="planned", place=CAIRO, time="t-saturday",
          note="« avant son départ samedi pour Le Caire »: a nominal departure, planned; « son » is Modi (a "
               "possessive, no mention); the destination is the place."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-biden-close", "Statement", "Biden: the two countries have never been so close", BIDEN,
           ("a lancé", None), [("Nos deux pays n’ont jamais été aussi proches", None)], time="t-thursday", place=WH,
           note="A quote first under « a lancé le président démocrate lors de la cérémonie d’accueil »: the ceremony "
                "restates the Thursday reception at the White House, so its day and place. « Nos deux pays » is a "
                "possessive plural (no mention); the quote names no event."),
    speech("s-modi-friendship", "Statement", "Modi praises a friendship « stronger than ever »", MODI,
           ("a salué", None), [("plus forte que jamais", None)], time="t-thursday", place=WH,
           note="« Son invité a salué en retour une amitié « plus forte que jamais » »: « en retour » makes it the "
                "reply at the same ceremony (its Thursday and the White House). A stance, no event; no addressee "
                "written."),
    speech("s-communique-us", "Report", "A joint communiqué (the United States) announces the engine production", US,
           ("selon", None), [], about=["e-engine-production"],
           note="« selon un communiqué commun »: a written statement of two authors, one Report each on one trigger "
                "(as the communiqué of several states in gold/iran-arabie-pekin-2023-03-10); the communiqué is the "
                "medium, no mention. No weekday: no time."),
    speech("s-communique-india", "Report", "A joint communiqué (India) announces the engine production", INDIA,
           ("selon", None), [], about=["e-engine-production"],
           note="The second author of the joint communiqué (see s-communique-us)."),
    speech("s-sullivan", "Statement", "Sullivan: never had the United States shared such sensitive technology",
           SULLIVAN, ("a souligné", None), [("Jamais nous n’avions partagé une technologie aussi sensible", None)],
           about=["e-no-sharing"],
           note="A quote first under « a souligné le conseiller à la sécurité nationale, Jake Sullivan »: a role noun "
                "and the name in apposition. No weekday: no time."),
    speech("s-congress-speech", "Statement", "Modi to address Congress in the afternoon", MODI,
           ("s’adresser", None), [], status="planned", addressee=CONGRESS, time="t-afternoon",
           note="« M. Modi doit s’adresser dans l’après-midi au Congrès »: « doit », a planned speech act (as the "
                "planned Congress speech in gold/kishida-washington-2024-04-10), Congress its audience; « ce "
                "discours » in the next paragraph restates it."),
    speech("s-2016-speech", "Statement", "Modi had already addressed Congress in 2016", MODI, ("exprimé", None), [],
           addressee=CONGRESS, time="t-2016",
           note="« où il s’était déjà exprimé en 2016 »: a relative pluperfect; « où » is Congress (a relative "
                "pronoun, no mention), the audience; « déjà » stands between the auxiliary and the participle, so "
                "the trigger is the participle alone (as « s’était lui-même rendu » in gold)."),
    speech("s-democrats-boycott", "Statement", "Democratic lawmakers announce they will boycott the speech",
           DEMOCRATS, ("ont annoncé", None), [], about=["e-boycott"],
           note="« Plusieurs élus démocrates ont annoncé »: a group speaking as one (a local group, as « des "
                "responsables occidentaux » in gold). No weekday: no time."),
    speech("s-democrats-reproach", "Statement", "The lawmakers reproach the Indian government with persecuting "
           "religious minorities", DEMOCRATS, ("reprochant", None), [], addressee=IN_GOV, about=["e-persecution"],
           note="A participle with its own verb of speech, a second speech act of the same group; the accused is the "
                "addressee (as « accusant » in gold). No quote."),
    speech("s-journalist-question", "SpeechAct", "A journalist questions Modi on the fate of Indian Muslims",
           JOURNALIST, ("a interrogé", None), [], addressee=MODI, time="t-thursday", place=WH,
           note="« Lors d’une rare conférence de presse commune, une journaliste a interrogé le dirigeant nationaliste "
                "hindou »: an active question by a particular (unnamed) journalist, so a speech act and a local "
                "person (unlike the generic « Interrogé par des journalistes » of gold). The joint press conference "
                "is the occasion of the reception day: the Thursday and the White House (as in "
                "gold/kishida-washington-2024-04-10). « le sort des musulmans indiens » is no event."),
    speech("s-modi-answer", "Statement", "Modi: there is no place for discrimination in India", MODI,
           ("a-t-il répondu", None), [("Il n’y a aucune place pour la discrimination", None)], addressee=JOURNALIST,
           time="t-thursday", place=WH, about=["e-discrimination"],
           note="A quote first whose clause goes on after the guillemets (« dans son pays »), under an inverted « "
                "a-t-il répondu »: the answer to the journalist, same occasion. « Il » is impersonal."),
    speech("s-biden-frank", "Assurance", "Biden says he had a « frank » discussion on democracy with Modi", BIDEN,
           ("assuré", "a, lui, assuré"), [("franche", None)], about=["e-frank-discussion"],
           note="« Joe Biden a, lui, assuré avoir eu ... une discussion « franche » »: an emphatic « lui » between "
                "commas (a pronoun mention); the trigger is the participle alone, « lui » standing between it and the "
                "auxiliary. The quoted adjective is Biden's word. No weekday: no time."),
    speech("s-biden-no-details", "SpeechAct", "Biden does not elaborate", BIDEN, ("s’étendre", None), [],
           status="negated", about=["e-frank-discussion"],
           note="« sans s’étendre davantage »: a negated speech act (as « sans toutefois avancer de date » in gold)."),
    speech("s-wang-warning", "Warning", "Wang Wenbin warns against « small circles »", WANG,
           ("a mis en garde", None), [("petits cercles", None)], time="t-thursday-wang", place=BEIJING,
           note="« À Pékin, le porte-parole du ministère chinois des Affaires étrangères, Wang Wenbin, a mis en garde "
                "jeudi contre les « petits cercles » »: Pékin the city where he speaks; the quoted noun phrase names "
                "no particular group and no event, so no addressee and no about."),
    speech("s-wang-no-naming", "SpeechAct", "Wang Wenbin does not name India", WANG, ("nommer", None), [],
           status="negated", time="t-thursday-wang", place=BEIJING,
           note="« sans nommer l’Inde »: a negated speech act of the same occasion (as « sans citer nommément la "
                "Russie » in gold); India is a mention with no role."),
    speech("s-modi-position", "Statement", "Modi defends his country's position on Ukraine", MODI,
           ("a défendu", None), [],
           note="« Sur l’Ukraine, M. Modi a défendu la position de son pays »: indirect, no quote; « Ukraine » the "
                "topic (a mention, no role). The relative clause that follows (abstentions, oil purchases) is the "
                "article's own voice, not his words, so no about. No weekday: no time."),
    speech("s-modi-wsj", "Statement", "Modi to the Wall Street Journal: India is not neutral, it defends peace", MODI,
           ("avait-il déclaré", None), [("Nous ne sommes pas neutres, nous défendons la paix", None)], addressee=WSJ,
           time="t-tuesday",
           note="A quote first under a pluperfect inverted « avait-il déclaré mardi au Wall Street Journal »: the "
                "newspaper is the addressee (an interview). « Nous » and « nous » are India. A stance, no event."),
    speech("s-us-no-demand", "SpeechAct", "Washington does not ask India to choose between the United States and "
           "Russia", US, ("demande", None), [], status="negated", addressee=INDIA, according_to=[OFFICIAL],
           note="« Washington ne demande pas à l’Inde de choisir entre les États-Unis et la Russie »: a negated "
                "request by a metonym (the United States), the official in according_to. The choice it does not ask "
                "for is no event of its own (the content of a request that is not made). « son principal fournisseur "
                "d’armes » is a role noun in apposition, no event (as « premier fournisseur d’armes du pays » in "
                "gold)."),
    speech("s-official", "Assurance", "A senior US official says Washington does not ask India to choose",
           OFFICIAL, ("a assuré", "a assuré un haut"), [], about=["s-us-no-demand"],
           note="« a assuré un haut responsable américain »: the source after the clause; no weekday: no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
