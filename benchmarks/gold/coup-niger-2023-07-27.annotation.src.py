"""Held-out annotation of coup-niger-2023-07-27.txt (written for the seventeenth held-out set, not a real article; the
facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/coup-niger-2023-07-27.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/coup-niger-2023-07-27.annotation.src.py --check

From held-out set 17 (moved to gold in session 16; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "coup-niger-2023-07-27.txt"

NOTE = """\
Held-out-17 article: the day after soldiers of the presidential guard detained President Mohamed Bazoum in Niamey, \
the Nigerien army command rallies to the putschists on Thursday 27 July 2023 in a communiqué signed by its chief of \
staff; the soldiers had announced the end of the regime on television on Wednesday evening; a relative of Bazoum \
says he has not resigned; ECOWAS sends Benin's president Patrice Talon to Niamey to mediate, its chairman Bola \
Tinubu promises to restore constitutional order and a summit may be held in Abuja on Sunday; the African Union \
denounces a betrayal; France condemns through Catherine Colonna, who had spoken with Bazoum on Wednesday; \
Washington threatens to suspend its aid through Antony Blinken; António Guterres says he gave Bazoum his full \
support while the Security Council has not met; the Kremlin's spokesman Dmitry Peskov calls for restraint as Russia \
hosts African leaders in Saint Petersburg. Published Thursday 27 July 2023 (the file gives the day). The detention, \
the army's rallying, the television announcement, Talon's mission, the AU's and the Western condemnations and the \
Russia–Africa summit follow the real events loosely; the exact quotes, the relative's words, Colonna's Wednesday \
talk, the Abuja summit on Sunday, Blinken's and Peskov's words and the Council's silence are partly invented. \
What it exercises: a rallying on the publication day with a fused « aux » before a relative detention dated by « \
depuis la veille » (« s’est rallié jeudi aux militaires qui retiennent depuis la veille à Niamey le président \
Mohamed Bazoum »: the detention's time is the eve of the Thursday rallying, Wednesday 26 July, its place the city; \
a title right before the name) and an apposed noun with a passive speech act by two speakers (« un coup de force \
aussitôt condamné par l’Union africaine et les Occidentaux »: two speech acts, one trigger; « un coup de force » \
is the coup, a nominal event); a quote first in which an institution names itself in the third person and a \
purpose to avoid (« Le commandement militaire a décidé de souscrire à la déclaration de la garde présidentielle \
afin d’éviter une confrontation meurtrière »: the command is the speaker; « souscrire » restates the rallying; the \
confrontation hypothetical), sourced after the clause to « un communiqué signé par le chef d’état-major, le général \
Abdou Sidikou Issa » (a signing event; a role noun and a titled name in apposition); a pluperfect announcement on \
a past evening with an infinitive quote and a demonstrative role noun (« Mercredi soir, des soldats de cette unité \
d’élite avaient annoncé à la télévision nationale avoir « mis fin au régime » du chef de l’État, élu en 2021 »: \
the guard as « cette unité d’élite », the end of the regime restating the coup, a passive election with a year); \
a negated resignation and a predicate quote under a source after the clause with the agency as addressee (« Le \
président renversé n’a pas démissionné et « se porte bien », a assuré à l’AFP un de ses proches »); a dispatch \
to a city with a purpose (« a dépêché à Niamey le président béninois, Patrice Talon, pour tenter une médiation »: \
the mediation planned); a role noun with a possessive and a nationality noun before the name, and a promise with a \
one-word quote and a future in the past (« Son président en exercice, le Nigérian Bola Tinubu, a promis que \
l’organisation ferait « tout » pour rétablir l’ordre constitutionnel »: the restoration planned); a conditional \
summit on a future weekday in a city sourced to an anonymous diplomat; a denunciation with a one-word quote and a \
demand joined by « et » (two speech acts, the return proposed, « leurs casernes » the place); a metonym as the \
subject of a quote that starts after it (« Paris « condamne toute tentative ... », a déclaré la ministre ... \
Catherine Colonna »: France's Statement with the minister in according_to, plus her Report) and a relative \
pluperfect talk on a past weekday (« qui s’était entretenue mercredi avec M. Bazoum »); an emphatic « lui » for \
a metonym with a threat (« Washington a, lui, menacé de suspendre son aide »: the suspension hypothetical) and a \
quote after a colon given to a titled name (« a averti le secrétaire d’État Antony Blinken, en visite en \
Nouvelle-Zélande »: a Visit with no time); « a dit avoir parlé au dirigeant nigérien pour lui apporter son « plein \
soutien » » (a call and a support: two speech acts, the quote on the support); a negated meeting of the Council; \
a quote split mid-sentence around « a déclaré jeudi Dmitri Peskov, porte-parole du Kremlin, » with « Nous » for \
the Kremlin and a call to « toutes les parties » (restraint proposed); a present reception on « jeudi et \
vendredi » by a metonym in a relative clause and a negated speech act over a conditional discussion with the \
place clitic « y » (« n’a pas dit si la crise y serait évoquée »).
Places and metonyms. « Niamey » is the city both times (the detention, the destination of the mission). « Paris » \
is France and « Washington » the United States (Q30), metonyms of states that condemn and threaten; « Moscou » is \
Russia (Q159), the state that hosts the summit and says nothing; « Abuja » and « Saint-Pétersbourg » are the \
cities where the summits are held; « y » is Saint Petersburg (the summit's city). « Nouvelle-Zélande » is a \
country, the place of Blinken's visit. France, Niger's cities and Nigeria's are not in ids.tsv: local.
Mentions. The putschists are one local group: « militaires » (from the noun after the fused « aux »), « des soldats \
de cette unité d’élite » and « putschistes » (fused « des »); the presidential guard is an organisation of its own \
(« la garde présidentielle », « cette unité d’élite » inside the soldiers' phrase). The army command (« Le \
commandement de l’armée nigérienne », « Le commandement militaire ») and the armed forces (« l’armée nigérienne » \
inside it) are two local organisations. Bazoum: « Mohamed Bazoum » (title before the name), « chef de l’État » \
(from the noun after the fused « du »), « Le président renversé », « Bazoum » in « M. Bazoum » (the title is part \
of the name's phrase), « dirigeant nigérien » (fused « au »), « lui ». « l’État » inside « chef de l’État » is not \
annotated (gold annotates « le chef de l’État » whole). ECOWAS: its full name, « Cédéao », « l’organisation » and \
no mention for « Son » (a possessive); « Afrique de l’Ouest » inside its name only gives its name. « Union \
africaine » inside « Commission de l’Union africaine » is annotated (the Union, not its Commission). « la \
télévision nationale » is the state broadcaster (a local organisation, a nominal mention; not an addressee, it is \
the medium). « un de ses proches » and « un diplomate » are local persons; « les Occidentaux » and « des dirigeants \
africains » local groups; « son aide » is the US aid threatened (the theme of the suspension); « leurs casernes » \
the putschists' barracks (a local place). « Nous » in Peskov's quote is the Kremlin, as in gold. Not mentions: \
« un coup de force », « la déclaration », « une confrontation meurtrière », « une médiation », « l’ordre \
constitutionnel », « Un sommet extraordinaire », « une « trahison » », « toute tentative de prise du pouvoir par \
la force », « Notre partenariat », « la démocratie », « toutes les parties » (a plural phrase), « la crise », « un \
communiqué ».
Statuses. The rallying, the detention, the coup, the signing, the election, the dispatch, Colonna's talk, \
Blinken's visit, Guterres's call and the summit in Saint Petersburg occurred; the resignation, the Council's \
meeting and Moscow's statement are negated; the mediation, the restoration of constitutional order are planned; \
the return to the barracks and the restraint are proposed; the confrontation, the Abuja summit, the suspension of \
aid and the discussion of the crisis at the summit are hypothetical.
Times. « jeudi » (three times) is the publication day, Thursday 27 July 2023; « la veille » the eve of the Thursday \
rallying, Wednesday 26 July (it is also the eve of publication); « Mercredi soir » the evening of Wednesday 26 \
July; « mercredi » (Colonna's talk) Wednesday 26 July; « en 2021 » the year; « dimanche » the Sunday after, 30 July; \
« vendredi » Friday 28 July, the summit's second day, attached to nothing. Statements with no weekday (the \
communiqué, the relative's, Talon's mission, Tinubu's, the diplomat's, the AU's, France's, Washington's, \
Blinken's, Guterres's, Moscow's) have no time; « aussitôt » is no time.
Linked: the United States, Russia, the UN, the Security Council, Guterres, Peskov, the Kremlin and AFP. Niger's \
army command and armed forces, the presidential guard, the putschists, Bazoum, Niamey, Abdou Sidikou Issa, the \
national television, the relative, ECOWAS, Talon, Tinubu, Abuja, the diplomat, the African Union, its Commission, \
Moussa Faki Mahamat, the barracks, France, Catherine Colonna, the US aid, Antony Blinken, New Zealand, the African \
leaders and Saint Petersburg are not in ids.tsv: local, unlinked."""

US, RUSSIA, UN, UNSC, GUTERRES, PESKOV, KREMLIN, AFP = "Q30", "Q159", "Q1065", "Q37470", "Q311440", \
    "Q4359688", "Q2060629", "Q40464"
COMMAND, ARMY, PUTSCHISTS, GUARD = "local:niger-army-command", "local:niger-armed-forces", "local:putschists", \
    "local:presidential-guard"
BAZOUM, NIAMEY, ISSA, TV, RELATIVE = "local:mohamed-bazoum", "local:niamey", "local:abdou-sidikou-issa", \
    "local:niger-national-television", "local:bazoum-relative"
ECOWAS, TALON, TINUBU, ABUJA, DIPLOMAT = "local:ecowas", "local:patrice-talon", "local:bola-tinubu", \
    "local:abuja", "local:west-african-diplomat"
AU, AU_COMMISSION, FAKI, BARRACKS, WEST = "local:african-union", "local:african-union-commission", \
    "local:moussa-faki-mahamat", "local:putschists-barracks", "local:western-countries"
FRANCE, COLONNA, US_AID, BLINKEN, NZ = "local:france", "local:catherine-colonna", "local:us-aid-niger", \
    "local:antony-blinken", "local:new-zealand"
AFRICAN_LEADERS, ST_PETERSBURG = "local:african-leaders", "local:saint-petersburg"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (COMMAND, "commandement de l’armée nigérienne", "Niger Armed Forces command", "organization",
     {"description": "le haut commandement militaire du Niger, dirigé par le chef d’état-major",
      "unlinked_reason": NOT_VERIFIED}),
    (ARMY, "forces armées nigériennes", "Niger Armed Forces", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PUTSCHISTS, "militaires putschistes", "the coup soldiers", "group",
     {"description": "soldats de la garde présidentielle qui retiennent Mohamed Bazoum depuis le 26 juillet 2023",
      "unlinked_reason": "an unnamed group of soldiers, not one Wikidata item"}),
    (GUARD, "garde présidentielle nigérienne", "Presidential Guard of Niger", "organization",
     {"description": "unité d’élite chargée de la protection du président", "unlinked_reason": NOT_VERIFIED}),
    (BAZOUM, "Mohamed Bazoum", "Mohamed Bazoum", "person",
     {"description": "président du Niger, élu en 2021, retenu par les putschistes", "unlinked_reason": NOT_VERIFIED}),
    (NIAMEY, "Niamey", "Niamey", "place", {"description": "capitale du Niger", "class_qid": "Q5119",
                                            "unlinked_reason": NOT_VERIFIED}),
    (ISSA, "Abdou Sidikou Issa", "Abdou Sidikou Issa", "person",
     {"description": "général, chef d’état-major des armées nigériennes", "unlinked_reason": NOT_VERIFIED}),
    (TV, "télévision nationale nigérienne", "Niger national television", "organization",
     {"description": "la télévision publique du Niger, sur laquelle les putschistes ont parlé",
      "unlinked_reason": NOT_VERIFIED}),
    (RELATIVE, "un proche de Mohamed Bazoum", "a relative of Mohamed Bazoum", "person",
     {"description": "une source anonyme de l’entourage du président",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (ECOWAS, "Communauté économique des États de l’Afrique de l’Ouest", "Economic Community of West African States",
     "organization", {"description": "Cédéao", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (TALON, "Patrice Talon", "Patrice Talon", "person",
     {"description": "président du Bénin", "unlinked_reason": NOT_VERIFIED}),
    (TINUBU, "Bola Tinubu", "Bola Tinubu", "person",
     {"description": "président du Nigeria, président en exercice de la Cédéao", "unlinked_reason": NOT_VERIFIED}),
    (ABUJA, "Abuja", "Abuja", "place", {"description": "capitale du Nigeria", "class_qid": "Q5119",
                                        "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "un diplomate", "a diplomat", "person",
     {"description": "source diplomatique anonyme", "class_qid": "Q193391",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (AU, "Union africaine", "African Union", "organization",
     {"class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (AU_COMMISSION, "Commission de l’Union africaine", "African Union Commission", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (FAKI, "Moussa Faki Mahamat", "Moussa Faki Mahamat", "person",
     {"description": "président de la Commission de l’Union africaine", "unlinked_reason": NOT_VERIFIED}),
    (BARRACKS, "casernes des putschistes", "the putschists' barracks", "place",
     {"description": "les casernes où l’Union africaine exige que les militaires retournent",
      "unlinked_reason": "unnamed buildings with no Wikidata item"}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"description": "les pays occidentaux, que l’article ne nomme pas tous",
      "unlinked_reason": "a loose group of states, not one Wikidata item"}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (COLONNA, "Catherine Colonna", "Catherine Colonna", "person",
     {"description": "ministre française des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (US_AID, "aide américaine au Niger", "US aid to Niger", "object",
     {"description": "l’aide que Washington menace de suspendre",
      "unlinked_reason": "an unspecified programme of aid, not one Wikidata item"}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (NZ, "Nouvelle-Zélande", "New Zealand", "country", {"unlinked_reason": NOT_VERIFIED}),
    (AFRICAN_LEADERS, "dirigeants africains", "African leaders", "group",
     {"description": "dirigeants africains reçus par la Russie à Saint-Pétersbourg",
      "unlinked_reason": "an unnamed group of leaders, not one Wikidata item"}),
    (ST_PETERSBURG, "Saint-Pétersbourg", "Saint Petersburg", "place", {"unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    AFP: "l’agence à laquelle parle un proche de Mohamed Bazoum",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le commandement de l’armée nigérienne s’est rallié jeudi aux militaires qui retiennent ... Mohamed Bazoum,
    ("Le commandement de l’armée nigérienne", None, COMMAND, "nominal"),
    ("l’armée nigérienne", None, ARMY, "nominal"),
    ("militaires", "aux militaires qui", PUTSCHISTS, "nominal"),
    ("Niamey", "la veille à Niamey", NIAMEY, "name"),
    ("Mohamed Bazoum", None, BAZOUM, "name"),
    # un coup de force aussitôt condamné par l’Union africaine et les Occidentaux.
    ("Union africaine", "par l’Union africaine", AU, "name"),
    ("les Occidentaux", None, WEST, "nominal"),
    # « Le commandement militaire a décidé ... », indique un communiqué signé par le chef d’état-major, le général ...
    ("Le commandement militaire", None, COMMAND, "nominal"),
    ("la garde présidentielle", None, GUARD, "nominal"),
    ("le chef d’état-major", None, ISSA, "nominal"),
    ("Abdou Sidikou Issa", None, ISSA, "name"),
    # Mercredi soir, des soldats de cette unité d’élite avaient annoncé à la télévision nationale ... du chef de l’État
    ("des soldats de cette unité d’élite", None, PUTSCHISTS, "nominal"),
    ("cette unité d’élite", None, GUARD, "nominal"),
    ("la télévision nationale", None, TV, "nominal"),
    ("chef de l’État", "du chef de l’État, élu", BAZOUM, "nominal"),
    # Le président renversé n’a pas démissionné et « se porte bien », a assuré à l’AFP un de ses proches.
    ("Le président renversé", None, BAZOUM, "nominal"),
    ("AFP", None, AFP, "name"),
    ("un de ses proches", None, RELATIVE, "nominal"),
    # La Communauté économique ... (Cédéao) a dépêché à Niamey le président béninois, Patrice Talon, ...
    ("Communauté économique des États de l’Afrique de l’Ouest", None, ECOWAS, "name"),
    ("Cédéao", None, ECOWAS, "name"),
    ("Niamey", "dépêché à Niamey", NIAMEY, "name"),
    ("le président béninois", None, TALON, "nominal"),
    ("Patrice Talon", None, TALON, "name"),
    # Son président en exercice, le Nigérian Bola Tinubu, a promis que l’organisation ferait « tout » ...
    ("Son président en exercice", None, TINUBU, "nominal"),
    ("Bola Tinubu", None, TINUBU, "name"),
    ("l’organisation", None, ECOWAS, "nominal"),
    # Un sommet extraordinaire pourrait se tenir dimanche à Abuja, selon un diplomate.
    ("Abuja", None, ABUJA, "name"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
    # Le président de la Commission de l’Union africaine, Moussa Faki Mahamat, a dénoncé ... dans leurs casernes.
    ("Le président de la Commission de l’Union africaine", None, FAKI, "nominal"),
    ("Commission de l’Union africaine", None, AU_COMMISSION, "name"),
    ("Union africaine", "Commission de l’Union africaine", AU, "name"),
    ("Moussa Faki Mahamat", None, FAKI, "name"),
    ("putschistes", None, PUTSCHISTS, "nominal"),
    ("leurs casernes", None, BARRACKS, "nominal"),
    # Paris « condamne ... », a déclaré la ministre française des Affaires étrangères, Catherine Colonna, qui ...
    ("Paris", None, FRANCE, "metonym"),
    ("la ministre française des Affaires étrangères", None, COLONNA, "nominal"),
    ("Catherine Colonna", None, COLONNA, "name"),
    ("Bazoum", "M. Bazoum", BAZOUM, "name"),
    # Washington a, lui, menacé de suspendre son aide : « ... », a averti le secrétaire d’État Antony Blinken, ...
    ("Washington", None, US, "metonym"),
    ("lui", "Washington a, lui,", US, "pronoun"),
    ("son aide", None, US_AID, "nominal"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Nouvelle-Zélande", None, NZ, "name"),
    # Le secrétaire général de l’ONU, António Guterres, a dit avoir parlé au dirigeant nigérien pour lui apporter ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("dirigeant nigérien", None, BAZOUM, "nominal"),
    ("lui", "pour lui apporter", BAZOUM, "pronoun"),
    # Le Conseil de sécurité ne s’est pas réuni.
    ("Conseil de sécurité", None, UNSC, "name"),
    # « Nous appelons toutes les parties, a déclaré jeudi Dmitri Peskov, porte-parole du Kremlin, à faire ... »
    ("Nous", None, KREMLIN, "pronoun"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    # Moscou, qui reçoit jeudi et vendredi des dirigeants africains à Saint-Pétersbourg, n’a pas dit si ... y ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("des dirigeants africains", None, AFRICAN_LEADERS, "nominal"),
    ("Saint-Pétersbourg", None, ST_PETERSBURG, "name"),
    ("y", "la crise y serait", ST_PETERSBURG, "pronoun"),
]

PUB_DAY = "The publication day, Thursday 27 July 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "s’est rallié jeudi"), "2023-07-27", "day", "weekday-publication-day",
     "« Le commandement de l’armée nigérienne s’est rallié jeudi »: " + PUB_DAY),
    ("t-eve", ("la veille", None), "2023-07-26", "day", "eve-of-event",
     "« qui retiennent depuis la veille »: the day before the Thursday rallying the sentence dates, Wednesday 26 "
     "July 2023 (the rallying is on the publication day, so it is also the eve of publication). « depuis » marks "
     "the start of the detention, which still goes on."),
    ("t-wednesday-evening", ("Mercredi soir", None), "2023-07-26", "day", "part-of-day",
     "Pluperfect « Mercredi soir, des soldats ... avaient annoncé »: the evening of the Wednesday before the "
     "publication day, 26 July 2023."),
    ("t-2021", ("en 2021", None), "2021", "year", "explicit-year",
     "« élu en 2021 »: a year written out; it stays a year."),
    ("t-sunday", ("dimanche", None), "2023-07-30", "day", "weekday-future",
     "Conditional « pourrait se tenir dimanche »: the Sunday after the publication day, 30 July 2023."),
    ("t-wednesday", ("mercredi", "entretenue mercredi"), "2023-07-26", "day", "weekday-past",
     "Pluperfect « qui s’était entretenue mercredi »: the Wednesday before the publication day, 26 July 2023."),
    ("t-thursday-peskov", ("jeudi", "a déclaré jeudi"), "2023-07-27", "day", "weekday-publication-day",
     "« a déclaré jeudi Dmitri Peskov »: " + PUB_DAY),
    ("t-thursday-summit", ("jeudi", "reçoit jeudi"), "2023-07-27", "day", "weekday-publication-day",
     "« qui reçoit jeudi et vendredi »: one reception over two days, whose time is the first day (as « jeudi et "
     "vendredi » in benchmarks/gold). " + PUB_DAY),
    ("t-friday", ("vendredi", None), "2023-07-28", "day", "weekday-future",
     "The second day of the reception, Friday 28 July 2023: a time of its own, attached to nothing (as « jeudi et "
     "vendredi » in benchmarks/gold)."),
]

COMMUNIQUE_EVIDENCE = ("« Le commandement militaire", "Abdou Sidikou Issa.")
LEDE_EVIDENCE = ("Le commandement de l’armée nigérienne", "les Occidentaux.")
COLONNA_EVIDENCE = ("Paris « condamne", "avec M. Bazoum.")
US_EVIDENCE = ("Washington a, lui", "en Nouvelle-Zélande.")
PESKOV_EVIDENCE = ("« Nous appelons", "de retenue. »")

EVENTS: list[dict[str, Any]] = [
    event("e-rally", "Event", "The Nigerien army command rallies to the putschists on Thursday", ("s’est rallié", None),
          [("agent", COMMAND), ("participant", PUTSCHISTS)], time="t-thursday", evidence=LEDE_EVIDENCE,
          note="« Le commandement de l’armée nigérienne s’est rallié jeudi aux militaires »: in the article's own "
               "voice; the putschists it joins take part. The communiqué's « souscrire à la déclaration de la garde "
               "présidentielle » restates it (no second event). No place is written for it."),
    event("e-detention", "Event", "The putschists hold President Mohamed Bazoum in Niamey since the day before",
          ("retiennent", None), [("agent", PUTSCHISTS), ("recipient", BAZOUM)], place=NIAMEY, time="t-eve",
          evidence=LEDE_EVIDENCE,
          note="« aux militaires qui retiennent depuis la veille à Niamey le président Mohamed Bazoum »: a present "
               "relative clause, occurred and still going on; its time is its start, the eve (as « détenu ... depuis "
               "fin mars » in gold). Niamey is the city; « le président » is a title before the name."),
    event("e-coup", "Event", "The coup against President Bazoum", ("coup de force", None),
          [("agent", PUTSCHISTS), ("recipient", BAZOUM)], place=NIAMEY, evidence=LEDE_EVIDENCE,
          note="« un coup de force aussitôt condamné »: a noun in apposition that names what the clause before "
               "describes (the detention and the rallying), a nominal event with the putschists as agent. Restated by "
               "« mis fin au régime » (the soldiers' own words), « toute tentative de prise du pouvoir par la force » "
               "(France's, generic) and « la crise »; none is a new event. Its start is the Wednesday, but no time "
               "word belongs to the noun itself: no time."),
    event("e-confrontation", "Event", "A deadly clash between the army and the presidential guard (avoided)",
          ("confrontation", None), [("participant", ARMY), ("participant", PUTSCHISTS)], status="hypothetical",
          according_to=[COMMAND], evidence=COMMUNIQUE_EVIDENCE,
          note="« afin d’éviter une confrontation meurtrière »: what the command says it wants to avoid, a "
               "possibility, not a fact: hypothetical (as a feared event in gold). The sides are the army and the "
               "guard's soldiers, from the sentence; not written inside the phrase."),
    event("e-signing", "Event", "Gen. Abdou Sidikou Issa signs the command's communiqué", ("signé", None),
          [("agent", ISSA)], evidence=COMMUNIQUE_EVIDENCE,
          note="« un communiqué signé par le chef d’état-major, le général Abdou Sidikou Issa »: a passive participle "
               "with its agent; « un communiqué » is no entity (as in gold). No weekday: no time."),
    event("e-election", "Event", "Mohamed Bazoum elected in 2021", ("élu", None), [("recipient", BAZOUM)],
          time="t-2021",
          note="« du chef de l’État, élu en 2021 »: a passive participle in apposition, no agent written (the voters "
               "are implied)."),
    event("e-no-resignation", "Event", "Mohamed Bazoum has not resigned", ("démissionné", None),
          [("agent", BAZOUM)], status="negated", according_to=[RELATIVE],
          note="« Le président renversé n’a pas démissionné »: negated, told by the relative after the clause. « se "
               "porte bien » is a predicate, no event (as « n’existe pas » in gold)."),
    event("e-dispatch", "Event", "ECOWAS sends Benin's president Patrice Talon to Niamey", ("a dépêché", None),
          [("agent", ECOWAS), ("participant", TALON)], place=NIAMEY,
          note="« a dépêché à Niamey le président béninois, Patrice Talon »: the destination is the place (as « se "
               "rendre à » in gold); Talon is the envoy who takes part, not a thing delivered, so « participant » and "
               "type Event rather than Delivery. No weekday: no time."),
    event("e-mediation", "Event", "Patrice Talon to attempt a mediation in Niamey", ("médiation", None),
          [("agent", TALON)], status="planned", place=NIAMEY,
          note="« pour tenter une médiation »: the purpose of the mission, not yet done: planned."),
    event("e-restoration", "Event", "ECOWAS to restore constitutional order in Niger", ("rétablir", None),
          [("agent", ECOWAS)], status="planned", according_to=[TINUBU],
          note="« a promis que l’organisation ferait « tout » pour rétablir l’ordre constitutionnel »: a promise with "
               "a future in the past: planned (as « contrôleraient » in gold). « ferait « tout » » is the effort "
               "toward it, not a second event; « l’ordre constitutionnel » is no entity."),
    event("e-abuja-summit", "Meeting", "An extraordinary ECOWAS summit may be held in Abuja on Sunday",
          ("sommet", "Un sommet extraordinaire"), [("participant", ECOWAS)], status="hypothetical", place=ABUJA,
          time="t-sunday", according_to=[DIPLOMAT],
          note="« Un sommet extraordinaire pourrait se tenir dimanche à Abuja, selon un diplomate »: a conditional, "
               "hypothetical; ECOWAS is its participant from the paragraph (not written in the sentence). Abuja is "
               "the city."),
    event("e-return", "Event", "The putschists to return to their barracks", ("retour", None),
          [("agent", PUTSCHISTS)], status="proposed", place=BARRACKS, according_to=[FAKI],
          note="« exigé le retour des putschistes dans leurs casernes »: demanded, not done: proposed (as « réclamé la "
               "levée » in gold); the barracks are the destination, the place."),
    event("e-colonna-talk", "Meeting", "Catherine Colonna had talked with Mohamed Bazoum on Wednesday",
          ("s’était entretenue", None), [("participant", COLONNA), ("participant", BAZOUM)], time="t-wednesday",
          evidence=COLONNA_EVIDENCE,
          note="« qui s’était entretenue mercredi avec M. Bazoum »: a relative pluperfect in the article's own voice; "
               "a talk, a Meeting (as « s’entretenir » in gold), no place written."),
    event("e-aid-suspension", "Event", "The United States may suspend their aid", ("suspendre", None),
          [("agent", US), ("theme", US_AID)], status="hypothetical", according_to=[US, BLINKEN],
          evidence=US_EVIDENCE,
          note="« Washington a, lui, menacé de suspendre son aide »: a threat, a conditional action: hypothetical (as "
               "a conditional threat in gold). The receiver of the aid (Niger) is not written. Blinken's quote that "
               "follows the colon gives the condition, so he is in according_to too."),
    event("e-blinken-visit", "Visit", "Antony Blinken on a visit to New Zealand", ("visite", None),
          [("agent", BLINKEN)], place=NZ, evidence=US_EVIDENCE,
          note="« a averti le secrétaire d’État Antony Blinken, en visite en Nouvelle-Zélande »: an apposed nominal "
               "visit going on as he speaks: occurred; no weekday, no time."),
    event("e-guterres-call", "Meeting", "António Guterres spoke with Mohamed Bazoum", ("parlé", None),
          [("participant", GUTERRES), ("participant", BAZOUM)], according_to=[GUTERRES],
          note="« a dit avoir parlé au dirigeant nigérien »: told by Guterres himself (according_to); a conversation, "
               "a Meeting as a phone call in gold. No weekday written: no time."),
    event("e-unsc-no-meeting", "Meeting", "The UN Security Council has not met", ("réuni", None),
          [("participant", UNSC)], status="negated",
          note="« Le Conseil de sécurité ne s’est pas réuni »: negated, in the article's own voice (the trigger is the "
               "participle, as « rendu » in « ne s’est pas rendu » in gold)."),
    event("e-restraint", "Event", "All parties to show restraint", ("retenue", "preuve de retenue"),
          [("participant", PUTSCHISTS), ("participant", BAZOUM)], status="proposed", according_to=[PESKOV],
          evidence=PESKOV_EVIDENCE,
          note="« Nous appelons toutes les parties ... à faire preuve de retenue »: called for, proposed (as « "
               "appelant les deux parties à la retenue » in gold); « toutes les parties » is a plural phrase, not a "
               "mention; the parties are the putschists and the president they hold."),
    event("e-spb-summit", "Meeting", "Russia hosts African leaders in Saint Petersburg on Thursday and Friday",
          ("reçoit", None), [("agent", RUSSIA), ("participant", AFRICAN_LEADERS)], place=ST_PETERSBURG,
          time="t-thursday-summit",
          note="« Moscou, qui reçoit jeudi et vendredi des dirigeants africains à Saint-Pétersbourg »: a present "
               "relative in the article's voice, going on (occurred); the host is the agent, as « il y recevra » in "
               "the bundled article. The Friday is a time attached to nothing."),
    event("e-crisis-discussed", "Event", "The Niger crisis may be discussed at the Saint Petersburg summit",
          ("évoquée", None), [("participant", RUSSIA), ("participant", AFRICAN_LEADERS)], status="hypothetical",
          place=ST_PETERSBURG, part_of="e-spb-summit",
          note="« n’a pas dit si la crise y serait évoquée »: an open question, a conditional: hypothetical; « y » is "
               "Saint Petersburg, the summit's city; « la crise » restates the coup (no entity)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-au-condemns", "Statement", "The African Union condemns the coup", AU, ("condamné", None), [],
           evidence=LEDE_EVIDENCE, about=["e-coup"],
           note="« un coup de force aussitôt condamné par l’Union africaine et les Occidentaux »: a passive speech "
                "act with two agents, one speech act each with the same trigger (as « Washington et Séoul "
                "soupçonnent » in gold); « aussitôt » is no time."),
    speech("s-west-condemns", "Statement", "Western countries condemn the coup", WEST, ("condamné", None), [],
           evidence=LEDE_EVIDENCE, about=["e-coup"],
           note="The second agent of « condamné par ». « les Occidentaux » is a local group, as in gold."),
    speech("s-command-communique", "Statement",
           "The army command decides to subscribe to the presidential guard's declaration", COMMAND,
           ("indique", None),
           [("Le commandement militaire a décidé de souscrire à la déclaration de la garde présidentielle afin "
             "d’éviter une confrontation meurtrière", None)],
           evidence=COMMUNIQUE_EVIDENCE, about=["e-rally", "e-confrontation", "s-soldiers-announcement"],
           note="A quote first, « indique un communiqué signé par le chef d’état-major »: the communiqué speaks for "
                "the command, which names itself in the third person (as KCNA's own wording in the bundled "
                "article), so the command is the speaker; its signer, Issa, is in e-signing. « la déclaration de la "
                "garde présidentielle » is the soldiers' television announcement. No weekday in the sentence: no "
                "time."),
    speech("s-soldiers-announcement", "Statement", "The soldiers announce on television the end of Bazoum's regime",
           PUTSCHISTS, ("avaient annoncé", None), [("mis fin au régime", None)], time="t-wednesday-evening",
           about=["e-coup"],
           note="« Mercredi soir, des soldats de cette unité d’élite avaient annoncé à la télévision nationale avoir « "
                "mis fin au régime » du chef de l’État »: a pluperfect announcement with an infinitive quote; the end "
                "of the regime is the coup in their words. The television is the medium, not an addressee."),
    speech("s-relative", "Statement", "A relative says Bazoum has not resigned and is well", RELATIVE,
           ("a assuré", None), [("se porte bien", None)], addressee=AFP, about=["e-no-resignation"],
           note="« a assuré à l’AFP un de ses proches »: the source after the clause; the AFP the addressee, as « à "
                "l’AFP » in gold. It covers both halves joined by « et ». No weekday: no time."),
    speech("s-tinubu-promise", "Assurance", "Bola Tinubu promises ECOWAS will do « everything » to restore order",
           TINUBU, ("a promis", None), [("tout", "ferait « tout »")], about=["e-restoration"],
           note="« Son président en exercice, le Nigérian Bola Tinubu, a promis que l’organisation ferait « tout » »: "
                "a role noun and a name with a nationality noun before it, in apposition; a one-word quote."),
    speech("s-diplomat", "Report", "A diplomat says an extraordinary summit may be held in Abuja on Sunday", DIPLOMAT,
           ("selon", "selon un diplomate"), [], about=["e-abuja-summit"],
           note="« selon un diplomate »: an anonymous source after the clause."),
    speech("s-faki-betrayal", "Statement", "Moussa Faki Mahamat denounces a « betrayal »", FAKI,
           ("a dénoncé", None), [("trahison", None)], about=["e-coup"],
           note="« a dénoncé une « trahison » »: a one-word quote; the betrayal is the coup judged (no new event)."),
    speech("s-faki-demand", "Statement", "Moussa Faki Mahamat demands the putschists' return to barracks", FAKI,
           ("exigé", None), [], about=["e-return"],
           note="« et exigé le retour des putschistes dans leurs casernes »: a second verb joined by « et », a second "
                "speech act (as « protesté ... et réclamé » in gold)."),
    speech("s-france-condemns", "Statement", "France condemns any attempt to seize power by force", FRANCE,
           ("condamne", None), [("condamne toute tentative de prise du pouvoir par la force", None)],
           according_to=[COLONNA], evidence=COLONNA_EVIDENCE, about=["e-coup"],
           note="« Paris « condamne toute tentative de prise du pouvoir par la force », a déclaré la ministre »: the "
                "metonym is the subject of the quoted verb, so France is the speaker and the minister who says it is "
                "in according_to, with her own Report (as « Washington s’est dit « attentif » ..., a indiqué ... un "
                "porte-parole » in gold). The quote starts at the verb; « toute tentative » is generic and covers "
                "the coup."),
    speech("s-colonna", "Report", "Catherine Colonna states France's condemnation", COLONNA, ("a déclaré", "a déclaré "
           "la ministre"), [], evidence=COLONNA_EVIDENCE, about=["s-france-condemns"],
           note="« a déclaré la ministre française des Affaires étrangères, Catherine Colonna »: a role noun and a "
                "name in apposition; no weekday: no time."),
    speech("s-us-threat", "Warning", "Washington threatens to suspend its aid", US, ("menacé", None), [],
           evidence=US_EVIDENCE, about=["e-aid-suspension"],
           note="« Washington a, lui, menacé de suspendre son aide »: a metonym with an emphatic « lui »; a threat, a "
                "Warning with no quote (the quote after the colon is Blinken's)."),
    speech("s-blinken", "Warning", "Blinken: the partnership depends on democracy being maintained", BLINKEN,
           ("a averti", None), [("Notre partenariat dépend du maintien de la démocratie", None)],
           evidence=US_EVIDENCE, about=["e-aid-suspension"],
           note="« « Notre partenariat dépend du maintien de la démocratie », a averti le secrétaire d’État Antony "
                "Blinken »: the title right before the name; « Notre » is a possessive, not a mention. Said during "
                "his visit to New Zealand, but the place of his words is not what the apposition says: no place."),
    speech("s-guterres-says", "Statement", "António Guterres says he spoke with Bazoum", GUTERRES, ("a dit", None), [],
           about=["e-guterres-call", "s-guterres-support"],
           note="« Le secrétaire général de l’ONU, António Guterres, a dit avoir parlé au dirigeant nigérien »: a role "
                "noun with « l’ONU » inside and the name in apposition. The quote belongs to the support he gave "
                "(s-guterres-support), which this statement reports."),
    speech("s-guterres-support", "Statement", "António Guterres gives Mohamed Bazoum his « full support »", GUTERRES,
           ("apporter", None), [("plein soutien", None)], addressee=BAZOUM, about=["e-coup"],
           note="« pour lui apporter son « plein soutien » »: the support said to Bazoum during the call (« lui » the "
                "addressee), told by Guterres himself in s-guterres-says (so no according_to: speaker and source are "
                "one); the quote is on the speech act it belongs to, as Kim's words reported by KCNA in the bundled "
                "article."),
    speech("s-peskov", "Statement", "Dmitry Peskov: the Kremlin calls on all parties to show restraint", PESKOV,
           ("a déclaré", "a déclaré jeudi"), [("Nous appelons toutes les parties", None),
                                                ("à faire preuve de retenue.", None)],
           time="t-thursday-peskov", evidence=PESKOV_EVIDENCE, about=["e-restraint", "e-coup"],
           note="One sentence quoted in two parts around « a déclaré jeudi Dmitri Peskov, porte-parole du Kremlin, »: "
                "one speech act, two quotes (the second keeps its full stop inside the guillemets, as in gold). « "
                "Nous » is the Kremlin, as in gold."),
    speech("s-moscow-silent", "SpeechAct", "Moscow does not say whether the crisis will be discussed at the summit",
           RUSSIA, ("dit", "n’a pas dit"), [], status="negated", about=["e-crisis-discussed"],
           note="« Moscou ... n’a pas dit si la crise y serait évoquée »: a negated speech act of the state (as « sans "
                "préciser » and « n’a pas réagi » in gold); no weekday for it: no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
