"""Held-out annotation of inde-pakistan-frappes-2025-05-07.txt (written for the twenty-first held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/inde-pakistan-frappes-2025-05-07.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/inde-pakistan-frappes-2025-05-07.annotation.src.py --check

From held-out set 21 (moved to gold in session 19; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "inde-pakistan-frappes-2025-05-07.txt"

NOTE = """\
Held-out-21 article: India strikes nine sites in Pakistan and in Pakistan-administered Kashmir in the night of \
Tuesday 6 to Wednesday 7 May 2025, two weeks after the Pahalgam attack, as the Indian army announces; the Indian \
defence ministry calls its actions targeted and non-escalatory and says no Pakistani military installation was \
hit; New Delhi accuses groups based in Pakistan of the attack, which Pakistan denies; Islamabad denounces an « act \
of war », the Pakistani army reports at least 26 civilians killed and five Indian aircraft shot down, which India \
does not confirm; Shehbaz Sharif warns that Pakistan will respond and was to convene its National Security \
Committee on Wednesday; the UN spokesman Stéphane Dujarric says the world cannot afford a confrontation, Beijing \
finds the operation regrettable and urges restraint, Donald Trump hopes the fighting ends quickly, and Marco \
Rubio had spoken on Monday with Sharif and Jaishankar; the tension since 22 April (the Indus treaty suspended, \
diplomats expelled, airspace closed) and Monday's closed Security Council meeting in New York without a \
statement are recalled; Jaishankar is to receive his Iranian counterpart on Thursday. Published Wednesday 7 May \
2025 (the file gives the day). The strikes, the attack, the claims and the reactions follow the real events \
loosely; the number of sites and aircraft, the quotes' wording, Rubio's Monday call and the PTI report are \
simplified or invented.
What it exercises: a strike by a country on a night that ends on the publication day, with two places joined by « \
et » (« au Pakistan et dans la partie du Cachemire administrée par Islamabad »: one place field, Pakistan; the \
Kashmir part a mention of its own, with « Cachemire » and the metonym « Islamabad » inside it), a time counted \
back from a nominal attack (« deux semaines après l’attentat de Pahalgam ») with a relative pluperfect toll (« \
qui avait coûté la vie à 26 civils ») and a source after the clause (« a annoncé l’armée indienne »); a quote \
first with « Nos » under an institution « dans un communiqué » and a participle of assurance with a negated \
pluperfect passive (« assurant qu’aucune installation militaire pakistanaise n’avait été visée »: negated); an \
accusation by a metonym with a perfect infinitive (« accuse des groupes basés au Pakistan d’avoir commis \
l’attentat »: suspected) and a relative denial by a role noun (« ce que son voisin dément »); a metonym's quoted \
noun phrase; « Selon l’armée pakistanaise » over two passives joined by « et » with no agent (« ont été tués », « \
ont été abattus »); a negated confirmation by a country; a quote first with a country, its pronoun « il » and a \
future (« il y répondra au moment de son choix »: planned, « y » the aggression, no mention) under « a prévenu le \
Premier ministre, Shehbaz Sharif », with a relative future in the past on the publication day (« qui devait \
réunir mercredi son Comité de sécurité nationale »: planned); a quote split around « a déclaré le porte-parole de \
l’ONU, Stéphane Dujarric, » (one speech act, two parts; the confrontation hypothetical); a metonym's one-word \
quoted judgement and a call joined by « et » with a quoted infinitive addressed to a plural phrase (two speech \
acts; the restraint no event); « À Washington » (the city) and a hope with a subjunctive and a quoted adverb (« a \
dit espérer que les combats cessent « très rapidement » »: the fighting occurred, its end hypothetical); a \
pluperfect phone talk on a past weekday with a possessive role noun and a name in apposition, « M. Sharif » and a \
second role noun with a name, sourced after the clause (« selon le département d’État »); a pluperfect with « \
n’avait cessé de » (a double negative: occurred) from an explicit date; two pluperfect acts of one metonym joined \
by « et » and a third by the other country after « tandis que »; a participle meeting with a day and a city and a \
negated agreement on a statement (a negated speech act of the Council); a planned reception on a future weekday \
in a city sourced after the clause (« selon l’agence PTI »).
Places and metonyms. « Islamabad » is Pakistan and « New Delhi » India when they act (administer, accuse, \
denounce, suspend): metonyms of states that are not in ids.tsv, so they go to the local state entities, kind \
metonym (as « Téhéran » in gold/frappes-houthis-yemen-2024-01-12); « à New Delhi » in the last sentence is the \
city where the meeting takes place (local place). « Pékin » is China (Q148), a metonym; « À Washington » is the \
city (Q61), the place where Trump speaks, as « À Washington » in the gold. « la partie du Cachemire administrée \
par Islamabad » is one local place (Pakistan-administered Kashmir), « Cachemire » inside it the whole region (a \
different entity, a mention of its own). « Indus » inside the treaty's name is the river (a local place).
Mentions. « neuf sites », « 26 civils » (Pahalgam's victims), « au moins 26 civils » (the Pakistani toll), « cinq \
avions indiens », « des groupes basés au Pakistan », « des diplomates pakistanais », « son espace aérien », « \
compagnies indiennes » (fused « aux », from the noun) are things and groups events take; « aucune installation \
militaire pakistanaise » is the negated targeting's recipient, with its quantifier as determiner. « son voisin » \
is Pakistan; « Son secrétaire d’État » Rubio (the possessive is Trump's); « Le chef de la diplomatie indienne » \
is Jaishankar, named in the paragraph before; « son homologue iranien » the unnamed Iranian foreign minister. « \
Comité de sécurité nationale » is a name without its possessive. Not mentions: « Nos » and « son » (possessives), \
« les deux voisins » (India and Pakistan at once), « Le monde » (generic), « cette agression », « ces pertes », « \
l’opération », « Nos actions » (the strikes restated), « un communiqué », « la tension », « y ».
Statuses. The strikes, the Pahalgam attack and its deaths, the killing of civilians and the downing of the \
aircraft (according to the Pakistani army), the fighting, Rubio's call, the rise of tension, the treaty's \
suspension, the expulsion, the airspace closure and Monday's Council meeting are occurred; the targeting of a \
military installation is negated (according to the Indian defence ministry); the groups' authorship of the attack \
is suspected (India's accusation); Pakistan's response, the National Security Committee meeting and the Thursday \
reception are planned; the confrontation and the end of the fighting are hypothetical; India's confirmation and \
the Council's statement are negated speech acts.
Times. « dans la nuit de mardi à mercredi » is one time, Wednesday 7 May 2025 (after midnight), the publication \
day; « deux semaines après » counts back from it to the week of 23 April, inside April 2025 (the month, as « \
trois semaines après » in the gold), the attack's time; « mercredi » the publication day; « au moment de son \
choix » and « très rapidement » (inside quotes) vague future; « lundi » twice Monday 5 May 2025; « depuis le 22 \
avril » 22 April 2025, the start of the rise of tension (the day of the attack, which the lede dates only to the \
month); « jeudi » Thursday 8 May 2025. « aussitôt » is no time. The statements with no weekday of their own have \
no time; the treaty's suspension, the expulsion and the closure lie between 22 April and the strikes, and get no \
time of their own.
China, the UN, the Security Council and Washington (the city) are linked; India, Pakistan, Kashmir, \
Pakistan-administered Kashmir, Pahalgam, the Indian army and defence ministry, the Pakistani army, Sharif, the \
National Security Committee, Dujarric, Trump, Rubio, Jaishankar, the State Department, the Indus treaty and the \
river, New York, New Delhi (the city), the Iranian minister, PTI and the things and groups above are not in \
ids.tsv: local, unlinked."""

CHINA, UN, UNSC, WASHINGTON = "Q148", "Q1065", "Q37470", "Q61"
INDIA, PAKISTAN, PK_KASHMIR, KASHMIR = "local:india", "local:pakistan", "local:pakistan-administered-kashmir", \
    "local:kashmir"
PAHALGAM, PAHALGAM_VICTIMS, IN_ARMY, SITES = "local:pahalgam", "local:pahalgam-victims", "local:indian-army", \
    "local:struck-sites"
IN_MOD, PK_INSTALLATIONS, GROUPS = "local:indian-defence-ministry", "local:pakistani-military-installations", \
    "local:pakistan-based-groups"
PK_ARMY, KILLED, JETS = "local:pakistani-army", "local:killed-civilians", "local:downed-indian-aircraft"
SHARIF, NSC, DUJARRIC = "local:shehbaz-sharif", "local:pakistan-national-security-committee", \
    "local:stephane-dujarric"
TRUMP, RUBIO, JAISHANKAR, STATE_DEPT = "local:donald-trump", "local:marco-rubio", \
    "local:subrahmanyam-jaishankar", "local:us-state-department"
INDUS_TREATY, INDUS, PK_DIPLOMATS = "local:indus-waters-treaty", "local:indus", "local:pakistani-diplomats"
PK_AIRSPACE, IN_AIRLINES, NEW_YORK = "local:pakistani-airspace", "local:indian-airlines", "local:new-york"
IRAN_FM, NEW_DELHI, PTI = "local:iranian-foreign-minister", "local:new-delhi", "local:press-trust-of-india"

NOT_OBJECT = "a set of things with no Wikidata item"
NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (INDIA, "Inde", "India", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PAKISTAN, "Pakistan", "Pakistan", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PK_KASHMIR, "Cachemire administré par le Pakistan", "Pakistan-administered Kashmir", "place",
     {"description": "la partie du Cachemire administrée par Islamabad", "unlinked_reason": NOT_VERIFIED}),
    (KASHMIR, "Cachemire", "Kashmir", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PAHALGAM, "Pahalgam", "Pahalgam", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PAHALGAM_VICTIMS, "victimes de l’attentat de Pahalgam", "victims of the Pahalgam attack", "group",
     {"description": "les 26 civils tués dans l’attentat", "unlinked_reason": NOT_GROUP}),
    (IN_ARMY, "armée indienne", "Indian Armed Forces", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SITES, "neuf sites frappés", "nine sites struck", "object",
     {"description": "les sites frappés au Pakistan et au Cachemire pakistanais dans la nuit du 6 au 7 mai 2025",
      "unlinked_reason": NOT_OBJECT}),
    (IN_MOD, "ministère indien de la Défense", "Ministry of Defence (India)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PK_INSTALLATIONS, "installations militaires pakistanaises", "Pakistani military installations", "object",
     {"description": "ce que l’Inde dit ne pas avoir visé", "unlinked_reason": NOT_OBJECT}),
    (GROUPS, "groupes basés au Pakistan", "groups based in Pakistan", "group",
     {"description": "les groupes que New Delhi accuse de l’attentat, sans les nommer", "unlinked_reason": NOT_GROUP}),
    (PK_ARMY, "armée pakistanaise", "Pakistan Armed Forces", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (KILLED, "civils tués dans les frappes", "civilians killed in the strikes", "group",
     {"description": "au moins 26 civils selon l’armée pakistanaise", "unlinked_reason": NOT_GROUP}),
    (JETS, "cinq avions indiens abattus", "five Indian aircraft shot down", "object",
     {"description": "selon l’armée pakistanaise", "class_qid": "Q11436", "unlinked_reason": NOT_OBJECT}),
    (SHARIF, "Shehbaz Sharif", "Shehbaz Sharif", "person",
     {"description": "Premier ministre du Pakistan", "unlinked_reason": NOT_VERIFIED}),
    (NSC, "Comité de sécurité nationale", "National Security Committee (Pakistan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (DUJARRIC, "Stéphane Dujarric", "Stéphane Dujarric", "person",
     {"description": "porte-parole du secrétaire général de l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (RUBIO, "Marco Rubio", "Marco Rubio", "person",
     {"description": "secrétaire d’État des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (JAISHANKAR, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "person",
     {"description": "ministre indien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (INDUS_TREATY, "traité sur les eaux de l’Indus", "Indus Waters Treaty", "other",
     {"description": "traité de partage des eaux entre l’Inde et le Pakistan", "unlinked_reason": NOT_VERIFIED}),
    (INDUS, "Indus", "Indus", "place", {"description": "le fleuve", "unlinked_reason": NOT_VERIFIED}),
    (PK_DIPLOMATS, "diplomates pakistanais expulsés", "expelled Pakistani diplomats", "group",
     {"unlinked_reason": NOT_GROUP}),
    (PK_AIRSPACE, "espace aérien pakistanais", "Pakistani airspace", "place", {"unlinked_reason": NOT_VERIFIED}),
    (IN_AIRLINES, "compagnies aériennes indiennes", "Indian airlines", "group", {"unlinked_reason": NOT_GROUP}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (IRAN_FM, "ministre iranien des Affaires étrangères", "Iranian foreign minister", "person",
     {"description": "l’homologue iranien de Subrahmanyam Jaishankar, que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person; " + NOT_VERIFIED}),
    (NEW_DELHI, "New Delhi", "New Delhi", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PTI, "Press Trust of India", "Press Trust of India", "organization",
     {"description": "agence de presse indienne, PTI", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’Inde a frappé ... neuf sites au Pakistan et dans la partie du Cachemire administrée par Islamabad, ...
    ("Inde", "L’Inde a frappé", INDIA, "name"),
    ("neuf sites", None, SITES, "nominal"),
    ("Pakistan", "neuf sites au Pakistan", PAKISTAN, "name"),
    ("la partie du Cachemire administrée par Islamabad", None, PK_KASHMIR, "nominal"),
    ("Cachemire", None, KASHMIR, "name"),
    ("Islamabad", "administrée par Islamabad", PAKISTAN, "metonym"),
    ("Pahalgam", None, PAHALGAM, "name"),
    ("26 civils", "la vie à 26 civils", PAHALGAM_VICTIMS, "nominal"),
    ("l’armée indienne", None, IN_ARMY, "nominal"),
    # « Nos actions ... », a affirmé le ministère indien de la Défense ..., assurant qu’aucune installation ...
    ("le ministère indien de la Défense", None, IN_MOD, "nominal"),
    ("aucune installation militaire pakistanaise", None, PK_INSTALLATIONS, "nominal"),
    # New Delhi accuse des groupes basés au Pakistan d’avoir commis l’attentat, ce que son voisin dément.
    ("New Delhi", "New Delhi accuse", INDIA, "metonym"),
    ("des groupes basés au Pakistan", None, GROUPS, "nominal"),
    ("Pakistan", "basés au Pakistan", PAKISTAN, "name"),
    ("son voisin", None, PAKISTAN, "nominal"),
    # Islamabad a aussitôt dénoncé un « acte de guerre ». Selon l’armée pakistanaise, ...
    ("Islamabad", "Islamabad a aussitôt", PAKISTAN, "metonym"),
    ("l’armée pakistanaise", None, PK_ARMY, "nominal"),
    ("au moins 26 civils", None, KILLED, "nominal"),
    ("cinq avions indiens", None, JETS, "nominal"),
    # L’Inde n’a pas confirmé ces pertes.
    ("Inde", "L’Inde n’a pas", INDIA, "name"),
    # « Le Pakistan a le droit ..., et il y répondra ... », a prévenu le Premier ministre, Shehbaz Sharif, ...
    ("Pakistan", "« Le Pakistan a le droit", PAKISTAN, "name"),
    ("il", "et il y répondra", PAKISTAN, "pronoun"),
    ("le Premier ministre", None, SHARIF, "nominal"),
    ("Shehbaz Sharif", None, SHARIF, "name"),
    ("Comité de sécurité nationale", None, NSC, "name"),
    # « Le monde ..., a déclaré le porte-parole de l’ONU, Stéphane Dujarric, une confrontation ... »
    ("le porte-parole de l’ONU", None, DUJARRIC, "nominal"),
    ("ONU", None, UN, "name"),
    ("Stéphane Dujarric", None, DUJARRIC, "name"),
    ("Inde", "entre l’Inde et", INDIA, "name"),
    ("Pakistan", "et le Pakistan. »", PAKISTAN, "name"),
    # Pékin a jugé l’opération « regrettable » et a exhorté les deux voisins ...
    ("Pékin", None, CHINA, "metonym"),
    # À Washington, Donald Trump a dit espérer que les combats cessent « très rapidement ».
    ("Washington", None, WASHINGTON, "name"),
    ("Donald Trump", None, TRUMP, "name"),
    # Son secrétaire d’État, Marco Rubio, s’était entretenu lundi ... avec M. Sharif et avec le ministre indien ...
    ("Son secrétaire d’État", None, RUBIO, "nominal"),
    ("Marco Rubio", None, RUBIO, "name"),
    ("Sharif", "M. Sharif", SHARIF, "name"),
    ("le ministre indien des Affaires étrangères", None, JAISHANKAR, "nominal"),
    ("Subrahmanyam Jaishankar", None, JAISHANKAR, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    # New Delhi avait suspendu le traité ... de l’Indus et expulsé des diplomates pakistanais, tandis que ...
    ("New Delhi", "New Delhi avait suspendu", INDIA, "metonym"),
    ("traité de partage des eaux de l’Indus", None, INDUS_TREATY, "name"),
    ("Indus", None, INDUS, "name"),
    ("des diplomates pakistanais", None, PK_DIPLOMATS, "nominal"),
    ("Pakistan", "que le Pakistan avait fermé", PAKISTAN, "name"),
    ("son espace aérien", None, PK_AIRSPACE, "nominal"),
    ("compagnies indiennes", None, IN_AIRLINES, "nominal"),
    # Le Conseil de sécurité, réuni lundi à huis clos à New York, ...
    ("Conseil de sécurité", None, UNSC, "name"),
    ("New York", None, NEW_YORK, "name"),
    # Le chef de la diplomatie indienne doit recevoir jeudi son homologue iranien à New Delhi, selon l’agence PTI.
    ("Le chef de la diplomatie indienne", None, JAISHANKAR, "nominal"),
    ("son homologue iranien", None, IRAN_FM, "nominal"),
    ("New Delhi", "à New Delhi", NEW_DELHI, "name"),
    ("PTI", None, PTI, "name"),
]

PUB_DAY = "The publication day, Wednesday 7 May 2025 (the file gives the day)."
MONDAY = "Pluperfect with a past weekday: the Monday before the publication day, 5 May 2025."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-night", ("dans la nuit de mardi à mercredi", None), "2025-05-07", "day", "night-span",
     "The night from Tuesday 6 to Wednesday 7 May 2025: one time, the Wednesday (after midnight), as « dans la "
     "nuit de mardi à mercredi » in benchmarks/gold. " + PUB_DAY),
    ("t-two-weeks", ("deux semaines après", None), "2025-04", "month", "relative-week-past",
     "« deux semaines après l’attentat de Pahalgam »: two weeks before Wednesday 7 May 2025, the week of 23 April, "
     "inside April 2025: the month, as « trois semaines après » in benchmarks/gold. The attack's time."),
    ("t-wednesday", ("mercredi", "devait réunir mercredi"), "2025-05-07", "day", "weekday-publication-day",
     "« qui devait réunir mercredi »: " + PUB_DAY),
    ("t-of-its-choosing", ("au moment de son choix", None), None, "vague", "vague-future",
     "Inside Sharif's quote: a time Pakistan will choose, after publication; no value."),
    ("t-very-soon", ("très rapidement", None), None, "vague", "vague-future",
     "Inside Trump's quote: soon after publication, as « prochainement » in the bundled article; no value."),
    ("t-monday-call", ("lundi", "entretenu lundi"), "2025-05-05", "day", "weekday-past", MONDAY),
    ("t-april-22", ("depuis le 22 avril", None), "2025-04-22", "day", "day-month-publication-year",
     "« depuis le 22 avril »: the start of the rise of tension, 22 April 2025 (a Tuesday), the day of the "
     "Pahalgam attack, which the lede dates only by « deux semaines après »."),
    ("t-monday-council", ("lundi", "réuni lundi"), "2025-05-05", "day", "weekday-past", MONDAY),
    ("t-thursday", ("jeudi", None), "2025-05-08", "day", "weekday-future",
     "« doit recevoir jeudi »: the Thursday after the publication day, 8 May 2025."),
]

LEDE = ("L’Inde a frappé", "l’armée indienne.")
PK_ARMY_EVIDENCE = ("Selon l’armée pakistanaise", "ont été abattus.")
SHARIF_EVIDENCE = ("« Le Pakistan a le droit", "sécurité nationale.")
DUJARRIC_EVIDENCE = ("« Le monde", "et le Pakistan. »")
RUBIO_EVIDENCE = ("Son secrétaire d’État", "département d’État.")
TENSION_EVIDENCE = ("New Delhi avait suspendu", "compagnies indiennes.")

EVENTS: list[dict[str, Any]] = [
    event("e-strikes", "Event", "India strikes nine sites in Pakistan and Pakistan-administered Kashmir",
          ("a frappé", None), [("agent", INDIA), ("recipient", SITES)], place=PAKISTAN, time="t-night",
          according_to=[IN_ARMY], evidence=LEDE,
          note="« L’Inde a frappé dans la nuit de mardi à mercredi neuf sites au Pakistan et dans la partie du "
               "Cachemire administrée par Islamabad »: the sites are the recipient; two places joined by « et », "
               "one place field: the country (Pakistan-administered Kashmir is a mention of its own, not the "
               "event's place). Sourced after the clause to the Indian army."),
    event("e-pahalgam-attack", "Event", "The Pahalgam attack", ("attentat", "l’attentat de Pahalgam"),
          [("recipient", PAHALGAM_VICTIMS)], place=PAHALGAM, time="t-two-weeks", evidence=LEDE,
          note="« deux semaines après l’attentat de Pahalgam, qui avait coûté la vie à 26 civils »: a nominal "
               "attack in the article's own voice; its authors are not written here (India's accusation is "
               "e-groups-authorship)."),
    event("e-pahalgam-deaths", "Event", "The Pahalgam attack killed 26 civilians", ("avait coûté la vie", None),
          [("recipient", PAHALGAM_VICTIMS)], place=PAHALGAM, time="t-two-weeks", part_of="e-pahalgam-attack",
          evidence=LEDE, note="A relative pluperfect on the attack; its toll, dated with it."),
    event("e-no-military-target", "Event", "No Pakistani military installation was targeted",
          ("visée", None), [("agent", INDIA), ("recipient", PK_INSTALLATIONS)], status="negated",
          time="t-night", according_to=[IN_MOD],
          note="« assurant qu’aucune installation militaire pakistanaise n’avait été visée »: a negated "
               "pluperfect passive; the strikers are the implied agent, the night of the strikes its time."),
    event("e-groups-authorship", "Event", "Groups based in Pakistan carried out the Pahalgam attack "
          "(India's accusation)", ("commis", None), [("agent", GROUPS)], status="suspected", place=PAHALGAM,
          time="t-two-weeks", according_to=[INDIA],
          note="« New Delhi accuse des groupes basés au Pakistan d’avoir commis l’attentat »: an accusation the "
               "article does not endorse, and Pakistan denies it: suspected. « basés au Pakistan » is a state, no "
               "event. It restates the attack from its authors' side, so it keeps the attack's place and time."),
    event("e-civilians-killed", "Event", "At least 26 civilians killed in the strikes (Pakistani army)",
          ("ont été tués", None), [("agent", INDIA), ("recipient", KILLED)], place=PAKISTAN, time="t-night",
          according_to=[PK_ARMY], part_of="e-strikes", evidence=PK_ARMY_EVIDENCE,
          note="A passive with no agent under « Selon l’armée pakistanaise »: the strikes' toll, with their night "
               "and place; the striker is the implied agent (as the fighters killed in gold)."),
    event("e-aircraft-downed", "Event", "Five Indian aircraft shot down (Pakistani army)", ("ont été abattus", None),
          [("agent", PK_ARMY), ("recipient", JETS)], time="t-night", according_to=[PK_ARMY],
          evidence=PK_ARMY_EVIDENCE,
          note="« et cinq avions indiens ont été abattus »: a second passive under the same source, no agent "
               "written; the army that reports it is the implied agent. During the night of the strikes; the "
               "article does not say where the aircraft fell, so no place."),
    event("e-pakistan-response", "Event", "Pakistan will respond to the Indian strikes", ("répondra", None),
          [("agent", PAKISTAN), ("recipient", INDIA)], status="planned", time="t-of-its-choosing",
          according_to=[SHARIF], evidence=SHARIF_EVIDENCE,
          note="« Le Pakistan a le droit de répondre à cette agression, et il y répondra au moment de son choix »: a "
               "vow in the future: planned; « répondre » (the right) and « répondra » are one response; « cette "
               "agression » restates the strikes, India the implied recipient."),
    event("e-nsc-meeting", "Meeting", "Shehbaz Sharif was to convene the National Security Committee on Wednesday",
          ("réunir", None), [("agent", SHARIF), ("participant", NSC)], status="planned", time="t-wednesday",
          evidence=SHARIF_EVIDENCE,
          note="« qui devait réunir mercredi son Comité de sécurité nationale »: a future in the past in a relative "
               "clause on the publication day; the article does not say it took place: planned."),
    event("e-confrontation", "Event", "A military confrontation between India and Pakistan",
          ("confrontation", None), [("participant", INDIA), ("participant", PAKISTAN)], status="hypothetical",
          according_to=[DUJARRIC], evidence=DUJARRIC_EVIDENCE,
          note="« Le monde ne peut pas se permettre ... une confrontation militaire »: what the world cannot afford, "
               "a possibility: hypothetical."),
    event("e-fighting", "Event", "Fighting between India and Pakistan", ("combats", None),
          [("participant", INDIA), ("participant", PAKISTAN)], according_to=[TRUMP],
          note="« les combats », taken for granted in Trump's hope; the two countries are implied."),
    event("e-fighting-ends", "Event", "The fighting ends very quickly (Trump's hope)", ("cessent", None),
          [("participant", INDIA), ("participant", PAKISTAN)], status="hypothetical", time="t-very-soon",
          according_to=[TRUMP],
          note="« a dit espérer que les combats cessent « très rapidement » »: a hope, subjunctive: hypothetical."),
    event("e-rubio-call", "Meeting", "Marco Rubio spoke by phone on Monday with Sharif and Jaishankar",
          ("s’était entretenu", None),
          [("participant", RUBIO), ("participant", SHARIF), ("participant", JAISHANKAR)], time="t-monday-call",
          according_to=[STATE_DEPT], evidence=RUBIO_EVIDENCE,
          note="« s’était entretenu lundi par téléphone avec M. Sharif et avec le ministre indien des Affaires "
               "étrangères »: one talk, a Meeting (as « s’était entretenu » in gold), no place (a phone call)."),
    event("e-tension-rise", "Event", "Tension between India and Pakistan kept rising since 22 April",
          ("monter", None), [("participant", INDIA), ("participant", PAKISTAN)], time="t-april-22",
          note="« La tension n’avait cessé de monter depuis le 22 avril »: « n’avait cessé de » is a double "
               "negative, the rise occurred; the two countries are implied by the paragraph."),
    event("e-treaty-suspension", "Event", "India suspended the Indus waters treaty", ("avait suspendu", None),
          [("agent", INDIA), ("theme", INDUS_TREATY)], part_of="e-tension-rise", evidence=TENSION_EVIDENCE,
          note="Pluperfect by a metonym (« New Delhi »); after 22 April, no time of its own."),
    event("e-expulsion", "Event", "India expelled Pakistani diplomats", ("expulsé", None),
          [("agent", INDIA), ("recipient", PK_DIPLOMATS)], part_of="e-tension-rise", evidence=TENSION_EVIDENCE,
          note="« et expulsé des diplomates pakistanais »: the second verb of the same pluperfect subject."),
    event("e-airspace-closure", "Event", "Pakistan closed its airspace to Indian airlines", ("avait fermé", None),
          [("agent", PAKISTAN), ("theme", PK_AIRSPACE), ("recipient", IN_AIRLINES)], part_of="e-tension-rise",
          evidence=TENSION_EVIDENCE,
          note="« tandis que le Pakistan avait fermé son espace aérien aux compagnies indiennes »: pluperfect; the "
               "airlines shut out are the recipient."),
    event("e-unsc-meeting", "Meeting", "The Security Council met behind closed doors in New York on Monday",
          ("réuni", "réuni lundi"), [("participant", UNSC)], place=NEW_YORK, time="t-monday-council",
          note="« Le Conseil de sécurité, réuni lundi à huis clos à New York »: a participle in apposition; « à huis "
               "clos » is a manner, no time."),
    event("e-fm-meeting", "Meeting", "Jaishankar to receive his Iranian counterpart in New Delhi on Thursday",
          ("recevoir", None), [("agent", JAISHANKAR), ("participant", IRAN_FM)], status="planned",
          place=NEW_DELHI, time="t-thursday", according_to=[PTI],
          note="« doit recevoir jeudi son homologue iranien à New Delhi »: planned, the host the agent (as « "
               "recevra » in the bundled article); « New Delhi » is the city here."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-army-announcement", "Report", "The Indian army announces the strikes", IN_ARMY, ("a annoncé", None),
           [], evidence=LEDE, about=["e-strikes"],
           note="The source after the clause; no time of its own (the night dates the strikes)."),
    speech("s-mod-statement", "Statement", "Indian defence ministry: our actions were targeted and measured",
           IN_MOD, ("a affirmé", None), [("Nos actions ont été ciblées, mesurées et non escalatoires", None)],
           about=["e-strikes"],
           note="A quote first, « a affirmé ... dans un communiqué »: « Nos » is India's, « Nos actions » the "
                "strikes; the communiqué is no entity."),
    speech("s-mod-assurance", "Assurance", "The ministry assures no Pakistani military installation was targeted",
           IN_MOD, ("assurant", None), [], about=["e-no-military-target"],
           note="« assurant qu’aucune installation militaire pakistanaise n’avait été visée »: a participle of "
                "speech, a second speech act with no quote."),
    speech("s-india-accusation", "Statement", "New Delhi accuses groups based in Pakistan of the attack", INDIA,
           ("accuse", None), [], about=["e-groups-authorship"],
           note="« New Delhi accuse »: a metonym for India, in the present; no quote, no time."),
    speech("s-pakistan-denial", "Statement", "Pakistan denies it", PAKISTAN, ("dément", None), [],
           about=["e-groups-authorship"],
           note="« ce que son voisin dément »: « son voisin » is Pakistan; the denial is of India's accusation."),
    speech("s-islamabad-act-of-war", "Statement", "Islamabad denounces an « act of war »", PAKISTAN,
           ("dénoncé", None), [("acte de guerre", None)], about=["e-strikes"],
           note="« Islamabad a aussitôt dénoncé un « acte de guerre » »: a metonym; « aussitôt » is no time."),
    speech("s-pk-army-report", "Report", "The Pakistani army reports civilians killed and Indian aircraft downed",
           PK_ARMY, ("Selon", None), [], evidence=PK_ARMY_EVIDENCE,
           about=["e-civilians-killed", "e-aircraft-downed"], note="« Selon l’armée pakistanaise »: no quote."),
    speech("s-india-no-confirmation", "SpeechAct", "India has not confirmed these losses", INDIA,
           ("confirmé", "n’a pas confirmé"), [], status="negated",
           about=["e-civilians-killed", "e-aircraft-downed"],
           note="« L’Inde n’a pas confirmé ces pertes »: a negated speech act (as « Le Kremlin n’a pas confirmé » in "
                "gold); « ces pertes » are the Pakistani claims."),
    speech("s-sharif-warning", "Warning", "Shehbaz Sharif: Pakistan will respond at a time of its choosing", SHARIF,
           ("a prévenu", None),
           [("Le Pakistan a le droit de répondre à cette agression, et il y répondra au moment de son choix", None)],
           evidence=SHARIF_EVIDENCE, about=["e-strikes", "e-pakistan-response"],
           note="A quote first under « a prévenu le Premier ministre, Shehbaz Sharif »: a role noun with the name "
                "in apposition; the country named in the third person, « il » its pronoun. No time of its own."),
    speech("s-dujarric", "Statement", "The UN spokesman: the world cannot afford an India–Pakistan confrontation",
           DUJARRIC, ("a déclaré", None),
           [("Le monde ne peut pas se permettre", None),
            ("une confrontation militaire entre l’Inde et le Pakistan.", None)],
           evidence=DUJARRIC_EVIDENCE, about=["e-confrontation"],
           note="One quote split around « a déclaré le porte-parole de l’ONU, Stéphane Dujarric, »: one speech act, "
                "two parts; the second keeps its full stop, inside the guillemets."),
    speech("s-china-regret", "Statement", "Beijing finds the Indian operation « regrettable »", CHINA,
           ("a jugé", None), [("regrettable", None)], about=["e-strikes"],
           note="« Pékin a jugé l’opération « regrettable » »: China, a metonym; « l’opération » restates the "
                "strikes."),
    speech("s-china-restraint", "Statement", "Beijing urges the two neighbours to show restraint", CHINA,
           ("a exhorté", None), [("faire preuve de retenue", None)],
           note="« et a exhorté les deux voisins à « faire preuve de retenue » »: a second verb joined by « et », a "
                "second speech act; « les deux voisins » are India and Pakistan at once (a plural phrase, no "
                "mention and no single addressee); the restraint is no event (as the call to « retenue » in "
                "gold)."),
    speech("s-trump-hope", "Statement", "Donald Trump hopes the fighting ends very quickly", TRUMP,
           ("a dit", None), [("très rapidement", None)], about=["e-fighting", "e-fighting-ends"],
           note="« À Washington, Donald Trump a dit espérer que les combats cessent « très rapidement » »: « a dit » "
                "is the verb of speech, « espérer » what he said; Washington the city where he speaks (no place "
                "field on speech acts)."),
    speech("s-state-department", "Report", "The State Department reports Rubio's Monday call", STATE_DEPT,
           ("selon", "selon le département"), [], evidence=RUBIO_EVIDENCE, about=["e-rubio-call"],
           note="« selon le département d’État »: the source after the clause."),
    speech("s-unsc-no-statement", "SpeechAct", "The Security Council did not agree on any statement", UNSC,
           ("déclaration", None), [], status="negated", time="t-monday-council",
           note="« ne s’était accordé sur aucune déclaration »: a statement the Council did not make, a negated "
                "speech act (as the joint declaration not expected in gold/nord-coree-salve-2024-11); the noun is "
                "the trigger, dated by the Monday meeting."),
    speech("s-pti", "Report", "PTI reports Jaishankar's Thursday meeting", PTI, ("selon", "selon l’agence"), [],
           about=["e-fm-meeting"], note="« selon l’agence PTI »: a title before the name; only « PTI » is a mention."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
