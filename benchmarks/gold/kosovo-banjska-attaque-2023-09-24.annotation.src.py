"""Held-out annotation of kosovo-banjska-attaque-2023-09-24.txt (written for the twenty-second held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/kosovo-banjska-attaque-2023-09-24.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/kosovo-banjska-attaque-2023-09-24.annotation.src.py --check

From held-out set 22 (moved to gold in session 20; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kosovo-banjska-attaque-2023-09-24.txt"

NOTE = """\
Held-out-22 article: a Kosovo police officer is killed and another wounded at dawn on Sunday 24 September 2023 in \
an ambush laid by an armed commando near the village of Banjska, in northern Kosovo; the gunmen, some thirty \
according to the police, had blocked the village with two trucks before firing on a patrol, then barricade \
themselves in a Serbian Orthodox monastery where pilgrims were staying (none hurt, says the diocese); Prime \
Minister Albin Kurti accuses Belgrade of backing « organised crime », says the special forces surround the building \
and calls on the gunmen to surrender; in Belgrade President Aleksandar Vučić rejects the accusations, condemns the \
murder but blames Pristina's policy, and is to address the nation on Monday; Josep Borrell denounces an « odious \
attack » on X and demands accountability; KFOR, some thirty of whose soldiers were wounded in clashes at Zvečan in \
May, says it is ready to intervene; Washington condemns the shooting while Moscow had not reacted by Sunday evening; \
the EU envoy Miroslav Lajčák is expected in Pristina on Tuesday, with no meeting with Kurti fixed yet; northern \
Kosovo, where most people are Serbs who do not recognise the 2008 independence, has been tense since Albanian mayors \
were elected in the spring. Published Sunday 24 September 2023 (the file gives the day). The killing of a \
policeman near Banjska, the barricade in the monastery, Kurti's accusation, Vučić's answer, the EU's and the US \
condemnations and the Zvečan clashes of May 2023 follow the real events loosely; the exact quotes, the two trucks, \
the pilgrims and the diocese's assurance, Vučić's planned Monday address, KFOR's words, Moscow's silence and \
Lajčák's Tuesday trip are partly invented.
What it exercises: two passive participles sharing « a été » joined by « et » with an elided second subject (« Un \
policier kosovar a été tué et un autre blessé dimanche à l’aube »: two events, one time; « un autre » a nominal \
mention of the wounded officer) in a nominal ambush with a passive participle and its agent (« dans une embuscade \
tendue par un commando armé »), near a village (no place) and in an apposition that gives the country (« près du \
village de Banjska, dans le nord du Kosovo »: Kosovo the place, as « près de Tinzaouaten, dans le nord du Mali » in \
gold), sourced after the clause (« a annoncé la police »); a reflexive barricading with « ensuite » (no time); a \
conditional relative count with a source inside it (« qui seraient une trentaine selon la police »: no event, a \
Report about nothing the article calls an event) and a pluperfect blocking with an instrument followed by « avant \
d’ouvrir le feu sur une patrouille »; an imperfect presence and a negated passive with « aucun d’eux » sourced \
after the clause to « le diocèse » (an Assurance); a quote first with a passive participle and its metonym agent \
inside it and « notre État » (« Le crime organisé, soutenu ... par Belgrade, attaque notre État », a accusé le \
Premier ministre kosovar, Albin Kurti: the backing suspected according to Kurti); a role noun taking up Kurti with \
an indirect imperfect (« a affirmé que les forces spéciales encerclaient le bâtiment ») and « il a appelé les \
assaillants à se rendre » (surrender proposed); « À Belgrade » (the city) with a title before a name and a \
rejection of the accusations (a speech act about a speech act); a quote split around « a-t-il déclaré devant la \
presse, » with « Je » and a metonym inside the quote (« la politique de Pristina »); a planned address on a future \
weekday with « doit » (a planned speech act, the nation its addressee) sourced after the clause to « sa \
présidence »; a role noun and a name in apposition writing « sur X » with two verbs joined by « et » (a quoted \
noun phrase, then a demand with a quoted subjunctive: accountability proposed); a force's name, its acronym in \
brackets and a relative pluperfect passive in May during nominal clashes in a town (« dont une trentaine de \
soldats avaient été blessés en mai lors de heurts à Zvečan »), then « s’est dite « prête à intervenir » si la \
situation l’exigeait » (a hypothetical intervention); a metonym's condemnation with the quote before the object \
(« a condamné « dans les termes les plus fermes » la fusillade ») and « tandis que » with a metonym, a role noun in \
apposition and a negated pluperfect reaction on the evening of the publication day; a title before a name and a \
passive of expectation on a future weekday in a city (« est attendu mardi à Pristina »: a planned Visit) with a \
source after the clause and a negated passive meeting (« aucune rencontre avec M. Kurti n’a encore été fixée »); \
a relative negated recognition (a negated SpeechAct stance) of a passive independence in a year and a nominal \
election in the spring.
Places and metonyms. « Belgrade » inside Kurti's quote is Serbia (local:serbia, metonym: the state that backs); « \
À Belgrade » is the city where Vučić speaks (local:belgrade, the place of his two speech acts). « Pristina » inside \
Vučić's quote (« la politique de Pristina ») is Kosovo (local:kosovo, metonym); « à Pristina » is the city, the \
destination of Lajčák's trip (local:pristina). « Washington » is the United States (Q30) and « Moscou » Russia \
(Q159), metonyms; « allié traditionnel de la Serbie » is a role noun in apposition for Russia. « près du village de \
Banjska » gives the ambush no place (near, not in); « dans le nord du Kosovo » gives it Kosovo; « le nord du Kosovo \
» is not a mention of its own (only « Kosovo » inside it, as « le nord du Mali » in gold), so the last sentence's \
tensions and election take Kosovo as place. « Kosovo » inside « Force de l’Otan au Kosovo » only gives its name to \
the force (no mention), while « Otan » is annotated (NATO, an entity of its own, as « ONU » in « Conseil de \
sécurité de l’ONU »).
Mentions. The gunmen are one local group: « un commando armé », « Les assaillants », « Les hommes », « Le crime \
organisé » (Kurti's word for them, the agent backed by Belgrade), « les assaillants » and « les auteurs ». « village \
de Banjska » is a nominal mention of the village (as « village de Plauru » in gold) and « village » in « l’entrée \
du village » another one (fused « du »: from the noun). The monastery is « un monastère orthodoxe serbe », « \
monastère » (fused « du ») and « le bâtiment ». Kurti: « le Premier ministre kosovar » (apposition), « Albin Kurti \
», « Le chef du gouvernement », « il », « Kurti » in « M. Kurti » (the title is part of the name's phrase). Vučić: « \
Aleksandar Vučić » (« le président serbe » is a title right before the name, part of its phrase), « Je », « il » \
in « a-t-il », « Il ». « L’émissaire européen Miroslav Lajčák »: title before name, only the name. « notre État » \
(Kurti's quote) is Kosovo, « la nation » Serbia (the addressee of the address), « sa présidence » the Serbian \
presidency (a role noun with its possessive, as « son cabinet » in gold). « une patrouille », « deux camions », « \
Des pèlerins » and « eux » (in « aucun d’eux »), « une trentaine de soldats » (KFOR's wounded), « une majorité de \
Serbes », « maires albanais » (after the partitive « de ») and « une source diplomatique » are local groups, \
objects or persons that events or speech acts take. Not mentions: « la presse » (generic), « ces accusations », « \
le meurtre du policier » (but « policier » inside it is the killed officer), « cette escalade », « la politique », « \
une « attaque odieuse » », « la situation », « la fusillade », « l’indépendance », « des tensions », the \
possessives and « une trentaine » in P2 (a number, not a phrase with a noun).
Events and restatements. The ambush (« embuscade ») is one event with the killing, the wounding and the opening of \
fire as its parts; « attaque notre État » (Kurti), « le meurtre du policier » and « cette escalade » (Vučić), « \
attaque odieuse » (Borrell) and « la fusillade » (Washington) restate it or its killing: no new events. The \
backing by Belgrade is suspected (an accusation, Kurti in according_to); the encirclement occurred according to \
Kurti; the surrender and the accountability are proposed; KFOR's intervention is hypothetical (« si la situation \
l’exigeait »); Lajčák's visit is planned, his meeting with Kurti negated (not fixed, as « aucune rencontre \
bilatérale n’est prévue » in gold); the pilgrims' wounding is negated according to the diocese.
Times. « dimanche à l’aube » is the dawn of the publication day, Sunday 24 September 2023, for the ambush, the \
killing and the wounding (the opening of fire and the barricading have no time word of their own); « lundi » is \
Monday 25 September (the planned address); « en mai » May 2023 (the KFOR soldiers wounded at Zvečan, and the \
clashes); « dimanche soir » the evening of the publication day (Moscow's non-reaction); « mardi » Tuesday 26 \
September (Lajčák's trip); « en 2008 » the year; « au printemps » the spring of 2023, which lies within one year: \
the year. Statements with no weekday (the police's, the diocese's, Kurti's, Vučić's, the presidency's, Borrell's, \
KFOR's, Washington's, the source's) have no time; « ensuite » and « encore » are no times.
Linked: the United States and Russia. Kosovo, Serbia, the killed and the wounded officers, the gunmen, Banjska, the \
Kosovo police, its patrol and its special forces, the trucks, the monastery, the pilgrims, the diocese, Kurti, \
Belgrade, Vučić, the Serbian presidency, the EU, Borrell, X, KFOR, NATO, the wounded KFOR soldiers, Zvečan, \
Pristina, Lajčák, the diplomatic source, the Kosovo Serbs and the Albanian mayors are not in ids.tsv: local, \
unlinked."""

US, RUSSIA = "Q30", "Q159"
KOSOVO, SERBIA, POLICEMAN, WOUNDED, GUNMEN = "local:kosovo", "local:serbia", "local:killed-policeman", \
    "local:wounded-policeman", "local:banjska-gunmen"
BANJSKA, POLICE, PATROL, SPECIAL_FORCES, TRUCKS = "local:banjska", "local:kosovo-police", "local:police-patrol", \
    "local:kosovo-special-forces", "local:gunmen-trucks"
MONASTERY, PILGRIMS, DIOCESE = "local:banjska-monastery", "local:pilgrims", "local:serbian-orthodox-diocese"
KURTI, BELGRADE, VUCIC, PRESIDENCY = "local:albin-kurti", "local:belgrade", "local:aleksandar-vucic", \
    "local:serbian-presidency"
EU, BORRELL, X_NETWORK, KFOR, NATO = "local:european-union", "local:josep-borrell", "local:x-network", \
    "local:kfor", "local:nato"
KFOR_WOUNDED, ZVECAN, PRISTINA, LAJCAK, SOURCE = "local:kfor-wounded-soldiers", "local:zvecan", "local:pristina", \
    "local:miroslav-lajcak", "local:diplomatic-source"
KOSOVO_SERBS, MAYORS = "local:kosovo-serbs", "local:albanian-mayors"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (KOSOVO, "Kosovo", "Kosovo", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SERBIA, "Serbie", "Serbia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (POLICEMAN, "policier kosovar tué", "killed Kosovo police officer", "person",
     {"description": "le policier tué dans l’embuscade de Banjska le 24 septembre 2023",
      "unlinked_reason": "an unnamed officer with no Wikidata item"}),
    (WOUNDED, "policier kosovar blessé", "wounded Kosovo police officer", "person",
     {"description": "le second policier, blessé dans l’embuscade",
      "unlinked_reason": "an unnamed officer with no Wikidata item"}),
    (GUNMEN, "commando armé de Banjska", "the Banjska gunmen", "group",
     {"description": "les hommes armés, une trentaine selon la police, qui ont tendu l’embuscade puis se sont "
                     "retranchés dans le monastère",
      "unlinked_reason": "an unnamed group of gunmen, not one Wikidata item"}),
    (BANJSKA, "Banjska", "Banjska", "place",
     {"description": "village du nord du Kosovo", "unlinked_reason": NOT_VERIFIED}),
    (POLICE, "police du Kosovo", "Kosovo Police", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PATROL, "patrouille de police", "police patrol", "group",
     {"description": "la patrouille de la police kosovare sur laquelle le commando a ouvert le feu",
      "unlinked_reason": "an unnamed patrol, not one Wikidata item"}),
    (SPECIAL_FORCES, "forces spéciales kosovares", "Kosovo special forces", "organization",
     {"description": "les unités spéciales de la police qui encerclent le monastère", "unlinked_reason": NOT_VERIFIED}),
    (TRUCKS, "deux camions", "two trucks", "object",
     {"description": "les camions avec lesquels les assaillants ont bloqué l’entrée du village",
      "unlinked_reason": "unnamed vehicles with no Wikidata item"}),
    (MONASTERY, "monastère de Banjska", "Banjska Monastery", "place",
     {"description": "le monastère orthodoxe serbe où les assaillants se sont retranchés",
      "unlinked_reason": NOT_VERIFIED}),
    (PILGRIMS, "pèlerins du monastère", "pilgrims at the monastery", "group",
     {"description": "les pèlerins présents dans le monastère", "unlinked_reason": "an unnamed group, not one "
                                                                                    "Wikidata item"}),
    (DIOCESE, "diocèse orthodoxe serbe", "Serbian Orthodox diocese", "organization",
     {"description": "le diocèse dont relève le monastère (l’article ne le nomme pas)",
      "unlinked_reason": NOT_VERIFIED}),
    (KURTI, "Albin Kurti", "Albin Kurti", "person",
     {"description": "Premier ministre du Kosovo", "unlinked_reason": NOT_VERIFIED}),
    (BELGRADE, "Belgrade", "Belgrade", "place", {"description": "capitale de la Serbie", "class_qid": "Q5119",
                                                  "unlinked_reason": NOT_VERIFIED}),
    (VUCIC, "Aleksandar Vučić", "Aleksandar Vučić", "person",
     {"description": "président de la Serbie", "unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence serbe", "Presidency of Serbia", "organization",
     {"description": "les services du président serbe", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization",
     {"class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (BORRELL, "Josep Borrell", "Josep Borrell", "person",
     {"description": "chef de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (KFOR, "Force de l’Otan au Kosovo", "Kosovo Force", "organization",
     {"description": "KFOR, la force de maintien de la paix de l’Otan au Kosovo", "unlinked_reason": NOT_VERIFIED}),
    (NATO, "Organisation du traité de l’Atlantique nord", "NATO", "organization",
     {"description": "Otan", "class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (KFOR_WOUNDED, "soldats de la KFOR blessés à Zvečan", "KFOR soldiers wounded at Zvečan", "group",
     {"description": "une trentaine de soldats de la KFOR blessés en mai 2023",
      "unlinked_reason": "an unnamed group of soldiers, not one Wikidata item"}),
    (ZVECAN, "Zvečan", "Zvečan", "place", {"description": "ville du nord du Kosovo", "unlinked_reason": NOT_VERIFIED}),
    (PRISTINA, "Pristina", "Pristina", "place", {"description": "capitale du Kosovo", "class_qid": "Q5119",
                                                  "unlinked_reason": NOT_VERIFIED}),
    (LAJCAK, "Miroslav Lajčák", "Miroslav Lajčák", "person",
     {"description": "émissaire de l’Union européenne pour le dialogue entre Belgrade et Pristina",
      "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source diplomatique", "a diplomatic source", "person",
     {"description": "une source anonyme", "class_qid": "Q193391",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (KOSOVO_SERBS, "Serbes du nord du Kosovo", "Serbs of northern Kosovo", "group",
     {"description": "la majorité serbe du nord du Kosovo, qui ne reconnaît pas l’indépendance",
      "unlinked_reason": "a population, not one Wikidata item"}),
    (MAYORS, "maires albanais", "Albanian mayors", "group",
     {"description": "les maires albanais élus au printemps 2023 dans les communes du nord du Kosovo",
      "unlinked_reason": "an unnamed group of officials, not one Wikidata item"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Un policier kosovar a été tué et un autre blessé dimanche à l’aube dans une embuscade tendue par un commando
    # armé près du village de Banjska, dans le nord du Kosovo, a annoncé la police.
    ("Un policier kosovar", None, POLICEMAN, "nominal"),
    ("un autre", None, WOUNDED, "nominal"),
    ("un commando armé", None, GUNMEN, "nominal"),
    ("village de Banjska", None, BANJSKA, "nominal"),
    ("Kosovo", "dans le nord du Kosovo", KOSOVO, "name"),
    ("la police", "a annoncé la police", POLICE, "nominal"),
    # Les assaillants se sont ensuite retranchés dans un monastère orthodoxe serbe.
    ("Les assaillants", None, GUNMEN, "nominal"),
    ("un monastère orthodoxe serbe", None, MONASTERY, "nominal"),
    # Les hommes, qui seraient une trentaine selon la police, avaient bloqué l’entrée du village avec deux camions
    # avant d’ouvrir le feu sur une patrouille.
    ("Les hommes", None, GUNMEN, "nominal"),
    ("la police", "selon la police", POLICE, "nominal"),
    ("village", "l’entrée du village", BANJSKA, "nominal"),
    ("deux camions", None, TRUCKS, "nominal"),
    ("une patrouille", None, PATROL, "nominal"),
    # Des pèlerins se trouvaient à l’intérieur du monastère, mais aucun d’eux n’a été blessé, a assuré le diocèse.
    ("Des pèlerins", None, PILGRIMS, "nominal"),
    ("monastère", "l’intérieur du monastère", MONASTERY, "nominal"),
    ("eux", "aucun d’eux", PILGRIMS, "pronoun"),
    ("le diocèse", None, DIOCESE, "nominal"),
    # « Le crime organisé, soutenu ... par Belgrade, attaque notre État », a accusé le Premier ministre kosovar, ...
    ("Le crime organisé", None, GUNMEN, "nominal"),
    ("Belgrade", "par Belgrade", SERBIA, "metonym"),
    ("notre État", None, KOSOVO, "nominal"),
    ("le Premier ministre kosovar", None, KURTI, "nominal"),
    ("Albin Kurti", None, KURTI, "name"),
    # Le chef du gouvernement a affirmé que les forces spéciales encerclaient le bâtiment et il a appelé les
    # assaillants à se rendre.
    ("Le chef du gouvernement", None, KURTI, "nominal"),
    ("les forces spéciales", None, SPECIAL_FORCES, "nominal"),
    ("le bâtiment", None, MONASTERY, "nominal"),
    ("il", "et il a appelé", KURTI, "pronoun"),
    ("les assaillants", "appelé les assaillants", GUNMEN, "nominal"),
    # À Belgrade, le président serbe Aleksandar Vučić a rejeté ces accusations.
    ("Belgrade", "À Belgrade", BELGRADE, "name"),
    ("Aleksandar Vučić", None, VUCIC, "name"),
    # « Je condamne le meurtre du policier, a-t-il déclaré devant la presse, mais ... la politique de Pristina. »
    ("Je", "« Je condamne", VUCIC, "pronoun"),
    ("policier", "le meurtre du policier", POLICEMAN, "nominal"),
    ("il", "a-t-il déclaré", VUCIC, "pronoun"),
    ("Pristina", "la politique de Pristina", KOSOVO, "metonym"),
    # Il doit s’adresser lundi à la nation, a fait savoir sa présidence.
    ("Il", "Il doit s’adresser", VUCIC, "pronoun"),
    ("la nation", None, SERBIA, "nominal"),
    ("sa présidence", None, PRESIDENCY, "nominal"),
    # Le chef de la diplomatie de l’Union européenne, Josep Borrell, a dénoncé sur X une « attaque odieuse » et
    # exigé que les auteurs « rendent des comptes ».
    ("Le chef de la diplomatie de l’Union européenne", None, BORRELL, "nominal"),
    ("Union européenne", None, EU, "name"),
    ("Josep Borrell", None, BORRELL, "name"),
    ("X", "sur X une", X_NETWORK, "name"),
    ("les auteurs", None, GUNMEN, "nominal"),
    # La Force de l’Otan au Kosovo (KFOR), dont une trentaine de soldats avaient été blessés en mai lors de heurts à
    # Zvečan, s’est dite « prête à intervenir » si la situation l’exigeait.
    ("Force de l’Otan au Kosovo", None, KFOR, "name"),
    ("Otan", None, NATO, "name"),
    ("KFOR", None, KFOR, "name"),
    ("une trentaine de soldats", None, KFOR_WOUNDED, "nominal"),
    ("Zvečan", None, ZVECAN, "name"),
    # Washington a condamné « ... » la fusillade, tandis que Moscou, allié traditionnel de la Serbie, n’avait pas
    # réagi dimanche soir.
    ("Washington", None, US, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("allié traditionnel de la Serbie", None, RUSSIA, "nominal"),
    ("Serbie", None, SERBIA, "name"),
    # L’émissaire européen Miroslav Lajčák est attendu mardi à Pristina, selon une source diplomatique, mais aucune
    # rencontre avec M. Kurti n’a encore été fixée.
    ("Miroslav Lajčák", None, LAJCAK, "name"),
    ("Pristina", "attendu mardi à Pristina", PRISTINA, "name"),
    ("une source diplomatique", None, SOURCE, "nominal"),
    ("Kurti", "M. Kurti", KURTI, "name"),
    # Le nord du Kosovo, où vit une majorité de Serbes qui ne reconnaissent pas l’indépendance proclamée en 2008,
    # est secoué par des tensions depuis l’élection de maires albanais au printemps.
    ("Kosovo", "Le nord du Kosovo", KOSOVO, "name"),
    ("une majorité de Serbes", None, KOSOVO_SERBS, "nominal"),
    ("maires albanais", None, MAYORS, "nominal"),
]

PUB_DAY = "The publication day, Sunday 24 September 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-dawn", ("dimanche à l’aube", None), "2023-09-24", "day", "part-of-day",
     "« a été tué et un autre blessé dimanche à l’aube »: dawn of the weekday of publication. " + PUB_DAY),
    ("t-monday", ("lundi", None), "2023-09-25", "day", "weekday-future",
     "« Il doit s’adresser lundi à la nation »: the Monday after the publication day, 25 September 2023."),
    ("t-may", ("en mai", None), "2023-05", "month", "month-past",
     "Pluperfect « avaient été blessés en mai », written in September 2023: the last May, May 2023."),
    ("t-sunday-evening", ("dimanche soir", None), "2023-09-24", "day", "part-of-day",
     "« n’avait pas réagi dimanche soir »: the evening of the publication day. " + PUB_DAY),
    ("t-tuesday", ("mardi", None), "2023-09-26", "day", "weekday-future",
     "« est attendu mardi à Pristina »: the Tuesday after the publication day, 26 September 2023."),
    ("t-2008", ("en 2008", None), "2008", "year", "explicit-year",
     "« l’indépendance proclamée en 2008 »: a year written out; it stays a year."),
    ("t-spring", ("au printemps", None), "2023", "year", "season-past",
     "« depuis l’élection de maires albanais au printemps », written in September 2023: the last spring (March to "
     "June 2023), within one year: the year, the finest precision that is true. It dates the election; the "
     "tensions that follow it get no time of their own."),
]

LEDE = ("Un policier kosovar", "a annoncé la police.")
P2_FIRST = ("Les hommes, qui", "sur une patrouille.")
KURTI_QUOTE = ("« Le crime organisé", "Albin Kurti.")
BORRELL_EVIDENCE = ("Le chef de la diplomatie", "des comptes ».")
KFOR_EVIDENCE = ("La Force de l’Otan", "l’exigeait.")
VUCIC_QUOTE = ("« Je condamne", "politique de Pristina. »")

EVENTS: list[dict[str, Any]] = [
    event("e-ambush", "Event", "Gunmen ambush Kosovo police near Banjska at dawn on Sunday", ("embuscade", None),
          [("agent", GUNMEN), ("recipient", POLICEMAN), ("recipient", WOUNDED)], place=KOSOVO, time="t-dawn",
          according_to=[POLICE], evidence=LEDE,
          note="« dans une embuscade tendue par un commando armé près du village de Banjska, dans le nord du Kosovo "
               "»: a nominal event whose agent the passive participle « tendue par » gives; the two officers are "
               "its targets. « près du village de Banjska » is near, not in (no place, as « près de Tinzaouaten » in "
               "gold); the apposition « dans le nord du Kosovo » gives Kosovo as the place. Told by the police after "
               "the clause. Restated by « attaque notre État » (Kurti), « cette escalade » (Vučić), « attaque odieuse "
               "» (Borrell) and « la fusillade » (Washington): no new events."),
    event("e-killing", "Event", "A Kosovo police officer killed at dawn on Sunday", ("a été tué", None),
          [("agent", GUNMEN), ("recipient", POLICEMAN)], place=KOSOVO, time="t-dawn", according_to=[POLICE],
          part_of="e-ambush", evidence=LEDE,
          note="« Un policier kosovar a été tué ... dans une embuscade tendue par un commando armé »: the killers are "
               "the ambush's agent, written in the same sentence. « le meurtre du policier » (Vučić's quote) restates "
               "it."),
    event("e-wounding", "Event", "A second Kosovo police officer wounded", ("blessé", "un autre blessé"),
          [("agent", GUNMEN), ("recipient", WOUNDED)], place=KOSOVO, time="t-dawn", according_to=[POLICE],
          part_of="e-ambush", evidence=LEDE,
          note="« et un autre blessé »: the auxiliary « a été » is shared with « tué » and the noun « policier » "
               "elided; « un autre » is the wounded officer. Same time, place and source as the killing."),
    event("e-barricade", "Event", "The gunmen barricade themselves in a Serbian Orthodox monastery",
          ("retranchés", None), [("agent", GUNMEN)], place=MONASTERY,
          note="« Les assaillants se sont ensuite retranchés dans un monastère orthodoxe serbe »: in the article's "
               "own voice; « ensuite » is no time and no weekday belongs to the sentence, so no time (the Sunday is "
               "implied only)."),
    event("e-blocking", "Event", "The gunmen had blocked the entrance of the village with two trucks",
          ("avaient bloqué", None), [("agent", GUNMEN), ("participant", TRUCKS)], place=BANJSKA, evidence=P2_FIRST,
          note="« Les hommes ... avaient bloqué l’entrée du village avec deux camions »: a pluperfect in the article's "
               "voice (the police source in the relative clause covers the count only); the trucks are the means, "
               "a participant (as a drone in gold); « l’entrée du village » puts it in Banjska, the place. No time "
               "word."),
    event("e-open-fire", "Event", "The gunmen open fire on a police patrol", ("ouvrir le feu", None),
          [("agent", GUNMEN), ("recipient", PATROL)], part_of="e-ambush", evidence=P2_FIRST,
          note="« avant d’ouvrir le feu sur une patrouille »: « avant de » with an infinitive in a narrative "
               "tells what happened next: occurred. Part of the ambush; no place or time of its own."),
    event("e-pilgrims-presence", "Event", "Pilgrims were inside the monastery", ("se trouvaient", None),
          [("participant", PILGRIMS)], place=MONASTERY, according_to=[DIOCESE],
          note="« Des pèlerins se trouvaient à l’intérieur du monastère »: an imperfect presence (as « à bord duquel "
               "se trouvait » in gold), in the same sentence as the diocese's assurance, so the diocese is its "
               "source."),
    event("e-pilgrims-unhurt", "Event", "None of the pilgrims was wounded", ("blessé", "n’a été blessé"),
          [("recipient", PILGRIMS)], status="negated", place=MONASTERY, according_to=[DIOCESE],
          note="« mais aucun d’eux n’a été blessé, a assuré le diocèse »: a negated passive with no agent; « eux » is "
               "the pilgrims (the recipient); « aucun » is not a mention."),
    event("e-serbia-backing", "Event", "Belgrade backs the gunmen politically, financially and logistically",
          ("soutenu", None), [("agent", SERBIA), ("recipient", GUNMEN)], status="suspected", according_to=[KURTI],
          evidence=KURTI_QUOTE,
          note="« Le crime organisé, soutenu politiquement, financièrement et logistiquement par Belgrade »: a "
               "passive participle with its metonym agent inside Kurti's accusation; only Kurti says it and "
               "Vučić rejects it: suspected (as an accusation in gold). « Le crime organisé » is Kurti's word for the "
               "gunmen. « attaque notre État » restates the ambush (Kosovo the state attacked): no new event."),
    event("e-encirclement", "Event", "Kosovo's special forces surround the monastery", ("encerclaient", None),
          [("agent", SPECIAL_FORCES), ("recipient", MONASTERY)], according_to=[KURTI],
          note="« a affirmé que les forces spéciales encerclaient le bâtiment »: an imperfect stated as a fact by "
               "Kurti: occurred according to him. « le bâtiment » is the monastery, the target (recipient); no "
               "place is written apart from it."),
    event("e-surrender", "Event", "The gunmen to surrender", ("se rendre", None), [("agent", GUNMEN)],
          status="proposed", according_to=[KURTI],
          note="« il a appelé les assaillants à se rendre »: called for, not done: proposed (as a call to restraint "
               "in gold)."),
    event("e-accountability", "Event", "The perpetrators to be held accountable", ("rendent des comptes", None),
          [("agent", GUNMEN)], status="proposed", according_to=[BORRELL], evidence=BORRELL_EVIDENCE,
          note="« exigé que les auteurs « rendent des comptes » »: demanded: proposed (as « exigé le retour des "
               "putschistes » in gold); « les auteurs » are the gunmen. The trigger is the quoted words, which are "
               "also the quote of s-borrell-demand."),
    event("e-zvecan-clashes", "Event", "Clashes at Zvečan in May involving KFOR", ("heurts", None),
          [("participant", KFOR)], place=ZVECAN, time="t-may", evidence=KFOR_EVIDENCE,
          note="« lors de heurts à Zvečan »: a nominal event in a relative pluperfect; KFOR (through its soldiers) is "
               "the only side written; the other side is not named. The relative's « en mai » dates it too."),
    event("e-kfor-wounded", "Event", "Some thirty KFOR soldiers wounded at Zvečan in May",
          ("avaient été blessés", None), [("recipient", KFOR_WOUNDED)], place=ZVECAN, time="t-may",
          part_of="e-zvecan-clashes", evidence=KFOR_EVIDENCE,
          note="« dont une trentaine de soldats avaient été blessés en mai lors de heurts à Zvečan »: a relative "
               "pluperfect passive in the article's voice, no agent written; « dont » is KFOR (a relative pronoun, "
               "no mention)."),
    event("e-kfor-intervention", "Event", "KFOR would intervene if the situation required it", ("intervenir", None),
          [("agent", KFOR)], status="hypothetical", according_to=[KFOR], evidence=KFOR_EVIDENCE,
          note="« s’est dite « prête à intervenir » si la situation l’exigeait »: conditional on the situation: "
               "hypothetical."),
    event("e-lajcak-visit", "Visit", "EU envoy Miroslav Lajčák expected in Pristina on Tuesday", ("attendu", None),
          [("agent", LAJCAK)], status="planned", place=PRISTINA, time="t-tuesday", according_to=[SOURCE],
          note="« L’émissaire européen Miroslav Lajčák est attendu mardi à Pristina, selon une source diplomatique »: "
               "a passive of expectation, planned (as « est attendue ... la semaine prochaine » in gold); Pristina is "
               "the city, the destination."),
    event("e-lajcak-kurti-meeting", "Meeting", "No meeting between Lajčák and Kurti fixed yet", ("rencontre", None),
          [("participant", LAJCAK), ("participant", KURTI)], status="negated",
          note="« mais aucune rencontre avec M. Kurti n’a encore été fixée »: a meeting not (yet) scheduled: negated "
               "(as « aucune rencontre bilatérale n’est prévue » in gold). Lajčák is the meeting's other side from "
               "the clause before. After « mais » the clause is in the article's voice: no according_to."),
    event("e-independence", "Event", "Kosovo proclaimed its independence in 2008", ("proclamée", None),
          [("agent", KOSOVO)], time="t-2008",
          note="« l’indépendance proclamée en 2008 »: a passive participle with no agent written; Kosovo, whose "
               "independence it is, is the implied agent."),
    event("e-tensions", "Event", "Northern Kosovo shaken by tensions", ("tensions", None), [("recipient", KOSOVO)],
          place=KOSOVO,
          note="« Le nord du Kosovo ... est secoué par des tensions depuis l’élection de maires albanais »: a standing "
               "state in the article's voice; « le nord du Kosovo » is not a mention of its own, so Kosovo is the one "
               "affected and the place. It starts with the election; no time word of its own."),
    event("e-mayors-election", "Event", "Albanian mayors elected in northern Kosovo in the spring",
          ("élection", None), [("recipient", MAYORS)], place=KOSOVO, time="t-spring",
          note="« l’élection de maires albanais au printemps »: a nominal election; the mayors are those elected "
               "(recipient, as « élu en 2021 » in gold); the voters are not written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-police", "Report", "The police announce the ambush near Banjska", POLICE, ("a annoncé", None), [],
           evidence=LEDE, about=["e-ambush", "e-killing", "e-wounding"],
           note="« a annoncé la police »: the source after the clause; « dimanche à l’aube » dates the ambush, not "
                "the announcement: no time."),
    speech("s-police-count", "Report", "The police put the gunmen at about thirty", POLICE,
           ("selon", "selon la police"), [], evidence=P2_FIRST,
           note="« qui seraient une trentaine selon la police »: a source inside a relative clause that gives a "
                "conditional count, which is no event; so the Report is about no event."),
    speech("s-diocese", "Assurance", "The diocese assures that no pilgrim was wounded", DIOCESE, ("a assuré", None),
           [], about=["e-pilgrims-presence", "e-pilgrims-unhurt"],
           note="« a assuré le diocèse »: the source after the clause, no quote."),
    speech("s-kurti-accusation", "Statement", "Albin Kurti accuses Belgrade of backing organised crime that attacks "
           "Kosovo", KURTI, ("a accusé", None),
           [("Le crime organisé, soutenu politiquement, financièrement et logistiquement par Belgrade, attaque notre "
             "État", None)],
           evidence=KURTI_QUOTE, about=["e-serbia-backing", "e-ambush"],
           note="A quote first, « a accusé le Premier ministre kosovar, Albin Kurti »: a role noun in apposition "
                "after a comma, then the name. No weekday: no time."),
    speech("s-kurti-encirclement", "Statement", "Albin Kurti says the special forces surround the monastery", KURTI,
           ("a affirmé", None), [], about=["e-encirclement"],
           note="« Le chef du gouvernement a affirmé que ... »: a role noun taking up Kurti, indirect speech."),
    speech("s-kurti-call", "Statement", "Albin Kurti calls on the gunmen to surrender", KURTI, ("a appelé", None), [],
           addressee=GUNMEN, about=["e-surrender"],
           note="« et il a appelé les assaillants à se rendre »: a second verb with « il », a second speech act; the "
                "gunmen are those called on."),
    speech("s-vucic-rejects", "Statement", "Aleksandar Vučić rejects Kurti's accusations in Belgrade", VUCIC,
           ("a rejeté", None), [], place=BELGRADE, about=["s-kurti-accusation", "e-serbia-backing"],
           note="« À Belgrade, le président serbe Aleksandar Vučić a rejeté ces accusations »: « À Belgrade » is the "
                "city where he speaks (as « À Moscou, le Kremlin a qualifié » in gold); « le président serbe » is a "
                "title before the name; « ces accusations » are Kurti's."),
    speech("s-vucic-statement", "Statement", "Vučić condemns the murder but blames Pristina's policy", VUCIC,
           ("a-t-il déclaré", None),
           [("Je condamne le meurtre du policier", None),
            ("mais la seule responsable de cette escalade est la politique de Pristina.", None)],
           place=BELGRADE, evidence=VUCIC_QUOTE, about=["e-killing", "e-ambush"],
           note="One sentence quoted in two parts around « a-t-il déclaré devant la presse, »; the second keeps its "
                "full stop inside the guillemets (as in gold). « la presse » is generic, no addressee. « Pristina » is "
                "Kosovo (a metonym); « cette escalade » restates the attack. Same press appearance in Belgrade as the "
                "rejection, so the same place."),
    speech("s-vucic-address", "Statement", "Vučić to address the nation on Monday", VUCIC, ("s’adresser", None), [],
           status="planned", addressee=SERBIA, time="t-monday", according_to=[PRESIDENCY],
           note="« Il doit s’adresser lundi à la nation »: a speech to come, a planned speech act (as « prononcera "
                "jeudi un discours devant le Congrès » in gold); « la nation » is Serbia, its addressee; told by the "
                "presidency."),
    speech("s-presidency", "Report", "The Serbian presidency announces Vučić's address", PRESIDENCY,
           ("a fait savoir", None), [], about=["s-vucic-address"],
           note="« a fait savoir sa présidence »: the source after the clause; « sa présidence » a role noun with its "
                "possessive."),
    speech("s-borrell-denounces", "Statement", "Josep Borrell denounces an « odious attack » on X", BORRELL,
           ("a dénoncé", None), [("attaque odieuse", None)], evidence=BORRELL_EVIDENCE, about=["e-ambush"],
           note="« a dénoncé sur X une « attaque odieuse » »: a quoted noun phrase restating the ambush; X is the "
                "medium (a mention, no addressee, no place)."),
    speech("s-borrell-demand", "Statement", "Josep Borrell demands the perpetrators be held accountable", BORRELL,
           ("exigé", None), [("rendent des comptes", None)], evidence=BORRELL_EVIDENCE, about=["e-accountability"],
           note="« et exigé que les auteurs « rendent des comptes » »: a second verb joined by « et », a second "
                "speech act with its own quote (as « a dénoncé ... et exigé » in gold)."),
    speech("s-kfor", "Statement", "KFOR says it is « ready to intervene »", KFOR, ("s’est dite", None),
           [("prête à intervenir", None)], evidence=KFOR_EVIDENCE, about=["e-kfor-intervention"],
           note="« s’est dite « prête à intervenir » si la situation l’exigeait »: a predicate quote (as « s’est dit "
                "« satisfait » » in gold). No weekday: no time."),
    speech("s-us-condemns", "Statement", "Washington condemns the shooting « in the strongest terms »", US,
           ("a condamné", None), [("dans les termes les plus fermes", None)], about=["e-ambush"],
           note="« Washington a condamné « dans les termes les plus fermes » la fusillade »: the metonym is the United "
                "States; the quote stands before the object; « la fusillade » restates the ambush."),
    speech("s-russia-silent", "SpeechAct", "Moscow had not reacted by Sunday evening", RUSSIA, ("réagi", None), [],
           status="negated", time="t-sunday-evening",
           note="« tandis que Moscou, allié traditionnel de la Serbie, n’avait pas réagi dimanche soir »: a negated "
                "speech act of the state (as « n’a pas réagi » in gold), the pluperfect seen from the time of writing; "
                "« allié traditionnel de la Serbie » is a role noun in apposition for Russia."),
    speech("s-source", "Report", "A diplomatic source says Lajčák is expected in Pristina on Tuesday", SOURCE,
           ("selon", "selon une source diplomatique"), [], about=["e-lajcak-visit"],
           note="« selon une source diplomatique »: an anonymous source after the clause."),
    speech("s-serbs-nonrecognition", "SpeechAct", "The Serbs of northern Kosovo do not recognise its independence",
           KOSOVO_SERBS, ("reconnaissent", None), [], status="negated", about=["e-independence"],
           note="« une majorité de Serbes qui ne reconnaissent pas l’indépendance proclamée en 2008 »: a standing "
                "negated stance, a SpeechAct with no quote (as « n’a jamais condamné l’invasion » in gold); the "
                "independence itself occurred."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
