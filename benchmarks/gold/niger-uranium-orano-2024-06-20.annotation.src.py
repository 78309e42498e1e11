"""Held-out annotation of niger-uranium-orano-2024-06-20.txt (written for the twentieth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/niger-uranium-orano-2024-06-20.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/niger-uranium-orano-2024-06-20.annotation.src.py --check

From held-out set 20 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "niger-uranium-orano-2024-06-20.txt"

NOTE = """\
Held-out-20 article: Niger's military junta withdraws on Thursday 20 June 2024 the French group Orano's operating \
permit for the Imouraren uranium deposit, as Niger's mines ministry announces in a communiqué read on public \
television, which blames Orano for never starting the development works and says the permit returns to the State \
with immediate effect; Orano, which had held it since 2009, takes note and reserves the right to challenge it in \
court through a spokeswoman speaking to AFP, although it had relaunched access works early in June, frozen since \
2014, and its board is to meet on Monday; Prime Minister Ali Mahaman Lamine Zeine says in Niamey that the \
resources will go to partners who respect Niger's sovereignty; he had gone to Tehran in January, and a source \
close to the matter speaks of talks with Russian and Iranian interests who could take over the deposit and of a \
Rosatom delegation expected next week; Moscow does not react; Paris regrets a unilateral decision on Thursday \
evening and its foreign ministry adds a quote without saying whether retaliation is considered; the withdrawal \
comes six months after the departure of the last French soldiers demanded by General Abdourahamane Tiani, who \
took power in a coup in July 2023; the French ambassador Sylvain Itté had left Niamey at the end of September, \
and on Tuesday Tiani had accused the West of plundering Niger's subsoil. Published Thursday 20 June 2024 (the file \
gives the day). The withdrawal of the Imouraren permit, Orano's holding since 2009, the frozen works, Zeine's \
January trip to Tehran, the French troops' departure in December 2023 and Itté's departure follow the real events \
loosely (the real withdrawal was made public a few days later); the exact quotes, the communiqué's wording, the \
board meeting, the Rosatom delegation, the source, Paris's reaction and Tiani's Tuesday accusation are invented.
What it exercises: a withdrawal on the publication day with a dative recipient behind a title, a theme with a \
possessive and a deposit's name, an apposition on the deposit and a source after the clause with a medium (« La \
junte militaire au pouvoir au Niger a retiré jeudi au groupe français Orano son permis d’exploitation du gisement \
d’uranium d’Imouraren, l’un des plus importants au monde, a annoncé le ministère nigérien des Mines dans un \
communiqué lu à la télévision publique »: the junta the agent, Orano the recipient, the permit the theme, the \
ministry's Statement about it; the television is the medium, no reading event); a quote first with a negated past \
and a nominal speech event (« n’a jamais engagé », « malgré plusieurs mises en demeure ») under « justifie le \
texte », then a relative « selon lequel » with a quoted predicate and « avec effet immédiat » (a second speech act \
of the ministry, the reversion to the State occurred, dated the publication day); a relative imperfect with « \
depuis 2009 » (the holding) and a quoted infinitive of stance (« a dit « prendre acte » de la décision »: the \
decision restates the withdrawal); a reserved right with a clitic for the decision and a quoted complement under « \
a précisé à l’AFP une porte-parole » (the group's Statement, the spokeswoman in according_to and her own Report, \
AFP the addressee; the challenge hypothetical); a pluperfect relaunch with « pourtant » and « début juin » and a \
passive participle with « depuis 2014 » and no agent (the freeze, Orano implied); a planned meeting in « doit » on \
a future weekday by a possessive role noun; a two-sentence quote first with « Le Niger », « Nos » and « notre » \
and a future with « désormais » (the resources' Delivery planned) under « a lancé le Premier ministre, Ali Mahaman \
Lamine Zeine, devant la presse à Niamey » (a role noun and the name in apposition, the city the place of the \
speech act); a role noun for the same man with a pluperfect trip to a city in January, joined by « et » to a \
speech act of an anonymous source in the present (« évoque des discussions avancées avec des intérêts russes et \
iraniens »: the talks occurred, Niger implied) and a relative conditional takeover (« qui pourraient reprendre le \
gisement »: hypothetical); a conditional passive arrival with a week (« serait attendue la semaine prochaine, \
selon la même source »: hypothetical Visit, June 2024) with an organisation's name and a role noun in apposition; a \
metonym's negated reaction (« Moscou n’a pas réagi »); a metonym with a quoted verb as its own trigger and a \
quoted adjective on « jeudi soir » (« Paris a « regretté » jeudi soir une décision « unilatérale » »: one speech \
act with two quotes); a quote first given to a ministry with « a ajouté » and a negated infinitive of speech over \
an indirect question in the imperfect passive (« sans dire si des mesures de rétorsion étaient envisagées »: a \
negated speech act, the retaliation a hypothetical Sanction); a time counted back from the withdrawal (« six \
mois après le départ des derniers soldats français du Niger »: December 2023), a passive participle of demand \
with a title before the name (« exigé par le général Abdourahamane Tiani »: Tiani's Statement about the departure) \
and a participle of rise to power with a nominal coup and a month and year; a role noun with a country inside and the \
name in apposition, an emphatic « lui-même » and a pluperfect departure from a city « fin septembre » (2023); a \
fronted past weekday with « encore » over a pluperfect accusation with a perfect infinitive and a one-word quote \
(« Mardi encore, le chef de la junte avait accusé les Occidentaux d’avoir « pillé » le sous-sol de son pays »: \
the plunder suspected according to Tiani; « la junte » inside the role noun; « son pays » Niger).
Places and metonyms. « Niamey » is the city both times (where Zeine speaks; what Itté left). « Moscou » is Russia \
(Q159), a state that does not react; « Paris » is France (local), a state that regrets. « Téhéran » is the city \
Zeine went to (local), not Iran: nothing in the article stands for Iran as a state, and « iraniens » is an \
adjective. The withdrawal has no place: nothing in its clause says where the decision was taken (« au Niger » \
belongs to « au pouvoir »); the coup takes Niger, the country the junta rules, written in the same sentence.
Mentions. The junta: « La junte militaire au pouvoir au Niger » (the whole noun phrase, « Niger » a name inside \
it) and « la junte » inside « le chef de la junte » (a description of an entity of its own, as « l’armée \
nigérienne » inside the command's phrase in gold). Orano: « Orano » (« groupe français » is a title before the \
name, part of its phrase, as « l’agence TASS »), « Le titulaire » (inside the quote), « Le groupe », « Il »; no \
mention for « Son » (a possessive). The deposit: « Imouraren » only (« gisement d’uranium d’ » is a title before \
the name, as « l’agence TASS »), « l’un des plus importants au monde » (an apposition, a nominal mention), « site » \
(from the noun after the fused « au ») and « le gisement ». The permit is a local object: « son permis \
d’exploitation du gisement d’uranium d’Imouraren », « le permis », « ce titre ». « l’État » in « revient au domaine \
de l’État » is Niger (the State that takes the permit back, the reversion's recipient). Zeine: « le Premier \
ministre » and « Ali Mahaman Lamine Zeine » (comma apposition), « Le chef du gouvernement » (« gouvernement » \
inside it not annotated, as « l’État » in gold's « le chef de l’État »). Tiani: « Abdourahamane Tiani » (« le \
général » is a title before the name), « le chef de la junte ». Itté: « L’ambassadeur de France » (with « France » \
inside it), « Sylvain Itté », « lui-même » (the emphatic pronoun, its whole word). « une source proche du \
dossier » and « la même source » are one local person; « des intérêts russes et iraniens » is one local group (a \
group that acts as one party, as « les Occidentaux »); « Une délégation de Rosatom » a local group with « Rosatom » \
and « le géant public russe du nucléaire » (apposition) for the company; « derniers soldats français » (from the \
noun after the fused « des ») a local group; « Nos ressources » a local object (the theme of the planned Delivery); \
« le sous-sol de son pays » a local place with « son pays » (Niger) inside it. Not mentions: « la décision », « une \
décision « unilatérale » », « Cette mesure » and « Ce retrait » (the withdrawal restated: events, no entities), « la \
» in « de la contester » (a clitic for the decision), « les juridictions nationales ou internationales \
compétentes » (generic, inside the quote), « la presse », « personne », « aux partenaires qui respectent notre \
souveraineté » (generic), « des travaux », « des mesures de rétorsion », « un coup d’État », « un communiqué », « \
le texte » (the communiqué, which speaks for the ministry, as gold's « indique un communiqué »).
Statuses. The withdrawal, the formal notices, the reversion, the holding since 2009, the relaunch, the freeze, \
Zeine's trip, the talks, the troops' departure, the coup and Itté's departure occurred; the development works \
never started (negated); the challenge, the takeover, the Rosatom visit and the retaliation are hypothetical; the \
board meeting and the resources going to new partners are planned; the plunder is suspected (Tiani's \
accusation). Moscow's reaction and the ministry's word on retaliation are negated speech acts.
Times. « jeudi » (the withdrawal) is the publication day, Thursday 20 June 2024; « avec effet immédiat » the same \
day (the reversion); « depuis 2009 » and « depuis 2014 » years; « début juin » June 2024 (pluperfect, in the \
publication month: the month, no day); « lundi » the Monday after, 24 June; « en janvier » January 2024; « la \
semaine prochaine » 24–30 June 2024, inside one month: June 2024 (the gold week rule); « jeudi soir » the evening of \
the publication day; « six mois après » counts back from the withdrawal to December 2023 (round, so the month, as \
« un mois après » in gold), the time of the troops' departure; « en juillet 2023 » the month; « fin septembre » \
September 2023 (the last September before June 2024); « Mardi » the Tuesday before publication, 18 June. The \
ministry's announcement shares the Thursday of its sentence; Zeine's words, Orano's reaction, the source's \
remarks and the French ministry's added quote have no weekday in their sentences, so no time (the gold rule).
Linked: Russia (« Moscou ») and AFP. Niger, the junta, Orano, Imouraren, the permit, Niger's mines ministry, the \
public television, the Orano spokeswoman, Orano's board, Zeine, Niamey, Niger's resources, Tehran, the source, the \
Russian and Iranian interests, Rosatom, its delegation, France, the French foreign ministry, the French soldiers, \
Tiani, Itté, the Westerners and Niger's subsoil are not in ids.tsv: local, unlinked."""

RUSSIA, AFP = "Q159", "Q40464"
NIGER, JUNTA, ORANO, IMOURAREN, PERMIT = "local:niger", "local:niger-junta", "local:orano", "local:imouraren", \
    "local:imouraren-permit"
MINES, TV, SPOKESWOMAN, BOARD = "local:niger-mines-ministry", "local:niger-public-television", \
    "local:orano-spokeswoman", "local:orano-board"
ZEINE, NIAMEY, RESOURCES, TEHRAN = "local:ali-mahaman-lamine-zeine", "local:niamey", "local:niger-resources", \
    "local:tehran"
SOURCE, INTERESTS, ROSATOM, DELEGATION = "local:source-close-to-the-matter", "local:russian-iranian-interests", \
    "local:rosatom", "local:rosatom-delegation"
FRANCE, FR_MFA, SOLDIERS = "local:france", "local:french-foreign-ministry", "local:french-soldiers-niger"
TIANI, ITTE, WEST, SUBSOIL = "local:abdourahamane-tiani", "local:sylvain-itte", "local:western-countries", \
    "local:niger-subsoil"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (NIGER, "Niger", "Niger", "country", {"unlinked_reason": NOT_VERIFIED}),
    (JUNTA, "junte militaire nigérienne", "Niger's military junta", "organization",
     {"description": "le Conseil national pour la sauvegarde de la patrie, au pouvoir depuis le coup d’État de "
                     "juillet 2023", "unlinked_reason": NOT_VERIFIED}),
    (ORANO, "Orano", "Orano", "organization",
     {"description": "groupe nucléaire français, titulaire du permis d’Imouraren", "unlinked_reason": NOT_VERIFIED}),
    (IMOURAREN, "Imouraren", "Imouraren", "place",
     {"description": "gisement d’uranium du nord du Niger", "unlinked_reason": NOT_VERIFIED}),
    (PERMIT, "permis d’exploitation d’Imouraren", "Imouraren operating permit", "object",
     {"description": "le permis d’exploitation du gisement d’uranium d’Imouraren, détenu par Orano depuis 2009",
      "unlinked_reason": "a single administrative title with no Wikidata item"}),
    (MINES, "ministère nigérien des Mines", "Niger's Ministry of Mines", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (TV, "télévision publique nigérienne", "Niger public television", "organization",
     {"description": "la télévision publique du Niger, où le communiqué a été lu", "unlinked_reason": NOT_VERIFIED}),
    (SPOKESWOMAN, "une porte-parole d’Orano", "an Orano spokeswoman", "person",
     {"description": "porte-parole du groupe Orano, que l’article ne nomme pas", "class_qid": "Q17221",
      "unlinked_reason": "an unnamed spokeswoman with no Wikidata item"}),
    (BOARD, "conseil d’administration d’Orano", "Orano's board of directors", "organization",
     {"unlinked_reason": "a company's board, no Wikidata item among the verified identifiers"}),
    (ZEINE, "Ali Mahaman Lamine Zeine", "Ali Mahaman Lamine Zeine", "person",
     {"description": "Premier ministre du Niger nommé par la junte", "unlinked_reason": NOT_VERIFIED}),
    (NIAMEY, "Niamey", "Niamey", "place",
     {"description": "capitale du Niger", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (RESOURCES, "ressources naturelles du Niger", "Niger's natural resources", "object",
     {"description": "les ressources que le Premier ministre destine aux partenaires qui respectent la "
                     "souveraineté du Niger",
      "unlinked_reason": "an unspecified set of resources, not one Wikidata item"}),
    (TEHRAN, "Téhéran", "Tehran", "place",
     {"description": "capitale de l’Iran", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source proche du dossier", "a source close to the matter", "person",
     {"description": "source anonyme", "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (INTERESTS, "intérêts russes et iraniens", "Russian and Iranian interests", "group",
     {"description": "des intérêts russes et iraniens, que l’article ne nomme pas, en discussion avec Niamey",
      "unlinked_reason": "an unnamed group of companies or investors, not one Wikidata item"}),
    (ROSATOM, "Rosatom", "Rosatom", "organization",
     {"description": "entreprise publique russe du nucléaire", "unlinked_reason": NOT_VERIFIED}),
    (DELEGATION, "une délégation de Rosatom", "a Rosatom delegation", "group",
     {"description": "délégation de Rosatom attendue au Niger", "unlinked_reason": "an unnamed delegation"}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (FR_MFA, "ministère français des Affaires étrangères", "French Ministry for Europe and Foreign Affairs",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (SOLDIERS, "derniers soldats français du Niger", "the last French soldiers in Niger", "group",
     {"description": "les derniers militaires français déployés au Niger, partis en décembre 2023",
      "unlinked_reason": "an unnamed group of soldiers, not one Wikidata item"}),
    (TIANI, "Abdourahamane Tiani", "Abdourahamane Tiani", "person",
     {"description": "général, chef de la junte nigérienne", "unlinked_reason": NOT_VERIFIED}),
    (ITTE, "Sylvain Itté", "Sylvain Itté", "person",
     {"description": "ambassadeur de France au Niger", "unlinked_reason": NOT_VERIFIED}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"description": "les pays occidentaux, que l’article ne nomme pas",
      "unlinked_reason": "a loose group of states, not one Wikidata item"}),
    (SUBSOIL, "sous-sol nigérien", "Niger's subsoil", "place",
     {"description": "le sous-sol du Niger et ses ressources minières",
      "unlinked_reason": "no Wikidata item for a country's subsoil"}),
]

DESCRIPTIONS = {
    AFP: "l’agence à laquelle parle la porte-parole d’Orano",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La junte militaire au pouvoir au Niger a retiré jeudi au groupe français Orano son permis ... d’Imouraren, ...
    ("La junte militaire au pouvoir au Niger", None, JUNTA, "nominal"),
    ("Niger", "au pouvoir au Niger", NIGER, "name"),
    ("Orano", "groupe français Orano", ORANO, "name"),
    ("son permis d’exploitation du gisement d’uranium d’Imouraren", None, PERMIT, "nominal"),
    ("Imouraren", None, IMOURAREN, "name"),
    ("l’un des plus importants au monde", None, IMOURAREN, "nominal"),
    ("le ministère nigérien des Mines", None, MINES, "nominal"),
    ("la télévision publique", None, TV, "nominal"),
    # « Le titulaire n’a jamais engagé ... », justifie le texte, selon lequel le permis « revient au domaine de l’État »
    ("Le titulaire", None, ORANO, "nominal"),
    ("le permis", None, PERMIT, "nominal"),
    ("l’État", None, NIGER, "nominal"),
    # Orano, qui détenait ce titre depuis 2009, a dit « prendre acte » de la décision.
    ("Orano", "Orano, qui détenait", ORANO, "name"),
    ("ce titre", None, PERMIT, "nominal"),
    # Le groupe se réserve le droit ... a précisé à l’AFP une porte-parole.
    ("Le groupe", None, ORANO, "nominal"),
    ("AFP", None, AFP, "name"),
    ("une porte-parole", None, SPOKESWOMAN, "nominal"),
    # Il avait pourtant relancé début juin des travaux d’accès au site, gelés depuis 2014 faute de rentabilité.
    ("Il", "Il avait pourtant", ORANO, "pronoun"),
    ("site", "au site,", IMOURAREN, "nominal"),
    # Son conseil d’administration doit se réunir lundi.
    ("Son conseil d’administration", None, BOARD, "nominal"),
    # « Le Niger n’appartient à personne. Nos ressources iront ... », a lancé le Premier ministre, ... à Niamey.
    ("Niger", "« Le Niger", NIGER, "name"),
    ("Nos ressources", None, RESOURCES, "nominal"),
    ("le Premier ministre", None, ZEINE, "nominal"),
    ("Ali Mahaman Lamine Zeine", None, ZEINE, "name"),
    ("Niamey", "la presse à Niamey", NIAMEY, "name"),
    # Le chef du gouvernement s’était rendu en janvier à Téhéran, et une source proche du dossier évoque ...
    ("Le chef du gouvernement", None, ZEINE, "nominal"),
    ("Téhéran", None, TEHRAN, "name"),
    ("une source proche du dossier", None, SOURCE, "nominal"),
    ("des intérêts russes et iraniens", None, INTERESTS, "nominal"),
    ("le gisement", None, IMOURAREN, "nominal"),
    # Une délégation de Rosatom, le géant public russe du nucléaire, serait attendue ..., selon la même source.
    ("Une délégation de Rosatom", None, DELEGATION, "nominal"),
    ("Rosatom", None, ROSATOM, "name"),
    ("le géant public russe du nucléaire", None, ROSATOM, "nominal"),
    ("la même source", None, SOURCE, "nominal"),
    # Moscou n’a pas réagi.
    ("Moscou", None, RUSSIA, "metonym"),
    # Paris a « regretté » jeudi soir une décision « unilatérale ». « ... », a ajouté le ministère français ...
    ("Paris", None, FRANCE, "metonym"),
    ("le ministère français des Affaires étrangères", None, FR_MFA, "nominal"),
    # Ce retrait intervient six mois après le départ des derniers soldats français du Niger, exigé par le général ...
    ("derniers soldats français", None, SOLDIERS, "nominal"),
    ("Niger", "soldats français du Niger", NIGER, "name"),
    ("Abdourahamane Tiani", None, TIANI, "name"),
    # L’ambassadeur de France, Sylvain Itté, avait lui-même quitté Niamey fin septembre.
    ("L’ambassadeur de France", None, ITTE, "nominal"),
    ("France", "ambassadeur de France", FRANCE, "name"),
    ("Sylvain Itté", None, ITTE, "name"),
    ("lui-même", None, ITTE, "pronoun"),
    ("Niamey", "quitté Niamey", NIAMEY, "name"),
    # Mardi encore, le chef de la junte avait accusé les Occidentaux d’avoir « pillé » le sous-sol de son pays.
    ("le chef de la junte", None, TIANI, "nominal"),
    ("la junte", "chef de la junte", JUNTA, "nominal"),
    ("les Occidentaux", None, WEST, "nominal"),
    ("le sous-sol de son pays", None, SUBSOIL, "nominal"),
    ("son pays", None, NIGER, "nominal"),
]

PUB_DAY = "The publication day, Thursday 20 June 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "a retiré jeudi"), "2024-06-20", "day", "weekday-publication-day",
     "« La junte ... a retiré jeudi »: " + PUB_DAY),
    ("t-immediate", ("avec effet immédiat", None), "2024-06-20", "day", "publication-day",
     "« le permis « revient au domaine de l’État » avec effet immédiat »: from the day of the decision, the "
     "publication day (as « dans l’immédiat » in gold). " + PUB_DAY),
    ("t-2009", ("depuis 2009", None), "2009", "year", "explicit-year",
     "« qui détenait ce titre depuis 2009 »: a year written out; it stays a year (the start of the holding)."),
    ("t-early-june", ("début juin", None), "2024-06", "month", "month-publication-year",
     "Pluperfect « avait pourtant relancé début juin »: the beginning of June 2024, the publication month; the "
     "day is not given, so the month."),
    ("t-2014", ("depuis 2014", None), "2014", "year", "explicit-year",
     "« gelés depuis 2014 »: a year written out, the start of the freeze."),
    ("t-monday", ("lundi", None), "2024-06-24", "day", "weekday-future",
     "« doit se réunir lundi »: the Monday after the publication day, 24 June 2024."),
    ("t-january", ("en janvier", None), "2024-01", "month", "month-publication-year",
     "Pluperfect « s’était rendu en janvier à Téhéran »: January of the publication year, 2024."),
    ("t-next-week", ("la semaine prochaine", None), "2024-06", "month", "relative-week-future",
     "« serait attendue la semaine prochaine »: the week of Monday 24 to Sunday 30 June 2024, inside one month: "
     "June 2024 (the gold week rule)."),
    ("t-thursday-evening", ("jeudi soir", None), "2024-06-20", "day", "part-of-day",
     "« Paris a « regretté » jeudi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-six-months", ("six mois après", None), "2023-12", "month", "relative-month-past",
     "« Ce retrait intervient six mois après le départ des derniers soldats français »: the departure, six months "
     "before the withdrawal of 20 June 2024: December 2023 (« six mois » is round: the month, as « un mois "
     "après » in gold)."),
    ("t-july-2023", ("en juillet 2023", None), "2023-07", "month", "explicit-month-year",
     "« arrivé au pouvoir par un coup d’État en juillet 2023 »: the month and year written out."),
    ("t-end-september", ("fin septembre", None), "2023-09", "month", "month-past",
     "Pluperfect « avait lui-même quitté Niamey fin septembre »: the last September before June 2024, September "
     "2023 (the end of a month: the month)."),
    ("t-tuesday", ("Mardi", None), "2024-06-18", "day", "weekday-past",
     "Pluperfect « Mardi encore, le chef de la junte avait accusé »: the Tuesday before the publication day, 18 "
     "June 2024."),
]

LEDE_EVIDENCE = ("La junte militaire", "télévision publique.")
ZEINE_EVIDENCE = ("« Le Niger", "la presse à Niamey.")

EVENTS: list[dict[str, Any]] = [
    event("e-withdrawal", "Event", "Niger's junta withdraws Orano's Imouraren operating permit on Thursday",
          ("a retiré", None), [("agent", JUNTA), ("recipient", ORANO), ("theme", PERMIT)], time="t-thursday",
          according_to=[MINES], evidence=LEDE_EVIDENCE,
          note="« La junte militaire au pouvoir au Niger a retiré jeudi au groupe français Orano son permis »: the "
               "dative « au groupe français Orano » is the one who loses the permit (recipient, as the one a thing "
               "is taken from or given to); the ministry's announcement after the clause is the source. No place: « "
               "au Niger » belongs to « au pouvoir ». Restated by « la décision », « une décision « unilatérale » », "
               "« Cette mesure » and « Ce retrait » (no new events)."),
    event("e-no-works", "Event", "Orano never started the planned development works", ("engagé", None),
          [("agent", ORANO)], status="negated", according_to=[MINES],
          note="« Le titulaire n’a jamais engagé les travaux de développement prévus »: negated, in the ministry's "
               "quoted words (« Le titulaire » is Orano)."),
    event("e-formal-notices", "Event", "Orano received several formal notices", ("mises en demeure", None),
          [("recipient", ORANO)], according_to=[MINES],
          note="« malgré plusieurs mises en demeure »: a nominal event that occurred, inside the ministry's quote; "
               "who sent them (Niger's authorities) is not written, so only the recipient."),
    event("e-reversion", "Event", "The permit returns to the State's domain with immediate effect", ("revient", None),
          [("theme", PERMIT), ("recipient", NIGER)], time="t-immediate", according_to=[MINES],
          note="« selon lequel le permis « revient au domaine de l’État » avec effet immédiat »: stated by the "
               "communiqué as done, from the decision's day; « l’État » is Niger."),
    event("e-holding", "Event", "Orano held the permit since 2009", ("détenait", None),
          [("agent", ORANO), ("theme", PERMIT)], time="t-2009",
          note="« Orano, qui détenait ce titre depuis 2009 »: a relative imperfect in the article's voice; its time "
               "is its start (as « détenu en Russie depuis fin mars » in gold)."),
    event("e-challenge", "Event", "Orano may challenge the withdrawal in court", ("contester", None),
          [("agent", ORANO)], status="hypothetical", according_to=[ORANO, SPOKESWOMAN],
          note="« Le groupe se réserve le droit de la contester »: a right kept open, not an action taken: "
               "hypothetical. « la » is the decision (the withdrawal), not an entity; the courts in the quote are "
               "generic."),
    event("e-relaunch", "Event", "Orano had relaunched access works at the site in early June",
          ("avait pourtant relancé", None), [("agent", ORANO)], place=IMOURAREN, time="t-early-june",
          note="« Il avait pourtant relancé début juin des travaux d’accès au site »: a pluperfect in the article's "
               "voice; « Il » is Orano, « site » Imouraren (the place)."),
    event("e-freeze", "Event", "The works at Imouraren frozen since 2014", ("gelés", None),
          [("agent", ORANO)], place=IMOURAREN, time="t-2014",
          note="« des travaux d’accès au site, gelés depuis 2014 faute de rentabilité »: a passive participle with "
               "no agent; Orano, the holder whose works they are, is implied. « faute de rentabilité » is a cause, "
               "no event."),
    event("e-board-meeting", "Meeting", "Orano's board to meet on Monday", ("se réunir", None),
          [("participant", BOARD)], status="planned", time="t-monday",
          note="« Son conseil d’administration doit se réunir lundi »: « doit » with a future weekday: planned."),
    event("e-resources", "Delivery", "Niger's resources to go to partners who respect its sovereignty",
          ("iront", None), [("agent", NIGER), ("theme", RESOURCES)], status="planned", according_to=[ZEINE],
          evidence=ZEINE_EVIDENCE,
          note="« Nos ressources iront désormais aux partenaires qui respectent notre souveraineté »: a future in "
               "the Prime Minister's words: planned. Niger (« Nos ») is the giver; the partners are generic, no "
               "recipient. « désormais » is not annotated as a time (as in gold). « Le Niger n’appartient à "
               "personne » is a predicate, no event."),
    event("e-zeine-tehran", "Visit", "Ali Mahaman Lamine Zeine had gone to Tehran in January",
          ("s’était rendu", None), [("agent", ZEINE)], place=TEHRAN, time="t-january",
          note="« Le chef du gouvernement s’était rendu en janvier à Téhéran »: a pluperfect trip in the article's "
               "voice; Tehran is the city (the place)."),
    event("e-talks", "Event", "Advanced talks between Niger and Russian and Iranian interests", ("discussions", None),
          [("participant", NIGER), ("participant", INTERESTS)], according_to=[SOURCE],
          note="« une source proche du dossier évoque des discussions avancées avec des intérêts russes et iraniens "
               "»: talks going on (occurred), told by the source; Niger, the other party, is implied by the "
               "paragraph (as Russia and North Korea for « discussions » in the bundled article)."),
    event("e-takeover", "Event", "Russian and Iranian interests could take over the Imouraren deposit",
          ("reprendre", None), [("agent", INTERESTS), ("theme", IMOURAREN)], status="hypothetical",
          according_to=[SOURCE],
          note="« qui pourraient reprendre le gisement »: a conditional relative: hypothetical."),
    event("e-rosatom-visit", "Visit", "A Rosatom delegation reportedly expected next week", ("attendue", None),
          [("agent", DELEGATION)], status="hypothetical", time="t-next-week", according_to=[SOURCE],
          note="« Une délégation de Rosatom ... serait attendue la semaine prochaine, selon la même source »: a "
               "conditional of hearsay: hypothetical (as « auraient survolé » in gold). The destination is not "
               "written (Niger is implied), so no place."),
    event("e-retaliation", "Sanction", "France may take retaliatory measures against Niger", ("rétorsion", None),
          [("agent", FRANCE), ("recipient", NIGER)], status="hypothetical",
          note="« sans dire si des mesures de rétorsion étaient envisagées »: an open question: hypothetical (as « "
               "n’a pas dit si la crise y serait évoquée » in gold). Measures one state takes against another are a "
               "Sanction (as « Russia may restrict imports » in gold); France would take them, Niger (not written "
               "in the sentence) is their target."),
    event("e-troops-departure", "Event", "The last French soldiers leave Niger in December 2023", ("départ", None),
          [("agent", SOLDIERS)], place=NIGER, time="t-six-months",
          note="« le départ des derniers soldats français du Niger »: a nominal departure that occurred; Niger, the "
               "country they left, is the place; its time is counted back from the withdrawal (« six mois "
               "après »)."),
    event("e-coup", "Event", "Abdourahamane Tiani seized power in a coup in July 2023", ("coup d’État", None),
          [("agent", TIANI)], place=NIGER, time="t-july-2023",
          note="« arrivé au pouvoir par un coup d’État en juillet 2023 »: one event, the coup; « arrivé au pouvoir » "
               "is its outcome for Tiani, not a second event. Niger, written in the sentence, is the place."),
    event("e-itte-departure", "Event", "Ambassador Sylvain Itté had left Niamey at the end of September",
          ("quitté", None), [("agent", ITTE)], place=NIAMEY, time="t-end-september",
          note="« L’ambassadeur de France, Sylvain Itté, avait lui-même quitté Niamey fin septembre »: a pluperfect "
               "departure; the city he left is the place (as the country in e-troops-departure)."),
    event("e-plunder", "Event", "The West plundered Niger's subsoil, according to Tiani", ("pillé", None),
          [("agent", WEST), ("theme", SUBSOIL)], status="suspected", according_to=[TIANI],
          note="« avait accusé les Occidentaux d’avoir « pillé » le sous-sol de son pays »: an accusation, so "
               "suspected, with the accuser in according_to (as « qu’ils accusent d’être instrumentalisée » in "
               "gold)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ministry-announces", "Statement", "Niger's mines ministry announces the withdrawal", MINES,
           ("a annoncé", None), [], time="t-thursday", evidence=LEDE_EVIDENCE, about=["e-withdrawal"],
           note="« a annoncé le ministère nigérien des Mines dans un communiqué lu à la télévision publique »: the "
                "source after the clause; the television is the medium (no addressee, no reading event). It shares "
                "the Thursday of its sentence: the communiqué made the decision public that day."),
    speech("s-ministry-justifies", "Statement", "The communiqué: Orano never started the works despite notices", MINES,
           ("justifie", None),
           [("Le titulaire n’a jamais engagé les travaux de développement prévus, malgré plusieurs mises en demeure",
             None)],
           about=["e-no-works", "e-formal-notices", "e-withdrawal"],
           note="A quote first, « justifie le texte »: the communiqué speaks for the ministry (as « indique un "
                "communiqué » in gold), so the ministry is the speaker. No weekday in the sentence: no time."),
    speech("s-ministry-reversion", "Statement", "The communiqué: the permit returns to the State's domain", MINES,
           ("selon", "selon lequel"), [("revient au domaine de l’État", None)], about=["e-reversion"],
           note="« selon lequel le permis « revient au domaine de l’État » »: a second report of the same text, with "
                "its own trigger and its own quote."),
    speech("s-orano-takes-note", "Statement", "Orano « takes note » of the decision", ORANO, ("a dit", None),
           [("prendre acte", None)], about=["e-withdrawal"],
           note="« Orano ... a dit « prendre acte » de la décision »: a quoted infinitive; « la décision » is the "
                "withdrawal."),
    speech("s-orano-reserves", "Statement", "Orano reserves the right to challenge the decision in court", ORANO,
           ("se réserve", None), [("devant les juridictions nationales ou internationales compétentes", None)],
           according_to=[SPOKESWOMAN], about=["e-challenge"],
           note="« Le groupe se réserve le droit de la contester « devant les juridictions ... » », a précisé à l’AFP "
                "une porte-parole »: the group is the subject of the reported words, so it is the speaker and the "
                "spokeswoman who says them is in according_to, with her own Report (as « Paris « condamne ... », a "
                "déclaré la ministre » in gold)."),
    speech("s-spokeswoman", "Report", "An Orano spokeswoman tells AFP", SPOKESWOMAN, ("a précisé", None), [],
           addressee=AFP, about=["s-orano-reserves"],
           note="« a précisé à l’AFP une porte-parole »: AFP the addressee (as « à l’AFP » in gold)."),
    speech("s-zeine", "Statement", "Ali Mahaman Lamine Zeine: Niger belongs to no one", ZEINE, ("a lancé", None),
           [("Le Niger n’appartient à personne. Nos ressources iront désormais aux partenaires qui respectent notre "
             "souveraineté", None)],
           place=NIAMEY, evidence=ZEINE_EVIDENCE, about=["e-resources", "e-withdrawal"],
           note="A two-sentence quote first, « a lancé le Premier ministre, Ali Mahaman Lamine Zeine, devant la "
                "presse à Niamey »: one pair of guillemets, one quote; Niamey, where he speaks, is the place; « la "
                "presse » is generic (no addressee). No weekday: no time."),
    speech("s-source-talks", "Report", "A source close to the matter speaks of talks with Russian and Iranian "
           "interests", SOURCE, ("évoque", None), [], about=["e-talks", "e-takeover"],
           note="« une source proche du dossier évoque des discussions avancées »: an anonymous source in the "
                "present; no quote."),
    speech("s-source-delegation", "Report", "The same source says a Rosatom delegation is expected", SOURCE,
           ("selon", "selon la même source"), [], about=["e-rosatom-visit"],
           note="« selon la même source »: the source after the clause."),
    speech("s-moscow-silent", "SpeechAct", "Moscow has not reacted", RUSSIA, ("réagi", None), [], status="negated",
           about=["e-withdrawal"],
           note="« Moscou n’a pas réagi »: a negated speech act of the state (as in gold)."),
    speech("s-france-regrets", "Statement", "Paris regrets a « unilateral » decision", FRANCE, ("regretté", None),
           [("regretté", None), ("unilatérale", None)], time="t-thursday-evening", according_to=[FR_MFA],
           about=["e-withdrawal"],
           note="« Paris a « regretté » jeudi soir une décision « unilatérale » »: the metonym speaks; the quoted "
                "verb is its own trigger (as « ont « condamné sans équivoque » » in the held-out corpus) and the "
                "quoted adjective is a second quote of the same act. « a ajouté le ministère » in the next sentence "
                "makes the ministry the voice of this first reaction too, so it is in according_to."),
    speech("s-mfa-adds", "Statement", "The French foreign ministry: the measure serves nobody's interests", FR_MFA,
           ("a ajouté", None), [("Cette mesure ne sert les intérêts de personne", None)], about=["e-withdrawal"],
           note="A quote first, « a ajouté le ministère français des Affaires étrangères »; « Cette mesure » is the "
                "withdrawal. No weekday in its sentence: no time (although it goes with the Thursday evening)."),
    speech("s-mfa-no-retaliation", "SpeechAct", "The French ministry does not say whether retaliation is considered",
           FR_MFA, ("dire", "sans dire si"), [], status="negated", about=["e-retaliation"],
           note="« sans dire si des mesures de rétorsion étaient envisagées »: a negated speech act (as « sans "
                "préciser » in gold)."),
    speech("s-tiani-demand", "Statement", "Abdourahamane Tiani demanded the French soldiers' departure", TIANI,
           ("exigé", None), [], about=["e-troops-departure"],
           note="« le départ des derniers soldats français du Niger, exigé par le général Abdourahamane Tiani »: a "
                "passive participle of demand with its agent; the departure it demanded took place (occurred). No "
                "time written for the demand itself."),
    speech("s-tiani-accuses", "Statement", "Tiani accused the West of « plundering » Niger's subsoil", TIANI,
           ("avait accusé", None), [("pillé", None)], time="t-tuesday", about=["e-plunder"],
           note="« Mardi encore, le chef de la junte avait accusé les Occidentaux d’avoir « pillé » le sous-sol de son "
                "pays »: a fronted past weekday; « encore » is no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
