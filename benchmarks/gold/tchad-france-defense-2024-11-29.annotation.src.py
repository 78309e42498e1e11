"""Held-out annotation of tchad-france-defense-2024-11-29.txt (written for the twenty-first held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/tchad-france-defense-2024-11-29.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/tchad-france-defense-2024-11-29.annotation.src.py --check

From held-out set 21 (moved to gold in session 19; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "tchad-france-defense-2024-11-29.txt"

NOTE = """\
Held-out-21 article: Chad announces on the evening of Thursday 28 November 2024 that it ends its defence \
cooperation agreement with France, a few hours after the French foreign minister Jean-Noël Barrot left N'Djamena; \
a communiqué of the Chadian foreign ministry, published late that evening, says the government informs the public \
of its decision; N'Djamena judges that the text, revised in 2019, has reached its limits and wants to assert its \
sovereignty; Barrot had been received on Thursday by President Mahamat Idriss Déby without the question being \
raised in public; on Friday the Quai d'Orsay says Paris takes note and wishes to continue a close dialogue with \
the Chadian authorities; about a thousand French soldiers are stationed in Chad, the last Sahel country with a \
French military presence after the forced departures from Mali, Burkina Faso and Niger; no withdrawal timetable is \
given, a French diplomatic source tells AFP the terms will be discussed in the coming weeks and does not rule out \
a departure in the first half of 2025; the same day Senegal's President Bassirou Diomaye Faye says in an interview \
with Le Monde that there will soon be no more French soldiers in Senegal; Russia's influence grows in the region \
and Moscow, which has deployed instructors in Mali and Niger, has not commented. Published Friday 29 November 2024 \
(the file gives the day). Chad's announcement, Barrot's visit, the 2019 revision, the number of soldiers and \
Faye's interview follow the real events loosely; the communiqué's exact words, the Quai d'Orsay's Friday wording, \
the diplomatic source, its 2025 horizon and Moscow's silence are invented or simplified.
What it exercises: a country's announcement on a weekday evening with an infinitive complement and a relative \
with an object clitic (« Le Tchad a annoncé jeudi soir mettre fin à l’accord de coopération en matière de défense \
qui le lie à la France »: the ending an event of Chad's with the agreement as its theme; « le » is Chad) followed \
by a nominal departure from a city dated only by « quelques heures seulement après » (the departure has a time with \
no words, the announcement's day) with a role noun and a name in apposition (« du chef de la diplomatie française, \
Jean-Noël Barrot »: fused « du », so the role noun starts at « chef »); a quote first in which the government \
names itself in the third person, sourced after the clause to « un communiqué du ministère tchadien des Affaires \
étrangères » with a passive participle and a part of the evening (« publié tard dans la soirée »); a demonstrative \
noun phrase for the agreement with a passive participle and a year (« Ce texte, révisé en 2019 »), a quoted \
predicate under « estime N’Djamena » (a capital as the state, after its verb) and a relative « qui dit vouloir « \
affirmer ... » » (a second speech act of the metonym with a wanted action); a pluperfect passive reception on a \
past weekday with its agent titled (« M. Barrot avait été reçu jeudi par le président Mahamat Idriss Déby ») and \
a negated subjunctive passive (« sans que la question soit publiquement évoquée »); a metonym as the subject of a \
two-word quote (« Paris « prend acte » de cette décision ») under « a réagi vendredi le Quai d’Orsay » (a building \
for the ministry, source after the clause on the publication day) and a relative wish with a quoted object (« qui \
souhaite poursuivre « un dialogue étroit » avec les autorités tchadiennes »: the dialogue proposed); a present \
passive state with an approximate group (« Environ un millier de soldats français sont stationnés au Tchad ») with \
an apposed nominal mention of the country and three forced departures in one phrase (« après les départs forcés du \
Mali, du Burkina Faso et du Niger »: three events, one trigger, the French armed forces implied); a negated \
passive with no speaker (« Aucun calendrier de retrait n’a été communiqué »: no speech act; the withdrawal \
planned); a quote first with a future passive and a vague future, to « l’AFP » as addressee and « une source \
diplomatique française », with a relative « qui n’exclut pas un départ au premier semestre 2025 » (a half-year \
with its year gets the year; the departure hypothetical); « Jeudi également » (a past weekday, the day of Chad's \
announcement), a role noun and a name in apposition and a negated conditional existential with a quote \
and « son pays » for Senegal; a quote first with an inverted pronoun (« a-t-il déclaré dans un entretien au \
journal Le Monde »: a title before the name, the newspaper the addressee, the interview a Meeting); a growth of \
influence with « la région » for the Sahel; a metonym with a relative past deployment over a vague past (« qui a \
déployé ces dernières années des instructeurs au Mali et au Niger »: two events, one trigger) and a negated \
comment (« n’a pas commenté la décision tchadienne »: a negated speech act).
Places and metonyms. « N’Djamena » is the city where Barrot was (the departure's place) in the first sentence and \
Chad, as a metonym, where it judges and speaks (« estime N’Djamena »). « Paris » is France, the state that takes \
note; « Quai d’Orsay » is a metonym for the French foreign ministry (a building for an institution, as the \
Kremlin in gold), kind 'metonym'. « Moscou » is Russia (Q159). Mali, Burkina Faso and Niger are the countries \
the French forces left (the places of the departures), Mali and Niger again the places of the Russian \
deployments. « la région » is the Sahel.
Mentions. Chad: « Tchad » (twice), « le » (the object clitic in « qui le lie »), « N’Djamena » as metonym, the \
apposed « dernier pays du Sahel à accueillir une présence militaire française ». The government that names \
itself in the communiqué (« Le gouvernement ») and « les autorités tchadiennes » are one local organisation, the \
government of Chad; the foreign ministry is another (« ministère tchadien des Affaires étrangères », from the \
noun after the fused « du »). The agreement: « l’accord de coopération en matière de défense », « l’accord » (in \
the quote) and « Ce texte »; « cette décision » and « la décision tchadienne » restate the ending (events, not \
mentions). Barrot: « chef de la diplomatie française » (fused « du »), « Jean-Noël Barrot », « Barrot » in « M. \
Barrot » (the title is part of the name's phrase). Déby: « Mahamat Idriss Déby » only (« le président » before \
the name is part of its phrase). Faye: « le président sénégalais » (apposition), « Bassirou Diomaye Faye », « il » \
in « a-t-il ». « un millier de soldats français » (without « Environ ») is the French troops in Chad; « soldats \
français » inside Faye's quote is the French troops in Senegal, another local group. « des instructeurs » are the \
Russian instructors (theme of the deployments). Not mentions: « l’opinion nationale et internationale », « la \
question », « une présence militaire française », « Aucun calendrier », « Les modalités », « bases militaires \
étrangères » (generic), « La souveraineté », « Ces annonces », « l’influence de la Russie » (the influence; « \
Russie » inside it is), possessives (« sa », « ses », « son » before a noun other than « pays »).
Statuses. The ending of the agreement is occurred (announced as done, Chad in according_to); the departure from \
N'Djamena, the publication of the communiqué, the 2019 revision, the reception, the stationing, the three forced \
departures, the growth of Russia's influence, the two deployments and Faye's interview occurred; the question's \
being raised is negated; the assertion of sovereignty (« dit vouloir »), the withdrawal from Chad, the talks on \
the terms and the end of the French presence in Senegal are planned; the close dialogue is proposed (a wish); \
the departure in the first half of 2025 is hypothetical (« n’exclut pas »). Moscow's comment is a negated speech \
act.
Times. « jeudi soir » is the evening of Thursday 28 November 2024, the eve of publication; « tard dans la soirée » \
the same evening (the communiqué came out after the announcement was made, on the Thursday); « quelques heures » \
is a vague duration, and the departure's time is the Thursday (no words); « en 2019 » a year; « jeudi » (the \
reception) the past Thursday, 28 November; « vendredi » the publication day; « dans les prochaines semaines » is \
vague (it runs from late November 2024 into 2025); « premier semestre 2025 » the year 2025; « Jeudi » \
(« Jeudi également », Faye) the past Thursday, 28 November, the day of Chad's announcement; « bientôt » and \
« ces dernières années » are vague.
Linked: Russia and AFP. Chad, France, N'Djamena, Jean-Noël Barrot, the defence agreement, the government and \
foreign ministry of Chad, Mahamat Idriss Déby, the French foreign ministry, the French troops in Chad and in \
Senegal, the French armed forces, the Sahel, Mali, Burkina Faso, Niger, the French diplomatic source, Senegal, \
Bassirou Diomaye Faye, Le Monde and the Russian instructors are not in ids.tsv: local, unlinked."""

RUSSIA, AFP = "Q159", "Q40464"
CHAD, FRANCE, NDJAMENA, BARROT = "local:chad", "local:france", "local:ndjamena", "local:jean-noel-barrot"
ACCORD, CHAD_GOV, CHAD_MFA, DEBY = "local:chad-france-defence-agreement", "local:government-of-chad", \
    "local:chad-foreign-ministry", "local:mahamat-idriss-deby"
QUAI, TROOPS_TD, FR_ARMY, SAHEL = "local:french-foreign-ministry", "local:french-troops-in-chad", \
    "local:french-armed-forces", "local:sahel"
MALI, BURKINA, NIGER, SOURCE = "local:mali", "local:burkina-faso", "local:niger", "local:french-diplomatic-source"
SENEGAL, FAYE, LE_MONDE, TROOPS_SN = "local:senegal", "local:bassirou-diomaye-faye", "local:le-monde", \
    "local:french-troops-in-senegal"
INSTRUCTORS = "local:russian-instructors"

GROUP = "an unnamed group of soldiers, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CHAD, "Tchad", "Chad", "country", {"unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ACCORD, "accord de coopération en matière de défense franco-tchadien", "Chad–France defence cooperation "
     "agreement", "object",
     {"description": "l’accord qui lie le Tchad à la France, révisé en 2019, auquel le Tchad met fin",
      "class_qid": "Q131569", "unlinked_reason": "a document with no verified Wikidata item"}),
    (NDJAMENA, "N’Djamena", "N'Djamena", "place", {"description": "capitale du Tchad", "class_qid": "Q5119",
                                                    "unlinked_reason": NOT_VERIFIED}),
    (BARROT, "Jean-Noël Barrot", "Jean-Noël Barrot", "person",
     {"description": "ministre français de l’Europe et des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CHAD_GOV, "gouvernement du Tchad", "Government of Chad", "organization",
     {"description": "le gouvernement qui se nomme dans le communiqué, « les autorités tchadiennes »",
      "unlinked_reason": NOT_VERIFIED}),
    (CHAD_MFA, "ministère tchadien des Affaires étrangères", "Ministry of Foreign Affairs of Chad", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (DEBY, "Mahamat Idriss Déby", "Mahamat Déby", "person",
     {"description": "président du Tchad", "unlinked_reason": NOT_VERIFIED}),
    (QUAI, "ministère français de l’Europe et des Affaires étrangères", "Ministry for Europe and Foreign Affairs "
     "(France)", "organization",
     {"description": "l’institution que désigne « le Quai d’Orsay » (son siège à Paris)", "class_qid": "Q20901295",
      "unlinked_reason": NOT_VERIFIED}),
    (TROOPS_TD, "soldats français stationnés au Tchad", "French soldiers stationed in Chad", "group",
     {"description": "environ un millier de militaires français", "unlinked_reason": GROUP}),
    (FR_ARMY, "forces armées françaises", "French Armed Forces", "organization",
     {"description": "les forces dont l’article dit les départs forcés du Mali, du Burkina Faso et du Niger",
      "unlinked_reason": NOT_VERIFIED}),
    (SAHEL, "Sahel", "Sahel", "place", {"description": "la région, « la région »", "unlinked_reason": NOT_VERIFIED}),
    (MALI, "Mali", "Mali", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BURKINA, "Burkina Faso", "Burkina Faso", "country", {"unlinked_reason": NOT_VERIFIED}),
    (NIGER, "Niger", "Niger", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source diplomatique française", "a French diplomatic source", "person",
     {"description": "source anonyme qui parle à l’AFP", "class_qid": "Q193391",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (SENEGAL, "Sénégal", "Senegal", "country", {"unlinked_reason": NOT_VERIFIED}),
    (FAYE, "Bassirou Diomaye Faye", "Bassirou Diomaye Faye", "person",
     {"description": "président du Sénégal", "unlinked_reason": NOT_VERIFIED}),
    (LE_MONDE, "Le Monde", "Le Monde", "organization",
     {"description": "quotidien français", "class_qid": "Q11032", "unlinked_reason": NOT_VERIFIED}),
    (TROOPS_SN, "soldats français au Sénégal", "French soldiers in Senegal", "group",
     {"description": "les militaires français dont le président sénégalais annonce qu’il n’y en aura bientôt plus",
      "unlinked_reason": GROUP}),
    (INSTRUCTORS, "instructeurs russes", "Russian instructors", "group",
     {"description": "instructeurs déployés par la Russie au Mali et au Niger",
      "unlinked_reason": "an unnamed group of instructors, not one Wikidata item"}),
]

DESCRIPTIONS = {
    RUSSIA: "l’État dont l’influence grandit au Sahel (« Moscou »)",
    AFP: "l’agence à laquelle parle une source diplomatique française",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Tchad a annoncé jeudi soir mettre fin à l’accord ... qui le lie à la France, ... Jean-Noël Barrot.
    ("Tchad", "Le Tchad a annoncé", CHAD, "name"),
    ("l’accord de coopération en matière de défense", None, ACCORD, "nominal"),
    ("le", "qui le lie", CHAD, "pronoun"),
    ("France", None, FRANCE, "name"),
    ("N’Djamena", "départ de N’Djamena", NDJAMENA, "name"),
    ("chef de la diplomatie française", None, BARROT, "nominal"),
    ("Jean-Noël Barrot", None, BARROT, "name"),
    # « Le gouvernement informe ... de mettre fin à l’accord », indique un communiqué du ministère tchadien ...
    ("Le gouvernement", None, CHAD_GOV, "nominal"),
    ("l’accord", "mettre fin à l’accord »", ACCORD, "nominal"),
    ("ministère tchadien des Affaires étrangères", None, CHAD_MFA, "nominal"),
    # Ce texte, révisé en 2019, « a atteint ses limites », estime N’Djamena, qui dit vouloir « ... ».
    ("Ce texte", None, ACCORD, "nominal"),
    ("N’Djamena", "estime N’Djamena", CHAD, "metonym"),
    # M. Barrot avait été reçu jeudi par le président Mahamat Idriss Déby, ...
    ("Barrot", "M. Barrot", BARROT, "name"),
    ("Mahamat Idriss Déby", None, DEBY, "name"),
    # Paris « prend acte » de cette décision, a réagi vendredi le Quai d’Orsay, qui souhaite ... tchadiennes.
    ("Paris", None, FRANCE, "metonym"),
    ("Quai d’Orsay", None, QUAI, "metonym"),
    ("les autorités tchadiennes", None, CHAD_GOV, "nominal"),
    # Environ un millier de soldats français sont stationnés au Tchad, dernier pays du Sahel ... du Niger.
    ("un millier de soldats français", None, TROOPS_TD, "nominal"),
    ("Tchad", "stationnés au Tchad", CHAD, "name"),
    ("dernier pays du Sahel à accueillir une présence militaire française", None, CHAD, "nominal"),
    ("Sahel", None, SAHEL, "name"),
    ("Mali", "forcés du Mali", MALI, "name"),
    ("Burkina Faso", None, BURKINA, "name"),
    ("Niger", "du Niger.", NIGER, "name"),
    # « Les modalités seront discutées ... », a indiqué à l’AFP une source diplomatique française, ...
    ("AFP", None, AFP, "name"),
    ("une source diplomatique française", None, SOURCE, "nominal"),
    # Jeudi également, le président sénégalais, Bassirou Diomaye Faye, a affirmé ... dans son pays.
    ("le président sénégalais", None, FAYE, "nominal"),
    ("Bassirou Diomaye Faye", None, FAYE, "name"),
    ("soldats français", "plus de soldats français", TROOPS_SN, "nominal"),
    ("son pays", None, SENEGAL, "nominal"),
    # « La souveraineté ... », a-t-il déclaré dans un entretien au journal Le Monde.
    ("il", "a-t-il déclaré", FAYE, "pronoun"),
    ("Le Monde", None, LE_MONDE, "name"),
    # Ces annonces interviennent alors que l’influence de la Russie ne cesse de grandir dans la région.
    ("Russie", None, RUSSIA, "name"),
    ("la région", None, SAHEL, "nominal"),
    # Moscou, qui a déployé ces dernières années des instructeurs au Mali et au Niger, n’a pas commenté ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("des instructeurs", None, INSTRUCTORS, "nominal"),
    ("Mali", "au Mali et", MALI, "name"),
    ("Niger", "au Niger,", NIGER, "name"),
]

PUB_DAY = "The publication day, Friday 29 November 2024 (the file gives the day)."
THURSDAY = "Thursday 28 November 2024, the eve of the publication day"

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday-evening", ("jeudi soir", None), "2024-11-28", "day", "part-of-day",
     "« Le Tchad a annoncé jeudi soir »: the evening of " + THURSDAY + "."),
    ("t-hours", ("quelques heures", None), None, "vague", "vague-duration",
     "« quelques heures seulement après le départ »: how long before the announcement Barrot left, with no "
     "number; no value."),
    ("t-departure", None, "2024-11-28", "day", "same-day-as-event",
     "No words date the departure: « quelques heures seulement après le départ » puts it a few hours before the "
     "Thursday evening announcement, on its day, " + THURSDAY + ". A system can only match it by value."),
    ("t-late-evening", ("tard dans la soirée", None), "2024-11-28", "day", "part-of-day",
     "« publié tard dans la soirée »: the evening of the announcement the lede dates, " + THURSDAY + "."),
    ("t-2019", ("en 2019", None), "2019", "year", "explicit-year",
     "« révisé en 2019 »: a year written out; it stays a year."),
    ("t-thursday", ("jeudi", "reçu jeudi"), "2024-11-28", "day", "weekday-past",
     "Pluperfect « avait été reçu jeudi »: the Thursday before the publication day, 28 November 2024."),
    ("t-friday", ("vendredi", None), "2024-11-29", "day", "weekday-publication-day",
     "« a réagi vendredi le Quai d’Orsay »: " + PUB_DAY),
    ("t-coming-weeks", ("dans les prochaines semaines", None), None, "vague", "vague-future",
     "« seront discutées dans les prochaines semaines »: some weeks after 29 November 2024, running into "
     "December and probably January 2025, so neither one month nor one year; no value."),
    ("t-2025", ("premier semestre 2025", None), "2025", "year", "season-explicit-year",
     "« un départ au premier semestre 2025 »: January to June 2025, inside one year: the year, as a season with "
     "its year (« l’été 2022 ») gets the year in gold."),
    ("t-thursday-faye", ("Jeudi", None), "2024-11-28", "day", "weekday-past",
     "« Jeudi également, le président sénégalais ... a affirmé »: the Thursday before the publication day, 28 "
     "November 2024, the day of Chad's announcement (« également »)."),
    ("t-soon", ("bientôt", None), None, "vague", "vague-future",
     "Inside Faye's quote, « bientôt plus de soldats français »: soon, after publication; no value."),
    ("t-recent-years", ("ces dernières années", None), None, "vague", "vague-past",
     "« qui a déployé ces dernières années »: the last few years before 2024, with no number; no value."),
]

LEDE = ("Le Tchad a annoncé", "Jean-Noël Barrot.")
COMMUNIQUE = ("« Le gouvernement informe", "tard dans la soirée.")
PARIS = ("Paris « prend acte »", "les autorités tchadiennes.")
SOURCE_EVIDENCE = ("« Les modalités", "premier semestre 2025.")
FAYE_EVIDENCE = ("Jeudi également", "dans son pays.")
INTERVIEW = ("« La souveraineté", "journal Le Monde.")
MOSCOW = ("Moscou, qui a déployé", "la décision tchadienne.")
STATIONED = ("Environ un millier", "et du Niger.")

EVENTS: list[dict[str, Any]] = [
    event("e-end-accord", "Event", "Chad ends its defence cooperation agreement with France",
          ("mettre fin", "annoncé jeudi soir mettre fin"), [("agent", CHAD), ("theme", ACCORD)],
          time="t-thursday-evening", according_to=[CHAD], evidence=LEDE,
          note="« Le Tchad a annoncé jeudi soir mettre fin à l’accord de coopération en matière de défense qui le lie "
               "à la France »: an infinitive complement of the announcement; the decision is taken and announced "
               "as done (« sa décision de mettre fin à l’accord » in the communiqué), so occurred, with Chad in "
               "according_to; its time is the announcement's. France is not a role (it is bound by the agreement, "
               "the theme). Restated by « sa décision de mettre fin à l’accord » (in the quote), « cette décision » "
               "and « la décision tchadienne » (no new events). The relative « qui le lie à la France » states what "
               "the agreement is, no event."),
    event("e-barrot-departure", "Event", "Jean-Noël Barrot leaves N'Djamena a few hours before the announcement",
          ("départ", "le départ de N’Djamena"), [("agent", BARROT)], place=NDJAMENA, time="t-departure",
          evidence=LEDE,
          note="« quelques heures seulement après le départ de N’Djamena du chef de la diplomatie française, "
               "Jean-Noël Barrot »: a nominal event in the article's voice; the city he leaves is the place (the "
               "city, not a metonym: it is where he was)."),
    event("e-communique-published", "Event", "The Chadian foreign ministry publishes its communiqué late on "
          "Thursday evening", ("publié", None), [("agent", CHAD_MFA)], time="t-late-evening", evidence=COMMUNIQUE,
          note="« un communiqué du ministère tchadien des Affaires étrangères, publié tard dans la soirée »: a "
               "passive participle in apposition; the ministry that issues the communiqué is its agent (as « un "
               "communiqué signé par » in gold/coup-niger-2023-07-27). The communiqué itself is not an entity."),
    event("e-revision", "Event", "The defence agreement revised in 2019", ("révisé", None),
          [("recipient", ACCORD)], time="t-2019",
          note="« Ce texte, révisé en 2019 »: a passive participle in apposition, no agent written (the two states); "
               "the text revised is the recipient, as a reform's target in gold."),
    event("e-assert-sovereignty", "Event", "Chad to assert its full and complete sovereignty", ("affirmer", None),
          [("agent", CHAD)], status="planned", according_to=[CHAD],
          note="« qui dit vouloir « affirmer sa souveraineté pleine et entière » »: what N'Djamena says it wants to "
               "do by ending the agreement; an intention about its own act: planned."),
    event("e-reception", "Meeting", "President Mahamat Idriss Déby had received Jean-Noël Barrot on Thursday",
          ("avait été reçu", None), [("agent", DEBY), ("participant", BARROT)], place=NDJAMENA, time="t-thursday",
          note="« M. Barrot avait été reçu jeudi par le président Mahamat Idriss Déby »: a pluperfect passive with "
               "its agent; the host is the agent, the guest a participant (as « recevra » in the bundled article). "
               "The place, N'Djamena, comes from the lede (« le départ de N’Djamena »), not from this sentence."),
    event("e-question-raised", "Event", "The question of the agreement was not raised in public during the visit",
          ("évoquée", None), [("participant", BARROT), ("participant", DEBY)], status="negated",
          place=NDJAMENA, time="t-thursday",
          note="« sans que la question soit publiquement évoquée »: a subjunctive passive under « sans que », "
               "negated; the two men of the reception are its participants; « la question » is no entity."),
    event("e-dialogue", "Event", "France to continue a close dialogue with the Chadian authorities",
          ("dialogue", None), [("participant", FRANCE), ("participant", CHAD_GOV)], status="proposed",
          according_to=[QUAI], evidence=PARIS,
          note="« qui souhaite poursuivre « un dialogue étroit » avec les autorités tchadiennes »: a wish of the "
               "Quai d’Orsay, not agreed by Chad: proposed (the trigger is the noun inside the quote; « poursuivre » "
               "says the dialogue exists, the wish is that it go on). France, for which the ministry speaks, and "
               "the Chadian government are its participants."),
    event("e-stationed", "Event", "About a thousand French soldiers are stationed in Chad", ("sont stationnés", None),
          [("participant", TROOPS_TD)], place=CHAD, evidence=STATIONED,
          note="« Environ un millier de soldats français sont stationnés au Tchad »: a present passive state in the "
               "article's voice; no time (the present of the report). « à accueillir une présence militaire "
               "française » in the apposition restates it (no new event)."),
    event("e-departure-mali", "Event", "Forced departure of the French forces from Mali", ("départs forcés", None),
          [("agent", FR_ARMY)], place=MALI, evidence=STATIONED,
          note="« après les départs forcés du Mali, du Burkina Faso et du Niger »: one plural noun for three "
               "departures, one per country: three events with one trigger (as two speech acts share « condamné » "
               "in gold/coup-niger-2023-07-27). Who left is implied (the French military presence), so the French "
               "armed forces, which have no mention, are the agent; who forced them is not written."),
    event("e-departure-burkina", "Event", "Forced departure of the French forces from Burkina Faso",
          ("départs forcés", None), [("agent", FR_ARMY)], place=BURKINA, evidence=STATIONED,
          note="The second of the three departures of « les départs forcés »."),
    event("e-departure-niger", "Event", "Forced departure of the French forces from Niger", ("départs forcés", None),
          [("agent", FR_ARMY)], place=NIGER, evidence=STATIONED,
          note="The third of the three departures of « les départs forcés »."),
    event("e-withdrawal", "Event", "Withdrawal of the French soldiers from Chad (no timetable given)",
          ("retrait", None), [("agent", TROOPS_TD)], status="planned", place=CHAD,
          note="« Aucun calendrier de retrait n’a été communiqué »: the withdrawal follows from the end of the "
               "agreement and is expected, only its timetable is not given: planned. « n’a été communiqué » has no "
               "speaker and is not a speech act (as « dont le contenu n’a pas été dévoilé » in gold)."),
    event("e-modalities-talks", "Event", "The terms of the withdrawal to be discussed in the coming weeks",
          ("seront discutées", None), [("participant", FRANCE), ("participant", CHAD)], status="planned",
          time="t-coming-weeks", according_to=[SOURCE], evidence=SOURCE_EVIDENCE,
          note="« Les modalités seront discutées dans les prochaines semaines »: a future passive with no agent "
               "written; the two states of the agreement are the participants. « Les modalités » is no entity."),
    event("e-departure-2025", "Event", "French soldiers may leave Chad in the first half of 2025", ("départ",
          "un départ au"), [("agent", TROOPS_TD)], status="hypothetical", place=CHAD, time="t-2025",
          according_to=[SOURCE], evidence=SOURCE_EVIDENCE,
          note="« qui n’exclut pas un départ au premier semestre 2025 »: a possibility the source leaves open: "
               "hypothetical. It is the withdrawal at one possible date, kept as its own event because it has its "
               "own status and time."),
    event("e-senegal-end", "Event", "Soon no more French soldiers in Senegal", ("aurait", None),
          [("participant", TROOPS_SN)], status="planned", place=SENEGAL, time="t-soon", according_to=[FAYE],
          evidence=FAYE_EVIDENCE,
          note="« a affirmé qu’il n’y aurait « bientôt plus de soldats français » dans son pays »: a negated "
               "existential in the future in the past (« il n’y aurait ... plus »): the end of the French presence, "
               "which Faye announces: planned. The trigger is the verb of « il n’y aurait » (the impersonal « il » "
               "and « y » are not mentions)."),
    event("e-interview", "Meeting", "Bassirou Diomaye Faye's interview with Le Monde", ("entretien", None),
          [("participant", FAYE), ("participant", LE_MONDE)], evidence=INTERVIEW,
          note="« a-t-il déclaré dans un entretien au journal Le Monde »: a nominal event; no time is written in "
               "this sentence (« Jeudi également » dates the affirmation before it)."),
    event("e-russian-influence", "Event", "Russia's influence keeps growing in the Sahel", ("grandir", None),
          [("participant", RUSSIA)], place=SAHEL,
          note="« l’influence de la Russie ne cesse de grandir dans la région »: « ne cesse de » is not a negation "
               "(it keeps growing): occurred, in the article's voice; the region is the Sahel."),
    event("e-deploy-mali", "Event", "Russia has deployed instructors in Mali", ("a déployé", None),
          [("agent", RUSSIA), ("theme", INSTRUCTORS)], place=MALI, time="t-recent-years", evidence=MOSCOW,
          note="« Moscou, qui a déployé ces dernières années des instructeurs au Mali et au Niger »: a relative past "
               "with two places: two events, one trigger (as the forced departures). « Moscou » is Russia."),
    event("e-deploy-niger", "Event", "Russia has deployed instructors in Niger", ("a déployé", None),
          [("agent", RUSSIA), ("theme", INSTRUCTORS)], place=NIGER, time="t-recent-years", evidence=MOSCOW,
          note="The second place of « a déployé ... au Mali et au Niger »."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-chad-announces", "Statement", "Chad announces it ends the defence agreement with France", CHAD,
           ("a annoncé", None), [], time="t-thursday-evening", evidence=LEDE, about=["e-end-accord"],
           note="« Le Tchad a annoncé jeudi soir mettre fin à l’accord »: the country's name as speaker, no quote."),
    speech("s-communique", "Statement", "The Chadian foreign ministry's communiqué: the government informs the public "
           "of its decision", CHAD_MFA, ("indique", None),
           [("Le gouvernement informe l’opinion nationale et internationale de sa décision de mettre fin à l’accord",
             None)],
           time="t-late-evening", evidence=COMMUNIQUE, about=["e-end-accord"],
           note="A quote first, « indique un communiqué du ministère tchadien des Affaires étrangères »: the article "
                "gives the words to the ministry's communiqué, so the ministry is the speaker; « Le gouvernement » "
                "inside is the government it speaks for (named in the third person). Its time is the "
                "publication's, late on Thursday evening."),
    speech("s-ndjamena-limits", "Statement", "N'Djamena judges the agreement has reached its limits", CHAD,
           ("estime", None), [("a atteint ses limites", None)], about=["e-end-accord"],
           note="« Ce texte, révisé en 2019, « a atteint ses limites », estime N’Djamena »: a quoted predicate, "
                "the source after it; « N’Djamena » stands for Chad. A judgement, no event of its own."),
    speech("s-ndjamena-sovereignty", "Statement", "N'Djamena says it wants to assert its full sovereignty", CHAD,
           ("dit", None), [("affirmer sa souveraineté pleine et entière", None)],
           about=["e-assert-sovereignty"],
           note="« qui dit vouloir « affirmer sa souveraineté pleine et entière » »: the relative pronoun's "
                "antecedent, N'Djamena (Chad), is the speaker; the quote starts at the infinitive."),
    speech("s-france-takes-note", "Statement", "France takes note of Chad's decision", FRANCE, ("prend acte", None),
           [("prend acte", "« prend acte »")], according_to=[QUAI], time="t-friday", evidence=PARIS,
           about=["e-end-accord"],
           note="« Paris « prend acte » de cette décision, a réagi vendredi le Quai d’Orsay »: the metonym is the "
                "subject of the quoted verb, so France is the speaker and the ministry that says it is in "
                "according_to, with its own Report (as « Paris « condamne ... », a déclaré la ministre » in "
                "gold/coup-niger-2023-07-27). « cette décision » is the ending of the agreement."),
    speech("s-quai-reacts", "Report", "The Quai d'Orsay reacts on Friday", QUAI, ("a réagi", None), [],
           time="t-friday", evidence=PARIS, about=["s-france-takes-note"],
           note="« a réagi vendredi le Quai d’Orsay »: the source after the clause, on the publication day; the "
                "building stands for the ministry."),
    speech("s-quai-dialogue", "Statement", "The Quai d'Orsay wishes to continue a close dialogue with Chad", QUAI,
           ("souhaite", None), [("un dialogue étroit", None)], time="t-friday", evidence=PARIS,
           about=["e-dialogue"],
           note="« qui souhaite poursuivre « un dialogue étroit » avec les autorités tchadiennes »: a relative whose "
                "antecedent is the Quai d’Orsay; said in the same Friday reaction, so the same time."),
    speech("s-source-modalities", "Statement", "A French diplomatic source: the terms will be discussed in the coming "
           "weeks", SOURCE, ("a indiqué", None),
           [("Les modalités seront discutées dans les prochaines semaines", None)], addressee=AFP,
           evidence=SOURCE_EVIDENCE, about=["e-modalities-talks", "e-withdrawal"],
           note="« a indiqué à l’AFP une source diplomatique française »: a quote first, the source after the clause; "
                "the agency is the addressee (as « a assuré à l’AFP » in gold)."),
    speech("s-source-departure", "Statement", "The source does not rule out a departure in the first half of 2025",
           SOURCE, ("n’exclut pas", None), [], addressee=AFP, evidence=SOURCE_EVIDENCE,
           about=["e-departure-2025"],
           note="« qui n’exclut pas un départ au premier semestre 2025 »: not ruling out is saying something is "
                "possible, so the speech act occurred (the negation is of « exclure », and it makes the departure "
                "hypothetical); the trigger keeps the negation. No quote."),
    speech("s-faye-affirms", "Statement", "Bassirou Diomaye Faye says there will soon be no more French soldiers in "
           "Senegal", FAYE, ("a affirmé", None), [("bientôt plus de soldats français", None)], time="t-thursday-faye",
           evidence=FAYE_EVIDENCE, about=["e-senegal-end"],
           note="« Jeudi également, le président sénégalais, Bassirou Diomaye Faye, a affirmé qu’il n’y aurait « "
                "bientôt plus de soldats français » dans son pays »: a role noun and a name in apposition; the quote "
                "is part of the reported clause. Said in the interview of the next sentence, but the article does not "
                "tie them, so no addressee here."),
    speech("s-faye-sovereignty", "Statement", "Faye: sovereignty does not go with foreign military bases", FAYE,
           ("a-t-il déclaré", None),
           [("La souveraineté ne s’accommode pas de la présence de bases militaires étrangères", None)],
           addressee=LE_MONDE, evidence=INTERVIEW, about=["e-senegal-end"],
           note="A quote first with an inverted pronoun (« a-t-il déclaré », as in gold); « dans un entretien au "
                "journal Le Monde »: the newspaper he speaks to is the addressee. A general judgement: « la présence "
                "de bases militaires étrangères » is no event of its own; it argues for the end of the French "
                "presence. No time is written in this sentence."),
    speech("s-moscow-no-comment", "SpeechAct", "Moscow has not commented on Chad's decision", RUSSIA,
           ("commenté", None), [], status="negated", evidence=MOSCOW, about=["e-end-accord"],
           note="« Moscou ... n’a pas commenté la décision tchadienne »: a negated speech act (as « n’a pas réagi » "
                "in gold); « la décision tchadienne » is the ending of the agreement."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
