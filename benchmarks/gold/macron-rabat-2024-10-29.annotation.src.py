"""Held-out annotation of macron-rabat-2024-10-29.txt (written for the twenty-fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/macron-rabat-2024-10-29.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/macron-rabat-2024-10-29.annotation.src.py --check

From held-out set 24 (moved to gold in session 22; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "macron-rabat-2024-10-29.txt"

NOTE = """\
Held-out-24 article: Emmanuel Macron tells the Moroccan parliament on Tuesday 29 October 2024 that the present and \
future of Western Sahara fall under Moroccan sovereignty, during a three-day state visit meant to seal the \
reconciliation between France and Morocco; King Mohammed VI had welcomed him on Monday at Rabat airport and invited \
him to a state dinner at the royal palace; the two heads of state presided over the signing of some twenty \
agreements worth about ten billion euros that evening (the Élysée), among which would be a sale of TGV trainsets to \
extend the high-speed line to Marrakech (a source close to the matter); Macron promises that French companies will \
soon invest in the disputed territory; France's backing of the Moroccan autonomy plan at the end of July had angered \
Algiers, which recalled its ambassador to Paris; the Polisario Front, backed by Algeria, has demanded a UN \
referendum for decades; on Tuesday the Algerian foreign ministry denounces an « irresponsible » speech (APS) and \
says Paris turned its back on international law, without announcing retaliation, and a diplomat says the \
ambassador's return is not on the agenda; Jean-Noël Barrot does not fear a « rupture » with Algeria, « partenaire \
essentiel »; Madrid, which had recognised the plan in 2022, hails a « clarification bienvenue »; Macron is to go to \
Marrakech on Wednesday, visit the medina and fly back to Paris in the evening, and the king might go with him (the \
Moroccan press). Published Tuesday 29 October 2024 (the file gives the day). The visit, the speech's key sentence, \
the contracts' total, the TGV, the July backing, the ambassador's recall, Spain's 2022 position and the Marrakech \
leg follow the real events loosely; the quotes other than the lede's, the Algerian communiqué, the diplomat, \
Barrot's words, Madrid's reaction, the medina visit and the king's possible company are invented or simplified.
What it exercises: a lede quote in a « que » clause after « a affirmé mardi devant le Parlement marocain » (the \
speech's place is Rabat, the parliament's city; the parliament is a mention, no role); a visit known by its length \
(« visite d’État de trois jours », a duration, its only time) with a purpose verb (« destinée à sceller la \
réconciliation entre Paris et le royaume »: planned, trigger the verb as « afin de renforcer » in the bundled \
article; « Paris » France, « le royaume » Morocco); a pluperfect passive welcome with a past weekday and its agent \
after « par » with a title right before the name (« avait été accueilli lundi à l’aéroport de Rabat par le roi \
Mohammed VI »: a Meeting, the king agent, Macron participant, place the airport, Rabat inside it a mention of its \
own) and a relative invitation with an object clitic (« qui l’a ensuite convié à un dîner d’État au palais royal »: \
an Invitation and a Banquet, both on the Monday); a plural subject with no mention (« Les deux chefs d’État ») \
presiding over a nominal signing « dans la soirée » (the Monday evening), sourced after the clause to \
« l’Élysée » (the French presidency, a metonym, as in gold/xi-macron-paris-2024-05-06); a conditional inclusion \
with « Parmi eux » (« eux » the agreements) over a nominal sale and a purpose extension sourced to an anonymous \
source (hypothetical sale, planned extension); a quote split at a sentence end around « a lancé le chef de l’État \
sous les applaudissements. » with « Je » and a future of the state (« La France se tiendra aux côtés du Maroc »: \
planned, according to Macron); a promise in indirect speech with a future in the past and a vague « bientôt » (the \
investment planned, in « ce territoire disputé », a nominal mention of Western Sahara); a nominal backing with \
« fin juillet » (the month) that is an Acceptance of Morocco's plan, a pluperfect anger of a metonym (« la colère \
d’Alger ») and a relative pluperfect recall with « aussitôt » (no time); a fronted passive participle (« Soutenu \
par l’Algérie, le Front Polisario ») and a standing demand « depuis des décennies » (vague) of a proposed \
referendum « sous l’égide de l’ONU » (the UN its organiser, agent); a fronted publication-day weekday over a \
denunciation with a one-word quote sourced to an agency with its title (« selon l’agence officielle APS »), then a \
quote first with a metonym under « a-t-elle ajouté dans un communiqué » (the turn away from international law \
suspected, the ministry's accusation) and « sans toutefois annoncer de mesures de rétorsion » (a negated speech act, \
no event for the measures); indirect speech with no guillemets after the clause (« Le retour de l’ambassadeur \
algérien n’est pas à l’ordre du jour, a assuré un diplomate à Alger »: the return negated; « à Alger » the city, \
the speech act's place); « Interrogé par la presse » (no speech act: the press is generic, as in the bundled \
article) with a role noun and a name in apposition, a negated fear with a quoted noun (« a dit ne pas craindre de \
« rupture » avec l’Algérie »: the rupture hypothetical) and a relative qualification with a quoted predicate (« \
qu’il a qualifiée de « partenaire essentiel » »: a second speech act, the predicate no mention); a metonym with a \
relative pluperfect recognition and « dès 2022 » (an Acceptance of the plan, the year) and a hailing with a quoted \
noun phrase about the speech; a planned trip on a future weekday with a relative planned visit (« où il visitera la \
médina ») and a planned return « dans la soirée » (the Wednesday evening); a conditional accompaniment by a role \
noun with two clitics (« Le souverain pourrait l’y accompagner »: « l’ » Macron, « y » Marrakech) sourced to the \
Moroccan press.
Places and metonyms. « Paris » is France (a metonym) where it reconciles and, in the Algerian quote, chooses (local \
France, kind metonym); it is the city (local:paris, kind name) in « son ambassadeur à Paris » (the post) and « \
regagner Paris » (the destination). « Alger » is Algeria (a metonym) in « la colère d’Alger » and the city \
(local:algiers) in « un diplomate à Alger ». « Madrid » is Spain (metonym). « La France », « la France », « Maroc », \
« l’Algérie » are names of countries. « Rabat » (inside « l’aéroport de Rabat ») is the city; the airport is a local \
place, the welcome's place. « palais royal » (fused « au ») is the royal palace in Rabat (local place, nominal), the \
dinner's place. « la médina » is the medina of Marrakech (local, nominal). « l’Élysée » is the French presidency that \
reports (metonym, as « selon l’Élysée » in gold).
Mentions. « le roi Mohammed VI »: the title is part of the name's phrase, only « Mohammed VI »; « Le souverain » is \
him too. Macron is « Le président français », « le chef de l’État », « Je », « Il », « il » and both « l’ » clitics \
(« qui l’a ensuite convié », « l’y accompagner »). « le royaume » is Morocco (nominal, as « le royaume » in gold). « \
ce territoire disputé » is Western Sahara (nominal). « plan d’autonomie marocain » (fused « au », from the noun) and \
« le plan marocain » are the autonomy plan (local, type other). « son ambassadeur » and « l’ambassadeur algérien » are \
the same local person. « une vingtaine d’accords » and « eux » (« Parmi eux ») are the agreements (a local group); \
« rames de TGV » and « la ligne à grande vitesse » are local (object, place). « des entreprises françaises », « une \
source proche du dossier », « un diplomate », « la diplomatie algérienne » (the Algerian foreign ministry, and « \
elle » in « a-t-elle ajouté »), « la presse marocaine » are local. Not mentions: « Les deux chefs d’État » (plural), \
« la presse » (generic), « le » in « Je le dis » (a clause, not an entity), « partenaire essentiel » and « \
clarification bienvenue » (quoted predicates), « le droit international », « souveraineté marocaine ».
Statuses. The welcome, the invitation, the dinner (the article reports the Monday programme as done), the signing, \
the July backing, Algeria's anger, the recall, Algeria's support for the Polisario and Spain's 2022 recognition are \
occurred; the reconciliation (a purpose), France standing by Morocco (a future in Macron's words), the investment (a \
promise), the line's extension (a purpose) and the Marrakech trip, medina visit and return (« doit », future) are \
planned; the referendum (demanded) is proposed; the TGV sale (« figurerait »), the rupture (what Barrot does not \
fear) and the king's company (« pourrait ») are hypothetical; France turning its back on international law is the \
Algerian ministry's accusation (suspected); the ambassador's return is negated (« n’est pas à l’ordre du jour »).
Times. « mardi » and the fronted « Mardi » are the publication day, Tuesday 29 October 2024; « lundi » Monday 28 \
October (the welcome, and the invitation and dinner, which follow it « ensuite »); the first « dans la soirée » the \
Monday evening (the signing); « fin juillet » July 2024; « dès 2022 » the year; « mercredi » Wednesday 30 October and \
the second « dans la soirée » its evening (the return). « trois jours » is a duration (the visit's length), « bientôt \
» vague-future, « depuis des décennies » vague; « aussitôt » is not annotated as a time (no value, no words of a \
date). Macron's quoted sentences under « a lancé » follow the lede's speech but the text names no occasion, so they \
have no time, as the promise, Barrot's words and Madrid's hailing; the Algerian « a-t-elle ajouté » shares the \
denunciation's Tuesday (« ajouté », as « a ajouté l’agence » in the bundled article).
Linked: the United Nations (Q1065). Unlinked (not in ids.tsv): Macron, Mohammed VI, France, Morocco, the Moroccan \
parliament, Western Sahara, Rabat, its airport, the royal palace, the agreements, the French presidency, the TGV \
trainsets, the high-speed line, Marrakech, the source, the French companies, the autonomy plan, Algeria, the \
Algerian ambassador, Paris, the Polisario Front, the Algerian foreign ministry, APS, the diplomat, Algiers, Barrot, \
Spain, the medina and the Moroccan press."""

UN = "Q1065"
MACRON, MOHAMMED, FRANCE, MOROCCO = "local:emmanuel-macron", "local:mohammed-vi", "local:france", "local:morocco"
MA_PARLIAMENT, WSAHARA, RABAT, AIRPORT = "local:moroccan-parliament", "local:western-sahara", "local:rabat", \
    "local:rabat-airport"
PALACE, ACCORDS, PRESIDENCY, TGV = "local:royal-palace-rabat", "local:franco-moroccan-agreements-2024", \
    "local:french-presidency", "local:tgv-trainsets"
HSL, MARRAKECH, SOURCE, FR_FIRMS = "local:moroccan-high-speed-line", "local:marrakech", "local:source-close-to-file", \
    "local:french-companies"
PLAN, ALGERIA, AMBASSADOR, PARIS = "local:moroccan-autonomy-plan", "local:algeria", "local:algerian-ambassador-paris", \
    "local:paris"
POLISARIO, DZ_MFA, APS, DIPLOMAT = "local:polisario-front", "local:algerian-foreign-ministry", "local:aps", \
    "local:diplomat-algiers"
ALGIERS, BARROT, SPAIN, MEDINA, MA_PRESS = "local:algiers", "local:jean-noel-barrot", "local:spain", \
    "local:marrakech-medina", "local:moroccan-press"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MACRON, "Emmanuel Macron", "Emmanuel Macron", "person",
     {"description": "président de la République française", "unlinked_reason": NOT_VERIFIED}),
    (MA_PARLIAMENT, "Parlement marocain", "Parliament of Morocco", "organization",
     {"description": "les deux chambres du Parlement du Maroc, réunies à Rabat", "unlinked_reason": NOT_VERIFIED}),
    (WSAHARA, "Sahara occidental", "Western Sahara", "place",
     {"description": "territoire disputé entre le Maroc et le Front Polisario", "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "aussi désignée par « Paris » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (MOROCCO, "Maroc", "Morocco", "country",
     {"description": "aussi désigné par « le royaume »", "unlinked_reason": NOT_VERIFIED}),
    (AIRPORT, "aéroport de Rabat", "Rabat airport", "place",
     {"description": "l’aéroport de Rabat-Salé", "unlinked_reason": NOT_VERIFIED}),
    (RABAT, "Rabat", "Rabat", "place",
     {"description": "capitale du Maroc", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (MOHAMMED, "Mohammed VI", "Mohammed VI of Morocco", "person",
     {"description": "roi du Maroc", "unlinked_reason": NOT_VERIFIED}),
    (PALACE, "palais royal de Rabat", "Royal Palace of Rabat", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ACCORDS, "accords franco-marocains du 28 octobre 2024", "Franco-Moroccan agreements of 28 October 2024",
     "other", {"description": "une vingtaine d’accords, pour quelque dix milliards d’euros",
               "unlinked_reason": "several unnamed documents, not one Wikidata item"}),
    (PRESIDENCY, "présidence de la République française", "French presidency", "organization",
     {"description": "désignée par « l’Élysée »", "unlinked_reason": NOT_VERIFIED}),
    (TGV, "rames de TGV", "TGV trainsets", "object",
     {"description": "rames à grande vitesse dont la vente au Maroc figurerait parmi les accords",
      "unlinked_reason": "an unspecified number of trainsets, not one Wikidata item"}),
    (HSL, "ligne à grande vitesse marocaine", "Moroccan high-speed line", "place",
     {"description": "la ligne à grande vitesse Tanger–Casablanca, à prolonger jusqu’à Marrakech",
      "unlinked_reason": NOT_VERIFIED}),
    (MARRAKECH, "Marrakech", "Marrakesh", "place", {"class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source proche du dossier", "a source close to the matter", "person",
     {"description": "source anonyme", "unlinked_reason": "an anonymous person, not one Wikidata item"}),
    (FR_FIRMS, "entreprises françaises", "French companies", "group", {"unlinked_reason": NOT_GROUP}),
    (PLAN, "plan d’autonomie marocain", "Moroccan autonomy plan for Western Sahara", "other",
     {"description": "le plan d’autonomie du Sahara occidental sous souveraineté marocaine, proposé par le Maroc",
      "unlinked_reason": NOT_VERIFIED}),
    (ALGERIA, "Algérie", "Algeria", "country",
     {"description": "aussi désignée par « Alger » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (AMBASSADOR, "ambassadeur d’Algérie en France", "Algerian ambassador to France", "person",
     {"description": "rappelé fin juillet 2024", "unlinked_reason": "the article does not name him"}),
    (PARIS, "Paris", "Paris", "place",
     {"description": "capitale de la France", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (POLISARIO, "Front Polisario", "Polisario Front", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DZ_MFA, "ministère algérien des Affaires étrangères", "Algerian Ministry of Foreign Affairs", "organization",
     {"description": "désigné par « la diplomatie algérienne »", "class_qid": "Q20901295",
      "unlinked_reason": NOT_VERIFIED}),
    (APS, "Algérie Presse Service", "Algeria Press Service", "organization",
     {"description": "agence de presse officielle algérienne", "class_qid": "Q192283",
      "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "un diplomate à Alger", "a diplomat in Algiers", "person",
     {"description": "diplomate anonyme", "unlinked_reason": "an anonymous person, not one Wikidata item"}),
    (ALGIERS, "Alger", "Algiers", "place",
     {"description": "capitale de l’Algérie", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (BARROT, "Jean-Noël Barrot", "Jean-Noël Barrot", "person",
     {"description": "ministre français des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (SPAIN, "Espagne", "Spain", "country",
     {"description": "désignée par « Madrid » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (MEDINA, "médina de Marrakech", "Medina of Marrakesh", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MA_PRESS, "la presse marocaine", "the Moroccan press", "group", {"unlinked_reason": NOT_GROUP}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Emmanuel Macron a affirmé mardi devant le Parlement marocain que « ... », lors d’une visite d’État ...
    ("Emmanuel Macron", 1, MACRON, "name"),
    ("Parlement marocain", None, MA_PARLIAMENT, "name"),
    ("Sahara occidental", None, WSAHARA, "name"),
    ("Paris", "entre Paris et le royaume", FRANCE, "metonym"),
    ("le royaume", None, MOROCCO, "nominal"),
    # Le président français avait été accueilli lundi à l’aéroport de Rabat par le roi Mohammed VI, qui l’a ...
    ("Le président français", None, MACRON, "nominal"),
    ("l’aéroport de Rabat", None, AIRPORT, "nominal"),
    ("Rabat", None, RABAT, "name"),
    ("Mohammed VI", None, MOHAMMED, "name"),
    ("l’", "qui l’a ensuite", MACRON, "pronoun"),
    ("palais royal", None, PALACE, "nominal"),
    # Les deux chefs d’État ont présidé dans la soirée la signature d’une vingtaine d’accords, ... l’Élysée.
    ("une vingtaine d’accords", None, ACCORDS, "nominal"),
    ("Élysée", None, PRESIDENCY, "metonym"),
    # Parmi eux figurerait la vente de rames de TGV pour prolonger la ligne à grande vitesse jusqu’à Marrakech, ...
    ("eux", "Parmi eux", ACCORDS, "pronoun"),
    ("rames de TGV", None, TGV, "nominal"),
    ("la ligne à grande vitesse", None, HSL, "nominal"),
    ("Marrakech", 1, MARRAKECH, "name"),
    ("une source proche du dossier", None, SOURCE, "nominal"),
    # « Je le dis ici avec force, a lancé le chef de l’État sous les applaudissements. La France se tiendra ... »
    ("Je", "« Je le dis", MACRON, "pronoun"),
    ("le chef de l’État", None, MACRON, "nominal"),
    ("France", "La France se tiendra", FRANCE, "name"),
    ("Maroc", None, MOROCCO, "name"),
    # Il a promis que des entreprises françaises investiraient bientôt dans ce territoire disputé.
    ("Il", "Il a promis", MACRON, "pronoun"),
    ("des entreprises françaises", None, FR_FIRMS, "nominal"),
    ("ce territoire disputé", None, WSAHARA, "nominal"),
    # Le soutien apporté fin juillet par la France au plan d’autonomie marocain avait provoqué la colère d’Alger, ...
    ("France", "par la France au plan", FRANCE, "name"),
    ("plan d’autonomie marocain", None, PLAN, "nominal"),
    ("Alger", "la colère d’Alger", ALGERIA, "metonym"),
    ("son ambassadeur", None, AMBASSADOR, "nominal"),
    ("Paris", "son ambassadeur à Paris", PARIS, "name"),
    # Soutenu par l’Algérie, le Front Polisario réclame depuis des décennies un référendum ... de l’ONU.
    ("Algérie", "Soutenu par l’Algérie", ALGERIA, "name"),
    ("Front Polisario", None, POLISARIO, "name"),
    ("ONU", None, UN, "name"),
    # Mardi, la diplomatie algérienne a dénoncé un discours « irresponsable », selon l’agence officielle APS.
    ("la diplomatie algérienne", None, DZ_MFA, "nominal"),
    ("APS", None, APS, "name"),
    # « Paris a choisi de tourner le dos au droit international », a-t-elle ajouté dans un communiqué, ...
    ("Paris", "« Paris a choisi", FRANCE, "metonym"),
    ("elle", "a-t-elle ajouté", DZ_MFA, "pronoun"),
    # Le retour de l’ambassadeur algérien n’est pas à l’ordre du jour, a assuré un diplomate à Alger.
    ("l’ambassadeur algérien", None, AMBASSADOR, "nominal"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
    ("Alger", "un diplomate à Alger", ALGIERS, "name"),
    # Interrogé par la presse, le ministre français des Affaires étrangères, Jean-Noël Barrot, a dit ...
    ("le ministre français des Affaires étrangères", None, BARROT, "nominal"),
    ("Jean-Noël Barrot", None, BARROT, "name"),
    ("Algérie", "avec l’Algérie", ALGERIA, "name"),
    ("il", "qu’il a qualifiée", BARROT, "pronoun"),
    # Madrid, qui avait reconnu le plan marocain dès 2022, a salué une « clarification bienvenue ».
    ("Madrid", None, SPAIN, "metonym"),
    ("le plan marocain", None, PLAN, "nominal"),
    # Emmanuel Macron doit se rendre mercredi à Marrakech, où il visitera la médina avant de regagner Paris ...
    ("Emmanuel Macron", 2, MACRON, "name"),
    ("Marrakech", 2, MARRAKECH, "name"),
    ("il", "où il visitera", MACRON, "pronoun"),
    ("la médina", None, MEDINA, "nominal"),
    ("Paris", "regagner Paris", PARIS, "name"),
    # Le souverain pourrait l’y accompagner, selon la presse marocaine.
    ("Le souverain", None, MOHAMMED, "nominal"),
    ("l’", "l’y accompagner", MACRON, "pronoun"),
    ("y", "l’y accompagner", MARRAKECH, "pronoun"),
    ("la presse marocaine", None, MA_PRESS, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 29 October 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "a affirmé mardi"), "2024-10-29", "day", "weekday-publication-day",
     "« a affirmé mardi » in an article of Tuesday 29 October 2024: that same day. " + PUB_DAY),
    ("t-three-days", ("trois jours", None), None, "duration", "explicit-duration",
     "« visite d’État de trois jours »: the visit's length (P3D, Monday 28 to Wednesday 30 October); its only "
     "time."),
    ("t-monday", ("lundi", None), "2024-10-28", "day", "weekday-past",
     "Pluperfect « avait été accueilli lundi »: the Monday before Tuesday 29 October 2024: 28 October."),
    ("t-monday-evening", ("dans la soirée", 1), "2024-10-28", "day", "part-of-day",
     "« ont présidé dans la soirée la signature »: the evening of the Monday of the sentence before (the arrival "
     "day), 28 October 2024, not the publication day."),
    ("t-soon", ("bientôt", None), None, "vague", "vague-future",
     "« investiraient bientôt »: soon, after publication; no date can be given."),
    ("t-end-july", ("fin juillet", None), "2024-07", "month", "month-past",
     "« Le soutien apporté fin juillet », pluperfect context, written in October 2024: July 2024; no day is given, "
     "so the precision stays the month."),
    ("t-decades", ("depuis des décennies", None), None, "vague", "vague",
     "« réclame depuis des décennies »: the start of a standing demand, no value."),
    ("t-tuesday-dz", ("Mardi", None), "2024-10-29", "day", "weekday-publication-day",
     "A fronted « Mardi » over a past « a dénoncé », in an article of Tuesday 29 October 2024: that same day. "
     + PUB_DAY),
    ("t-2022", ("dès 2022", None), "2022", "year", "explicit-year",
     "« qui avait reconnu le plan marocain dès 2022 »: a year written out; it stays a year."),
    ("t-wednesday", ("mercredi", None), "2024-10-30", "day", "weekday-future",
     "« doit se rendre mercredi »: the Wednesday after the publication day: 30 October 2024."),
    ("t-wednesday-evening", ("dans la soirée", 2), "2024-10-30", "day", "part-of-day",
     "« avant de regagner Paris dans la soirée »: the evening of the sentence's Wednesday, 30 October 2024."),
]

LEDE = ("Emmanuel Macron a affirmé", "le royaume.")
QUOTE_EVIDENCE = ("« Je le dis", "du Maroc. »")

EVENTS: list[dict[str, Any]] = [
    event("e-state-visit", "Visit", "Emmanuel Macron's three-day state visit to Morocco",
          ("visite", "visite d’État de trois"),
          [("agent", MACRON)], place=MOROCCO, time="t-three-days", evidence=LEDE,
          note="« lors d’une visite d’État de trois jours »: the visit's only time is its length (as « visite "
               "d’État de deux jours » in gold/xi-hanoi-2025-04-15). The country is implied by « Parlement marocain "
               "» and « le royaume »; it takes in Rabat and Marrakech, so its place is Morocco."),
    event("e-reconciliation", "Event", "Sealing the reconciliation between France and Morocco (the visit's purpose)",
          ("sceller", None), [("participant", FRANCE), ("participant", MOROCCO)], status="planned", evidence=LEDE,
          note="« destinée à sceller la réconciliation entre Paris et le royaume »: a purpose, planned; the trigger "
               "is the verb, as « afin de renforcer les liens » in the bundled article. « Paris » stands for "
               "France, « le royaume » is Morocco."),
    event("e-welcome", "Meeting", "King Mohammed VI welcomes Emmanuel Macron at Rabat airport on Monday",
          ("avait été accueilli", None), [("agent", MOHAMMED), ("participant", MACRON)], place=AIRPORT,
          time="t-monday", part_of="e-state-visit",
          note="A pluperfect passive with its agent after « par »: the host (the king) is the agent, the guest the "
               "participant, as « a été reçu lundi ... par » in gold/choigou-teheran-2024-08-05. The place is the "
               "airport (local), in Rabat."),
    event("e-dinner-invitation", "Invitation", "Mohammed VI invites Macron to a state dinner at the royal palace",
          ("convié", None), [("agent", MOHAMMED), ("recipient", MACRON)], time="t-monday", part_of="e-state-visit",
          note="« qui l’a ensuite convié à un dîner d’État au palais royal »: « qui » is the king, « l’ » Macron. "
               "« ensuite »: after the Monday welcome, the same day; the invitation's own place is not written."),
    event("e-state-dinner", "Banquet", "State dinner at the royal palace on Monday", ("dîner d’État", None),
          [("participant", MOHAMMED), ("participant", MACRON)], place=PALACE, time="t-monday",
          part_of="e-state-visit",
          note="The dinner Macron was invited to; the article, written the day after, reports Monday's programme as "
               "done, so it is occurred (the guest accepted by going on with the visit). At the royal palace."),
    event("e-signing", "Agreement", "Some twenty Franco-Moroccan agreements signed on Monday evening",
          ("signature", None), [("participant", MACRON), ("participant", MOHAMMED), ("theme", ACCORDS)],
          place=RABAT, time="t-monday-evening", according_to=[PRESIDENCY], part_of="e-state-visit",
          note="« Les deux chefs d’État ont présidé dans la soirée la signature d’une vingtaine d’accords »: the "
               "nominal signing is the event and « ont présidé » the light verb of the two heads of state, who are "
               "its participants (the signatories themselves are not named). « pour quelque dix milliards d’euros » "
               "is an amount, no event. The place is Rabat, the city of the Monday (as the three-way meeting takes "
               "Paris in gold/xi-macron-paris-2024-05-06)."),
    event("e-tgv-sale", "Delivery", "A sale of TGV trainsets to Morocco would be among the agreements",
          ("vente", None), [("agent", FRANCE), ("recipient", MOROCCO), ("theme", TGV)], status="hypothetical",
          according_to=[SOURCE], part_of="e-signing",
          note="« Parmi eux figurerait la vente de rames de TGV »: a conditional, hypothetical; the seller and the "
               "buyer are not written: France and Morocco follow from the Franco-Moroccan agreements (eux)."),
    event("e-line-extension", "Event", "Extending the high-speed line to Marrakech (the sale's purpose)",
          ("prolonger", None), [("recipient", HSL)], status="planned", place=MOROCCO, according_to=[SOURCE],
          note="« pour prolonger la ligne à grande vitesse jusqu’à Marrakech »: a purpose, planned; the line is what "
               "is extended (recipient), Marrakech the end point (a mention, no role); the event's place is Morocco."),
    event("e-france-by-morocco", "Event", "France will stand by Morocco (Macron)", ("se tiendra", None),
          [("agent", FRANCE), ("recipient", MOROCCO)], status="planned", according_to=[MACRON],
          evidence=QUOTE_EVIDENCE,
          note="« La France se tiendra aux côtés du Maroc »: a future without condition in the president's words, a "
               "commitment of the state, planned (as Kanani's « La réponse de l’Iran sera » in "
               "gold/choigou-teheran-2024-08-05)."),
    event("e-investment", "Event", "French companies will soon invest in Western Sahara", ("investiraient", None),
          [("agent", FR_FIRMS)], status="planned", place=WSAHARA, time="t-soon", according_to=[MACRON],
          note="« Il a promis que des entreprises françaises investiraient bientôt dans ce territoire disputé »: a "
               "promise, so planned (a future in the past after a promise); « ce territoire disputé » is Western "
               "Sahara, the place."),
    event("e-french-backing", "Acceptance", "France backs Morocco's autonomy plan at the end of July",
          ("soutien", None), [("agent", FRANCE), ("recipient", MOROCCO), ("theme", PLAN)], time="t-end-july",
          note="« Le soutien apporté fin juillet par la France au plan d’autonomie marocain »: France accepts the "
               "plan Morocco proposes (an Acceptance: the plan the theme, its proposer the recipient, as the inviter "
               "is the recipient of an acceptance in the bundled article)."),
    event("e-algeria-anger", "Event", "France's backing angered Algeria", ("colère", None),
          [("participant", ALGERIA)],
          note="« avait provoqué la colère d’Alger »: a pluperfect reaction of the state (« Alger » a metonym), "
               "caused by e-french-backing; no time word of its own."),
    event("e-recall", "Event", "Algeria recalls its ambassador to France", ("rappelé", None),
          [("agent", ALGERIA), ("recipient", AMBASSADOR)],
          note="« qui avait aussitôt rappelé son ambassadeur à Paris »: a relative pluperfect; « qui » is Algiers "
               "(Algeria). The ambassador is the one recalled (recipient, as diplomats expelled in gold). « à Paris » "
               "says where he was posted, not where the recall happened: no place. « aussitôt » (right after the "
               "July backing) is not given a time; it stands between the auxiliary and the participle, so the "
               "trigger is the participle alone (as « Paris a de son côté demandé » in gold)."),
    event("e-polisario-backing", "Event", "Algeria backs the Polisario Front", ("Soutenu", None),
          [("agent", ALGERIA), ("recipient", POLISARIO)],
          note="« Soutenu par l’Algérie, le Front Polisario »: a fronted passive participle, a standing support "
               "stated as fact; no time."),
    event("e-referendum", "Event", "A self-determination referendum under UN auspices", ("référendum", None),
          [("agent", UN)], status="proposed", place=WSAHARA, according_to=[POLISARIO],
          note="« réclame ... un référendum d’autodétermination sous l’égide de l’ONU »: demanded, not agreed, so "
               "proposed; the UN would organise it (agent). The territory is implied by the paragraph (Western "
               "Sahara, the autonomy plan's object)."),
    event("e-turn-back", "Event", "France turned its back on international law (Algerian accusation)",
          ("tourner le dos", None), [("agent", FRANCE)], status="suspected", according_to=[DZ_MFA],
          note="« Paris a choisi de tourner le dos au droit international »: an accusation in the ministry's words, "
               "so suspected (someone's charge, with who makes it in according_to). « le droit international » is "
               "no entity."),
    event("e-ambassador-return", "Event", "The Algerian ambassador's return to Paris is not on the agenda",
          ("retour", None), [("agent", AMBASSADOR)], status="negated", place=PARIS, according_to=[DIPLOMAT],
          note="« Le retour de l’ambassadeur algérien n’est pas à l’ordre du jour »: negated; his return would be to "
               "his post in Paris, named in the paragraph before."),
    event("e-rupture", "Event", "A rupture between France and Algeria (not feared by Barrot)", ("rupture", None),
          [("participant", FRANCE), ("participant", ALGERIA)], status="hypothetical", according_to=[BARROT],
          note="« a dit ne pas craindre de « rupture » avec l’Algérie »: the rupture is a possibility the minister "
               "says he does not fear: hypothetical (not negated: he does not say it will not happen). France is the "
               "implied other party."),
    event("e-spain-recognition", "Acceptance", "Spain recognised Morocco's autonomy plan in 2022",
          ("avait reconnu", None), [("agent", SPAIN), ("recipient", MOROCCO), ("theme", PLAN)], time="t-2022",
          note="« Madrid, qui avait reconnu le plan marocain dès 2022 »: a relative pluperfect by a metonym; an "
               "Acceptance of the plan, as France's backing."),
    event("e-marrakech-trip", "Visit", "Macron to travel to Marrakech on Wednesday", ("se rendre", None),
          [("agent", MACRON)], status="planned", place=MARRAKECH, time="t-wednesday", part_of="e-state-visit",
          note="« doit se rendre mercredi à Marrakech »: planned (« doit »), the last day of the three-day visit."),
    event("e-medina-visit", "Visit", "Macron to visit the medina of Marrakech on Wednesday", ("visitera", None),
          [("agent", MACRON)], status="planned", place=MEDINA, time="t-wednesday", part_of="e-marrakech-trip",
          note="« où il visitera la médina »: « où » is Marrakech, so the day is the trip's Wednesday; the medina is "
               "the place."),
    event("e-return-paris", "Visit", "Macron to fly back to Paris on Wednesday evening", ("regagner", None),
          [("agent", MACRON)], status="planned", place=PARIS, time="t-wednesday-evening",
          note="« avant de regagner Paris dans la soirée »: planned; Paris the city, the destination."),
    event("e-king-company", "Event", "Mohammed VI might accompany Macron to Marrakech", ("accompagner", None),
          [("agent", MOHAMMED), ("participant", MACRON)], status="hypothetical", place=MARRAKECH,
          according_to=[MA_PRESS], part_of="e-marrakech-trip",
          note="« Le souverain pourrait l’y accompagner »: conditional, hypothetical; « l’ » is Macron, « y » "
               "Marrakech. No time word of its own (part of the Wednesday trip)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-macron-parliament", "Statement",
           "Macron tells the Moroccan parliament that Western Sahara's present and future lie under Moroccan "
           "sovereignty", MACRON, ("a affirmé", None),
           [("le présent et l’avenir du Sahara occidental s’inscrivent dans le cadre de la souveraineté marocaine",
             None)], time="t-tuesday", place=RABAT, evidence=LEDE,
           note="« a affirmé mardi devant le Parlement marocain que « ... » »: the quote is a « que » clause. The "
                "parliament is the audience (a mention; the addressee field is left out, the members are not one "
                "speaker's addressee), the place is Rabat, where it sits. « un discours » in the Algerian reaction "
                "restates this speech. Sovereignty is a state, no event."),
    speech("s-presidency", "Report", "The Élysée reports the signing of the agreements", PRESIDENCY,
           ("a indiqué", None), [], about=["e-signing"],
           note="« a indiqué l’Élysée »: a source after the clause; the French presidency (metonym). No time."),
    speech("s-source", "Report", "A source close to the matter says a TGV sale is among the agreements", SOURCE,
           ("selon", "selon une source"), [], about=["e-tgv-sale", "e-line-extension"],
           note="« selon une source proche du dossier »."),
    speech("s-macron-quote", "Statement", "Macron: France will stand by Morocco", MACRON, ("a lancé", None),
           [("Je le dis ici avec force", None), ("La France se tiendra aux côtés du Maroc.", None)],
           evidence=QUOTE_EVIDENCE, about=["e-france-by-morocco"],
           note="One pair of guillemets split at a sentence end around « a lancé le chef de l’État sous les "
                "applaudissements. » (two quote parts, the second keeping its full stop). « ici » points to the "
                "parliament, but the text names no occasion or day for these words: no time and no place, as "
                "Macron's calls in gold/xi-macron-paris-2024-05-06."),
    speech("s-macron-promise", "Assurance", "Macron promises French companies will soon invest in Western Sahara",
           MACRON, ("a promis", None), [], about=["e-investment"],
           note="Indirect speech, no quote; « Il » is Macron. No time."),
    speech("s-polisario-demand", "Statement", "The Polisario Front demands a self-determination referendum",
           POLISARIO, ("réclame", None), [], time="t-decades", about=["e-referendum"],
           note="« réclame depuis des décennies »: a standing demand in the present, no quote; its time is the vague "
                "« depuis des décennies »."),
    speech("s-dz-denunciation", "Statement", "The Algerian foreign ministry denounces an « irresponsible » speech",
           DZ_MFA, ("a dénoncé", None), [("irresponsable", None)], time="t-tuesday-dz", according_to=[APS],
           about=["s-macron-parliament"],
           note="« Mardi, la diplomatie algérienne a dénoncé un discours « irresponsable », selon l’agence "
                "officielle APS »: « un discours » is Macron's speech (a speech act, in about); the title before APS "
                "is part of its phrase."),
    speech("s-aps", "Report", "APS reports the Algerian denunciation", APS, ("selon", "selon l’agence"), [],
           about=["s-dz-denunciation"],
           note="« selon l’agence officielle APS »: a source after the clause, no time of its own."),
    speech("s-dz-communique", "Statement", "Algeria: Paris chose to turn its back on international law", DZ_MFA,
           ("a-t-elle ajouté", None), [("Paris a choisi de tourner le dos au droit international", None)],
           time="t-tuesday-dz", about=["e-turn-back"],
           note="A quote first under an inverted « a-t-elle ajouté dans un communiqué »; « elle » is the ministry. "
                "« ajouté » continues the Tuesday denunciation (as « a ajouté l’agence » in the bundled article), so "
                "it takes its day; the communiqué is the medium, no source of its own."),
    speech("s-dz-no-measures", "SpeechAct", "The Algerian ministry announces no retaliation", DZ_MFA,
           ("annoncer", None), [], status="negated",
           note="« sans toutefois annoncer de mesures de rétorsion »: a negated speech act (as « sans évoquer » in "
                "gold/frappe-kiev-2024-11-14); « toutefois » stands between « sans » and the verb, so the trigger is "
                "the verb alone. The measures are no event (nothing is said of them but that none was announced)."),
    speech("s-diplomat", "Assurance", "A diplomat in Algiers: the ambassador's return is not on the agenda",
           DIPLOMAT, ("a assuré", None), [], place=ALGIERS, about=["e-ambassador-return"],
           note="Indirect speech without guillemets, the reporting clause after it; « à Alger » is the city where "
                "the diplomat speaks (his place)."),
    speech("s-barrot-no-fear", "Statement", "Jean-Noël Barrot does not fear a rupture with Algeria", BARROT,
           ("a dit", None), [("rupture", None)], about=["e-rupture"],
           note="« Interrogé par la presse, ... a dit ne pas craindre de « rupture » avec l’Algérie »: the press that "
                "asks is generic (no speech act, as « lorsque la presse lui a demandé » in the bundled article). The "
                "speech act occurred; what is negated is the fear, whose object is hypothetical. No time."),
    speech("s-barrot-qualification", "Statement", "Barrot calls Algeria an essential partner", BARROT,
           ("a qualifiée", None), [("partenaire essentiel", None)],
           note="« qu’il a qualifiée de « partenaire essentiel » »: a relative qualification of Algeria (« qu’ »); "
                "the quoted predicate is no mention and no event."),
    speech("s-madrid-hails", "Statement", "Madrid hails a welcome clarification", SPAIN, ("a salué", None),
           [("clarification bienvenue", None)], about=["s-macron-parliament"],
           note="« Madrid ... a salué une « clarification bienvenue » »: Spain (a metonym); what it hails is Macron's "
                "position of the lede (a speech act, in about). No time."),
    speech("s-moroccan-press", "Report", "The Moroccan press says the king might accompany Macron", MA_PRESS,
           ("selon", "selon la presse"), [], about=["e-king-company"],
           note="« selon la presse marocaine »."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
