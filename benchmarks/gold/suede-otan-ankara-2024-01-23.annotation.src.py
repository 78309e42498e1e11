"""Held-out annotation of suede-otan-ankara-2024-01-23.txt (written for the nineteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/suede-otan-ankara-2024-01-23.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/suede-otan-ankara-2024-01-23.annotation.src.py --check

From held-out set 19 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "suede-otan-ankara-2024-01-23.txt"

NOTE = """\
Held-out-19 article: the Turkish parliament ratifies Sweden's accession to NATO on Tuesday evening 23 January \
2024 (the file gives the day), after twenty months of stalling, by 287 votes to 55 as its speaker Numan Kurtulmus \
announces; the law still has to be promulgated by Recep Tayyip Erdogan, perhaps in the coming days; Sweden's \
application of May 2022 (with Finland, which joined in April 2023) and Ankara's reproach of Swedish complacency \
towards Kurdish militants are recalled; Ulf Kristersson hails it on X, Jens Stoltenberg welcomes the vote and \
hopes for a quick Hungarian ratification; in Washington the Turkish green light should unblock the sale of forty \
F-16s, which Joe Biden had linked to the accession, and the State Department could refer it to Congress this \
week, according to a US official; Hungary still holds out: Viktor Orban invites his Swedish counterpart to \
Budapest to « negotiate », Tobias Billström answers in the evening that there is nothing to negotiate while ready \
to go on talking, and the Hungarian parliament will not sit before 15 February barring an extraordinary session; \
Moscow reacts through its foreign ministry (a response, « countermeasures » if NATO troops are stationed in \
Sweden) and recalls Dmitry Peskov's Monday judgement; Kristersson is to meet Stoltenberg in Brussels on Thursday. \
The ratification, the vote count, the F-16 link, Orban's invitation and Billström's answer follow the real events \
loosely; the quotes, the timing of the promulgation and of the referral to Congress, the US official, the \
Russian ministry's wording, Peskov's Monday words, the 15 February date and the Brussels meeting are invented or \
simplified. \
What it exercises: a ratification by a parliament on a weekday with a part of the day and a nominal accession \
(« Le Parlement turc a ratifié mardi soir l’adhésion de la Suède à l’Otan »: the accession proposed) with a \
participle of consequence and a nominal delay over a duration (« levant l’un des deux derniers obstacles à \
l’élargissement de l’Alliance après vingt mois d’atermoiements »); a passive vote restating the ratification and a \
source after the clause with a role noun holding the institution and a name in apposition (« Le texte a été \
adopté par 287 voix contre 55, a annoncé le président de l’Assemblée, Numan Kurtulmus »); a pronoun for a \
document (« Il », no mention) with a passive planned promulgation by a role noun and a name in apposition and a \
relative conditional with a vague future (« ce qui pourrait intervenir dans les prochains jours »); a pluperfect \
application with a month and year and a second country in « comme », and the invasion as a nominal mention; a \
metonym's accession with « en avril dernier » and a reproach in the imperfect by a metonym to another metonym, \
with a suspected complacency and a relative qualification with a one-word quote by a pronoun (« qu’elle qualifie \
de « terroristes » »: « elle » is Ankara, not Stockholm); a quote split around its reporting clause in the \
middle of a sentence with a written medium and « Nous » for Sweden (« « Nous sommes tout près, s’est félicité sur \
X le Premier ministre suédois, Ulf Kristersson, de devenir membres de l’Otan. » »); a role noun holding the \
organisation before a name, then two speech verbs joined by « et », the second with a quoted adjective phrase on \
a hoped-for ratification by a country (« a salué le vote et dit compter sur une ratification « aussi rapide que \
possible » par la Hongrie »); « À Washington » (the city) with a conditional unblocking whose subject restates the \
ratification (« le feu vert turc devrait débloquer la vente de quarante avions F-16 à la Turquie »: the sale \
proposed) and a relative pluperfect link (« que Joe Biden avait liée à l’adhésion suédoise »); a conditional \
referral with a quoted week sourced after the clause (« pourrait saisir le Congrès « dès cette semaine », selon un \
responsable américain »); a metonym that keeps everyone waiting (« Budapest, en revanche, se fait toujours \
attendre »); an invitation on the publication day with a role noun for the invitee, a city as destination and a \
one-word quoted purpose (« Viktor Orban a invité mardi son homologue suédois à Budapest pour « négocier » »); a \
quote first with an impersonal « Il n’y a », a dative pronoun and « dans la soirée », then a participle of \
readiness with a quoted infinitive phrase (« lui a répondu dans la soirée le chef de la diplomatie suédoise, \
Tobias Billström, tout en se disant prêt à « poursuivre le dialogue » »: two speech acts, the dialogue proposed); \
a negated future with a date as its bound and an exception (« ne se réunira pas avant le 15 février, sauf \
session extraordinaire »: the sitting negated, the extraordinary session hypothetical); a metonym's reaction \
without a quote (« Moscou a réagi sans tarder »); a quote first by a ministry with a double negation (« « Cette \
décision ne restera pas sans réponse », a prévenu le ministère russe des Affaires étrangères »: the response \
planned) and a participle of speech with a one-word quote and a condition in the imperfect with a passive (« \
évoquant des « contre-mesures » si des troupes de l’Otan étaient stationnées en Suède »: both hypothetical); a \
fronted past weekday with a pluperfect judgement, a name and a role noun in apposition and a quoted conditional \
(« Lundi, Dmitri Peskov, porte-parole du Kremlin, avait déjà jugé que l’élargissement « ne rendrait pas l’Europe \
plus sûre » »); a planned meeting on a future weekday in a city (« M. Kristersson doit s’entretenir jeudi à \
Bruxelles avec M. Stoltenberg »).
Places and metonyms. « Ankara » is Turkey (a metonym of local:turkey), « Stockholm » Sweden (of local:sweden), \
« Helsinki » Finland (of local:finland), « Moscou » Russia (Q159), « Kremlin » the presidential administration \
(Q2060629), all as in gold/sommet-otan-vilnius-2023-07-11. « Budapest » is Hungary (a metonym of local:hungary, \
as in gold/adhesion-ukraine-ue-2023-12-14) when it « se fait toujours attendre », and the city (local:budapest, \
kind name) where Orban invites Kristersson to negotiate. « À Washington » is the city (Q61, kind name), as « À \
Washington » in gold: the place where the unblocking would play out; the sale itself is the United States' \
(Q30, implied). « Bruxelles » is the city of the planned meeting (local:brussels). « Suède » in « stationnées en \
Suède » is the place of the stationing; « Europe » is a local place. No place is written for the ratification, \
the vote, the promulgation, the application, the Finnish accession, Orban's invitation or the speech acts: none.
Mentions. « Parlement turc » and « Parlement hongrois » are names (without their article, as « Parlement turc » \
in gold); « l’Assemblée » inside « le président de l’Assemblée » is a nominal mention of the Turkish parliament \
(as « l’organisation » inside « le secrétaire général de l’organisation » in gold), and « l’Alliance » (three \
times, once inside « Le secrétaire général de l’Alliance ») a nominal mention of NATO. « le président de \
l’Assemblée », « le chef de l’État », « le Premier ministre suédois », « Le secrétaire général de l’Alliance », \
« son homologue suédois », « le chef de la diplomatie suédoise », « le ministère russe des Affaires étrangères » \
and « porte-parole du Kremlin » are nominal mentions; « l’État » in « le chef de l’État » and « la diplomatie \
suédoise » in Billström's title are no mentions (titles that hold no name, as « la diplomatie russe » in gold). « \
M. Kristersson » and « M. Stoltenberg » are marked without « M. ». « Nous » (Kristersson's quote) is Sweden, « \
elle » (« qu’elle qualifie ») Turkey, « lui » (« lui a répondu ») Orban. « l’invasion russe de l’Ukraine » is a \
nominal mention of the invasion (Q110999040) with « Ukraine » inside, as gold's « l’invasion de l’Ukraine »; no \
event. « des militants kurdes », « quarante avions F-16 », « un responsable américain » and « des troupes de \
l’Otan » (with « Otan » inside) are local groups, objects and a person. Not mentions: « Le texte » and its « Il \
» (the ratification law, a document, as « le protocole d’adhésion » in gold), « l’un des deux derniers obstacles \
», « le vote », « le feu vert turc » and « Cette décision » (the ratification restated), « l’adhésion suédoise » \
and « l’élargissement » (the accession restated), « sa complaisance », « le dialogue », « session \
extraordinaire », the impersonal « Il n’y a ».
Statuses. The ratification (restated by « adopté », « le vote », « le feu vert turc », « Cette décision »), the \
lifting of the obstacle, the twenty months of stalling, the 2022 application, Finland's accession and Biden's \
link are occurred; Sweden's accession is proposed (still not done, as « l’entrée de la Suède » in gold), and so \
are the F-16 sale, the Hungarian ratification Stoltenberg counts on, the negotiation in Budapest and the dialogue; \
the promulgation (« doit encore être promulgué ») and Russia's response (« ne restera pas sans réponse ») are \
planned; the unblocking (« devrait »), the referral to Congress (« pourrait »), the extraordinary session, the \
countermeasures and the stationing of troops are hypothetical; Swedish complacency towards the Kurds is \
suspected (Ankara's reproach); the Hungarian parliament's sitting before 15 February is negated; Orban's \
invitation occurred; the meeting in Brussels is planned.
Times. « mardi soir » and « mardi » are the publication day, Tuesday 23 January 2024 (the first with its part of \
day); « dans la soirée » the evening of that day; « vingt mois » a duration (May 2022 to January 2024, P20M); « \
dans les prochains jours » vague (future); « en mai 2022 » May 2022; « en avril dernier » April 2023; « dès \
cette semaine » (inside the official's quote) the week of Monday 22 to Sunday 28 January 2024, inside one month: \
January 2024; « le 15 février » 15 February 2024; « Lundi » 22 January 2024 (pluperfect); « jeudi » 25 January \
2024. « sans tarder », « toujours », « déjà » and « encore » are no times. Kurtulmus's announcement, \
Kristersson's, Stoltenberg's, the ministry's and Moscow's words and Ankara's reproach have no weekday of their \
own: no time.
Turkey, Sweden, NATO, the Turkish and Hungarian parliaments, Numan Kurtulmus, Recep Tayyip Erdogan, Finland, the \
Kurdish militants, Ulf Kristersson, X, Jens Stoltenberg, Hungary, Budapest, the F-16s, Joe Biden, the State \
Department, Congress, the US official, Viktor Orban, Tobias Billström, the NATO troops, Europe and Brussels are \
not in ids.tsv: local, unlinked. Ukraine, the invasion of Ukraine, Washington (the city), Russia, the Russian \
foreign ministry, Dmitry Peskov and the Kremlin are linked."""

UKRAINE, INVASION, WASHINGTON, US, RUSSIA = "Q212", "Q110999040", "Q61", "Q30", "Q159"
RU_MFA, PESKOV, KREMLIN = "Q789889", "Q4359688", "Q2060629"
TR_PARLIAMENT, SWEDEN, NATO, KURTULMUS = "local:turkish-parliament", "local:sweden", "local:nato", \
    "local:numan-kurtulmus"
ERDOGAN, FINLAND, TURKEY, KURDS = "local:recep-tayyip-erdogan", "local:finland", "local:turkey", \
    "local:kurdish-militants"
KRISTERSSON, X_NETWORK, STOLTENBERG, HUNGARY = "local:ulf-kristersson", "local:x", "local:jens-stoltenberg", \
    "local:hungary"
F16, BIDEN, STATE_DEPT, CONGRESS = "local:f-16-aircraft", "local:joe-biden", "local:us-state-department", \
    "local:us-congress"
US_OFFICIAL, ORBAN, BUDAPEST, BILLSTROM = "local:us-official", "local:viktor-orban", "local:budapest", \
    "local:tobias-billstrom"
HU_PARLIAMENT, TROOPS, EUROPE, BRUSSELS = "local:hungarian-parliament", "local:nato-troops", "local:europe", \
    "local:brussels"

DESCRIPTIONS = {
    WASHINGTON: "la ville, où le feu vert turc devrait débloquer la vente des F-16",
    RU_MFA: "« le ministère russe des Affaires étrangères », qui prévient que la décision « ne restera pas sans "
            "réponse »",
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (TR_PARLIAMENT, "Parlement turc", "Grand National Assembly of Turkey", "organization",
     {"description": "la Grande Assemblée nationale de Turquie, qui ratifie l’adhésion de la Suède; aussi « "
                     "l’Assemblée »",
      "unlinked_reason": NOT_VERIFIED}),
    (SWEDEN, "Suède", "Sweden", "country",
     {"description": "aussi désignée par « Stockholm » (métonymie)", "class_qid": "Q3624078",
      "unlinked_reason": NOT_VERIFIED}),
    (NATO, "Otan", "NATO", "organization",
     {"description": "aussi « l’Alliance »", "class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (KURTULMUS, "Numan Kurtulmus", "Numan Kurtulmuş", "person",
     {"description": "président de la Grande Assemblée nationale de Turquie", "unlinked_reason": NOT_VERIFIED}),
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président turc, chef de l’État", "unlinked_reason": NOT_VERIFIED}),
    (FINLAND, "Finlande", "Finland", "country",
     {"description": "aussi désignée par « Helsinki » (métonymie)", "class_qid": "Q3624078",
      "unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country",
     {"description": "aussi désignée par « Ankara » (métonymie)", "class_qid": "Q3624078",
      "unlinked_reason": NOT_VERIFIED}),
    (KURDS, "militants kurdes", "Kurdish militants", "group",
     {"description": "militants kurdes que la Turquie qualifie de « terroristes »",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (KRISTERSSON, "Ulf Kristersson", "Ulf Kristersson", "person",
     {"description": "Premier ministre suédois", "unlinked_reason": NOT_VERIFIED}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (STOLTENBERG, "Jens Stoltenberg", "Jens Stoltenberg", "person",
     {"description": "secrétaire général de l’Otan", "unlinked_reason": NOT_VERIFIED}),
    (HUNGARY, "Hongrie", "Hungary", "country",
     {"description": "aussi désignée par « Budapest » (métonymie)", "class_qid": "Q3624078",
      "unlinked_reason": NOT_VERIFIED}),
    (F16, "avions F-16", "F-16 aircraft", "object",
     {"description": "les quarante avions de combat F-16 dont la vente à la Turquie est liée à l’adhésion suédoise",
      "class_qid": "Q11436", "unlinked_reason": "an unspecified set of aircraft, not one Wikidata item"}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CONGRESS, "Congrès des États-Unis", "United States Congress", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (US_OFFICIAL, "un responsable américain", "a US official", "person",
     {"description": "responsable américain que l’article ne nomme pas",
      "unlinked_reason": "an anonymous person, not one Wikidata item"}),
    (ORBAN, "Viktor Orban", "Viktor Orbán", "person",
     {"description": "Premier ministre hongrois", "unlinked_reason": NOT_VERIFIED}),
    (BUDAPEST, "Budapest", "Budapest", "place",
     {"description": "la ville, où Viktor Orban invite Ulf Kristersson à négocier", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (BILLSTROM, "Tobias Billström", "Tobias Billström", "person",
     {"description": "ministre suédois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (HU_PARLIAMENT, "Parlement hongrois", "National Assembly of Hungary", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "troupes de l’Otan", "NATO troops", "group",
     {"description": "des troupes de l’Otan qui seraient stationnées en Suède (hypothèse du ministère russe)",
      "unlinked_reason": "an unspecified body of troops, not one Wikidata item"}),
    (EUROPE, "Europe", "Europe", "place", {"unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place",
     {"description": "la ville, où Ulf Kristersson doit rencontrer Jens Stoltenberg", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Parlement turc a ratifié mardi soir l’adhésion de la Suède à l’Otan, levant ... de l’Alliance ...
    ("Parlement turc", None, TR_PARLIAMENT, "name"),
    ("Suède", "l’adhésion de la Suède", SWEDEN, "name"),
    ("Otan", "la Suède à l’Otan", NATO, "name"),
    ("l’Alliance", "l’élargissement de l’Alliance", NATO, "nominal"),
    # Le texte a été adopté par 287 voix contre 55, a annoncé le président de l’Assemblée, Numan Kurtulmus.
    ("le président de l’Assemblée", None, KURTULMUS, "nominal"),
    ("l’Assemblée", None, TR_PARLIAMENT, "nominal"),
    ("Numan Kurtulmus", None, KURTULMUS, "name"),
    # Il doit encore être promulgué par le chef de l’État, Recep Tayyip Erdogan, ce qui pourrait intervenir ...
    ("le chef de l’État", None, ERDOGAN, "nominal"),
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    # La Suède avait déposé sa candidature en mai 2022, comme la Finlande, après l’invasion russe de l’Ukraine.
    ("Suède", "La Suède avait déposé", SWEDEN, "name"),
    ("Finlande", None, FINLAND, "name"),
    ("l’invasion russe de l’Ukraine", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    # Helsinki a rejoint l’Alliance en avril dernier, mais Ankara reprochait à Stockholm sa complaisance envers
    # des militants kurdes qu’elle qualifie de « terroristes ».
    ("Helsinki", None, FINLAND, "metonym"),
    ("l’Alliance", "rejoint l’Alliance", NATO, "nominal"),
    ("Ankara", None, TURKEY, "metonym"),
    ("Stockholm", None, SWEDEN, "metonym"),
    ("des militants kurdes", None, KURDS, "nominal"),
    ("elle", "qu’elle qualifie", TURKEY, "pronoun"),
    # « Nous sommes tout près, s’est félicité sur X le Premier ministre suédois, Ulf Kristersson, de devenir
    # membres de l’Otan. »
    ("Nous", None, SWEDEN, "pronoun"),
    ("X", "sur X le", X_NETWORK, "name"),
    ("le Premier ministre suédois", None, KRISTERSSON, "nominal"),
    ("Ulf Kristersson", None, KRISTERSSON, "name"),
    ("Otan", "membres de l’Otan", NATO, "name"),
    # Le secrétaire général de l’Alliance, Jens Stoltenberg, a salué le vote et dit compter sur une ratification
    # « aussi rapide que possible » par la Hongrie.
    ("Le secrétaire général de l’Alliance", None, STOLTENBERG, "nominal"),
    ("l’Alliance", "Le secrétaire général de l’Alliance", NATO, "nominal"),
    ("Jens Stoltenberg", None, STOLTENBERG, "name"),
    ("Hongrie", None, HUNGARY, "name"),
    # À Washington, le feu vert turc devrait débloquer la vente de quarante avions F-16 à la Turquie, que Joe Biden
    # avait liée à l’adhésion suédoise.
    ("Washington", None, WASHINGTON, "name"),
    ("quarante avions F-16", None, F16, "nominal"),
    ("Turquie", None, TURKEY, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    # Le département d’État pourrait saisir le Congrès « dès cette semaine », selon un responsable américain.
    ("département d’État", None, STATE_DEPT, "name"),
    ("Congrès", None, CONGRESS, "name"),
    ("un responsable américain", None, US_OFFICIAL, "nominal"),
    # Budapest, en revanche, se fait toujours attendre.
    ("Budapest", "Budapest, en revanche", HUNGARY, "metonym"),
    # Viktor Orban a invité mardi son homologue suédois à Budapest pour « négocier ».
    ("Viktor Orban", None, ORBAN, "name"),
    ("son homologue suédois", None, KRISTERSSON, "nominal"),
    ("Budapest", "suédois à Budapest", BUDAPEST, "name"),
    # « Il n’y a rien à négocier », lui a répondu dans la soirée le chef de la diplomatie suédoise, Tobias
    # Billström, tout en se disant prêt à « poursuivre le dialogue ».
    ("lui", "lui a répondu", ORBAN, "pronoun"),
    ("le chef de la diplomatie suédoise", None, BILLSTROM, "nominal"),
    ("Tobias Billström", None, BILLSTROM, "name"),
    # Le Parlement hongrois ne se réunira pas avant le 15 février, sauf session extraordinaire.
    ("Parlement hongrois", None, HU_PARLIAMENT, "name"),
    # Moscou a réagi sans tarder.
    ("Moscou", None, RUSSIA, "metonym"),
    # « Cette décision ne restera pas sans réponse », a prévenu le ministère russe des Affaires étrangères,
    # évoquant des « contre-mesures » si des troupes de l’Otan étaient stationnées en Suède.
    ("le ministère russe des Affaires étrangères", None, RU_MFA, "nominal"),
    ("des troupes de l’Otan", None, TROOPS, "nominal"),
    ("Otan", "des troupes de l’Otan", NATO, "name"),
    ("Suède", "stationnées en Suède", SWEDEN, "name"),
    # Lundi, Dmitri Peskov, porte-parole du Kremlin, avait déjà jugé que l’élargissement « ne rendrait pas l’Europe
    # plus sûre ».
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Europe", None, EUROPE, "name"),
    # M. Kristersson doit s’entretenir jeudi à Bruxelles avec M. Stoltenberg.
    ("Kristersson", "M. Kristersson", KRISTERSSON, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("Stoltenberg", "M. Stoltenberg", STOLTENBERG, "name"),
]

PUB_DAY = "the publication day, Tuesday 23 January 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday-evening", ("mardi soir", None), "2024-01-23", "day", "part-of-day",
     "« a ratifié mardi soir »: the evening of " + PUB_DAY),
    ("t-twenty-months", ("vingt mois", None), None, "duration", "explicit-duration",
     "« après vingt mois d’atermoiements »: the length of the stalling (P20M, from the May 2022 application to "
     "January 2024); a duration, no date of its own."),
    ("t-coming-days", ("dans les prochains jours", None), None, "vague", "vague-future",
     "« ce qui pourrait intervenir dans les prochains jours »: some days after publication; no value (as in gold)."),
    ("t-may-2022", ("en mai 2022", None), "2022-05", "month", "explicit-month-year",
     "Pluperfect « avait déposé sa candidature en mai 2022 »: a month with its year."),
    ("t-april", ("en avril dernier", None), "2023-04", "month", "month-past",
     "« a rejoint l’Alliance en avril dernier », written in January 2024: the last April, April 2023."),
    ("t-this-week", ("dès cette semaine", None), "2024-01", "month", "relative-week-future",
     "Inside the official's quote: the week of publication, Monday 22 to Sunday 28 January 2024, falls inside one "
     "month: the month (the gold convention for weeks)."),
    ("t-tuesday-orban", ("mardi", "a invité mardi"), "2024-01-23", "day", "weekday-publication-day",
     "« Viktor Orban a invité mardi »: " + PUB_DAY),
    ("t-evening", ("dans la soirée", None), "2024-01-23", "day", "part-of-day",
     "« lui a répondu dans la soirée »: the evening of the Tuesday of Orban's invitation, " + PUB_DAY),
    ("t-february-15", ("le 15 février", None), "2024-02-15", "day", "day-month-future",
     "« ne se réunira pas avant le 15 février »: day and month after the publication day, in 2024 (Thursday 15 "
     "February 2024); the bound before which the parliament will not sit."),
    ("t-monday", ("Lundi", None), "2024-01-22", "day", "weekday-past",
     "Pluperfect « Lundi, ... avait déjà jugé »: the Monday before the publication day, 22 January 2024."),
    ("t-thursday", ("jeudi", None), "2024-01-25", "day", "weekday-future",
     "« doit s’entretenir jeudi à Bruxelles »: the Thursday after the publication day, 25 January 2024."),
]

LEDE = ("Le Parlement turc", "d’atermoiements.")
REPROACH = ("Helsinki a rejoint", "« terroristes ».")
KRISTERSSON_EVIDENCE = ("« Nous sommes", "l’Otan. »")
BILLSTROM_EVIDENCE = ("« Il n’y a rien", "« poursuivre le dialogue ».")
MFA_EVIDENCE = ("« Cette décision", "stationnées en Suède.")

EVENTS: list[dict[str, Any]] = [
    event("e-ratification", "Event", "The Turkish parliament ratifies Sweden's accession to NATO on Tuesday evening",
          ("a ratifié", None), [("agent", TR_PARLIAMENT), ("recipient", SWEDEN)], time="t-tuesday-evening",
          evidence=LEDE,
          note="« Le Parlement turc a ratifié mardi soir l’adhésion de la Suède à l’Otan »: what is ratified is an "
               "event (the accession), not an entity, so the roles are the parliament (agent) and Sweden, whose "
               "accession it approves (recipient). Restated by « Le texte a été adopté par 287 voix contre 55 » (the "
               "vote, one event, as « du vote » restating the decision in gold), « le vote », « le feu vert turc » "
               "and « Cette décision ». No place written (Ankara is implied, not written)."),
    event("e-accession", "Event", "Sweden's accession to NATO", ("adhésion", "l’adhésion de la Suède"),
          [("agent", SWEDEN), ("recipient", NATO)], status="proposed",
          note="« l’adhésion de la Suède à l’Otan »: the joining state the agent, the organisation the recipient; "
               "not done yet (Hungary has still to ratify): proposed, as « l’entrée de la Suède » in gold. Restated "
               "by « l’élargissement de l’Alliance », Kristersson's « devenir membres de l’Otan », « l’adhésion "
               "suédoise », the « négocier » of Orban's invitation (its object) and Peskov's « l’élargissement »."),
    event("e-obstacle-lifted", "Event", "The ratification lifts one of the last two obstacles to NATO enlargement",
          ("levant", None), [("agent", TR_PARLIAMENT)], time="t-tuesday-evening", evidence=LEDE,
          note="« levant l’un des deux derniers obstacles à l’élargissement de l’Alliance »: a participle of "
               "consequence with the subject of the main clause (as « tuant » in gold/frappe-kiev-2024-11-14), the "
               "same evening. The obstacle is Turkey's missing ratification (no entity)."),
    event("e-stalling", "Event", "Twenty months of Turkish stalling over Sweden's accession",
          ("atermoiements", None), [("agent", TURKEY)], time="t-twenty-months", evidence=LEDE,
          note="« après vingt mois d’atermoiements »: a nominal event whose agent is not written; Turkey, whose "
               "parliament now ratifies and whose reproach the next paragraph recalls. « vingt mois » is its "
               "duration."),
    event("e-promulgation", "Event", "Recep Tayyip Erdogan still has to promulgate the law, perhaps in the coming "
          "days", ("promulgué", None), [("agent", ERDOGAN)], status="planned", time="t-coming-days",
          note="« Il doit encore être promulgué par le chef de l’État, Recep Tayyip Erdogan »: a passive with « doit "
               "encore », planned; « Il » is the law (a document, no mention). « ce qui pourrait intervenir dans "
               "les prochains jours » restates the promulgation with a possible time: the time is attached to it, "
               "the status stays planned (the promulgation is required, only its date is uncertain)."),
    event("e-application", "Event", "Sweden, like Finland, applied to join NATO in May 2022",
          ("avait déposé", None), [("agent", SWEDEN), ("agent", FINLAND), ("recipient", NATO)],
          time="t-may-2022",
          note="« La Suède avait déposé sa candidature en mai 2022, comme la Finlande, après l’invasion russe de "
               "l’Ukraine »: pluperfect; « comme la Finlande » gives Finland the same act (a second agent of the "
               "one application, as the two states of one strike in gold); NATO, which « sa candidature » is to, "
               "is implied. « après l’invasion » orders it after the invasion (a mention of Q110999040, no event)."),
    event("e-finland-accession", "Event", "Finland joined NATO in April 2023", ("a rejoint", None),
          [("agent", FINLAND), ("recipient", NATO)], time="t-april",
          note="« Helsinki a rejoint l’Alliance en avril dernier »: « Helsinki » is Finland (a metonym)."),
    event("e-complacency", "Event", "Swedish complacency towards Kurdish militants (Ankara's reproach)",
          ("complaisance", None), [("agent", SWEDEN), ("recipient", KURDS)], status="suspected",
          according_to=[TURKEY], evidence=REPROACH,
          note="« Ankara reprochait à Stockholm sa complaisance envers des militants kurdes »: a reproach, which the "
               "article does not endorse: suspected according to Turkey (as Tehran's « violation » in gold)."),
    event("e-hungary-ratification", "Event", "Hungary's ratification of Sweden's accession, hoped to be quick",
          ("ratification", None), [("agent", HUNGARY), ("recipient", SWEDEN)], status="proposed",
          according_to=[STOLTENBERG],
          note="« dit compter sur une ratification « aussi rapide que possible » par la Hongrie »: what Stoltenberg "
               "counts on, not done: proposed (the roles as the Turkish ratification's). « aussi rapide que possible "
               "» is its manner, not a time expression (unlike « dès que possible » in gold)."),
    event("e-unblocking", "Event", "The Turkish green light should unblock the F-16 sale", ("débloquer", None),
          [("participant", US), ("participant", TURKEY)], status="hypothetical", place=WASHINGTON,
          note="« À Washington, le feu vert turc devrait débloquer la vente »: expected, not scheduled: hypothetical "
               "(as « devrait obtenir » in gold). Its subject is the ratification restated (no entity), so the "
               "sale's two parties are the participants; « À Washington » is where it would play out (the city)."),
    event("e-f16-sale", "Delivery", "Sale of forty F-16 aircraft by the United States to Turkey", ("vente", None),
          [("agent", US), ("recipient", TURKEY), ("theme", F16)], status="proposed",
          note="« la vente de quarante avions F-16 à la Turquie »: not concluded: proposed, as the F-16 sale in gold. "
               "The seller, the United States, is implied by « À Washington » and Biden."),
    event("e-biden-link", "Event", "Joe Biden had linked the F-16 sale to Sweden's accession", ("avait liée", None),
          [("agent", BIDEN)],
          note="« que Joe Biden avait liée à l’adhésion suédoise »: a relative pluperfect in the article's own "
               "voice; a condition set by the president, told with no verb of speech (an Event, as « La formule a "
               "ulcéré » in gold). Its objects are two events (the sale, the accession): no entity role. No date."),
    event("e-referral", "Event", "The State Department could refer the sale to Congress this week",
          ("saisir", None), [("agent", STATE_DEPT), ("recipient", CONGRESS)], status="hypothetical",
          time="t-this-week", according_to=[US_OFFICIAL],
          note="« Le département d’État pourrait saisir le Congrès « dès cette semaine », selon un responsable "
               "américain »: « pourrait »: hypothetical; the quoted week is its time."),
    event("e-hungary-waiting", "Event", "Hungary still keeps NATO waiting", ("se fait toujours attendre", None),
          [("agent", HUNGARY)],
          note="« Budapest, en revanche, se fait toujours attendre »: Hungary (a metonym) has still not ratified; an "
               "ongoing state told in the article's voice: occurred. « toujours » is no time."),
    event("e-orban-invitation", "Invitation", "Viktor Orban invites Ulf Kristersson to Budapest to negotiate",
          ("a invité", None), [("agent", ORBAN), ("recipient", KRISTERSSON)], time="t-tuesday-orban",
          note="« Viktor Orban a invité mardi son homologue suédois à Budapest pour « négocier » »: the Invitation "
               "occurred; « son homologue suédois » is Kristersson. Budapest is the destination, the place of the "
               "proposed negotiation, not of the invitation (no place)."),
    event("e-negotiation", "Meeting", "Negotiation in Budapest between Orban and Kristersson (proposed)",
          ("négocier", "pour « négocier »"), [("participant", ORBAN), ("participant", KRISTERSSON)],
          status="proposed", place=BUDAPEST, according_to=[ORBAN],
          note="The purpose of the invitation, not accepted (Billström: « Il n’y a rien à négocier »): proposed. The "
               "trigger is the quoted infinitive of the first quote."),
    event("e-dialogue", "Event", "Sweden ready to go on with the dialogue with Hungary",
          ("dialogue", None), [("participant", SWEDEN), ("participant", HUNGARY)], status="proposed",
          according_to=[BILLSTROM], evidence=BILLSTROM_EVIDENCE,
          note="« tout en se disant prêt à « poursuivre le dialogue » »: offered, not agreed: proposed. The two "
               "states are the participants (Billström speaks for Sweden, to Orban, who speaks for Hungary)."),
    event("e-hungarian-sitting", "Meeting", "The Hungarian parliament will not sit before 15 February",
          ("se réunira", None), [("participant", HU_PARLIAMENT)], status="negated", time="t-february-15",
          note="« Le Parlement hongrois ne se réunira pas avant le 15 février »: a negated future: no sitting before "
               "that date (so no vote on Sweden before it). « le 15 février » is the bound, attached as the time. A "
               "reviewer could read a planned sitting from 15 February instead."),
    event("e-extraordinary-session", "Meeting", "An extraordinary session of the Hungarian parliament (possible)",
          ("session extraordinaire", None), [("participant", HU_PARLIAMENT)], status="hypothetical",
          note="« sauf session extraordinaire »: the exception, a possibility: hypothetical; no date."),
    event("e-russian-response", "Event", "Russia will respond to the ratification", ("réponse", None),
          [("agent", RUSSIA)], status="planned", according_to=[RU_MFA], evidence=MFA_EVIDENCE,
          note="« Cette décision ne restera pas sans réponse »: a double negation, so a response is announced, with "
               "no condition in this sentence: planned, according to the ministry. « Cette décision » is the "
               "ratification restated."),
    event("e-countermeasures", "Event", "Russian « countermeasures » if NATO troops are stationed in Sweden",
          ("contre-mesures", None), [("agent", RUSSIA)], status="hypothetical", according_to=[RU_MFA],
          evidence=MFA_EVIDENCE,
          note="« évoquant des « contre-mesures » si des troupes de l’Otan étaient stationnées en Suède »: a "
               "consequence under a written condition: hypothetical (as « prendra des « mesures » si » in gold). The "
               "trigger is the quoted noun."),
    event("e-troops-stationed", "Event", "NATO troops stationed in Sweden (the condition)", ("stationnées", None),
          [("agent", NATO), ("participant", TROOPS)], status="hypothetical", place=SWEDEN, according_to=[RU_MFA],
          evidence=MFA_EVIDENCE,
          note="« si des troupes de l’Otan étaient stationnées en Suède »: a condition in the imperfect, a passive "
               "with no agent written; NATO, whose troops they are, is the implied agent; Sweden the place."),
    event("e-kristersson-stoltenberg", "Meeting", "Kristersson to meet Stoltenberg in Brussels on Thursday",
          ("s’entretenir", None), [("participant", KRISTERSSON), ("participant", STOLTENBERG)], status="planned",
          place=BRUSSELS, time="t-thursday",
          note="« M. Kristersson doit s’entretenir jeudi à Bruxelles avec M. Stoltenberg »: planned (« doit »), on a "
               "future weekday, in the city."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kurtulmus", "Report", "Numan Kurtulmus announces the vote: 287 to 55", KURTULMUS,
           ("a annoncé", None), [], about=["e-ratification"],
           note="« Le texte a été adopté par 287 voix contre 55, a annoncé le président de l’Assemblée, Numan "
                "Kurtulmus »: the source after the clause, a role noun holding the institution and the name in "
                "apposition; no quote, no weekday of its own (the vote's evening is in the lede): no time."),
    speech("s-turkey-reproach", "SpeechAct", "Ankara reproached Stockholm its complacency towards Kurdish militants",
           TURKEY, ("reprochait", None), [], addressee=SWEDEN, evidence=REPROACH, about=["e-complacency"],
           note="« Ankara reprochait à Stockholm sa complaisance »: a reproach in the imperfect (repeated, before the "
                "ratification); both capitals stand for their states. No time."),
    speech("s-turkey-terrorists", "Statement", "Turkey calls the Kurdish militants « terrorists »", TURKEY,
           ("qualifie", None), [("terroristes", None)], evidence=REPROACH,
           note="« qu’elle qualifie de « terroristes » »: « elle » is Ankara (Turkey), not Stockholm: the "
                "qualification is Turkey's. A present of habit, no time; a label, no event."),
    speech("s-kristersson", "Statement", "Kristersson: « We are very close to becoming members of NATO »",
           KRISTERSSON, ("s’est félicité", None),
           [("Nous sommes tout près", None), ("de devenir membres de l’Otan.", None)],
           evidence=KRISTERSSON_EVIDENCE, about=["e-accession", "e-ratification"],
           note="A quote split around « s’est félicité sur X le Premier ministre suédois, Ulf Kristersson, » in the "
                "middle of its sentence: one speech act, two quotes (the second keeps its full stop, inside the "
                "guillemets). « Nous » is Sweden; « devenir membres » restates the accession. Written on X (a "
                "mention, not a place); no weekday: no time."),
    speech("s-stoltenberg-welcome", "Statement", "Stoltenberg welcomes the vote", STOLTENBERG, ("a salué", None), [],
           about=["e-ratification"],
           note="« Le secrétaire général de l’Alliance, Jens Stoltenberg, a salué le vote »: « le vote » restates the "
                "ratification; no quote, no time."),
    speech("s-stoltenberg-hungary", "Statement", "Stoltenberg counts on an « as quick as possible » Hungarian "
           "ratification", STOLTENBERG, ("dit", "dit compter"), [("aussi rapide que possible", None)],
           about=["e-hungary-ratification"],
           note="« et dit compter sur une ratification « aussi rapide que possible » par la Hongrie »: a second verb "
                "of speech joined by « et », a second speech act (as « et a appelé » in gold)."),
    speech("s-us-official", "Report", "A US official says the State Department could refer the sale to Congress "
           "this week", US_OFFICIAL, ("selon", None), [("dès cette semaine", None)], about=["e-referral"],
           note="« selon un responsable américain » after the clause; the quoted words are his, so he is the speaker "
                "of this Report."),
    speech("s-orban-invitation", "Statement", "Orban invites Kristersson to Budapest to « negotiate »", ORBAN,
           ("a invité", None), [("négocier", "« négocier »")], addressee=KRISTERSSON, time="t-tuesday-orban",
           about=["e-orban-invitation", "e-negotiation", "e-accession"],
           note="The pair of guillemets around « négocier » needs a speech act: the invitation as Orban's words, with "
                "the same trigger as the Invitation event (as a promise is both a speech act and its planned event "
                "in gold). The negotiation's object is the accession."),
    speech("s-billstrom-reply", "Statement", "Billström: « There is nothing to negotiate »", BILLSTROM,
           ("a répondu", None), [("Il n’y a rien à négocier", None)], addressee=ORBAN, time="t-evening",
           evidence=BILLSTROM_EVIDENCE, about=["e-negotiation", "e-orban-invitation"],
           note="A quote first with an impersonal « Il n’y a », a dative « lui » (Orban) and « dans la soirée »; « le "
                "chef de la diplomatie suédoise, Tobias Billström » after the verb. « rien à négocier » rejects the "
                "proposed negotiation without making it negated (it was proposed by Orban)."),
    speech("s-billstrom-dialogue", "Statement", "Billström says he is ready to « pursue the dialogue »", BILLSTROM,
           ("se disant", None), [("poursuivre le dialogue", None)], addressee=ORBAN, time="t-evening",
           evidence=BILLSTROM_EVIDENCE, about=["e-dialogue"],
           note="« tout en se disant prêt à « poursuivre le dialogue » »: a participle of speech on the same "
                "occasion, a second speech act with its own quote."),
    speech("s-moscow-reaction", "SpeechAct", "Moscow reacts without delay", RUSSIA, ("a réagi", None), [],
           about=["e-ratification"],
           note="« Moscou a réagi sans tarder »: Russia (a metonym); a reaction with no quote, told in detail by the "
                "ministry's words that follow (as « Moscou a réagi sans attendre » in gold). « sans tarder » is no "
                "time."),
    speech("s-mfa-warning", "Warning", "The Russian foreign ministry: the decision « will not go unanswered »",
           RU_MFA, ("a prévenu", None), [("Cette décision ne restera pas sans réponse", None)],
           evidence=MFA_EVIDENCE, about=["e-ratification", "e-russian-response"],
           note="A quote first, then « a prévenu le ministère russe des Affaires étrangères »; no weekday: no time."),
    speech("s-mfa-countermeasures", "Warning", "The ministry speaks of « countermeasures » if NATO troops are "
           "stationed in Sweden", RU_MFA, ("évoquant", None), [("contre-mesures", None)], evidence=MFA_EVIDENCE,
           about=["e-countermeasures", "e-troops-stationed"],
           note="A participle of speech with a one-word quote and a condition: a second speech act of the ministry "
                "(as « avant d’avertir » in gold)."),
    speech("s-peskov", "Statement", "Peskov had judged on Monday that enlargement « would not make Europe safer »",
           PESKOV, ("avait déjà jugé", None), [("ne rendrait pas l’Europe plus sûre", None)], time="t-monday",
           about=["e-accession"],
           note="« Lundi, Dmitri Peskov, porte-parole du Kremlin, avait déjà jugé que l’élargissement « ne rendrait "
                "pas l’Europe plus sûre » »: a fronted past weekday and a pluperfect; the quote, with its negation "
                "inside the guillemets, is a judgement (no event); « l’élargissement » restates Sweden's accession."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
