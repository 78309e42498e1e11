"""Held-out annotation of confederation-sahel-niamey-2024-07.txt (written for the nineteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/confederation-sahel-niamey-2024-07.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/confederation-sahel-niamey-2024-07.annotation.src.py --check

From held-out set 19 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "confederation-sahel-niamey-2024-07.txt"

PUBLISHED_INFERRED = {
    "value": "2024-07-07", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives July 2024. The leaders « ont signé samedi 6 juillet » (6 July 2024 is a Saturday, "
             "which confirms the year) and the paramilitaries « gardaient samedi » (past: a Saturday on or before "
             "publication, the same Saturday 6 July). ECOWAS « tient dimanche son propre sommet » (present: the "
             "Sunday is the day of writing) and Moscow « a salué dimanche » (past: a Sunday on or before "
             "publication). The West African leaders « doivent publier lundi leurs conclusions » (future: a Monday "
             "after publication). The only day on or after Sunday and before Monday in the week the weekdays share "
             "is Sunday 7 July 2024; the Monday is 8 July."),
}

NOTE = """\
Held-out-19 article: the military leaders of Niger, Mali and Burkina Faso (Abdourahamane Tiani, Assimi Goïta, \
Ibrahim Traoré) sign in Niamey on Saturday 6 July 2024 a treaty creating a confederation of Sahel states, sealing \
their break with ECOWAS, which holds its own summit in Abuja on Sunday; Tiani says their peoples have turned their \
backs on ECOWAS, Goïta, designated president of the confederation for a year, promises « total sovereignty », \
Traoré attacks the « imperialists » who want to divide them; the three regimes, born of coups between 2020 and \
2023, had announced their withdrawal from ECOWAS in January and accuse it of being manipulated by Paris; they plan \
a joint force of 5,000 men whose headquarters would be in Niamey, according to the final communiqué; Moscow, which \
sent military instructors to Niger in April, hails the choice on Sunday, and some thirty Russian paramilitaries \
guarded the conference centre on Saturday, as an AFP journalist saw; in Abuja Omar Alieu Touray warns of the \
region's disintegration and says ECOWAS's doors stay open, and Bola Tinubu, chairman since last year, could hand \
over to a more conciliatory leader, according to a diplomat; Washington, which is to withdraw its last troops \
from Niger by mid-September, does not react, Paris declines to comment, and the West African heads of state are \
to publish their conclusions on Monday. Published in July 2024 (the file gives the month; the day, Sunday 7 July, \
comes from « samedi 6 juillet », past « samedi », « dimanche » in the present and the past, and a future « lundi \
»: see PUBLISHED_INFERRED). The Niamey summit, the treaty, Goïta's designation, the January withdrawal, the \
Russian instructors, the Abuja summit and the US withdrawal follow the real events loosely; the exact quotes, \
Traoré's words, the headquarters in Niamey, Moscow's Sunday reaction, the paramilitaries at the conference centre, \
Touray's words, Tinubu's possible handover, the diplomat and the Monday conclusions are invented or simplified.
What it exercises: a signing on a weekday with a date in a city by a plural subject that names three countries (« \
Les chefs des juntes au pouvoir au Niger, au Mali et au Burkina Faso ont signé samedi 6 juillet à Niamey un \
traité »: the three leaders, named in the next paragraph, are its participants), a present participle whose \
subject is the treaty (« créant une confédération des États du Sahel »), a second participle with a nominal break \
(« consacrant leur rupture avec la Cédéao »: an event of its own) and a relative present summit on the \
publication day's weekday in another city (« qui tient dimanche son propre sommet à Abuja »); a quote first with \
« a lancé » and a title before the name, then a relative imperfect that is the host's meeting (« qui accueillait \
ce premier sommet de l’Alliance des États du Sahel (AES) »); a passive participle of designation with a duration \
(« désigné président de la confédération pour un an ») and a promise with a two-word quote to a group (« a promis \
une « souveraineté totale » aux quelque 70 millions d’habitants »); an emphatic « lui » and a one-word quote \
after fused « aux », followed by a relative under « selon lui » with its own quote (two speech acts; the \
division suspected); a plural subject with a participle of origin over a span of years (« issus de coups d’État \
entre 2020 et 2023 ») and a pluperfect announcement with a month (« avaient annoncé en janvier leur retrait »: \
three speech acts with one trigger, the withdrawal planned), a relative accusation of a passive with a metonym as \
agent (« qu’ils accusent d’être instrumentalisée par Paris »: suspected); a plan with « prévoient de » and a \
relative conditional passive with « dont » sourced after the clause to a document (« dont le quartier général \
serait installé à Niamey, selon le communiqué final »); a metonym with a relative past dispatch with a month and \
a destination (« Moscou, qui a envoyé en avril des instructeurs militaires au Niger »: a Delivery) and a quoted \
salute on the publication day's weekday; an imperfect on a past weekday around a building (« gardaient samedi les \
abords du palais des congrès »: no place, « les abords ») told after the clause by a journalist of a linked \
agency; « À Abuja » over a warning with a one-word quote by a role noun and a name in apposition, with « Cédéao » \
inside the Commission's name; a quote split around « a-t-il assuré à l’ouverture du sommet » (the occasion gives \
the time); a role noun and a name in apposition with a relative present « depuis l’an dernier » and a conditional \
handover sourced after the clause to an anonymous diplomat; a relative planned withdrawal with a deadline (« qui \
doit retirer ses derniers soldats du Niger d’ici à la mi-septembre ») and two negated speech acts of metonyms (« \
n’a pas réagi », « s’est refusé à tout commentaire »); a planned publication on a future weekday by a group.
Places and metonyms. « Niamey » is the city both times (the signing, the headquarters); « Abuja » the city both \
times (the summit, the place of Touray's words). « Moscou » is Russia (Q159), « Washington » the United States \
(Q30), « Paris » France (local) twice: states that send, withdraw, manipulate, hail, say nothing. « Niger », « \
Mali », « Burkina Faso » are the countries (local: not in ids.tsv).
Mentions. The three leaders are never named together in one phrase: « Les chefs des juntes au pouvoir ... », « Les \
trois régimes », « Ils », « ils », « des trois pays », « ces pays », « nos frères », « Nos peuples » and « nous » \
(in Traoré's quote) are plural or possessive and are not mentions. « le général », « Le colonel », « Le capitaine \
» are titles before the names, part of the names' phrases. « président de la confédération » after « désigné » \
is a predicate (the office he is given), not a mention of Goïta; « la confédération » inside it is. The \
confederation and the Alliance are one local organisation (the treaty turns the 2023 alliance into a \
confederation that keeps the acronym AES): « une confédération des États du Sahel », « la confédération », « \
Alliance des États du Sahel », « AES »; « États du Sahel » and « Afrique de l’Ouest » inside names only give their \
names. ECOWAS: its full name, « Cédéao » (four times, one inside « Commission de la Cédéao » and one inside \
Touray's quote), « l’organisation régionale », « l’organisation »; its Commission is an organisation of its own. \
« un traité » is the treaty (a local object, class treaty). Groups: the population, the « impérialistes » (from \
the noun after fused « aux », inside the guillemets), the jihadist groups, the joint force (an organisation), the \
instructors, the paramilitaries (« Une trentaine de paramilitaires russes », the quantity kept), the US troops (« \
ses derniers soldats », possessive kept as « son aide » in gold), the West African heads of state. « la région » \
is West Africa (a local place). Not mentions: « son propre sommet », « ce premier sommet », « du sommet » (events), \
« le communiqué final » (a document, as « un communiqué » in gold), « leur rupture », « leur retrait », « sa place \
», « leurs conclusions », « Les portes de la Cédéao » (only « Cédéao » inside).
Statuses. The signing, the creation, the break, both summits, the designation, the coups, the dispatch of \
instructors, the guarding and Tinubu's chairmanship occurred; the withdrawal from ECOWAS (announced), the joint \
force and total sovereignty (promised), the US withdrawal (« doit ») and the conclusions are planned; the \
manipulation by Paris and the imperialists' division are suspected (accusations); the headquarters in Niamey, \
the disintegration and Tinubu's handover are hypothetical; Washington's reaction and Paris's comment are negated.
Times. « samedi 6 juillet » is Saturday 6 July 2024 (weekday and date); « dimanche » (twice) the publication day, \
Sunday 7 July 2024; « samedi » (past, the guarding) Saturday 6 July; « lundi » Monday 8 July; « pour un an » a \
duration attached to nothing; « entre 2020 et 2023 » two years, the coups taking the first (as « jeudi et \
vendredi » in gold), 2023 attached to nothing; « en janvier » January 2024, « en avril » April 2024 (past \
months); « l’an dernier » 2023; « d’ici à la mi-septembre » a deadline some time between July and mid-September \
2024, so the year (as « d’ici la fin juin » in gold). Touray's assurance takes the Sunday of the summit whose \
opening is its occasion; the other statements have no weekday of their own: no time.
Linked: Russia, the United States and AFP. Niger, Mali, Burkina Faso, Niamey, Abuja, the treaty, the AES, ECOWAS, \
its Commission, Tiani, Goïta, Traoré, the population, the imperialists, France, the joint force, the jihadist \
groups, the headquarters, the instructors, the paramilitaries, the conference centre, the journalist, Touray, \
West Africa, Tinubu, his possible successor, the diplomat, the US troops and the West African heads of state are \
not in ids.tsv: local, unlinked."""

RUSSIA, US, AFP = "Q159", "Q30", "Q40464"
NIGER, MALI, BURKINA, NIAMEY, ABUJA = "local:niger", "local:mali", "local:burkina-faso", "local:niamey", \
    "local:abuja"
TREATY, AES, ECOWAS, COMMISSION = "local:aes-confederation-treaty", "local:alliance-of-sahel-states", \
    "local:ecowas", "local:ecowas-commission"
TIANI, GOITA, TRAORE = "local:abdourahamane-tiani", "local:assimi-goita", "local:ibrahim-traore"
POPULATION, IMPERIALISTS, FRANCE = "local:aes-population", "local:imperialists", "local:france"
JOINT_FORCE, JIHADISTS, HQ = "local:aes-joint-force", "local:jihadist-groups", "local:joint-force-headquarters"
INSTRUCTORS, PARAMILITARIES, PALACE, JOURNALIST = "local:russian-instructors", "local:russian-paramilitaries", \
    "local:niamey-conference-centre", "local:afp-journalist"
TOURAY, WEST_AFRICA, TINUBU, SUCCESSOR, DIPLOMAT = "local:omar-alieu-touray", "local:west-africa", \
    "local:bola-tinubu", "local:tinubu-successor", "local:diplomat"
US_TROOPS, ECOWAS_LEADERS = "local:us-troops-niger", "local:ecowas-heads-of-state"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (NIGER, "Niger", "Niger", "country", {"unlinked_reason": NOT_VERIFIED}),
    (MALI, "Mali", "Mali", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BURKINA, "Burkina Faso", "Burkina Faso", "country", {"unlinked_reason": NOT_VERIFIED}),
    (NIAMEY, "Niamey", "Niamey", "place", {"description": "capitale du Niger", "class_qid": "Q5119",
                                            "unlinked_reason": NOT_VERIFIED}),
    (TREATY, "traité instituant la confédération des États du Sahel", "Treaty establishing the Confederation of "
     "Sahel States", "object",
     {"description": "signé le 6 juillet 2024 à Niamey par les dirigeants du Niger, du Mali et du Burkina Faso",
      "class_qid": "Q131569", "unlinked_reason": "a document with no verified Wikidata item"}),
    (AES, "Alliance des États du Sahel", "Alliance of Sahel States", "organization",
     {"description": "alliance du Niger, du Mali et du Burkina Faso, devenue le 6 juillet 2024 une confédération "
                     "des États du Sahel (AES)", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (ECOWAS, "Communauté économique des États de l’Afrique de l’Ouest", "Economic Community of West African States",
     "organization", {"description": "Cédéao", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (COMMISSION, "Commission de la Cédéao", "ECOWAS Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ABUJA, "Abuja", "Abuja", "place", {"description": "capitale du Nigeria", "class_qid": "Q5119",
                                        "unlinked_reason": NOT_VERIFIED}),
    (TIANI, "Abdourahamane Tiani", "Abdourahamane Tiani", "person",
     {"description": "général, chef de la junte au pouvoir au Niger", "unlinked_reason": NOT_VERIFIED}),
    (GOITA, "Assimi Goïta", "Assimi Goïta", "person",
     {"description": "colonel, chef de la junte au pouvoir au Mali, désigné président de la confédération",
      "unlinked_reason": NOT_VERIFIED}),
    (TRAORE, "Ibrahim Traoré", "Ibrahim Traoré", "person",
     {"description": "capitaine, chef de la junte au pouvoir au Burkina Faso", "unlinked_reason": NOT_VERIFIED}),
    (POPULATION, "habitants des trois pays de l’AES", "the inhabitants of the three AES countries", "group",
     {"description": "quelque 70 millions d’habitants du Niger, du Mali et du Burkina Faso",
      "unlinked_reason": "a population, not one Wikidata item"}),
    (IMPERIALISTS, "les « impérialistes »", "the « imperialists »", "group",
     {"description": "ceux qu’Ibrahim Traoré accuse de vouloir diviser les trois pays, sans les nommer",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (JOINT_FORCE, "force conjointe de l’AES", "AES joint force", "organization",
     {"description": "une force de 5 000 hommes que les trois pays prévoient de mettre sur pied",
      "unlinked_reason": "a force not yet formed, no Wikidata item"}),
    (JIHADISTS, "groupes jihadistes", "jihadist groups", "group",
     {"description": "les groupes jihadistes actifs au Sahel, que l’article ne nomme pas",
      "unlinked_reason": "an unnamed set of armed groups, not one Wikidata item"}),
    (HQ, "quartier général de la force conjointe", "headquarters of the joint force", "place",
     {"description": "qui serait installé à Niamey", "unlinked_reason": "a planned site with no Wikidata item"}),
    (INSTRUCTORS, "instructeurs militaires russes", "Russian military instructors", "group",
     {"description": "envoyés par la Russie au Niger en avril 2024",
      "unlinked_reason": "an unnamed group of soldiers, not one Wikidata item"}),
    (PARAMILITARIES, "paramilitaires russes", "Russian paramilitaries", "group",
     {"description": "une trentaine de paramilitaires russes qui gardaient le palais des congrès de Niamey",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (PALACE, "palais des congrès de Niamey", "Niamey conference centre", "place",
     {"description": "où se tenait le sommet de l’AES", "unlinked_reason": NOT_VERIFIED}),
    (JOURNALIST, "un journaliste de l’AFP", "an AFP journalist", "person",
     {"unlinked_reason": "an unnamed reporter with no Wikidata item"}),
    (TOURAY, "Omar Alieu Touray", "Omar Alieu Touray", "person",
     {"description": "président de la Commission de la Cédéao", "unlinked_reason": NOT_VERIFIED}),
    (WEST_AFRICA, "Afrique de l’Ouest", "West Africa", "place",
     {"description": "la région dont Omar Alieu Touray craint la « désintégration »", "unlinked_reason": NOT_VERIFIED}),
    (TINUBU, "Bola Tinubu", "Bola Tinubu", "person",
     {"description": "président du Nigeria, président en exercice de la Cédéao", "unlinked_reason": NOT_VERIFIED}),
    (SUCCESSOR, "un dirigeant plus conciliant", "a more conciliatory leader", "person",
     {"description": "le successeur éventuel de Bola Tinubu à la tête de la Cédéao, que l’article ne nomme pas",
      "unlinked_reason": "an unnamed, possible person with no Wikidata item"}),
    (DIPLOMAT, "un diplomate", "a diplomat", "person",
     {"description": "une source diplomatique anonyme",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (US_TROOPS, "derniers soldats américains au Niger", "the last US troops in Niger", "group",
     {"description": "les soldats américains que Washington doit retirer du Niger",
      "unlinked_reason": "an unnamed group of soldiers, not one Wikidata item"}),
    (ECOWAS_LEADERS, "chefs d’État ouest-africains", "West African heads of state", "group",
     {"description": "les chefs d’État de la Cédéao réunis à Abuja",
      "unlinked_reason": "an unnamed group of leaders, not one Wikidata item"}),
]

DESCRIPTIONS = {
    AFP: "l’agence dont un journaliste a vu les paramilitaires russes à Niamey",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les chefs des juntes au pouvoir au Niger, au Mali et au Burkina Faso ont signé samedi 6 juillet à Niamey ...
    ("Niger", "au Niger, au Mali", NIGER, "name"),
    ("Mali", None, MALI, "name"),
    ("Burkina Faso", None, BURKINA, "name"),
    ("Niamey", "à Niamey un traité", NIAMEY, "name"),
    ("un traité", None, TREATY, "nominal"),
    ("une confédération des États du Sahel", None, AES, "nominal"),
    # ... consacrant leur rupture avec la Communauté économique ... (Cédéao), qui tient dimanche ... à Abuja.
    ("Communauté économique des États de l’Afrique de l’Ouest", None, ECOWAS, "name"),
    ("Cédéao", "(Cédéao)", ECOWAS, "name"),
    ("Abuja", "sommet à Abuja", ABUJA, "name"),
    # « Nos peuples ont ... à la Cédéao », a lancé le général Abdourahamane Tiani, qui accueillait ... (AES).
    ("Cédéao", "le dos à la Cédéao", ECOWAS, "name"),
    ("Abdourahamane Tiani", None, TIANI, "name"),
    ("Alliance des États du Sahel", None, AES, "name"),
    ("AES", None, AES, "name"),
    # Le colonel Assimi Goïta, désigné président de la confédération ..., a promis ... aux quelque 70 millions ...
    ("Assimi Goïta", None, GOITA, "name"),
    ("la confédération", None, AES, "nominal"),
    ("quelque 70 millions d’habitants des trois pays", None, POPULATION, "nominal"),
    # Le capitaine Ibrahim Traoré s’en est pris, lui, aux « impérialistes » qui, selon lui, « veulent nous diviser ».
    ("Ibrahim Traoré", None, TRAORE, "name"),
    ("lui", "s’en est pris, lui,", TRAORE, "pronoun"),
    ("impérialistes", None, IMPERIALISTS, "nominal"),
    ("lui", "selon lui", TRAORE, "pronoun"),
    # Les trois régimes ... leur retrait de l’organisation régionale, qu’ils accusent ... par Paris.
    ("l’organisation régionale", None, ECOWAS, "nominal"),
    ("Paris", "par Paris", FRANCE, "metonym"),
    # Ils prévoient ... une force conjointe de 5 000 hommes contre les groupes jihadistes, dont le quartier général ...
    ("une force conjointe de 5 000 hommes", None, JOINT_FORCE, "nominal"),
    ("les groupes jihadistes", None, JIHADISTS, "nominal"),
    ("le quartier général", None, HQ, "nominal"),
    ("Niamey", "installé à Niamey", NIAMEY, "name"),
    # Moscou, qui a envoyé en avril des instructeurs militaires au Niger, a salué dimanche « ... ».
    ("Moscou", None, RUSSIA, "metonym"),
    ("des instructeurs militaires", None, INSTRUCTORS, "nominal"),
    ("Niger", "militaires au Niger", NIGER, "name"),
    # Une trentaine de paramilitaires russes gardaient samedi les abords du palais des congrès, a constaté ... l’AFP.
    ("Une trentaine de paramilitaires russes", None, PARAMILITARIES, "nominal"),
    ("palais des congrès", None, PALACE, "nominal"),
    ("un journaliste de l’AFP", None, JOURNALIST, "nominal"),
    ("AFP", None, AFP, "name"),
    # À Abuja, le président de la Commission de la Cédéao, Omar Alieu Touray, a mis en garde ... de la région.
    ("Abuja", "À Abuja", ABUJA, "name"),
    ("le président de la Commission de la Cédéao", None, TOURAY, "nominal"),
    ("Commission de la Cédéao", None, COMMISSION, "name"),
    ("Cédéao", "Commission de la Cédéao", ECOWAS, "name"),
    ("Omar Alieu Touray", None, TOURAY, "name"),
    ("la région", None, WEST_AFRICA, "nominal"),
    # « Les portes de la Cédéao, a-t-il assuré à l’ouverture du sommet, restent ouvertes à nos frères. »
    ("Cédéao", "Les portes de la Cédéao", ECOWAS, "name"),
    ("il", "a-t-il assuré", TOURAY, "pronoun"),
    # Le chef de l’État nigérian, Bola Tinubu, qui préside l’organisation ..., pourrait ... selon un diplomate.
    ("Le chef de l’État nigérian", None, TINUBU, "nominal"),
    ("Bola Tinubu", None, TINUBU, "name"),
    ("l’organisation", "préside l’organisation", ECOWAS, "nominal"),
    ("un dirigeant plus conciliant", None, SUCCESSOR, "nominal"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
    # Washington, qui doit retirer ses derniers soldats du Niger d’ici à la mi-septembre, n’a pas réagi.
    ("Washington", None, US, "metonym"),
    ("ses derniers soldats", None, US_TROOPS, "nominal"),
    ("Niger", "soldats du Niger", NIGER, "name"),
    # Paris s’est refusé à tout commentaire. Les chefs d’État ouest-africains doivent publier lundi leurs conclusions.
    ("Paris", "Paris s’est refusé", FRANCE, "metonym"),
    ("Les chefs d’État ouest-africains", None, ECOWAS_LEADERS, "nominal"),
]

PUB_DAY = "the publication day, Sunday 7 July 2024 (inferred: see PUBLISHED_INFERRED)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday-6", ("samedi 6 juillet", None), "2024-07-06", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year (6 July 2024 is a Saturday): the day before "
     + PUB_DAY),
    ("t-sunday-summit", ("dimanche", "tient dimanche"), "2024-07-07", "day", "weekday-publication-day",
     "« qui tient dimanche son propre sommet »: a present weekday, the day of writing: " + PUB_DAY),
    ("t-one-year", ("pour un an", None), None, "duration", "explicit-duration",
     "« désigné président de la confédération pour un an »: the length of Goïta's term (P1Y), not the time of "
     "the designation, so no event takes it."),
    ("t-2020", ("2020", None), "2020", "year", "explicit-year",
     "« issus de coups d’État entre 2020 et 2023 »: the first year of the span; the coups take it (as the first "
     "day of « jeudi et vendredi » in gold). It stays a year."),
    ("t-2023", ("2023", None), "2023", "year", "explicit-year",
     "The last year of the span « entre 2020 et 2023 »: a time of its own, attached to nothing (as the second day "
     "of « jeudi et vendredi » in gold)."),
    ("t-january", ("en janvier", None), "2024-01", "month", "month-past",
     "Pluperfect « avaient annoncé en janvier »: the most recent January before publication, January 2024."),
    ("t-april", ("en avril", None), "2024-04", "month", "month-past",
     "« qui a envoyé en avril »: a past month with no year, the most recent April before publication, April 2024."),
    ("t-sunday-moscow", ("dimanche", "a salué dimanche"), "2024-07-07", "day", "weekday-publication-day",
     "« a salué dimanche »: " + PUB_DAY),
    ("t-saturday-guard", ("samedi", "gardaient samedi"), "2024-07-06", "day", "weekday-past",
     "« gardaient samedi »: a past weekday, the most recent Saturday before publication, Saturday 6 July 2024, "
     "the day of the signing."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "« qui préside l’organisation depuis l’an dernier » written in 2024: 2023 (« depuis X » is annotated as X)."),
    ("t-mid-september", ("d’ici à la mi-septembre", None), "2024", "year", "deadline",
     "A deadline: some time between July and mid-September 2024, three months of one year, so the year (as « "
     "d’ici la fin juin » in gold), not September."),
    ("t-monday", ("lundi", None), "2024-07-08", "day", "weekday-future",
     "« doivent publier lundi »: a future weekday, the first Monday after publication: Monday 8 July 2024."),
]

TRAORE_EVIDENCE = ("Le capitaine Ibrahim Traoré", "nous diviser ».")

EVENTS: list[dict[str, Any]] = [
    event("e-treaty-signing", "Agreement",
          "Tiani, Goïta and Traoré sign in Niamey on Saturday 6 July a treaty creating a confederation",
          ("ont signé", None), [("participant", TIANI), ("participant", GOITA), ("participant", TRAORE),
                                 ("theme", TREATY)],
          place=NIAMEY, time="t-saturday-6", part_of="e-aes-summit",
          note="« Les chefs des juntes au pouvoir au Niger, au Mali et au Burkina Faso ont signé samedi 6 juillet à "
               "Niamey un traité »: the plural subject is not a mention; the three leaders it denotes, named in the "
               "next paragraph, are the participants (as « les deux dirigeants » in the bundled article). Niamey is "
               "the city; the signing is part of the summit Tiani hosted (« ce premier sommet »)."),
    event("e-confederation-creation", "Event", "The treaty creates a confederation of Sahel states",
          ("créant", None), [("agent", TREATY), ("participant", AES)], part_of="e-treaty-signing",
          note="« un traité créant une confédération des États du Sahel »: a present participle whose subject is the "
               "treaty (as « un traité qui prévoit » in gold), the confederation its participant. No time word "
               "belongs to the participle: no time."),
    event("e-rupture", "Event", "Niger, Mali and Burkina Faso break with ECOWAS", ("rupture", None),
          [("participant", NIGER), ("participant", MALI), ("participant", BURKINA), ("participant", ECOWAS)],
          note="« consacrant leur rupture avec la Communauté économique des États de l’Afrique de l’Ouest »: a "
               "nominal event that the signing seals; « leur » (possessive) is the three countries. Restated by « "
               "ont irrévocablement tourné le dos à la Cédéao » (Tiani's words): no new event."),
    event("e-ecowas-summit", "Meeting", "ECOWAS holds its own summit in Abuja on Sunday",
          ("sommet", "son propre sommet"), [("participant", ECOWAS)], place=ABUJA, time="t-sunday-summit",
          note="« qui tient dimanche son propre sommet à Abuja »: a relative present on the publication day (going "
               "on: occurred); Abuja is the city. « l’ouverture du sommet » restates it."),
    event("e-aes-summit", "Meeting", "Abdourahamane Tiani hosts the first summit of the Alliance of Sahel States",
          ("accueillait", None), [("agent", TIANI), ("participant", GOITA), ("participant", TRAORE)],
          note="« qui accueillait ce premier sommet de l’Alliance des États du Sahel (AES) »: the host is the agent "
               "(as « il y recevra » in the bundled article), one Meeting with « sommet » (as « recevra ... pour un "
               "sommet » in gold); the other two leaders are its participants from the paragraph. Its place "
               "(Niamey) and day (the Saturday) are written only in the lede's signing, so it gets neither."),
    event("e-goita-designation", "Event", "Assimi Goïta designated president of the confederation for a year",
          ("désigné", None), [("recipient", GOITA)], part_of="e-aes-summit",
          note="« Le colonel Assimi Goïta, désigné président de la confédération pour un an »: a passive participle "
               "in apposition with no agent (as « élu en 2021 » and « fraîchement nommée » in gold); « pour un an » "
               "is the term, a duration attached to nothing."),
    event("e-sovereignty", "Event", "Total sovereignty for the 70 million inhabitants of the three countries",
          ("souveraineté", None), [("agent", AES), ("recipient", POPULATION)], status="planned",
          according_to=[GOITA],
          note="« a promis une « souveraineté totale » aux quelque 70 millions d’habitants »: a promise, planned (as "
               "promised support in gold); the confederation he now presides over is the agent, the population the "
               "recipient."),
    event("e-division", "Event", "The « imperialists » want to divide the three countries", ("diviser", None),
          [("agent", IMPERIALISTS), ("recipient", NIGER), ("recipient", MALI), ("recipient", BURKINA)],
          status="suspected", according_to=[TRAORE], evidence=TRAORE_EVIDENCE,
          note="« aux « impérialistes » qui, selon lui, « veulent nous diviser » »: an intention Traoré ascribes to "
               "them, an accusation: suspected (as « Moscou accuse les Occidentaux de complicité » in gold). « nous "
               "» is the three countries (a plural, not a mention), the recipients."),
    event("e-coups", "Event", "The coups between 2020 and 2023 from which the three regimes came",
          ("coups d’État", None), [("participant", NIGER), ("participant", MALI), ("participant", BURKINA)],
          time="t-2020",
          note="« Les trois régimes, issus de coups d’État entre 2020 et 2023 »: one plural nominal event; the "
               "juntas that made them are not entities of their own, so the three countries take part. The span's "
               "first year is its time."),
    event("e-withdrawal", "Event", "Niger, Mali and Burkina Faso to withdraw from ECOWAS", ("retrait", None),
          [("agent", NIGER), ("agent", MALI), ("agent", BURKINA), ("participant", ECOWAS)], status="planned",
          according_to=[NIGER, MALI, BURKINA],
          note="« avaient annoncé en janvier leur retrait de l’organisation régionale »: announced, planned; the "
               "month dates the announcement, not the withdrawal. Restated by Touray's open doors."),
    event("e-manipulation", "Event", "ECOWAS manipulated by France (accusation)", ("instrumentalisée", None),
          [("agent", FRANCE), ("recipient", ECOWAS)], status="suspected", according_to=[NIGER, MALI, BURKINA],
          note="« qu’ils accusent d’être instrumentalisée par Paris »: a passive infinitive with a metonym as agent "
               "(France), the organisation the recipient; an accusation: suspected."),
    event("e-joint-force", "Event", "The three countries plan to set up a joint force of 5,000 men",
          ("mettre sur pied", None),
          [("agent", NIGER), ("agent", MALI), ("agent", BURKINA), ("participant", JOINT_FORCE)], status="planned",
          according_to=[AES],
          note="« Ils prévoient de mettre sur pied une force conjointe de 5 000 hommes contre les groupes jihadistes "
               "»: « Ils » (plural) are the three regimes, so the countries are the agents; « selon le communiqué "
               "final » at the end of the sentence is its source. « contre les groupes jihadistes » is the force's "
               "purpose, no event."),
    event("e-hq-installation", "Event", "The joint force's headquarters would be set up in Niamey",
          ("installé", None), [("participant", HQ)], status="hypothetical", place=NIAMEY, according_to=[AES],
          note="« dont le quartier général serait installé à Niamey, selon le communiqué final »: a conditional "
               "passive with no agent: hypothetical; Niamey the city."),
    event("e-instructors", "Delivery", "Russia sent military instructors to Niger in April", ("a envoyé", None),
          [("agent", RUSSIA), ("theme", INSTRUCTORS), ("recipient", NIGER)], place=NIGER, time="t-april",
          note="« Moscou, qui a envoyé en avril des instructeurs militaires au Niger »: a relative past in the "
               "article's voice; a group of personnel sent is a Delivery with a theme (as the rescuers « dépêché » "
               "in gold), the destination country the recipient and the place."),
    event("e-guard", "Event", "Some thirty Russian paramilitaries guarded the conference centre on Saturday",
          ("gardaient", None), [("agent", PARAMILITARIES), ("recipient", PALACE)], time="t-saturday-guard",
          according_to=[JOURNALIST],
          note="« gardaient samedi les abords du palais des congrès, a constaté un journaliste de l’AFP »: an "
               "imperfect seen by the journalist (occurred, according to him). « les abords du » (around, not in) "
               "gives no place, as « près de » in gold; the building is what is guarded."),
    event("e-disintegration", "Event", "A possible disintegration of West Africa", ("désintégration", None),
          [("participant", WEST_AFRICA)], status="hypothetical", according_to=[TOURAY],
          note="« a mis en garde contre une « désintégration » de la région »: what he warns against, a "
               "possibility: hypothetical."),
    event("e-tinubu-chair", "Event", "Bola Tinubu chairs ECOWAS since last year", ("préside", "qui préside"),
          [("agent", TINUBU), ("participant", ECOWAS)], time="t-last-year",
          note="« qui préside l’organisation depuis l’an dernier »: a present relative that goes on; its time is "
               "its start (as « qui retiennent depuis la veille » in gold)."),
    event("e-handover", "Event", "Bola Tinubu could hand over to a more conciliatory leader", ("céder", None),
          [("agent", TINUBU), ("recipient", SUCCESSOR)], status="hypothetical", according_to=[DIPLOMAT],
          note="« pourrait toutefois céder sa place à un dirigeant plus conciliant, selon un diplomate »: a "
               "conditional: hypothetical; « sa place » is the chairmanship, no mention."),
    event("e-us-withdrawal", "Event", "The United States to withdraw their last troops from Niger by mid-September",
          ("retirer", None), [("agent", US), ("participant", US_TROOPS)], status="planned", place=NIGER,
          time="t-mid-september",
          note="« Washington, qui doit retirer ses derniers soldats du Niger d’ici à la mi-septembre »: « doit » "
               "with an infinitive, scheduled: planned; Niger is where it happens."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-tiani", "Statement", "Abdourahamane Tiani: our peoples have turned their backs on ECOWAS", TIANI,
           ("a lancé", None), [("Nos peuples ont irrévocablement tourné le dos à la Cédéao", None)],
           about=["e-rupture"],
           note="A quote first; « le général » is a title before the name. « Nos peuples » (possessive, plural) is "
                "no mention; « tourné le dos » restates the break. No weekday in the sentence: no time."),
    speech("s-goita-promise", "Assurance", "Assimi Goïta promises « total sovereignty » to the population",
           GOITA, ("a promis", None), [("souveraineté totale", None)], addressee=POPULATION,
           about=["e-sovereignty"],
           note="« a promis une « souveraineté totale » aux quelque 70 millions d’habitants des trois pays »: the "
                "population is the addressee of the promise and the recipient of what is promised."),
    speech("s-traore-attack", "Statement", "Ibrahim Traoré attacks the « imperialists »", TRAORE,
           ("s’en est pris", None), [("impérialistes", None)], evidence=TRAORE_EVIDENCE, about=["e-division"],
           note="« Le capitaine Ibrahim Traoré s’en est pris, lui, aux « impérialistes » »: an emphatic « lui »; "
                "the one-word quote is his word for the group."),
    speech("s-traore-claim", "Statement", "Ibrahim Traoré: the imperialists want to divide us", TRAORE,
           ("selon", "selon lui"), [("veulent nous diviser", None)], evidence=TRAORE_EVIDENCE,
           about=["e-division"],
           note="« qui, selon lui, « veulent nous diviser » »: a second pair of guillemets under its own reporting "
                "phrase, so a second speech act of the same speaker (no according_to: speaker and source are one)."),
    speech("s-niger-announcement", "Statement", "Niger announced in January its withdrawal from ECOWAS", NIGER,
           ("avaient annoncé", None), [], time="t-january", about=["e-withdrawal"],
           note="« Les trois régimes ... avaient annoncé en janvier leur retrait »: a plural subject, one speech act "
                "per state with one trigger (as « Washington et Séoul soupçonnent » in gold)."),
    speech("s-mali-announcement", "Statement", "Mali announced in January its withdrawal from ECOWAS", MALI,
           ("avaient annoncé", None), [], time="t-january", about=["e-withdrawal"],
           note="The second state of the plural subject."),
    speech("s-burkina-announcement", "Statement", "Burkina Faso announced in January its withdrawal from ECOWAS",
           BURKINA, ("avaient annoncé", None), [], time="t-january", about=["e-withdrawal"],
           note="The third state of the plural subject."),
    speech("s-niger-accusation", "SpeechAct", "Niger accuses ECOWAS of being manipulated by France", NIGER,
           ("accusent", None), [], about=["e-manipulation"],
           note="« qu’ils accusent d’être instrumentalisée par Paris »: a present accusation of the three states "
                "(« ils », plural), one speech act each, no quote, no time."),
    speech("s-mali-accusation", "SpeechAct", "Mali accuses ECOWAS of being manipulated by France", MALI,
           ("accusent", None), [], about=["e-manipulation"]),
    speech("s-burkina-accusation", "SpeechAct", "Burkina Faso accuses ECOWAS of being manipulated by France",
           BURKINA, ("accusent", None), [], about=["e-manipulation"]),
    speech("s-communique", "Report", "The summit's final communiqué on the joint force and its headquarters", AES,
           ("selon", "selon le communiqué final"), [], about=["e-joint-force", "e-hq-installation"],
           note="« selon le communiqué final »: a document as source, after the clause; it speaks for the "
                "confederation whose summit it closes (as the command's communiqué in gold). « le communiqué final "
                "» is no entity."),
    speech("s-moscow", "Statement", "Moscow hails « the sovereign choice of brother peoples »", RUSSIA,
           ("a salué", None), [("le choix souverain de peuples frères", None)], time="t-sunday-moscow",
           about=["e-treaty-signing", "e-confederation-creation"],
           note="« Moscou ... a salué dimanche « le choix souverain de peuples frères » »: the metonym is the "
                "speaker (Russia); « peuples frères » is plural, no mention."),
    speech("s-journalist", "Report", "An AFP journalist saw Russian paramilitaries guarding the conference centre",
           JOURNALIST, ("a constaté", None), [], about=["e-guard"],
           note="« a constaté un journaliste de l’AFP »: a witness's report after the clause; « AFP » inside is a "
                "name of its own (Q40464)."),
    speech("s-touray-warning", "Warning", "Omar Alieu Touray warns against the region's « disintegration »",
           TOURAY, ("a mis en garde", None), [("désintégration", None)], place=ABUJA, about=["e-disintegration"],
           note="« À Abuja, le président de la Commission de la Cédéao, Omar Alieu Touray, a mis en garde contre "
                "une « désintégration » de la région »: « À Abuja » is the city, the place of his words; no weekday: "
                "no time."),
    speech("s-touray-doors", "Assurance", "Omar Alieu Touray: ECOWAS's doors remain open to our brothers", TOURAY,
           ("a-t-il assuré", None), [("Les portes de la Cédéao", None), ("restent ouvertes à nos frères.", None)],
           place=ABUJA, time="t-sunday-summit", about=["e-withdrawal"],
           note="One sentence quoted in two parts around « a-t-il assuré à l’ouverture du sommet, » (the second "
                "part keeps its full stop inside the guillemets, as in gold); the trigger spans the inverted verb "
                "with its « il » (as « a-t-il dit » in gold). The opening of the Abuja summit, held « dimanche », is "
                "the occasion, so it takes the summit's Sunday and Abuja (as words take their occasion's day in "
                "gold). « nos frères » (the three countries, plural) is no mention."),
    speech("s-diplomat", "Report", "A diplomat says Tinubu could hand over to a more conciliatory leader", DIPLOMAT,
           ("selon", "selon un diplomate"), [], about=["e-handover"],
           note="« selon un diplomate »: an anonymous source after the clause."),
    speech("s-us-no-reaction", "SpeechAct", "Washington has not reacted", US, ("réagi", None), [],
           status="negated", about=["e-treaty-signing"],
           note="« Washington ... n’a pas réagi »: a negated speech act of the state (as « n’a pas réagi » in gold); "
                "what it has not reacted to is the news of the article, the signing."),
    speech("s-france-no-comment", "SpeechAct", "Paris declines to comment", FRANCE, ("s’est refusé", None), [],
           status="negated", about=["e-treaty-signing"],
           note="« Paris s’est refusé à tout commentaire »: a refusal to speak, a negated speech act (as « s’est "
                "refusé » in gold); Paris is France."),
    speech("s-ecowas-conclusions", "Statement", "The West African heads of state are to publish their conclusions "
           "on Monday", ECOWAS_LEADERS, ("publier", None), [], status="planned", time="t-monday",
           about=["e-ecowas-summit"],
           note="« Les chefs d’État ouest-africains doivent publier lundi leurs conclusions »: a speech act to come, "
                "planned (as « devrait annoncer mardi » in gold); « leurs conclusions » are the summit's."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
