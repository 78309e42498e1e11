"""Held-out annotation of groenland-copenhague-2025-01-08.txt (written for the twenty-first held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/groenland-copenhague-2025-01-08.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/groenland-copenhague-2025-01-08.annotation.src.py --check

From held-out set 21 (moved to gold in session 19; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "groenland-copenhague-2025-01-08.txt"

NOTE = """\
Held-out-21 article: Denmark and Greenland rebuff Donald Trump on Wednesday 8 January 2025, the day after he \
refused to rule out military force to take control of Greenland while his son Donald Trump Jr. was in Nuuk; Mette \
Frederiksen says in Copenhagen that Greenland belongs to the Greenlanders and is not for sale, judges an armed \
intervention inconceivable and proposes more cooperation with Washington in the Arctic; Trump's Tuesday remarks \
at Mar-a-Lago (no military action or economic pressure ruled out, the territory « nécessaire », tariffs \
threatened) are recalled; Trump Jr.'s few-hour visit, called « privée » by his entourage, met no Greenlandic \
official according to the local authorities; Múte Egede writes on Facebook that Greenlanders want to be neither \
Danish nor American, recalls his plea for independence the week before and is to travel to Copenhagen on \
Monday; Paris reacts through Jean-Noël Barrot on France Inter, Olaf Scholz recalls in Berlin the inviolability \
of borders after talking to European leaders, and a European Commission spokeswoman calls the questions \
hypothetical. Published Wednesday 8 January 2025 (the file gives the day). Trump's press conference, the Nuuk \
visit and the Barrot and Scholz lines follow the real events loosely; Frederiksen's press conference on the \
Wednesday, her cooperation proposal, Egede's Facebook wording, his Monday trip, the local authorities' remark \
and the spokeswoman's words are invented or simplified. \
What it exercises: a rebuff by two polities joined by « et » on the publication day (« Le Danemark et le \
Groenland ont opposé mercredi une fin de non-recevoir à Donald Trump »: two speech acts, one trigger, Trump \
the addressee) with a relative refusal dated « la veille » over a nominal use of force and a purpose infinitive \
(« qui a refusé la veille d’exclure le recours à la force militaire pour prendre le contrôle de l’immense île \
arctique »: the refusal a Statement that occurred, the force and the takeover hypothetical, as « n’exclut pas » \
in gold) and « le jour même où » with an imperfect (« son fils aîné foulait le sol de Nuuk »: the visit, told \
again in the fourth paragraph); a quote first under a role noun and a name in apposition with a city (« a répété \
la Première ministre danoise, Mette Frederiksen, devant la presse à Copenhague ») and a participle of assurance \
with a quoted negated predicate (« assurant que l’île « n’est pas à vendre » »: the sale negated); a pronoun \
subject with a quoted adjective before its object (« Elle a toutefois jugé « inconcevable » une intervention \
armée de l’allié américain »: the intervention hypothetical) and a proposal joined by « et » with a metonym and a \
region (« proposé de renforcer la coopération avec Washington dans l’Arctique »: two speech acts, the \
cooperation proposed); a passive participle opening the sentence with a past weekday and a place with its region \
in apposition (« Interrogé mardi dans sa résidence de Mar-a-Lago, en Floride, le président élu américain ») and a \
pluperfect « ni ... ni » (« n’avait écarté ni une action militaire ni des pressions économiques »: the military \
action restates the force of the lede, the pressure a second hypothetical event) with a participle of opinion and \
a one-word quote (« estimant que le territoire était « nécessaire » »); a pluperfect threat with a quoted \
adjective (« Il avait aussi menacé le Danemark de droits de douane « très élevés » »: a Warning to Denmark, the \
tariffs a hypothetical Sanction); a pluperfect visit with « le même jour » and a duration (« s’était rendu le \
même jour à Nuuk pour une visite de quelques heures ») and a passive participle of qualification with a one-word \
quote and its agent (« qualifiée de « privée » par son entourage »); a negated meeting with « aucun » sourced \
after the clause (« Il n’a rencontré aucun responsable groenlandais, selon les autorités locales »); a \
two-sentence quote first with « Nous » twice, written on a network by a role noun and a name in apposition (« a \
écrit sur Facebook le chef du gouvernement groenlandais, Múte Egede »), a relative pluperfect plea with « la \
semaine dernière » across two years and a nominal independence (proposed); a planned trip on a future weekday \
sourced after the clause to a possessive role noun (« Il doit se rendre lundi à Copenhague, a indiqué son \
cabinet »); a metonym's reaction without a quote (« Paris a réagi sans attendre »: « sans attendre » no time); a \
quote first with an impersonal negation, a subjunctive and a hypothetical attack on borders (« Il n’est \
évidemment pas question que l’Union européenne laisse d’autres nations du monde s’en prendre à ses frontières \
souveraines ») under « a déclaré sur France Inter le ministre français des Affaires étrangères, Jean-Noël Barrot \
» and a relative negated belief (« qui ne croit toutefois pas à une invasion »: a SpeechAct stance, the invasion \
hypothetical); « À Berlin » (the city, the place of the speech act) with a title before a name, a quoted \
completive and a nominal talk introduced by « après » with a perfect infinitive (« après s’être entretenu avec \
plusieurs dirigeants européens »: a Meeting); a quote first with « a de son côté commenté une porte-parole de la \
Commission européenne » and a negated participle of refusal (« refusant de spéculer sur une éventuelle \
annexion »: a negated SpeechAct, the annexation hypothetical).
Places and metonyms. « Washington » (the cooperation partner) and « l’allié américain » are the United States \
(Q30), metonym and nominal. « Paris » reacting is France (local, metonym). « Copenhague » is the city twice \
(where Frederiksen speaks, where Egede goes): local place, kind name. « À Berlin » is the city where Scholz \
speaks (local place), not Germany. « Nuuk », « Mar-a-Lago », « Floride » and « l’Arctique » are places. « le \
Groenland » and « l’île », « l’immense île arctique », « le territoire » are Greenland, one local entity of type \
country (an autonomous territory of the Kingdom of Denmark that acts as a polity in the lede); « Groenlandais » \
in « aux Groenlandais » and « Nous » twice in Egede's quote are the Greenlanders (a local group); the predicates \
« Danois », « Américains » and « Groenlandais » in « Nous ne voulons être ni Danois ni Américains. Nous voulons \
être Groenlandais » are attributes, no mentions.
Mentions. « son fils aîné » (with its determiner, as « son homologue ») is Donald Trump Jr.; « le président élu \
américain » and « Il » (« Il avait aussi menacé ») are Donald Trump; « Elle » is Frederiksen; « Il » (« Il n’a \
rencontré ») is Trump Jr.; « Il » (« Il doit se rendre ») is Egede. « son entourage » (Trump Jr.'s), « les \
autorités locales » (Greenland's), « son cabinet » (Egede's), « plusieurs dirigeants européens » and « une \
porte-parole de la Commission européenne » are local groups, organisations or persons; « Commission européenne » \
inside the spokeswoman's phrase is a mention of its own (as « Kremlin » in « porte-parole du Kremlin »), while « \
gouvernement groenlandais » in Egede's title and « Affaires étrangères » in Barrot's hold no name and are no \
mentions (as « la diplomatie russe » in gold). « le chancelier Olaf Scholz »: a title before the name, only the \
name. « l’Union européenne » in Barrot's quote is the EU (local). Not mentions: « la presse », « aucun \
responsable groenlandais » (nobody, under a negation), « d’autres nations du monde », « ses frontières \
souveraines », « chaque pays », « sa résidence » (the place is « Mar-a-Lago »), « la coopération », « Donald \
Trump » inside « Donald Trump Jr. ».
Statuses. The refusals, the visit, the Scholz talks and all the statements are occurred; the use of force, the \
takeover, the armed intervention, the economic pressure, the tariffs, the attack on the EU's borders, the \
invasion Barrot does not believe in and the annexation are hypothetical; the sale of Greenland and the meeting \
with Greenlandic officials are negated; the Danish cooperation offer and Greenland's independence are proposed; \
Egede's Monday trip is planned; the Commission spokeswoman's speculation is a negated speech act (as « a refusé \
de donner des détails » in gold).
Times. « mercredi » is the publication day, Wednesday 8 January 2025; « la veille » the eve of that rebuff, \
Tuesday 7 January; « le jour même » the same Tuesday (the day of the refusal); « mardi » and « le même jour » \
Tuesday 7 January 2025; « quelques heures » a vague duration; « la semaine dernière » the week of Monday 30 \
December 2024 to Sunday 5 January 2025, across two years: vague (as « cet hiver » in gold); « lundi » Monday 13 \
January 2025. « sans attendre », « toutefois » and « aussi » are not times. The statements with no weekday of \
their own (Frederiksen's, Egede's, Paris's, Barrot's, Scholz's, the spokeswoman's, the entourage's, the \
authorities', the cabinet's) have no time, though they belong to the Wednesday of the lede (the gold convention).
The United States is linked (Q30); Denmark, Greenland, the Greenlanders, Donald Trump, Donald Trump Jr., Nuuk, \
Mette Frederiksen, Copenhagen, the Arctic, Mar-a-Lago, Florida, Trump Jr.'s entourage, the Greenlandic local \
authorities, Múte Egede, Facebook, Egede's office, France, the European Union, France Inter, Jean-Noël Barrot, \
Berlin, Olaf Scholz, the European leaders, the European Commission and its spokeswoman are not in ids.tsv: \
local, unlinked."""

US = "Q30"
DENMARK, GREENLAND, GREENLANDERS = "local:denmark", "local:greenland", "local:greenlanders"
TRUMP, TRUMP_JR, NUUK = "local:donald-trump", "local:donald-trump-jr", "local:nuuk"
FREDERIKSEN, COPENHAGEN, ARCTIC = "local:mette-frederiksen", "local:copenhagen", "local:arctic"
MAR_A_LAGO, FLORIDA = "local:mar-a-lago", "local:florida"
ENTOURAGE, AUTHORITIES = "local:trump-jr-entourage", "local:greenland-local-authorities"
EGEDE, FACEBOOK, CABINET = "local:mute-egede", "local:facebook", "local:egede-office"
FRANCE, EU, FRANCE_INTER, BARROT = "local:france", "local:european-union", "local:france-inter", \
    "local:jean-noel-barrot"
BERLIN, SCHOLZ, LEADERS = "local:berlin", "local:olaf-scholz", "local:european-leaders"
COMMISSION, SPOKESWOMAN = "local:european-commission", "local:commission-spokeswoman"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (DENMARK, "Danemark", "Denmark", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GREENLAND, "Groenland", "Greenland", "country",
     {"description": "territoire autonome du royaume de Danemark, l’« immense île arctique »",
      "unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président élu des États-Unis (en fonctions le 20 janvier 2025)",
      "unlinked_reason": NOT_VERIFIED}),
    (TRUMP_JR, "Donald Trump Jr.", "Donald Trump Jr.", "person",
     {"description": "fils aîné de Donald Trump", "unlinked_reason": NOT_VERIFIED}),
    (NUUK, "Nuuk", "Nuuk", "place", {"description": "capitale du Groenland", "unlinked_reason": NOT_VERIFIED}),
    (FREDERIKSEN, "Mette Frederiksen", "Mette Frederiksen", "person",
     {"description": "Première ministre danoise", "unlinked_reason": NOT_VERIFIED}),
    (GREENLANDERS, "Groenlandais", "Greenlanders", "group",
     {"description": "le peuple du Groenland", "unlinked_reason": "a people, not in the verified identifiers"}),
    (COPENHAGEN, "Copenhague", "Copenhagen", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ARCTIC, "Arctique", "Arctic", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MAR_A_LAGO, "Mar-a-Lago", "Mar-a-Lago", "place",
     {"description": "résidence de Donald Trump en Floride", "unlinked_reason": NOT_VERIFIED}),
    (FLORIDA, "Floride", "Florida", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ENTOURAGE, "entourage de Donald Trump Jr.", "Donald Trump Jr.'s entourage", "group",
     {"unlinked_reason": NOT_GROUP}),
    (AUTHORITIES, "autorités locales groenlandaises", "Greenland's local authorities", "group",
     {"description": "autorités du Groenland que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (EGEDE, "Múte Egede", "Múte Bourup Egede", "person",
     {"description": "chef du gouvernement groenlandais", "unlinked_reason": NOT_VERIFIED}),
    (FACEBOOK, "Facebook", "Facebook", "organization",
     {"description": "réseau social où Múte Egede a écrit", "unlinked_reason": NOT_VERIFIED}),
    (CABINET, "cabinet de Múte Egede", "Múte Egede's office", "group", {"unlinked_reason": NOT_GROUP}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (FRANCE_INTER, "France Inter", "France Inter", "organization",
     {"description": "radio publique française", "unlinked_reason": NOT_VERIFIED}),
    (BARROT, "Jean-Noël Barrot", "Jean-Noël Barrot", "person",
     {"description": "ministre français des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (BERLIN, "Berlin", "Berlin", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SCHOLZ, "Olaf Scholz", "Olaf Scholz", "person",
     {"description": "chancelier allemand", "unlinked_reason": NOT_VERIFIED}),
    (LEADERS, "plusieurs dirigeants européens", "several European leaders", "group",
     {"description": "dirigeants européens que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (COMMISSION, "Commission européenne", "European Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SPOKESWOMAN, "porte-parole de la Commission européenne", "European Commission spokeswoman", "person",
     {"description": "une porte-parole que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Danemark et le Groenland ont opposé mercredi une fin de non-recevoir à Donald Trump, qui a refusé la
    # veille d’exclure le recours à la force militaire pour prendre le contrôle de l’immense île arctique, le jour
    # même où son fils aîné foulait le sol de Nuuk.
    ("Danemark", "Le Danemark et", DENMARK, "name"),
    ("Groenland", "le Groenland ont", GREENLAND, "name"),
    ("Donald Trump", "à Donald Trump,", TRUMP, "name"),
    ("l’immense île arctique", None, GREENLAND, "nominal"),
    ("son fils aîné", None, TRUMP_JR, "nominal"),
    ("Nuuk", "le sol de Nuuk", NUUK, "name"),
    # « Le Groenland appartient aux Groenlandais », a répété la Première ministre danoise, Mette Frederiksen,
    # devant la presse à Copenhague, assurant que l’île « n’est pas à vendre ».
    ("Groenland", "« Le Groenland appartient", GREENLAND, "name"),
    ("Groenlandais", "aux Groenlandais", GREENLANDERS, "name"),
    ("la Première ministre danoise", None, FREDERIKSEN, "nominal"),
    ("Mette Frederiksen", None, FREDERIKSEN, "name"),
    ("Copenhague", "la presse à Copenhague", COPENHAGEN, "name"),
    ("l’île", "que l’île", GREENLAND, "nominal"),
    # Elle a toutefois jugé « inconcevable » une intervention armée de l’allié américain et proposé de renforcer
    # la coopération avec Washington dans l’Arctique.
    ("Elle", None, FREDERIKSEN, "pronoun"),
    ("l’allié américain", None, US, "nominal"),
    ("Washington", None, US, "metonym"),
    ("Arctique", None, ARCTIC, "name"),
    # Interrogé mardi dans sa résidence de Mar-a-Lago, en Floride, le président élu américain n’avait écarté ni
    # une action militaire ni des pressions économiques, estimant que le territoire était « nécessaire » à la
    # sécurité des États-Unis.
    ("Mar-a-Lago", None, MAR_A_LAGO, "name"),
    ("Floride", None, FLORIDA, "name"),
    ("le président élu américain", None, TRUMP, "nominal"),
    ("le territoire", None, GREENLAND, "nominal"),
    ("États-Unis", None, US, "name"),
    # Il avait aussi menacé le Danemark de droits de douane « très élevés ».
    ("Il", "Il avait aussi menacé", TRUMP, "pronoun"),
    ("Danemark", "menacé le Danemark", DENMARK, "name"),
    # Donald Trump Jr. s’était rendu le même jour à Nuuk pour une visite de quelques heures, qualifiée de
    # « privée » par son entourage.
    ("Donald Trump Jr.", None, TRUMP_JR, "name"),
    ("Nuuk", "le même jour à Nuuk", NUUK, "name"),
    ("son entourage", None, ENTOURAGE, "nominal"),
    # Il n’a rencontré aucun responsable groenlandais, selon les autorités locales.
    ("Il", "Il n’a rencontré", TRUMP_JR, "pronoun"),
    ("les autorités locales", None, AUTHORITIES, "nominal"),
    # « Nous ne voulons être ni Danois ni Américains. Nous voulons être Groenlandais », a écrit sur Facebook le
    # chef du gouvernement groenlandais, Múte Egede, qui avait plaidé la semaine dernière pour l’indépendance.
    ("Nous", "« Nous ne voulons", GREENLANDERS, "pronoun"),
    ("Nous", "Nous voulons être", GREENLANDERS, "pronoun"),
    ("Facebook", None, FACEBOOK, "name"),
    ("le chef du gouvernement groenlandais", None, EGEDE, "nominal"),
    ("Múte Egede", None, EGEDE, "name"),
    # Il doit se rendre lundi à Copenhague, a indiqué son cabinet.
    ("Il", "Il doit se rendre", EGEDE, "pronoun"),
    ("Copenhague", "lundi à Copenhague", COPENHAGEN, "name"),
    ("son cabinet", None, CABINET, "nominal"),
    # Paris a réagi sans attendre.
    ("Paris", None, FRANCE, "metonym"),
    # « Il n’est évidemment pas question que l’Union européenne laisse d’autres nations du monde s’en prendre à
    # ses frontières souveraines », a déclaré sur France Inter le ministre français des Affaires étrangères,
    # Jean-Noël Barrot, qui ne croit toutefois pas à une invasion.
    ("Union européenne", None, EU, "name"),
    ("France Inter", None, FRANCE_INTER, "name"),
    ("le ministre français des Affaires étrangères", None, BARROT, "nominal"),
    ("Jean-Noël Barrot", None, BARROT, "name"),
    # À Berlin, le chancelier Olaf Scholz a rappelé que « ... », après s’être entretenu avec plusieurs
    # dirigeants européens.
    ("Berlin", None, BERLIN, "name"),
    ("Olaf Scholz", None, SCHOLZ, "name"),
    ("plusieurs dirigeants européens", None, LEADERS, "nominal"),
    # « Ce sont des questions très hypothétiques », a de son côté commenté une porte-parole de la Commission
    # européenne, refusant de spéculer sur une éventuelle annexion.
    ("une porte-parole de la Commission européenne", None, SPOKESWOMAN, "nominal"),
    ("Commission européenne", None, COMMISSION, "name"),
]

PUB_DAY = "The publication day, Wednesday 8 January 2025 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2025-01-08", "day", "weekday-publication-day",
     "« ont opposé mercredi une fin de non-recevoir »: " + PUB_DAY),
    ("t-eve", ("la veille", None), "2025-01-07", "day", "eve-of-event",
     "« qui a refusé la veille »: the eve of the Wednesday rebuff the sentence dates, Tuesday 7 January 2025 (also "
     "the eve of publication)."),
    ("t-same-day-lede", ("le jour même", None), "2025-01-07", "day", "same-day-as-event",
     "« le jour même où son fils aîné foulait le sol de Nuuk »: the day of Trump's refusal, « la veille », Tuesday "
     "7 January 2025."),
    ("t-tuesday", ("mardi", None), "2025-01-07", "day", "weekday-past",
     "« Interrogé mardi »: the Tuesday before the publication day, 7 January 2025."),
    ("t-same-day", ("le même jour", None), "2025-01-07", "day", "same-day-as-event",
     "« s’était rendu le même jour à Nuuk »: the day of the paragraph before, « mardi », Tuesday 7 January 2025."),
    ("t-hours", ("quelques heures", None), None, "duration", "vague-duration",
     "« une visite de quelques heures »: how long the visit lasted, an unspecified number of hours."),
    ("t-last-week", ("la semaine dernière", None), None, "vague", "relative-week-past",
     "The week before Wednesday 8 January 2025 runs from Monday 30 December 2024 to Sunday 5 January 2025: it spans "
     "two months of two years, so no month or year is true: vague (as « cet hiver » across two years in gold)."),
    ("t-monday", ("lundi", None), "2025-01-13", "day", "weekday-future",
     "« Il doit se rendre lundi à Copenhague »: the Monday after the publication day, 13 January 2025."),
]

LEDE = ("Le Danemark et", "le sol de Nuuk.")
TRUMP_EVIDENCE = ("Interrogé mardi", "sécurité des États-Unis.")
EGEDE_EVIDENCE = ("« Nous ne voulons", "pour l’indépendance.")

EVENTS: list[dict[str, Any]] = [
    event("e-use-of-force", "Event", "Donald Trump's possible use of military force over Greenland",
          ("recours", None), [("agent", TRUMP), ("recipient", GREENLAND)], status="hypothetical",
          place=GREENLAND, according_to=[TRUMP], evidence=LEDE,
          note="« qui a refusé la veille d’exclure le recours à la force militaire »: not ruled out, so possible: "
               "hypothetical (as « n’exclut pas de nouvelles frappes » in gold). « une action militaire » in the "
               "third paragraph restates it (no second event). The subject of the refusal, Trump, is the agent; "
               "Greenland is both the target and where the force would be used (place), as Yemen in the gold "
               "strikes."),
    event("e-takeover", "Event", "Donald Trump taking control of Greenland", ("prendre le contrôle", None),
          [("agent", TRUMP), ("theme", GREENLAND)], status="hypothetical", according_to=[TRUMP], evidence=LEDE,
          note="« pour prendre le contrôle de l’immense île arctique »: the purpose of the force that is not ruled "
               "out: hypothetical. Greenland is what is taken (theme)."),
    event("e-jr-visit", "Visit", "Donald Trump Jr. visits Nuuk for a few hours on Tuesday", ("s’était rendu", None),
          [("agent", TRUMP_JR)], place=NUUK, time="t-same-day",
          note="« Donald Trump Jr. s’était rendu le même jour à Nuuk pour une visite de quelques heures »: "
               "pluperfect, in the article's own voice. The lede's « son fils aîné foulait le sol de Nuuk » (dated « "
               "le jour même ») and the noun « visite » restate it (no second event); « quelques heures » is its "
               "length, a duration attached to nothing."),
    event("e-sale", "Event", "A sale of Greenland (ruled out by Frederiksen)", ("vendre", None),
          [("agent", DENMARK), ("theme", GREENLAND)], status="negated", according_to=[FREDERIKSEN],
          note="« assurant que l’île « n’est pas à vendre » »: the sale is denied: negated, according to "
               "Frederiksen. No seller or buyer is written; Denmark, for which the Prime Minister speaks, is the "
               "implied seller (agent)."),
    event("e-intervention", "Event", "An armed US intervention in Greenland", ("intervention", None),
          [("agent", US), ("recipient", GREENLAND)], status="hypothetical", place=GREENLAND,
          according_to=[FREDERIKSEN],
          note="« jugé « inconcevable » une intervention armée de l’allié américain »: a possibility she rules out "
               "by judgement, not a fact: hypothetical. « l’allié américain » is the United States (agent); the "
               "target, Greenland, is implied by the paragraph."),
    event("e-cooperation", "Event", "Strengthened Danish–US cooperation in the Arctic", ("renforcer", None),
          [("participant", DENMARK), ("participant", US)], status="proposed", place=ARCTIC,
          according_to=[FREDERIKSEN],
          note="« proposé de renforcer la coopération avec Washington dans l’Arctique »: offered, not agreed: "
               "proposed. Frederiksen speaks for Denmark; « Washington » is the United States."),
    event("e-economic-pressure", "Event", "Possible US economic pressure over Greenland", ("pressions", None),
          [("agent", TRUMP), ("recipient", DENMARK)], status="hypothetical", according_to=[TRUMP],
          evidence=TRUMP_EVIDENCE,
          note="« n’avait écarté ni une action militaire ni des pressions économiques »: not ruled out: "
               "hypothetical. Its target is not written; Denmark, threatened with tariffs in the next sentence, is "
               "the implied recipient. « une action militaire » is the force of the lede (e-use-of-force)."),
    event("e-tariffs", "Sanction", "Very high US tariffs on Denmark (threatened)", ("droits de douane", None),
          [("agent", TRUMP), ("recipient", DENMARK)], status="hypothetical", according_to=[TRUMP],
          part_of="e-economic-pressure",
          note="« Il avait aussi menacé le Danemark de droits de douane « très élevés » »: a threat, so the tariffs "
               "are conditional: hypothetical. One of the economic pressures of the sentence before (part_of)."),
    event("e-no-meeting", "Meeting", "Donald Trump Jr. met no Greenlandic official", ("n’a rencontré", None),
          [("agent", TRUMP_JR)], status="negated", place=NUUK, time="t-same-day", according_to=[AUTHORITIES],
          part_of="e-jr-visit",
          note="« Il n’a rencontré aucun responsable groenlandais, selon les autorités locales »: negated, "
               "the trigger with its negation (as « n’a pas réagi » in gold). « aucun responsable groenlandais » "
               "is nobody, no mention and no participant. During the visit, so its day and place."),
    event("e-independence", "Event", "Greenland's independence (advocated by Egede)", ("l’indépendance", None),
          [("participant", GREENLAND)], status="proposed", according_to=[EGEDE], evidence=EGEDE_EVIDENCE,
          note="« qui avait plaidé la semaine dernière pour l’indépendance »: pleaded for, not achieved: proposed."),
    event("e-egede-trip", "Visit", "Múte Egede to travel to Copenhagen on Monday", ("se rendre", None),
          [("agent", EGEDE)], status="planned", place=COPENHAGEN, time="t-monday", according_to=[CABINET],
          note="« Il doit se rendre lundi à Copenhague, a indiqué son cabinet »: planned, on a future weekday."),
    event("e-attack-borders", "Event", "Other nations attacking the EU's sovereign borders", ("s’en prendre", None),
          [("recipient", EU)], status="hypothetical", according_to=[BARROT],
          note="« Il n’est évidemment pas question que l’Union européenne laisse d’autres nations du monde s’en "
               "prendre à ses frontières souveraines »: a subjunctive case under a negation: hypothetical. « "
               "d’autres nations du monde » is generic (no mention, no agent); the EU's borders are its own."),
    event("e-invasion", "Event", "A US invasion of Greenland (which Barrot does not believe in)",
          ("invasion", None), [("agent", US), ("recipient", GREENLAND)], status="hypothetical",
          place=GREENLAND, according_to=[BARROT],
          note="« qui ne croit toutefois pas à une invasion »: a possibility he discounts, not a fact denied by the "
               "article: hypothetical. Invader and target are not written; the United States and Greenland follow "
               "from the story."),
    event("e-scholz-talks", "Meeting", "Olaf Scholz talks with several European leaders", ("entretenu", None),
          [("participant", SCHOLZ), ("participant", LEADERS)],
          note="« après s’être entretenu avec plusieurs dirigeants européens »: a perfect infinitive, before his "
               "statement: occurred. No weekday: no time; no place written for the talks."),
    event("e-annexation", "Event", "A possible annexation of Greenland", ("annexion", None),
          [("agent", US), ("theme", GREENLAND)], status="hypothetical",
          note="« une éventuelle annexion »: possible: hypothetical. The article's own words inside a refusal to "
               "speculate, so no source; annexer and territory follow from the story."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-denmark-rebuff", "Statement", "Denmark rebuffs Donald Trump over Greenland", DENMARK,
           ("ont opposé", None), [], addressee=TRUMP, time="t-wednesday", evidence=LEDE,
           about=["e-use-of-force", "e-takeover"],
           note="« Le Danemark et le Groenland ont opposé mercredi une fin de non-recevoir à Donald Trump »: a joint "
                "refusal by two polities, two speech acts with one trigger (as « Séoul et Washington accusent » in "
                "gold). « fin de non-recevoir » is a refusal, not an event."),
    speech("s-greenland-rebuff", "Statement", "Greenland rebuffs Donald Trump", GREENLAND,
           ("ont opposé", None), [], addressee=TRUMP, time="t-wednesday", evidence=LEDE,
           about=["e-use-of-force", "e-takeover"],
           note="The second speaker of the joint rebuff."),
    speech("s-trump-refusal", "Statement", "Donald Trump refuses to rule out force to take control of Greenland",
           TRUMP, ("a refusé", None), [], time="t-eve", evidence=LEDE, about=["e-use-of-force", "e-takeover"],
           note="« qui a refusé la veille d’exclure le recours à la force militaire »: a refusal to rule out is a "
                "stance that leaves the force open (as « n’exclut pas » in gold): the Statement occurred, the force "
                "is hypothetical. Not the negated « a refusé de donner des détails » of gold, where nothing was "
                "said."),
    speech("s-frederiksen-belongs", "Statement", "Frederiksen: Greenland belongs to the Greenlanders", FREDERIKSEN,
           ("a répété", None), [("Le Groenland appartient aux Groenlandais", None)], place=COPENHAGEN,
           note="A quote first, « a répété la Première ministre danoise, Mette Frederiksen, devant la presse à "
                "Copenhague »: the city is where she speaks. Belonging is a state, no event. No weekday of its own: "
                "no time."),
    speech("s-frederiksen-not-for-sale", "Assurance", "Frederiksen assures that Greenland is not for sale",
           FREDERIKSEN, ("assurant", None), [("n’est pas à vendre", None)], place=COPENHAGEN,
           about=["e-sale"],
           note="« assurant que l’île « n’est pas à vendre » »: a participle of assurance, a second speech act on the "
                "same occasion; the quote starts inside the completive."),
    speech("s-frederiksen-inconceivable", "Statement", "Frederiksen judges a US armed intervention inconceivable",
           FREDERIKSEN, ("jugé", None), [("inconcevable", None)], about=["e-intervention"],
           note="« Elle a toutefois jugé « inconcevable » une intervention armée de l’allié américain »: the quoted "
                "adjective comes before its object."),
    speech("s-frederiksen-proposal", "Statement", "Frederiksen proposes more cooperation with Washington in the "
           "Arctic", FREDERIKSEN, ("proposé", None), [], about=["e-cooperation"],
           note="« et proposé de renforcer la coopération avec Washington »: a second verb joined by « et », a second "
                "speech act with no quote."),
    speech("s-trump-no-rule-out", "Statement", "Trump did not rule out military action or economic pressure",
           TRUMP, ("n’avait écarté", None), [], time="t-tuesday", place=MAR_A_LAGO, evidence=TRUMP_EVIDENCE,
           about=["e-use-of-force", "e-economic-pressure"],
           note="« Interrogé mardi dans sa résidence de Mar-a-Lago, en Floride, le président élu américain n’avait "
                "écarté ni une action militaire ni des pressions économiques »: the refusal of the lede told in "
                "detail, with its own weekday and place; annotated as its own speech act because it has its own "
                "verb and adds the economic pressure. Asked by unnamed questioners: no addressee."),
    speech("s-trump-necessary", "Statement", "Trump deems Greenland « necessary » to US security", TRUMP,
           ("estimant", None), [("nécessaire", None)], time="t-tuesday", place=MAR_A_LAGO, evidence=TRUMP_EVIDENCE,
           note="« estimant que le territoire était « nécessaire » à la sécurité des États-Unis »: a participle of "
                "opinion with a one-word quote (as « estimant que ... « arnaquer » » in gold); a judgement, no "
                "event."),
    speech("s-trump-tariffs", "Warning", "Trump threatens Denmark with very high tariffs", TRUMP,
           ("menacé", None), [("très élevés", None)], addressee=DENMARK, about=["e-tariffs"],
           note="« Il avait aussi menacé le Danemark de droits de douane « très élevés » »: pluperfect; the same "
                "occasion as the Tuesday remarks but no weekday of its own: no time (the gold convention)."),
    speech("s-entourage", "Statement", "Trump Jr.'s entourage calls the visit « private »", ENTOURAGE,
           ("qualifiée", None), [("privée", None)], about=["e-jr-visit"],
           note="« une visite de quelques heures, qualifiée de « privée » par son entourage »: a passive participle "
                "with its agent; « son » is Trump Jr.'s."),
    speech("s-local-authorities", "Report", "Greenland's local authorities say Trump Jr. met no official",
           AUTHORITIES, ("selon", None), [], about=["e-no-meeting"],
           note="« selon les autorités locales »: a source after the clause, no quote."),
    speech("s-egede-facebook", "Statement", "Egede: Greenlanders want to be neither Danish nor American", EGEDE,
           ("a écrit", None),
           [("Nous ne voulons être ni Danois ni Américains. Nous voulons être Groenlandais", None)],
           evidence=EGEDE_EVIDENCE,
           note="One pair of guillemets over two sentences: one quote. A written quote first, « a écrit sur Facebook "
                "le chef du gouvernement groenlandais, Múte Egede »: the network is the medium, not an addressee or "
                "a place (as Truth Social in gold). « Nous » is the Greenlanders."),
    speech("s-egede-plea", "Statement", "Egede pleaded for independence last week", EGEDE, ("avait plaidé", None), [],
           time="t-last-week", evidence=EGEDE_EVIDENCE, about=["e-independence"],
           note="« qui avait plaidé la semaine dernière pour l’indépendance »: a relative pluperfect speech act; the "
                "week spans 2024 and 2025, so its time is vague."),
    speech("s-cabinet", "Report", "Egede's office announces his Monday trip to Copenhagen", CABINET,
           ("a indiqué", None), [], about=["e-egede-trip"],
           note="« a indiqué son cabinet »: a possessive role noun for Egede's office, after the clause."),
    speech("s-paris-reaction", "Statement", "Paris reacts at once", FRANCE, ("a réagi", None), [],
           about=["e-use-of-force", "e-takeover"],
           note="« Paris a réagi sans attendre »: France (a metonym) reacting without a quote (as « Moscou a aussitôt "
                "applaudi » in gold); its content is Barrot's words that follow. « sans attendre » is no time."),
    speech("s-barrot", "Statement", "Barrot: no question of letting other nations attack the EU's borders", BARROT,
           ("a déclaré", None),
           [("Il n’est évidemment pas question que l’Union européenne laisse d’autres nations du monde s’en prendre "
             "à ses frontières souveraines", None)],
           about=["e-attack-borders"],
           note="A quote first, « a déclaré sur France Inter le ministre français des Affaires étrangères, Jean-Noël "
                "Barrot »: France Inter is the medium, no addressee or place. « Il n’est » is impersonal."),
    speech("s-barrot-no-invasion", "SpeechAct", "Barrot does not believe in an invasion", BARROT,
           ("ne croit toutefois pas", None), [], about=["e-invasion"],
           note="« qui ne croit toutefois pas à une invasion »: a stance the article gives him, no quote (as « "
                "soupçonnent » or « persuadée » in the bundled article); the stance holds, so occurred."),
    speech("s-scholz", "Statement", "Scholz recalls the inviolability of borders", SCHOLZ, ("a rappelé", None),
           [("le principe de l’inviolabilité des frontières s’applique à chaque pays", None)], place=BERLIN,
           note="« À Berlin, le chancelier Olaf Scholz a rappelé que « ... » »: Berlin is the city where he speaks; "
                "the title before the name is part of the name's phrase. A principle, no event."),
    speech("s-commission", "Statement", "A Commission spokeswoman calls the questions very hypothetical",
           SPOKESWOMAN, ("commenté", None), [("Ce sont des questions très hypothétiques", None)],
           about=["e-annexation"],
           note="A quote first; « de son côté » inside the reporting verb, so the trigger is the participle (as « ont "
                "aussitôt promis » -> « promis » in gold). She speaks for the European Commission, "
                "named inside her role noun."),
    speech("s-commission-refusal", "SpeechAct", "The spokeswoman refuses to speculate on an annexation",
           SPOKESWOMAN, ("refusant", None), [], status="negated", about=["e-annexation"],
           note="« refusant de spéculer sur une éventuelle annexion »: nothing was said on it: a negated speech act "
                "(as « a refusé de donner des détails » in gold)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
