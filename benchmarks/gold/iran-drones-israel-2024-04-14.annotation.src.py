"""Held-out annotation of iran-drones-israel-2024-04-14.txt (written for the nineteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/iran-drones-israel-2024-04-14.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/iran-drones-israel-2024-04-14.annotation.src.py --check

From held-out set 19 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "iran-drones-israel-2024-04-14.txt"

NOTE = """\
Held-out-19 article: Iran launches more than 300 drones and missiles against Israel in the night of Saturday 13 to \
Sunday 14 April 2024, its first direct attack on Israel, in retaliation for the strike that destroyed its consulate \
in Damascus on 1 April; the Israeli army says almost all were intercepted with the help of the United States, the \
United Kingdom and Jordan, and its spokesman Daniel Hagari reports a girl wounded in the Negev; Tehran says on \
Sunday morning that the operation is over and its chief of staff Mohammad Bagheri warns of a harsher answer; \
Israel's war cabinet meets on Sunday afternoon without deciding, an official tells AFP that a riposte is not ruled \
out, and Benjamin Netanyahu had promised on Saturday evening that Israel would win; Joe Biden, who had cut short a \
weekend in Delaware, warns Netanyahu that the United States will take part in no counter-attack; the G7 leaders \
meet by video on Sunday and condemn the attack; Fumio Kishida is worried; the UN Security Council is to meet on \
Sunday evening in New York at Israel's request and António Guterres warns against a new war; Moscow and Beijing \
call for restraint; Amman, which shot down several devices over its territory, says it will do the same again. \
Published Sunday 14 April 2024 (the file gives the day). The attack, the interceptions with US, British and \
Jordanian help, the end of the operation announced by Tehran, the war cabinet meeting, Biden's warning, the G7 \
video call and the Security Council meeting follow the real events loosely; the quotes, the figures, Bagheri's and \
the officials' words, the timing of the cabinet meeting, Netanyahu's Saturday promise, Biden's Delaware weekend, \
Kishida's words and Amman's assurance are invented or simplified. \
What it exercises: a launch by a state on a night that ends on the publication day, with things as theme and a \
state as target (« L’Iran a lancé dans la nuit de samedi à dimanche plus de 300 drones et missiles contre Israël \
»), an apposed noun that renames the launch (« sa première attaque directe contre l’État hébreu »: no new event, \
« l’État hébreu » a nominal mention of Israel) and a nominal cause with a relative pluperfect on an explicit day (« \
en représailles à la frappe qui avait détruit le 1er avril son consulat à Damas »: the strike with no agent and its \
destruction, as in gold/ormuz-navire-saisi-2024-04-13); a passive with no agent whose helpers come in « avec \
l’aide de » three states joined by commas and « et » (« La quasi-totalité des projectiles ont été interceptés avec \
l’aide des États-Unis, du Royaume-Uni et de la Jordanie »: Israel the implied agent, the three states \
participants), sourced after the clause to an army; a quote first with a figure restating the interception (« « 99 \
% des menaces ont été neutralisées », a affirmé son porte-parole, Daniel Hagari ») and a relative report of an \
injury with a place (« qui a fait état d’une fillette blessée dans le Néguev »); a metonym's statement on a \
weekday with a part of the day and a one-word quote in a completive (« Téhéran a fait savoir dimanche matin que \
l’opération était « terminée » »); a quote split around « a prévenu le chef d’état-major iranien, Mohammad Bagheri, \
» holding a condition and its consequence (« Si le régime sioniste commet une nouvelle erreur ... notre réponse \
sera beaucoup plus sévère »: both hypothetical, « le régime sioniste » a nominal mention of Israel); a meeting of a \
body on a weekday afternoon with a negated infinitive and a source after the clause (« Le cabinet de guerre \
israélien s’est réuni dimanche après-midi sans arrêter de décision, selon les médias israéliens »); a quote that \
begins after its subject, a negated passive that leaves a riposte possible, and a conditional with « elle » for \
the riposte, told to AFP by an unnamed official (« Une riposte « n’est pas exclue », mais elle ne devrait pas \
intervenir avant plusieurs jours, a indiqué à l’AFP un responsable »); a pluperfect promise on a past weekday \
evening with a one-word quote in the conditional and a possessive role noun (« avait promis samedi soir que son \
pays « gagnerait » »); a relative pluperfect on a past weekday (« Joe Biden, qui avait écourté samedi un week-end \
dans le Delaware ») before a warning to a titled name with a negated future in the past (« a prévenu M. Netanyahu \
que les États-Unis ne participeraient à aucune contre-attaque contre l’Iran, selon un haut responsable américain \
»: the participation negated, the counter-attack hypothetical); a plural role noun holding an organisation, a \
meeting by video on the publication day and a joint declaration with two verbs joined by « et » (two speech acts: \
« ils ont « condamné sans équivoque » l’attaque iranienne et se sont dits prêts à prendre « de nouvelles mesures » \
», the measures planned); a role noun and a linked name in apposition with a quoted adjective phrase; a planned \
Council meeting on a weekday evening in a city « à la demande d’Israël » (a request with no verb of speech: no \
speech act); a quote first given to a role noun and a linked name in apposition, with « la région » inside it; two \
metonyms with one verb of speech (« Moscou et Pékin ont appelé à la retenue »: two speech acts, restraint no \
event); a metonym with a relative shooting down over « son territoire » and an assurance in the conditional with \
« il » for the metonym and a quoted clause (« Amman, qui a abattu plusieurs engins au-dessus de son territoire, a \
assuré qu’il agirait de même « quelle que soit leur provenance » »).
Places and metonyms. « Téhéran » is Iran (local, metonym), as in gold/ormuz-navire-saisi-2024-04-13; « Amman » is \
Jordan (local, metonym) and « il » after it a pronoun of Jordan; « Moscou » is Russia (Q159) and « Pékin » China \
(Q148), states that call for restraint. « Israël » (three times), « l’État hébreu », « le régime sioniste » (inside \
Bagheri's quote) and « son pays » (Netanyahu's) are Israel, a local country. « son consulat à Damas » is the \
consulate (a local place, the strike's recipient) and « Damas » the city, the strike's place. « Néguev » is the \
place of the girl's injury; « New York » the place of the Council meeting; « Delaware » the place of Biden's \
weekend. « son territoire » is Jordan (a nominal mention, the place of the shooting down; « au-dessus de » is read \
as in Jordanian airspace, so the place is kept). « la région » inside Guterres's quote is the Middle East (local \
place, as « la région » in gold/ormuz-navire-saisi-2024-04-13); « le monde » is no mention.
Mentions. The projectiles are three local objects: « plus de 300 drones et missiles » (all those launched, the \
launch's theme), « La quasi-totalité des projectiles » with « 99 % des menaces » inside Hagari's quote (those \
intercepted, the interception's recipient) and « plusieurs engins » (those Jordan shot down), as the launched and \
the downed drones are two entities in gold/drone-izmail-2024-10-10. « l’armée israélienne », « son porte-parole » \
(Hagari, with its possessive, as « son homologue » in the bundled article), « Le cabinet de guerre israélien », « \
les médias israéliens » (a local group, as « les médias russes »), « un responsable » (an Israeli official, a \
local person), « un haut responsable américain », « une fillette » (a local person), « Les dirigeants du G7 » (one \
local group, the speaker of the joint declaration, with « ils »; « G7 » inside it a name of its own) are local. « \
le chef d’état-major iranien », « Le Premier ministre israélien » and « Le Premier ministre japonais » are role \
nouns before names in apposition, mentions of their own; « Netanyahu » in « M. Netanyahu » is a name (the title \
belongs to the name's phrase). Not mentions: « sa première attaque directe », « l’opération », « l’attaque \
iranienne » (restatements of the launch), « une nouvelle erreur », « notre réponse » (events), « la situation », « \
une nouvelle guerre », « la retenue », « un week-end » (the stay cut short, not a date), « une déclaration commune \
», « de nouvelles mesures », « leur provenance », possessives (« sa », « son », « notre », « leur »).
Statuses. The launch, the strike on the consulate and its destruction, the interception and the Jordanian \
shooting down, the girl's injury, the end of the operation (according to Iran), the cabinet meeting, Biden's \
cutting short of his weekend and the G7 call occurred; the decision of the war cabinet and the US participation in \
a counter-attack are negated; the new measures of the G7, the Council meeting (« doit se réunir ») and Jordan's \
doing the same are planned; Bagheri's « nouvelle erreur » and « réponse », the Israeli riposte (not ruled out), \
the counter-attack Biden will not join and Netanyahu's victory (a prediction, as Kim's « remporterait une « grande \
victoire » » in the bundled article) are hypothetical.
Times. « dans la nuit de samedi à dimanche » is one time, Sunday 14 April 2024, the publication day (the gold \
convention for nights); « le 1er avril » 1 April 2024; « dimanche matin », « dimanche après-midi » and « dimanche \
soir » the publication day (part-of-day, the evening still ahead); « dimanche » of the G7 call the publication \
day; « plusieurs jours » a vague duration (the earliest the riposte could come); « samedi soir » and « samedi » \
Saturday 13 April 2024. The interception, the girl's injury and the Jordanian shooting down take the night as parts \
of the night's events; the joint declaration takes the Sunday of the G7 call it came out of. Hagari's, Bagheri's, \
the official's, Biden's, Kishida's, Guterres's, Moscow's, Beijing's and Amman's words have no weekday of their own: \
no time. « de même » and « avant » are not times.
Linked: the United States, the UN, its Security Council, António Guterres, AFP, Fumio Kishida, Russia and China. \
Iran, Israel, the consulate, Damascus, the United Kingdom, Jordan, the Israeli army, Daniel Hagari, the girl, the \
Negev, Mohammad Bagheri, the war cabinet, the Israeli media, the Israeli official, Benjamin Netanyahu, Joe Biden, \
Delaware, the US official, the G7 and its leaders, New York, the Middle East and the projectiles are not in \
ids.tsv: local, unlinked."""

US, UN, UNSC, GUTERRES, AFP, KISHIDA, RUSSIA, CHINA = "Q30", "Q1065", "Q37470", "Q311440", "Q40464", "Q359480", \
    "Q159", "Q148"
IRAN, ISRAEL, CONSULATE, DAMASCUS = "local:iran", "local:israel", "local:iran-consulate-damascus", "local:damascus"
UK_, JORDAN, IDF, HAGARI = "local:united-kingdom", "local:jordan", "local:israeli-army", "local:daniel-hagari"
LAUNCHED, INTERCEPTED, JORDAN_DOWNED = "local:launched-projectiles", "local:intercepted-projectiles", \
    "local:projectiles-downed-by-jordan"
GIRL, NEGEV, BAGHERI, CABINET = "local:wounded-girl", "local:negev", "local:mohammad-bagheri", \
    "local:israeli-war-cabinet"
MEDIA, IL_OFFICIAL, NETANYAHU, BIDEN = "local:israeli-media", "local:israeli-official", "local:benjamin-netanyahu", \
    "local:joe-biden"
DELAWARE, US_OFFICIAL, G7_LEADERS, G7 = "local:delaware", "local:senior-us-official", "local:g7-leaders", "local:g7"
NEW_YORK, MIDEAST = "local:new-york", "local:middle-east"

NOT_OBJECT = "a set of things with no Wikidata item"
NOT_GROUP = "an unnamed group, not one Wikidata item"
NOT_PERSON = "an unnamed person, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (IRAN, "Iran", "Iran", "country",
     {"description": "aussi désigné par « Téhéran » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country",
     {"description": "aussi « l’État hébreu », « le régime sioniste » (citation) et « son pays »",
      "unlinked_reason": NOT_VERIFIED}),
    (CONSULATE, "consulat d’Iran à Damas", "Iranian consulate in Damascus", "place",
     {"description": "détruit par une frappe le 1er avril 2024", "unlinked_reason": NOT_VERIFIED}),
    (DAMASCUS, "Damas", "Damascus", "place", {"class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (UK_, "Royaume-Uni", "United Kingdom", "country", {"unlinked_reason": NOT_VERIFIED}),
    (JORDAN, "Jordanie", "Jordan", "country",
     {"description": "aussi désignée par « Amman » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (IDF, "armée israélienne", "Israel Defense Forces", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HAGARI, "Daniel Hagari", "Daniel Hagari", "person",
     {"description": "porte-parole de l’armée israélienne", "class_qid": "Q17221", "unlinked_reason": NOT_VERIFIED}),
    (LAUNCHED, "plus de 300 drones et missiles", "more than 300 drones and missiles", "object",
     {"description": "les projectiles lancés par l’Iran dans la nuit du 13 au 14 avril 2024",
      "unlinked_reason": NOT_OBJECT}),
    (INTERCEPTED, "projectiles interceptés", "intercepted projectiles", "object",
     {"description": "la quasi-totalité des projectiles, « 99 % des menaces » selon l’armée israélienne",
      "unlinked_reason": NOT_OBJECT}),
    (JORDAN_DOWNED, "engins abattus par la Jordanie", "devices shot down by Jordan", "object",
     {"description": "plusieurs engins abattus au-dessus du territoire jordanien", "unlinked_reason": NOT_OBJECT}),
    (GIRL, "fillette blessée dans le Néguev", "girl wounded in the Negev", "person",
     {"unlinked_reason": NOT_PERSON}),
    (NEGEV, "Néguev", "Negev", "place", {"unlinked_reason": NOT_VERIFIED}),
    (BAGHERI, "Mohammad Bagheri", "Mohammad Bagheri", "person",
     {"description": "chef d’état-major des forces armées iraniennes", "unlinked_reason": NOT_VERIFIED}),
    (CABINET, "cabinet de guerre israélien", "Israeli war cabinet", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MEDIA, "médias israéliens", "Israeli media", "group",
     {"description": "médias israéliens que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (IL_OFFICIAL, "responsable israélien anonyme", "anonymous Israeli official", "person",
     {"description": "« un responsable », qui s’est confié à l’AFP", "unlinked_reason": NOT_PERSON}),
    (NETANYAHU, "Benjamin Netanyahu", "Benjamin Netanyahu", "person",
     {"description": "Premier ministre israélien", "unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (DELAWARE, "Delaware", "Delaware", "place", {"unlinked_reason": NOT_VERIFIED}),
    (US_OFFICIAL, "haut responsable américain anonyme", "anonymous senior US official", "person",
     {"unlinked_reason": NOT_PERSON}),
    (G7_LEADERS, "dirigeants du G7", "G7 leaders", "group",
     {"description": "les chefs d’État et de gouvernement du G7, réunis par visioconférence",
      "unlinked_reason": NOT_GROUP}),
    (G7, "G7", "Group of Seven", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MIDEAST, "Moyen-Orient", "Middle East", "place",
     {"description": "« la région » dans la citation d’António Guterres", "unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    GUTERRES: "secrétaire général de l’ONU",
    KISHIDA: "Premier ministre japonais",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’Iran a lancé dans la nuit de samedi à dimanche plus de 300 drones et missiles contre Israël, sa première ...
    ("Iran", "L’Iran a lancé", IRAN, "name"),
    ("plus de 300 drones et missiles", None, LAUNCHED, "nominal"),
    ("Israël", "missiles contre Israël", ISRAEL, "name"),
    ("l’État hébreu", None, ISRAEL, "nominal"),
    ("son consulat à Damas", None, CONSULATE, "nominal"),
    ("Damas", None, DAMASCUS, "name"),
    # La quasi-totalité des projectiles ont été interceptés avec l’aide des États-Unis, du Royaume-Uni et de ...
    ("La quasi-totalité des projectiles", None, INTERCEPTED, "nominal"),
    ("États-Unis", "l’aide des États-Unis", US, "name"),
    ("Royaume-Uni", None, UK_, "name"),
    ("Jordanie", None, JORDAN, "name"),
    ("l’armée israélienne", None, IDF, "nominal"),
    # « 99 % des menaces ont été neutralisées », a affirmé son porte-parole, Daniel Hagari, qui a fait état ...
    ("99 % des menaces", None, INTERCEPTED, "nominal"),
    ("son porte-parole", None, HAGARI, "nominal"),
    ("Daniel Hagari", None, HAGARI, "name"),
    ("une fillette", None, GIRL, "nominal"),
    ("Néguev", None, NEGEV, "name"),
    # Téhéran a fait savoir dimanche matin que l’opération était « terminée ».
    ("Téhéran", None, IRAN, "metonym"),
    # « Si le régime sioniste commet ..., a prévenu le chef d’état-major iranien, Mohammad Bagheri, notre ... »
    ("le régime sioniste", None, ISRAEL, "nominal"),
    ("le chef d’état-major iranien", None, BAGHERI, "nominal"),
    ("Mohammad Bagheri", None, BAGHERI, "name"),
    # Le cabinet de guerre israélien s’est réuni dimanche après-midi ..., selon les médias israéliens.
    ("Le cabinet de guerre israélien", None, CABINET, "nominal"),
    ("les médias israéliens", None, MEDIA, "nominal"),
    # Une riposte « n’est pas exclue », mais elle ne devrait pas intervenir ..., a indiqué à l’AFP un responsable.
    ("AFP", None, AFP, "name"),
    ("un responsable", "l’AFP un responsable", IL_OFFICIAL, "nominal"),
    # Le Premier ministre israélien, Benjamin Netanyahu, avait promis samedi soir que son pays « gagnerait ».
    ("Le Premier ministre israélien", None, NETANYAHU, "nominal"),
    ("Benjamin Netanyahu", None, NETANYAHU, "name"),
    ("son pays", None, ISRAEL, "nominal"),
    # Joe Biden, qui avait écourté samedi un week-end dans le Delaware, a prévenu M. Netanyahu que ...
    ("Joe Biden", None, BIDEN, "name"),
    ("Delaware", None, DELAWARE, "name"),
    ("Netanyahu", "M. Netanyahu", NETANYAHU, "name"),
    ("États-Unis", "que les États-Unis", US, "name"),
    ("Iran", "contre l’Iran", IRAN, "name"),
    ("un haut responsable américain", None, US_OFFICIAL, "nominal"),
    # Les dirigeants du G7 se sont entretenus dimanche par visioconférence.
    ("Les dirigeants du G7", None, G7_LEADERS, "nominal"),
    ("G7", None, G7, "name"),
    # Dans une déclaration commune, ils ont « condamné sans équivoque » l’attaque iranienne et ...
    ("ils", "ils ont « condamné", G7_LEADERS, "pronoun"),
    # Le Premier ministre japonais, Fumio Kishida, a jugé la situation « extrêmement préoccupante ».
    ("Le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    # Le Conseil de sécurité de l’ONU doit se réunir dimanche soir à New York à la demande d’Israël.
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", "Conseil de sécurité de l’ONU", UN, "name"),
    ("New York", None, NEW_YORK, "name"),
    ("Israël", "la demande d’Israël", ISRAEL, "name"),
    # « Ni la région ni le monde ... », a déclaré le secrétaire général de l’ONU, António Guterres.
    ("la région", None, MIDEAST, "nominal"),
    ("le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", "le secrétaire général de l’ONU", UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    # Moscou et Pékin ont appelé à la retenue.
    ("Moscou", None, RUSSIA, "metonym"),
    ("Pékin", None, CHINA, "metonym"),
    # Amman, qui a abattu plusieurs engins au-dessus de son territoire, a assuré qu’il agirait de même « ... ».
    ("Amman", None, JORDAN, "metonym"),
    ("plusieurs engins", None, JORDAN_DOWNED, "nominal"),
    ("son territoire", None, JORDAN, "nominal"),
    ("il", "qu’il agirait", JORDAN, "pronoun"),
]

PUB_DAY = "The publication day, Sunday 14 April 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-night", ("dans la nuit de samedi à dimanche", None), "2024-04-14", "day", "night-span",
     "The night from Saturday 13 to Sunday 14 April 2024: one time, the Sunday (after midnight), as « dans la nuit "
     "de mardi à mercredi » in benchmarks/gold. " + PUB_DAY),
    ("t-april-1", ("le 1er avril", None), "2024-04-01", "day", "day-month-publication-year",
     "« la frappe qui avait détruit le 1er avril »: the day and month; the year is the publication year, 2024 (a "
     "pluperfect, thirteen days before a 14 April publication)."),
    ("t-sunday-morning", ("dimanche matin", None), "2024-04-14", "day", "part-of-day",
     "« Téhéran a fait savoir dimanche matin »: the morning of the publication day. " + PUB_DAY),
    ("t-sunday-afternoon", ("dimanche après-midi", None), "2024-04-14", "day", "part-of-day",
     "« s’est réuni dimanche après-midi »: the afternoon of the publication day (passé composé, already over when "
     "the article was written). " + PUB_DAY),
    ("t-several-days", ("plusieurs jours", None), None, "duration", "vague-duration",
     "« ne devrait pas intervenir avant plusieurs jours »: an unspecified number of days from the publication day, "
     "the earliest the riposte could come; no value."),
    ("t-saturday-evening", ("samedi soir", None), "2024-04-13", "day", "part-of-day",
     "Pluperfect « avait promis samedi soir »: the evening of the Saturday before the publication day, 13 April "
     "2024."),
    ("t-saturday", ("samedi", "avait écourté samedi"), "2024-04-13", "day", "weekday-past",
     "Pluperfect « qui avait écourté samedi »: the Saturday before the publication day, 13 April 2024."),
    ("t-sunday-g7", ("dimanche", "entretenus dimanche"), "2024-04-14", "day", "weekday-publication-day",
     "« Les dirigeants du G7 se sont entretenus dimanche »: " + PUB_DAY),
    ("t-sunday-evening", ("dimanche soir", None), "2024-04-14", "day", "part-of-day",
     "« doit se réunir dimanche soir »: the evening of the publication day, still ahead when the article was "
     "written. " + PUB_DAY),
]

LEDE = ("L’Iran a lancé", "son consulat à Damas.")
INTERCEPTION = ("La quasi-totalité", "l’armée israélienne.")
HAGARI_EVIDENCE = ("« 99 %", "dans le Néguev.")
BAGHERI_EVIDENCE = ("« Si le régime sioniste", "plus sévère. »")
CABINET_EVIDENCE = ("Le cabinet de guerre", "les médias israéliens.")
RIPOSTE_EVIDENCE = ("Une riposte", "à l’AFP un responsable.")
BIDEN_EVIDENCE = ("Joe Biden, qui", "haut responsable américain.")
G7_EVIDENCE = ("Dans une déclaration commune", "« de nouvelles mesures ».")
AMMAN_EVIDENCE = ("Amman, qui", "quelle que soit leur provenance ».")

EVENTS: list[dict[str, Any]] = [
    event("e-launch", "Event", "Iran launches more than 300 drones and missiles against Israel overnight",
          ("a lancé", None), [("agent", IRAN), ("theme", LAUNCHED), ("recipient", ISRAEL)], time="t-night",
          evidence=LEDE,
          note="« L’Iran a lancé dans la nuit de samedi à dimanche plus de 300 drones et missiles contre Israël »: in "
               "the article's own voice; the things launched are the theme (as the drones « lancés par les rebelles » "
               "in gold), the state they are aimed at the recipient. No place is written (the launch sites are not "
               "named). « sa première attaque directe contre l’État hébreu » renames it in apposition, « en "
               "représailles à » gives its cause; « l’opération » (Tehran) and « l’attaque iranienne » (the G7) "
               "restate it: none is a new event."),
    event("e-consulate-strike", "Event", "The strike on Iran's consulate in Damascus on 1 April",
          ("frappe", "la frappe qui avait détruit"), [("recipient", CONSULATE)], place=DAMASCUS, time="t-april-1",
          evidence=LEDE,
          note="« en représailles à la frappe qui avait détruit le 1er avril son consulat à Damas »: the cause of the "
               "launch. No one is said to have struck, so no agent (as the same strike in "
               "gold/ormuz-navire-saisi-2024-04-13, « attribuée à Israël » there and not even that here); its day "
               "comes from the relative clause."),
    event("e-destruction", "Event", "The strike destroyed Iran's consulate in Damascus on 1 April",
          ("avait détruit", None), [("recipient", CONSULATE)], place=DAMASCUS, time="t-april-1",
          part_of="e-consulate-strike", evidence=LEDE,
          note="A relative pluperfect whose subject is the strike (an event), as « qui avait détruit » in "
               "gold/ormuz-navire-saisi-2024-04-13: part of the strike, on its day."),
    event("e-interception", "Event", "Almost all the projectiles intercepted with US, British and Jordanian help",
          ("interceptés", None),
          [("agent", ISRAEL), ("participant", US), ("participant", UK_), ("participant", JORDAN),
           ("recipient", INTERCEPTED)],
          time="t-night", according_to=[IDF], evidence=INTERCEPTION,
          note="« La quasi-totalité des projectiles ont été interceptés avec l’aide des États-Unis, du Royaume-Uni et "
               "de la Jordanie, a annoncé l’armée israélienne »: a passive with no « par »; the state attacked, "
               "Israel, is the implied agent, and the three states that help (« avec l’aide de ») take part "
               "(participants; « l’aide » is not an event of its own). The projectiles intercepted are the "
               "recipient (as the drones shot down in gold/drone-izmail-2024-10-10). No weekday of its own: it takes "
               "the night of the launch it answers. « 99 % des menaces ont été neutralisées » (Hagari) restates it."),
    event("e-girl-wounded", "Event", "A girl wounded in the Negev", ("blessée", None),
          [("agent", IRAN), ("recipient", GIRL)], place=NEGEV, time="t-night", according_to=[HAGARI],
          part_of="e-launch", evidence=HAGARI_EVIDENCE,
          note="« qui a fait état d’une fillette blessée dans le Néguev »: a passive participle with no agent; the "
               "attacker, Iran, is implied (as the strikers of « cinq combattants tués » in "
               "gold/frappes-houthis-yemen-2024-01-12). Part of the night's attack, so its night."),
    event("e-operation-over", "Event", "Iran's operation against Israel is over (Tehran)", ("terminée", None),
          [("agent", IRAN)], according_to=[IRAN],
          note="« Téhéran a fait savoir dimanche matin que l’opération était « terminée » »: the end of the "
               "operation, as Iran states it (occurred, through a named source). « l’opération » restates the "
               "launch. The Sunday morning dates Iran's statement, not the end itself: no time."),
    event("e-new-error", "Event", "Israel makes a new error (Bagheri's condition)", ("commet", None),
          [("agent", ISRAEL)], status="hypothetical", according_to=[BAGHERI], evidence=BAGHERI_EVIDENCE,
          note="« Si le régime sioniste commet une nouvelle erreur »: a condition inside the quote, hypothetical; « le "
               "régime sioniste » is Israel. The « erreur » would be an Israeli action against Iran, not named."),
    event("e-iran-response", "Event", "A much harsher Iranian response (Bagheri's threat)", ("réponse", None),
          [("agent", IRAN), ("recipient", ISRAEL)], status="hypothetical", according_to=[BAGHERI],
          evidence=BAGHERI_EVIDENCE,
          note="« notre réponse sera beaucoup plus sévère »: the consequence of the condition, so hypothetical (as « "
               "serait « défait » » in gold), even though the verb is a future; « notre » is Iran. The one it "
               "answers, Israel, is the recipient."),
    event("e-cabinet-meeting", "Meeting", "Israel's war cabinet meets on Sunday afternoon", ("s’est réuni", None),
          [("participant", CABINET)], time="t-sunday-afternoon", according_to=[MEDIA], evidence=CABINET_EVIDENCE,
          note="« Le cabinet de guerre israélien s’est réuni dimanche après-midi ..., selon les médias israéliens »: "
               "a body meeting, its only participant; no place written."),
    event("e-no-decision", "Event", "The war cabinet takes no decision", ("arrêter", "sans arrêter de décision"),
          [("agent", CABINET)], status="negated", time="t-sunday-afternoon", according_to=[MEDIA],
          part_of="e-cabinet-meeting", evidence=CABINET_EVIDENCE,
          note="« sans arrêter de décision »: a negated infinitive (as « sans avoir signé » in gold), at the meeting "
               "(part_of), on its afternoon."),
    event("e-riposte", "Event", "An Israeli riposte, not ruled out, not before several days", ("riposte", None),
          [("agent", ISRAEL), ("recipient", IRAN)], status="hypothetical", time="t-several-days",
          according_to=[IL_OFFICIAL], evidence=RIPOSTE_EVIDENCE,
          note="« Une riposte « n’est pas exclue », mais elle ne devrait pas intervenir avant plusieurs jours »: not "
               "ruled out, so possible: hypothetical (as « n’exclut pas de nouvelles frappes » in "
               "gold/frappes-houthis-yemen-2024-01-12). Neither side is written: Israel (whose official speaks, in "
               "the paragraph of its war cabinet) ripostes to Iran. « elle » and « intervenir » restate it (« elle » "
               "is a pronoun of an event, not a mention). « plusieurs jours » is the earliest it could come."),
    event("e-victory", "Event", "Israel will win (Netanyahu's promise)", ("gagnerait", None), [("agent", ISRAEL)],
          status="hypothetical", according_to=[NETANYAHU],
          note="« avait promis samedi soir que son pays « gagnerait » »: a prediction in the conditional of reported "
               "speech, hypothetical as Kim's « remporterait une « grande victoire » » in the bundled article; « son "
               "pays » is Israel. The Saturday evening dates the promise, not the victory."),
    event("e-cut-short", "Event", "Joe Biden had cut short a weekend in Delaware on Saturday",
          ("avait écourté", None), [("agent", BIDEN)], place=DELAWARE, time="t-saturday", evidence=BIDEN_EVIDENCE,
          note="« Joe Biden, qui avait écourté samedi un week-end dans le Delaware »: a relative pluperfect on a past "
               "weekday, in the article's own voice. « un week-end » is the stay he cut short (no entity, no time of "
               "its own); Delaware, where the stay was, is the place."),
    event("e-counter-attack", "Event", "An Israeli counter-attack against Iran", ("contre-attaque", None),
          [("agent", ISRAEL), ("recipient", IRAN)], status="hypothetical", according_to=[BIDEN, US_OFFICIAL],
          evidence=BIDEN_EVIDENCE,
          note="« aucune contre-attaque contre l’Iran »: a possible Israeli counter-attack, which Biden says the "
               "United States will not join: hypothetical. Israel, the attacker, is implied (Netanyahu is the one "
               "warned). Kept apart from the official's « riposte »: another source, another stance (as the four "
               "retaliations of gold/ormuz-navire-saisi-2024-04-13)."),
    event("e-us-participation", "Event", "The United States will take part in no counter-attack against Iran",
          ("participeraient", None), [("participant", US)], status="negated", according_to=[BIDEN, US_OFFICIAL],
          evidence=BIDEN_EVIDENCE,
          note="« que les États-Unis ne participeraient à aucune contre-attaque »: a negated future in the past: "
               "negated (as « ne prolongerait pas » in gold). Told by Biden to Netanyahu, through the official."),
    event("e-g7-call", "Meeting", "The G7 leaders meet by videoconference on Sunday", ("se sont entretenus", None),
          [("participant", G7_LEADERS)], time="t-sunday-g7",
          note="« Les dirigeants du G7 se sont entretenus dimanche par visioconférence »: a meeting of one local group "
               "(as the NATO leaders in gold); « par visioconférence » is its means, so no place."),
    event("e-g7-measures", "Event", "The G7 leaders ready to take new measures", ("prendre", "prêts à prendre"),
          [("agent", G7_LEADERS)], status="planned", according_to=[G7_LEADERS], evidence=G7_EVIDENCE,
          note="« se sont dits prêts à prendre « de nouvelles mesures » »: readiness announced, planned (as « prêts à "
               "poursuivre les contacts » in gold). Against whom is not written; no recipient."),
    event("e-unsc-meeting", "Meeting", "The UN Security Council to meet on Sunday evening in New York",
          ("se réunir", None), [("participant", UNSC)], status="planned", place=NEW_YORK, time="t-sunday-evening",
          note="« doit se réunir dimanche soir à New York à la demande d’Israël »: planned, in the article's own "
               "voice; « à la demande d’Israël » is a request with no verb of speech, no speech act (as « à la "
               "demande des États-Unis » in gold/nord-coree-salve-2024-11)."),
    event("e-jordan-shootdown", "Event", "Jordan shot down several devices over its territory", ("a abattu", None),
          [("agent", JORDAN), ("recipient", JORDAN_DOWNED)], place=JORDAN, time="t-night", part_of="e-interception",
          evidence=AMMAN_EVIDENCE,
          note="« Amman, qui a abattu plusieurs engins au-dessus de son territoire »: a relative clause in the "
               "article's own voice; « Amman » is Jordan, « son territoire » Jordan too (the place). Jordan's share "
               "of the interception of the lede (part_of), so the night."),
    event("e-jordan-again", "Event", "Jordan will do the same whatever the origin of the devices",
          ("agirait", None), [("agent", JORDAN)], status="planned", according_to=[JORDAN], evidence=AMMAN_EVIDENCE,
          note="« a assuré qu’il agirait de même « quelle que soit leur provenance » »: an assurance with a future in "
               "the past, planned (as « ferait « tout » » in gold/coup-niger-2023-07-27); « il » is Jordan."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-idf", "Statement", "The Israeli army announces that almost all projectiles were intercepted", IDF,
           ("a annoncé", None), [], evidence=INTERCEPTION, about=["e-interception"],
           note="The source after the clause; the launch in the sentence before is in the article's own voice. No "
                "weekday: no time."),
    speech("s-hagari-figure", "Statement", "Daniel Hagari: 99 % of the threats were neutralised", HAGARI,
           ("a affirmé", None), [("99 % des menaces ont été neutralisées", None)], evidence=HAGARI_EVIDENCE,
           about=["e-interception"],
           note="A quote first, « a affirmé son porte-parole, Daniel Hagari »: « son » is the army's. « 99 % des "
                "menaces » is the intercepted projectiles; the neutralisation restates the interception."),
    speech("s-hagari-girl", "Statement", "Daniel Hagari reports a girl wounded in the Negev", HAGARI,
           ("a fait état", None), [], evidence=HAGARI_EVIDENCE, about=["e-girl-wounded"],
           note="« qui a fait état d’une fillette blessée »: a relative clause on the speaker, a second speech act "
                "without a quote (as Abdelsalam's toll in gold/frappes-houthis-yemen-2024-01-12)."),
    speech("s-tehran-over", "Statement", "Tehran says the operation is over", IRAN, ("a fait savoir", None),
           [("terminée", None)], time="t-sunday-morning", about=["e-operation-over", "e-launch"],
           note="« Téhéran a fait savoir dimanche matin que l’opération était « terminée » »: Iran (a metonym); the "
                "one-word quote is the state's."),
    speech("s-bagheri-warning", "Warning", "Mohammad Bagheri warns of a much harsher answer to a new error", BAGHERI,
           ("a prévenu", "a prévenu le chef"),
           [("Si le régime sioniste commet une nouvelle erreur", None),
            ("notre réponse sera beaucoup plus sévère.", None)],
           evidence=BAGHERI_EVIDENCE, about=["e-new-error", "e-iran-response"],
           note="One quote split around « a prévenu le chef d’état-major iranien, Mohammad Bagheri, »: one speech act, "
                "two quotes (the second keeps its full stop, which stands inside the guillemets). Israel is named in "
                "the third person, so no addressee. No weekday in its sentence: no time (it does not take the "
                "Sunday morning of Tehran's statement, which is another speech act)."),
    speech("s-israeli-media", "Report", "Israeli media report the war cabinet meeting without a decision", MEDIA,
           ("selon", "selon les médias israéliens"), [], evidence=CABINET_EVIDENCE,
           about=["e-cabinet-meeting", "e-no-decision"],
           note="« selon les médias israéliens »: a source after the clause, no quote."),
    speech("s-official-riposte", "Statement", "An Israeli official tells AFP a riposte is not ruled out", IL_OFFICIAL,
           ("a indiqué", None), [("n’est pas exclue", None)], addressee=AFP, evidence=RIPOSTE_EVIDENCE,
           about=["e-riposte"],
           note="« Une riposte « n’est pas exclue », mais elle ne devrait pas intervenir avant plusieurs jours, a "
                "indiqué à l’AFP un responsable »: the quote begins after its subject; AFP the addressee (as « à "
                "l’AFP » in gold). The official is taken as Israeli from the paragraph (not written)."),
    speech("s-netanyahu-promise", "Assurance", "Benjamin Netanyahu had promised that Israel would win", NETANYAHU,
           ("avait promis", None), [("gagnerait", None)], time="t-saturday-evening", about=["e-victory"],
           note="« Le Premier ministre israélien, Benjamin Netanyahu, avait promis samedi soir que son pays « "
                "gagnerait » »: a pluperfect promise on a past weekday evening; the one-word quote is his."),
    speech("s-biden-warning", "Warning", "Joe Biden warns Netanyahu the US will not join a counter-attack on Iran",
           BIDEN, ("a prévenu", "a prévenu M. Netanyahu"), [], addressee=NETANYAHU, according_to=[US_OFFICIAL],
           evidence=BIDEN_EVIDENCE, about=["e-us-participation", "e-counter-attack"],
           note="« a prévenu M. Netanyahu que ..., selon un haut responsable américain »: no quote; the official in "
                "according_to and his own Report. No weekday: no time (the « samedi » of the relative clause dates "
                "the weekend cut short)."),
    speech("s-us-official", "Report", "A senior US official reports Biden's warning", US_OFFICIAL,
           ("selon", "selon un haut responsable"), [], evidence=BIDEN_EVIDENCE, about=["s-biden-warning"],
           note="« selon un haut responsable américain »: the source after the clause."),
    speech("s-g7-condemnation", "Statement", "The G7 leaders unequivocally condemn the Iranian attack", G7_LEADERS,
           ("condamné", None), [("condamné sans équivoque", None)], time="t-sunday-g7", evidence=G7_EVIDENCE,
           about=["e-launch"],
           note="« Dans une déclaration commune, ils ont « condamné sans équivoque » l’attaque iranienne »: the "
                "trigger stands inside the guillemets (as Yoon's « acceptera humblement » in gold); « ils » is the "
                "leaders; « l’attaque iranienne » restates the launch. The declaration comes out of the Sunday call "
                "of the sentence before, so it takes that Sunday (as the G7 leaders' words take their summit's "
                "Friday in gold)."),
    speech("s-g7-measures", "Statement", "The G7 leaders say they are ready to take new measures", G7_LEADERS,
           ("se sont dits", None), [("de nouvelles mesures", None)], time="t-sunday-g7", evidence=G7_EVIDENCE,
           about=["e-g7-measures"],
           note="« et se sont dits prêts à prendre « de nouvelles mesures » »: a second verb of speech joined by « et "
                "», a second speech act (as « s’est dit « préoccupé » et a appelé » in gold), of the same declaration "
                "and Sunday."),
    speech("s-kishida", "Statement", "Fumio Kishida finds the situation extremely worrying", KISHIDA,
           ("a jugé", None), [("extrêmement préoccupante", None)],
           note="« Le Premier ministre japonais, Fumio Kishida, a jugé la situation « extrêmement préoccupante » »: « "
                "la situation » is no event, so about nothing; no weekday: no time."),
    speech("s-guterres", "Statement", "António Guterres: neither the region nor the world can afford a new war",
           GUTERRES, ("a déclaré", None),
           [("Ni la région ni le monde ne peuvent se permettre une nouvelle guerre", None)],
           note="A quote first, given to a role noun and the name in apposition; « la région » is the Middle East. « "
                "une nouvelle guerre » has no actor written: no event (as « toute escalade » in "
                "gold/ormuz-navire-saisi-2024-04-13). No time."),
    speech("s-moscow-restraint", "Statement", "Moscow calls for restraint", RUSSIA, ("ont appelé", None), [],
           note="« Moscou et Pékin ont appelé à la retenue »: two metonyms, one verb: two speech acts with one trigger "
                "(as in gold/ormuz-navire-saisi-2024-04-13). Restraint has no actor: no event."),
    speech("s-beijing-restraint", "Statement", "Beijing calls for restraint", CHINA, ("ont appelé", None), [],
           note="The other half of « Moscou et Pékin ont appelé à la retenue »."),
    speech("s-amman-assurance", "Assurance", "Amman will do the same whatever the origin of the devices", JORDAN,
           ("a assuré", None), [("quelle que soit leur provenance", None)], evidence=AMMAN_EVIDENCE,
           about=["e-jordan-again"],
           note="« Amman ... a assuré qu’il agirait de même « quelle que soit leur provenance » »: Jordan (a metonym, "
                "then « il »); « leur » is the devices'. No time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
