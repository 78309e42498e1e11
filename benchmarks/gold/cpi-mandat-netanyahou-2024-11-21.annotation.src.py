"""Held-out annotation of cpi-mandat-netanyahou-2024-11-21.txt (written for the twenty-second held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/cpi-mandat-netanyahou-2024-11-21.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/cpi-mandat-netanyahou-2024-11-21.annotation.src.py --check

From held-out set 22 (moved to gold in session 20; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "cpi-mandat-netanyahou-2024-11-21.txt"

NOTE = """\
Held-out-22 article: the International Criminal Court issues arrest warrants on Thursday 21 November 2024 against \
Benjamin Netanyahu and his former defence minister Yoav Gallant, suspected of war crimes in Gaza, and a third one \
against Mohammed Deif, head of Hamas's armed wing, whom the Israeli army says it killed in July; the judges see « \
reasonable grounds » to believe the two used starvation as a method of war; the prosecutor Karim Khan had applied \
for the warrants on 20 May and the Pre-Trial Chamber had rejected an Israeli challenge on Tuesday; Netanyahu's \
office rejects « false » accusations and denounces an « antisemitic » decision, Israel not recognising the Court; \
Hamas welcomes the decision without commenting on Deif's warrant; Washington closes ranks behind Israel, Joe Biden \
sees no equivalence between Israel and Hamas, the United States having threatened in June to sanction the Court; \
Josep Borrell says the decision binds the Twenty-Seven, Paris will act in line with the Court's statutes but its \
spokesman will not say whether France would arrest Netanyahu; Viktor Orbán announces on Thursday evening that he \
will invite Netanyahu to Hungary and assures that the warrant will not be applied there; the two men could be \
arrested in any of the 124 states parties; EU foreign ministers are to discuss it on Monday in Brussels. Published \
Thursday 21 November 2024 (the file gives the day). The warrants, their charges, Deif's warrant, Khan's May \
application, the Israeli, Hamas, American, EU and French reactions follow the real events loosely; the exact \
quotes, the Tuesday rejection, the June threat, the timing of Orbán's invitation (really Friday 22 November), his \
radio quote and the Monday meeting in Brussels are invented or simplified.
What it exercises: a court issuing warrants on the publication day against a role noun and a name in apposition \
joined by « et » to a possessive role noun and a name in apposition, with a passive participle of suspicion with no \
agent (« soupçonnés de crimes de guerre ... à Gaza »: the crimes suspected according to the Court, no speech act); \
a nominal third warrant as subject (« Un troisième mandat vise Mohammed Deif ») with a role noun in apposition \
holding an organisation that holds a name, and a relative claim with a perfect infinitive and a month (« que \
l’armée israélienne affirme avoir tué en juillet »: the killing suspected, the claim a Statement); a plural « Les \
juges » speaking for the Court with two quotes under one verb of opinion, one of them a completive with a plural \
phrase (the starvation suspected); a pluperfect request with an explicit day and month by a role noun holding the \
Court and a name in apposition (« avait requis ces mandats le 20 mai »); a fronted past weekday with a pluperfect \
rejection by a court organ of a nominal appeal known by an adjective (« un recours israélien contestant sa \
compétence »); a quote first with the state as its subject and « lui » for it, under an office holding a titled \
name, with a relative present denunciation and a one-word quote; a role noun for the state with a relative negated \
membership (no event) and a negated recognition; a welcome with a quoted noun phrase and « sans commenter » (a \
negated speech act) over a restated warrant with a possessive role noun; a metonym rallying behind a possessive \
role noun for the state (an Event, no speech); a quote split around « a déclaré le président américain, Joe Biden, \
dans un communiqué, » with the Court, Israel and Hamas inside; a pluperfect threat of sanction with a month (a \
hypothetical Sanction); a role noun with an organisation inside and a name in apposition with a one-word quote and « \
les Vingt-Sept »; a metonym as subject of a future action whose quote starts after the verb, under a spokesman whose \
title holds a building metonym, and a participle refusal over a conditional arrest (« refusant de dire si la France \
arrêterait le dirigeant israélien »); a metonym taking the opposite stance (no speech act); an announcement on the \
evening of the publication day with a future in the past (an Invitation, planned, to a country) and a quote first \
with the place clitic « y » and a negated future, « a-t-il assuré à la radio publique » (the radio the addressee); \
a conditional arrest with a hypothetical trip to « l’un des 124 États parties à la Cour »; a planned meeting with « \
en » on a future weekday in a city.
Places and metonyms. « Washington » is the United States (Q30), the state closing ranks; « Les États-Unis » the \
same state by name. « Paris » is France and « Budapest » Hungary: metonyms of states not in ids.tsv, so their \
mentions go to the local state entities, kind metonym. « Quai d’Orsay » inside the spokesman's title is the \
French foreign ministry (a building for the institution, kind metonym, as in gold/tchad-france-defense). « Gaza » \
is the place of the suspected crimes (the Gaza Strip, local); « Hongrie » the place of the planned invitation and « \
y » in Orbán's quote the same country; « Bruxelles » is the city of the meeting (local).
Mentions. Netanyahu: « le Premier ministre israélien » (in apposition before the name), « Benjamin Netanyahou », « \
Netanyahou » twice in « M. Netanyahou » (the title is part of the name's phrase) and « le dirigeant israélien ». \
Gallant: « son ancien ministre de la Défense » (« la Défense » inside the title is no mention) and « Yoav \
Gallant ». Deif: « Mohammed Deif », « chef de la branche armée du Hamas » (a role noun in apposition without a \
determiner) and « son chef militaire »; « la branche armée du Hamas » inside the role noun is the armed wing, an \
organisation of its own, and « Hamas » inside it the movement. The Court: « Cour pénale internationale », « CPI » \
three times (the bracketed acronym included) and « la Cour » four times (inside « Le procureur de la Cour » and « \
124 États parties à la Cour » too); « sa » (« sa compétence », « sa juridiction ») is a possessive. Israel: « \
Israël » twice, « lui » inside the office's quote, « L’État hébreu » and « son allié »; « israélien » and « \
Israéliens » are adjectives or plural. « le bureau de M. Netanyahou » is Netanyahu's office (a local organisation, \
the speaker of the quote). « la chambre préliminaire » is the Court's Pre-Trial Chamber (a local organisation). « \
Le chef de la diplomatie de l’UE » is Borrell (« la diplomatie de l’UE » inside the title is no mention, « UE » is \
the Union); « Vingt-Sept » is the member states (a local group, kind name without its article, as in \
gold/cij-rafah-2024-05-24). « 124 États parties à la Cour » (after the fused « des », from the number) is the \
states parties, a local group. Not mentions: « Les juges » (plural, speaking for the Court, as in \
gold/cij-rafah-2024-05-24), « les deux responsables israéliens », « Les deux Israéliens », « ils » (Netanyahu and \
Gallant at once), « qui » and « que » (relative pronouns), « des mandats d’arrêt », « ces mandats », « le mandat » \
(documents, as « un mandat d’arrêt » in gold/poutine-oulan-bator-2024-09-03), « une décision », « la décision », « \
Cette décision », « les accusations », « un communiqué », « en » (the warrants, a document).
Statuses. The warrants (the two and Deif's), the appeal, its rejection, the US support, the reactions and Orbán's \
announcement are occurred; the war crimes and the starvation are suspected according to the Court, Deif's killing \
suspected according to the Israeli army (a contested claim, as « a affirmé ... avoir repoussé » in \
gold/drones-novorossiisk-2023-08-04); Israel's recognition of the Court is negated; the US sanction is hypothetical \
(a threat); France's action, Orbán's invitation and the ministers' meeting are planned; the French arrest, the \
arrest in a state party and the trip there are hypothetical; the application of the warrant in Hungary is negated \
(a negated future inside an assurance, as « ne mènera pas » in gold/cij-rafah-2024-05-24).
Times. « jeudi » is the publication day, Thursday 21 November 2024; « en juillet » July 2024 (month-past); « le 20 \
mai » 20 May 2024; « Mardi » 19 November 2024 (weekday-past, pluperfect); « en juin » June 2024 (month-past); « \
jeudi soir » the evening of the publication day; « lundi » 25 November 2024 (weekday-future). Deif's warrant takes \
the lede's Thursday (the same decision). The statements with no weekday of their own (the judges', the office's, \
Hamas's, Biden's, Borrell's, the spokesman's, Orbán's assurance, the army's claim) have no time.
Only the United States is linked; the ICC, its judges' chamber, Khan, Netanyahu, Gallant, Deif, Hamas and its armed \
wing, the Israeli army, Israel, the Gaza Strip, Netanyahu's office, Biden, Borrell, the EU, the Twenty-Seven, \
France, the French foreign ministry and its spokesman, Hungary, Orbán, the Hungarian public radio, the states \
parties, the EU foreign ministers and Brussels are not in ids.tsv: local, unlinked."""

US = "Q30"
ICC, CHAMBER, KHAN = "local:icc", "local:icc-pre-trial-chamber", "local:karim-khan"
NETANYAHU, GALLANT, DEIF = "local:benjamin-netanyahu", "local:yoav-gallant", "local:mohammed-deif"
GAZA, HAMAS, QASSAM, IDF = "local:gaza-strip", "local:hamas", "local:hamas-armed-wing", "local:israeli-army"
ISRAEL, PMO, BIDEN = "local:israel", "local:netanyahu-office", "local:joe-biden"
EU, EU27, BORRELL = "local:european-union", "local:eu-member-states", "local:josep-borrell"
FRANCE, QUAI, QUAI_SPOKESMAN = "local:france", "local:french-foreign-ministry", "local:quai-dorsay-spokesman"
HUNGARY, ORBAN, RADIO = "local:hungary", "local:viktor-orban", "local:hungarian-public-radio"
STATES_PARTIES, EU_MINISTERS, BRUSSELS = "local:icc-states-parties", "local:eu-foreign-ministers", "local:brussels"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ICC, "Cour pénale internationale", "International Criminal Court", "organization",
     {"description": "la CPI, qui siège à La Haye", "unlinked_reason": NOT_VERIFIED}),
    (NETANYAHU, "Benjamin Netanyahou", "Benjamin Netanyahu", "person",
     {"description": "Premier ministre israélien", "unlinked_reason": NOT_VERIFIED}),
    (GALLANT, "Yoav Gallant", "Yoav Gallant", "person",
     {"description": "ancien ministre israélien de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (GAZA, "bande de Gaza", "Gaza Strip", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DEIF, "Mohammed Deif", "Mohammed Deif", "person",
     {"description": "chef de la branche armée du Hamas", "unlinked_reason": NOT_VERIFIED}),
    (QASSAM, "branche armée du Hamas", "armed wing of Hamas", "organization",
     {"description": "les Brigades Ezzedine al-Qassam, que l’article ne nomme pas", "unlinked_reason": NOT_VERIFIED}),
    (HAMAS, "Hamas", "Hamas", "organization",
     {"description": "mouvement islamiste palestinien", "unlinked_reason": NOT_VERIFIED}),
    (IDF, "armée israélienne", "Israel Defense Forces", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (KHAN, "Karim Khan", "Karim Khan", "person",
     {"description": "procureur de la Cour pénale internationale", "unlinked_reason": NOT_VERIFIED}),
    (CHAMBER, "chambre préliminaire de la CPI", "ICC Pre-Trial Chamber", "organization",
     {"description": "la chambre de la Cour qui a émis les mandats", "unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PMO, "bureau du Premier ministre israélien", "Prime Minister's Office (Israel)", "organization",
     {"description": "le bureau de Benjamin Netanyahou", "unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (BORRELL, "Josep Borrell", "Josep Borrell", "person",
     {"description": "chef de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (EU27, "les Vingt-Sept", "the EU member states", "group",
     {"description": "les vingt-sept États membres de l’Union européenne", "unlinked_reason": NOT_GROUP}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (QUAI, "ministère français de l’Europe et des Affaires étrangères", "Ministry for Europe and Foreign Affairs "
     "(France)", "organization",
     {"description": "l’institution que désigne « le Quai d’Orsay » (son siège à Paris)", "class_qid": "Q20901295",
      "unlinked_reason": NOT_VERIFIED}),
    (QUAI_SPOKESMAN, "porte-parole du Quai d’Orsay", "French foreign ministry spokesman", "person",
     {"description": "porte-parole que l’article ne nomme pas", "class_qid": "Q17221",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (HUNGARY, "Hongrie", "Hungary", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ORBAN, "Viktor Orbán", "Viktor Orbán", "person",
     {"description": "Premier ministre hongrois", "unlinked_reason": NOT_VERIFIED}),
    (RADIO, "radio publique hongroise", "Hungarian public radio", "organization",
     {"description": "la radio publique à laquelle Viktor Orbán s’exprime", "unlinked_reason": NOT_VERIFIED}),
    (STATES_PARTIES, "États parties au Statut de Rome", "States parties to the Rome Statute", "group",
     {"description": "les 124 États parties à la Cour pénale internationale", "unlinked_reason": NOT_GROUP}),
    (EU_MINISTERS, "ministres européens des Affaires étrangères", "EU foreign ministers", "group",
     {"description": "les ministres des Affaires étrangères des Vingt-Sept", "unlinked_reason": NOT_GROUP}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Cour pénale internationale (CPI) a émis jeudi des mandats d’arrêt contre le Premier ministre israélien,
    # Benjamin Netanyahou, et son ancien ministre de la Défense, Yoav Gallant, soupçonnés de crimes de guerre à Gaza.
    ("Cour pénale internationale", None, ICC, "name"),
    ("CPI", "(CPI)", ICC, "name"),
    ("le Premier ministre israélien", None, NETANYAHU, "nominal"),
    ("Benjamin Netanyahou", None, NETANYAHU, "name"),
    ("son ancien ministre de la Défense", None, GALLANT, "nominal"),
    ("Yoav Gallant", None, GALLANT, "name"),
    ("Gaza", None, GAZA, "name"),
    # Un troisième mandat vise Mohammed Deif, chef de la branche armée du Hamas, que l’armée israélienne affirme ...
    ("Mohammed Deif", None, DEIF, "name"),
    ("chef de la branche armée du Hamas", None, DEIF, "nominal"),
    ("la branche armée du Hamas", None, QASSAM, "nominal"),
    ("Hamas", "armée du Hamas", HAMAS, "name"),
    ("l’armée israélienne", None, IDF, "nominal"),
    # Le procureur de la Cour, Karim Khan, avait requis ces mandats le 20 mai.
    ("Le procureur de la Cour", None, KHAN, "nominal"),
    ("la Cour", "procureur de la Cour", ICC, "nominal"),
    ("Karim Khan", None, KHAN, "name"),
    # Mardi, la chambre préliminaire avait rejeté un recours israélien contestant sa compétence.
    ("la chambre préliminaire", None, CHAMBER, "nominal"),
    # « Israël rejette les accusations mensongères portées contre lui », a réagi le bureau de M. Netanyahou, ...
    ("Israël", "« Israël rejette", ISRAEL, "name"),
    ("lui", "portées contre lui", ISRAEL, "pronoun"),
    ("le bureau de M. Netanyahou", None, PMO, "nominal"),
    ("Netanyahou", "bureau de M. Netanyahou", NETANYAHU, "name"),
    # L’État hébreu, qui n’est pas membre de la CPI, ne reconnaît pas sa juridiction.
    ("L’État hébreu", None, ISRAEL, "nominal"),
    ("CPI", "membre de la CPI", ICC, "name"),
    # Le Hamas a salué « une étape importante vers la justice », sans commenter le mandat visant son chef militaire.
    ("Hamas", "Le Hamas a salué", HAMAS, "name"),
    ("son chef militaire", None, DEIF, "nominal"),
    # Washington a fait bloc derrière son allié.
    ("Washington", None, US, "metonym"),
    ("son allié", None, ISRAEL, "nominal"),
    # « Quoi que la CPI puisse laisser entendre, a déclaré le président américain, Joe Biden, dans un communiqué, ...
    ("CPI", "que la CPI puisse", ICC, "name"),
    ("le président américain", None, BIDEN, "nominal"),
    ("Joe Biden", None, BIDEN, "name"),
    ("Israël", "entre Israël et", ISRAEL, "name"),
    ("Hamas", "et le Hamas. »", HAMAS, "name"),
    # Les États-Unis avaient menacé en juin de sanctionner la Cour.
    ("États-Unis", None, US, "name"),
    ("la Cour", "sanctionner la Cour", ICC, "nominal"),
    # Le chef de la diplomatie de l’UE, Josep Borrell, a rappelé que la décision était « contraignante » ...
    ("Le chef de la diplomatie de l’UE", None, BORRELL, "nominal"),
    ("UE", None, EU, "name"),
    ("Josep Borrell", None, BORRELL, "name"),
    ("Vingt-Sept", None, EU27, "name"),
    # Paris agira « conformément aux statuts de la Cour », a indiqué le porte-parole du Quai d’Orsay, refusant de
    # dire si la France arrêterait le dirigeant israélien.
    ("Paris", None, FRANCE, "metonym"),
    ("la Cour", "statuts de la Cour", ICC, "nominal"),
    ("le porte-parole du Quai d’Orsay", None, QUAI_SPOKESMAN, "nominal"),
    ("Quai d’Orsay", None, QUAI, "metonym"),
    ("France", None, FRANCE, "name"),
    ("le dirigeant israélien", None, NETANYAHU, "nominal"),
    # Budapest a pris le contre-pied.
    ("Budapest", None, HUNGARY, "metonym"),
    # Le Premier ministre hongrois, Viktor Orbán, a annoncé jeudi soir qu’il inviterait M. Netanyahou en Hongrie.
    ("Le Premier ministre hongrois", None, ORBAN, "nominal"),
    ("Viktor Orbán", None, ORBAN, "name"),
    ("il", "qu’il inviterait", ORBAN, "pronoun"),
    ("Netanyahou", "inviterait M. Netanyahou", NETANYAHU, "name"),
    ("Hongrie", None, HUNGARY, "name"),
    # « Le mandat n’y sera pas appliqué », a-t-il assuré à la radio publique.
    ("y", "n’y sera", HUNGARY, "pronoun"),
    ("il", "a-t-il assuré", ORBAN, "pronoun"),
    ("la radio publique", None, RADIO, "nominal"),
    # Les deux Israéliens pourraient être arrêtés s’ils se rendaient dans l’un des 124 États parties à la Cour.
    ("124 États parties à la Cour", None, STATES_PARTIES, "nominal"),
    ("la Cour", "parties à la Cour", ICC, "nominal"),
    # Les ministres européens des Affaires étrangères doivent en discuter lundi à Bruxelles.
    ("Les ministres européens des Affaires étrangères", None, EU_MINISTERS, "nominal"),
    ("Bruxelles", None, BRUSSELS, "name"),
]

PUB_DAY = "The publication day, Thursday 21 November 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "a émis jeudi"), "2024-11-21", "day", "weekday-publication-day",
     "« a émis jeudi des mandats d’arrêt »: " + PUB_DAY),
    ("t-july", ("en juillet", None), "2024-07", "month", "month-past",
     "« affirme avoir tué en juillet », written in November 2024: the last July, July 2024."),
    ("t-may-20", ("le 20 mai", None), "2024-05-20", "day", "explicit-day-month",
     "« avait requis ces mandats le 20 mai »: a day and a month before the publication day, in its year: 20 May "
     "2024."),
    ("t-tuesday", ("Mardi", None), "2024-11-19", "day", "weekday-past",
     "Pluperfect « Mardi, la chambre préliminaire avait rejeté »: the Tuesday before the publication day, 19 "
     "November 2024."),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "Pluperfect « avaient menacé en juin », written in November 2024: June 2024."),
    ("t-thursday-evening", ("jeudi soir", None), "2024-11-21", "day", "part-of-day",
     "« a annoncé jeudi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-monday", ("lundi", None), "2024-11-25", "day", "weekday-future",
     "« doivent en discuter lundi »: the Monday after the publication day, 25 November 2024."),
]

LEDE = ("La Cour pénale", "crimes de guerre à Gaza.")
DEIF_SENTENCE = ("Un troisième mandat", "tué en juillet.")
PARIS = ("Paris agira", "le dirigeant israélien.")
LAST = ("Les deux Israéliens", "parties à la Cour.")

EVENTS: list[dict[str, Any]] = [
    event("e-warrants", "Event", "The ICC issues arrest warrants against Benjamin Netanyahu and Yoav Gallant",
          ("a émis", None), [("agent", ICC), ("recipient", NETANYAHU), ("recipient", GALLANT)], time="t-thursday",
          evidence=LEDE,
          note="« a émis jeudi des mandats d’arrêt contre le Premier ministre israélien, Benjamin Netanyahou, et son "
               "ancien ministre de la Défense, Yoav Gallant »: one issuing with two targets joined by « et » (two "
               "recipients, as two agents of one strike in gold/frappes-houthis-yemen-2024-01-12). The warrants are "
               "documents, not mentions (as in gold/poutine-oulan-bator-2024-09-03). Restated by « ces mandats », « "
               "une décision », « la décision » and « Cette décision »."),
    event("e-war-crimes", "Event", "War crimes in Gaza of which Netanyahu and Gallant are suspected",
          ("crimes de guerre", None), [("agent", NETANYAHU), ("agent", GALLANT)], status="suspected", place=GAZA,
          according_to=[ICC], evidence=LEDE,
          note="« soupçonnés de crimes de guerre à Gaza »: a passive participle with no agent; the suspicion is the "
               "Court's (the warrants' grounds), so the crimes are suspected according to it (as the deportation "
               "charged by the warrant in gold/sommet-brics-johannesburg-2023-08-24); no speech act."),
    event("e-deif-warrant", "Event", "The ICC issues a third arrest warrant, against Mohammed Deif",
          ("mandat", "Un troisième mandat"), [("agent", ICC), ("recipient", DEIF)], time="t-thursday",
          evidence=DEIF_SENTENCE,
          note="« Un troisième mandat vise Mohammed Deif »: a nominal warrant as the subject of « vise »; the "
               "issuer is the Court of the lede and the day the lede's Thursday (the same decision). « le mandat "
               "visant son chef militaire » (Hamas's sentence) restates it."),
    event("e-deif-killed", "Event", "The Israeli army says it killed Mohammed Deif in July", ("tué", None),
          [("agent", IDF), ("recipient", DEIF)], status="suspected", time="t-july", according_to=[IDF],
          evidence=DEIF_SENTENCE,
          note="« que l’armée israélienne affirme avoir tué en juillet »: a relative claim with a perfect infinitive; "
               "the article keeps its distance (« affirme ») and the Court still issues a warrant: a contested "
               "claim, suspected (as « a affirmé ... avoir repoussé » in gold/drones-novorossiisk-2023-08-04)."),
    event("e-starvation", "Event", "Netanyahu and Gallant used starvation as a method of war (the judges' grounds)",
          ("ont utilisé", None), [("agent", NETANYAHU), ("agent", GALLANT)], status="suspected",
          according_to=[ICC], part_of="e-war-crimes",
          note="« les deux responsables israéliens ont utilisé « la famine comme méthode de guerre » »: what the "
               "judges have reasonable grounds to believe, a charge: suspected according to the Court. The plural "
               "phrase is no mention; its two members are the agents. One of the war crimes of the lede (part_of); "
               "the sentence names no place."),
    event("e-no-recognition", "Event", "Israel does not recognise the ICC's jurisdiction", ("reconnaît", None),
          [("agent", ISRAEL), ("recipient", ICC)], status="negated",
          note="« L’État hébreu, qui n’est pas membre de la CPI, ne reconnaît pas sa juridiction »: a negated "
               "recognition (as « refuse de reconnaître » in gold); the Court, whose jurisdiction it is, the "
               "recipient. The relative « qui n’est pas membre » is a negated state, no event."),
    event("e-us-support", "Event", "The United States close ranks behind Israel", ("a fait bloc", None),
          [("agent", US), ("recipient", ISRAEL)],
          note="« Washington a fait bloc derrière son allié »: a support in the article's own voice, no verb of "
               "speech (as « Les Houthis, soutenus par l’Iran » in gold/frappes-houthis-yemen-2024-01-12); Biden's "
               "quote is its expression. « son allié » is Israel. No weekday: no time."),
    event("e-us-sanction", "Sanction", "The United States sanctioning the ICC (threatened in June)",
          ("sanctionner", None), [("agent", US), ("recipient", ICC)], status="hypothetical", according_to=[US],
          note="« avaient menacé en juin de sanctionner la Cour »: what the threat holds out, not done: hypothetical "
               "(as the threatened tariffs in gold/groenland-copenhague-2025-01-08). June dates the threat, not the "
               "sanction."),
    event("e-france-act", "Event", "France will act in line with the ICC's statutes", ("agira", None),
          [("agent", FRANCE)], status="planned", according_to=[QUAI_SPOKESMAN], evidence=PARIS,
          note="« Paris agira « conformément aux statuts de la Cour » »: a future action of the state (« Paris », a "
               "metonym), told by the spokesman: planned. « agira » is no verb of speech, so France has no speech act "
               "here; the quote is the spokesman's."),
    event("e-france-arrest", "Event", "France arresting Netanyahu on its soil (the question left open)",
          ("arrêterait", None), [("agent", FRANCE), ("recipient", NETANYAHU)], status="hypothetical",
          evidence=PARIS,
          note="« refusant de dire si la France arrêterait le dirigeant israélien »: a conditional under an indirect "
               "question the spokesman refuses to answer: hypothetical (as « si les États-Unis accorderaient l’asile » "
               "in gold/hasina-dacca-2024-08-05)."),
    event("e-invitation", "Invitation", "Viktor Orbán will invite Netanyahu to Hungary", ("inviterait", None),
          [("agent", ORBAN), ("recipient", NETANYAHU)], status="planned", place=HUNGARY, according_to=[ORBAN],
          note="« a annoncé jeudi soir qu’il inviterait M. Netanyahou en Hongrie »: a future in the past under an "
               "announcement: planned. « jeudi soir » dates the announcement, not the invitation. Hungary, where he is "
               "invited, is the place."),
    event("e-no-enforcement", "Event", "The warrant will not be applied in Hungary", ("appliqué", None),
          [("agent", HUNGARY), ("recipient", NETANYAHU)], status="negated", place=HUNGARY, according_to=[ORBAN],
          note="« Le mandat n’y sera pas appliqué »: a negated future passive inside Orbán's quote (as « ne mènera "
               "pas » in gold/cij-rafah-2024-05-24). No agent is written: Hungary, where (« y ») it would be "
               "applied; the warrant is Netanyahu's (the invitation's recipient), so he is the recipient."),
    event("e-arrest", "Event", "Netanyahu and Gallant could be arrested in a state party to the ICC",
          ("arrêtés", None), [("agent", STATES_PARTIES), ("recipient", NETANYAHU), ("recipient", GALLANT)],
          status="hypothetical", evidence=LAST,
          note="« Les deux Israéliens pourraient être arrêtés s’ils se rendaient dans l’un des 124 États parties à la "
               "Cour »: conditional, the article's own: hypothetical. The plural phrase is no mention; its two "
               "members are the recipients. The arrester is not written: the state party they would travel to, "
               "one of the group (as the implied arrester in gold/sommet-brics-johannesburg-2023-08-24); no place, "
               "since « l’un des » names no one state."),
    event("e-trip", "Visit", "Netanyahu and Gallant travelling to a state party (hypothetical)",
          ("se rendaient", None), [("agent", NETANYAHU), ("agent", GALLANT)], status="hypothetical", evidence=LAST,
          note="« s’ils se rendaient dans l’un des 124 États parties à la Cour »: the condition, hypothetical; « ils » "
               "is the two men at once (no mention). No one state is named: no place."),
    event("e-eu-meeting", "Meeting", "EU foreign ministers to discuss the warrants on Monday in Brussels",
          ("discuter", None), [("participant", EU_MINISTERS)], status="planned", place=BRUSSELS, time="t-monday",
          note="« doivent en discuter lundi à Bruxelles »: « doivent » with a future weekday: planned. « en » is the "
               "warrants (documents, no mention)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-idf-claim", "Statement", "The Israeli army says it killed Mohammed Deif in July", IDF,
           ("affirme", None), [], evidence=DEIF_SENTENCE, about=["e-deif-killed"],
           note="« que l’armée israélienne affirme avoir tué en juillet »: a claim in a relative clause, in the "
                "present; no time of its own (July dates the killing)."),
    speech("s-judges", "Statement", "The judges see reasonable grounds that starvation was used as a method of war",
           ICC, ("estiment", None), [("motifs raisonnables", None), ("la famine comme méthode de guerre", None)],
           about=["e-starvation", "e-warrants"],
           note="« Les juges estiment avoir des « motifs raisonnables » de croire que ... »: the judges speak for the "
                "Court (plural, not a mention, as in gold/cij-rafah-2024-05-24), so the Court is the speaker. Two "
                "pairs of guillemets under one verb: one speech act, two quotes."),
    speech("s-khan-request", "Statement", "Prosecutor Karim Khan applied for the warrants on 20 May", KHAN,
           ("avait requis", None), [], time="t-may-20", about=["e-warrants", "e-deif-warrant"],
           note="« Le procureur de la Cour, Karim Khan, avait requis ces mandats le 20 mai »: a pluperfect request, "
                "a speech act (as requests in gold); « ces mandats » are the three warrants, since issued. The "
                "chamber it went to is not written: no addressee."),
    speech("s-israel-appeal", "Statement", "Israel's challenge to the ICC's jurisdiction", ISRAEL, ("recours", None),
           [],
           note="« un recours israélien contestant sa compétence »: a nominal speech act whose speaker is known by an "
                "adjective (as « restrictions américaines » in gold: Israel, no mention); « contestant sa compétence » "
                "is its content. No time of its own (Tuesday dates the rejection)."),
    speech("s-chamber-rejection", "Statement", "The Pre-Trial Chamber rejected Israel's challenge on Tuesday",
           CHAMBER, ("avait rejeté", None), [], time="t-tuesday", about=["s-israel-appeal"],
           note="« Mardi, la chambre préliminaire avait rejeté un recours israélien »: a court's decision is speech "
                "(as the orders in gold/cij-rafah-2024-05-24); pluperfect with a fronted past weekday."),
    speech("s-pmo-rejection", "Statement", "Netanyahu's office: Israel rejects the false accusations against it", PMO,
           ("a réagi", None), [("Israël rejette les accusations mensongères portées contre lui", None)],
           about=["e-warrants", "e-war-crimes"],
           note="A quote first under « a réagi le bureau de M. Netanyahou »: the office speaks for Israel, named in "
                "the third person inside the quote (« lui » is Israel). The rejection is the speech act itself, not a "
                "second one; « les accusations » are the Court's charges."),
    speech("s-pmo-antisemitic", "Statement", "Netanyahu's office denounces an « antisemitic » decision", PMO,
           ("dénonce", None), [("antisémite", None)], about=["e-warrants"],
           note="« qui dénonce une décision « antisémite » »: a relative present on the office, a second speech act "
                "with its own one-word quote; « une décision » restates the warrants."),
    speech("s-hamas-welcome", "Statement", "Hamas welcomes « an important step towards justice »", HAMAS,
           ("a salué", None), [("une étape importante vers la justice", None)], about=["e-warrants"]),
    speech("s-hamas-no-comment", "SpeechAct", "Hamas does not comment on the warrant against its military chief",
           HAMAS, ("commenter", None), [], status="negated", about=["e-deif-warrant"],
           note="« sans commenter le mandat visant son chef militaire »: a negated speech act (as « sans condamner » "
                "in gold/frappes-houthis-yemen-2024-01-12); « visant » restates Deif's warrant."),
    speech("s-biden", "Statement", "Joe Biden: there is no equivalence between Israel and Hamas", BIDEN,
           ("a déclaré", None),
           [("Quoi que la CPI puisse laisser entendre", None),
            ("il n’y a aucune équivalence entre Israël et le Hamas.", None)],
           about=["e-warrants"],
           note="One quote split around « a déclaré le président américain, Joe Biden, dans un communiqué, »: one "
                "speech act, two quotes (the second keeps its full stop inside the guillemets). « il n’y a » is "
                "impersonal. The communiqué is no entity; no weekday: no time."),
    speech("s-us-threat", "Warning", "The United States threatened in June to sanction the ICC", US,
           ("avaient menacé", None), [], time="t-june", about=["e-us-sanction"],
           note="« Les États-Unis avaient menacé en juin de sanctionner la Cour »: a pluperfect threat by the state, "
                "no quote; the Court is the target of the sanction, not an addressee written."),
    speech("s-borrell", "Statement", "Josep Borrell: the decision is « binding » on the Twenty-Seven", BORRELL,
           ("a rappelé", None), [("contraignante", None)], about=["e-warrants"],
           note="« Le chef de la diplomatie de l’UE, Josep Borrell »: a role noun holding the Union, the name in "
                "apposition. « pour les Vingt-Sept » says whom the decision binds, not an addressee; no enforcement "
                "event is written."),
    speech("s-quai-spokesman", "Statement", "The Quai d'Orsay spokesman: Paris will act in line with the Court's "
           "statutes", QUAI_SPOKESMAN, ("a indiqué", None), [("conformément aux statuts de la Cour", None)],
           evidence=PARIS, about=["e-france-act"],
           note="The quote starts after the metonym and its verb (« Paris agira « ... » »); the words are given to the "
                "spokesman, who speaks for the ministry (« Quai d’Orsay » inside his title, a metonym)."),
    speech("s-quai-refusal", "SpeechAct", "The spokesman refuses to say whether France would arrest Netanyahu",
           QUAI_SPOKESMAN, ("refusant", None), [], status="negated", evidence=PARIS, about=["e-france-arrest"],
           note="« refusant de dire si la France arrêterait le dirigeant israélien »: a refusal to speak, a negated "
                "speech act; the trigger is the refusal, « dire » its complement (as in gold/hasina-dacca-2024-08-05 "
                "and gold/groenland-copenhague-2025-01-08)."),
    speech("s-orban-announcement", "Statement", "Viktor Orbán announces he will invite Netanyahu to Hungary", ORBAN,
           ("a annoncé", None), [], time="t-thursday-evening", about=["e-invitation"],
           note="« Budapest a pris le contre-pied » before it is a stance, no verb of speech: no speech act (as « "
                "Riyad s’est montré plus prudent » in gold/sommet-brics-johannesburg-2023-08-24)."),
    speech("s-orban-assurance", "Assurance", "Orbán assures that the warrant will not be applied in Hungary", ORBAN,
           ("assuré", None), [("Le mandat n’y sera pas appliqué", None)], addressee=RADIO,
           about=["e-no-enforcement"],
           note="A quote first, « a-t-il assuré à la radio publique »: « il » is Orbán, the radio the addressee (as « "
                "à l’AFP » in gold). No weekday of its own: no time (the announcement's « jeudi soir » is not said "
                "to be this occasion)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
