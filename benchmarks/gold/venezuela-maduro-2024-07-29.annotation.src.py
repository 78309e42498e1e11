"""Held-out annotation of venezuela-maduro-2024-07-29.txt (written for the nineteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/venezuela-maduro-2024-07-29.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/venezuela-maduro-2024-07-29.annotation.src.py --check

From held-out set 19 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "venezuela-maduro-2024-07-29.txt"

NOTE = """\
Held-out-19 article: on Monday 29 July 2024 Venezuela's National Electoral Council (CNE) proclaims Nicolás Maduro \
the winner of Sunday's presidential election; the opposition rejects the result and claims the victory of its \
candidate Edmundo González Urrutia; María Corina Machado, barred from running by the courts, says the tally sheets \
collected by the opposition's witnesses give him more than 70 % and asks for a count polling station by polling \
station; Maduro, who had hailed his victory in the night before his supporters at the Miraflores palace, accuses \
his opponents of preparing a coup; Antony Blinken, visiting Japan, voices serious concerns; Brazil and Colombia \
ask for verifiable figures without congratulating him; Moscow and Beijing hail the re-election (Putin's message \
through the Kremlin, China's diplomacy respecting the people's choice); in the evening Caracas orders the \
expulsion of the diplomats of seven Latin American countries, and its foreign minister Yvan Gil gives them 72 \
hours to leave; Buenos Aires calls the measure illegitimate; the opposition calls for demonstrations on Tuesday, \
the OAS may meet on Wednesday in Washington, and the CNE has still not published the results by polling station \
on Monday evening. Published Monday 29 July 2024 (the file gives the day). The election, the proclamation, the \
opposition's claim, Machado's ban, Blinken's stay in Japan, the Russian and Chinese congratulations and the \
expulsion of the diplomats of seven countries follow the real events loosely; the exact quotes, the figures' \
wording, Brazil's and Colombia's joint demand, the Buenos Aires reaction, the OAS meeting on Wednesday and the \
diplomat are partly invented.
What it exercises: a proclamation on the publication day whose object is a role noun with its complement (« a \
proclamé lundi Nicolás Maduro vainqueur de l’élection présidentielle de dimanche au Venezuela »: the proclamation \
is the CNE's act, the victory an event according to the CNE, dated by the election's Sunday), an apposed noun with \
a passive speech act and a relative claim (« un résultat aussitôt rejeté par l’opposition, qui revendique la \
victoire de son candidat, Edmundo González Urrutia »: the claimed victory suspected, a possessive role noun and \
the name in apposition); a quote first with « Nous » for the opposition (« a lancé María Corina Machado à Caracas »: \
Caracas the city); « Selon » with a role noun and a passive participle in apposition with its agent (« la cheffe \
de l’opposition, empêchée de se présenter par la justice »: l’opposition inside the role noun is a mention of its \
own), a participle of collection and a present claim of a vote share (suspected); a demand with a quoted noun \
phrase (a proposed recount with no agent written); a passive participle with a year (« élu en 2013 ») and a \
pluperfect speech before supporters « dans la nuit » in a palace; an accusation in the present with a quoted \
noun (« Il accuse ses adversaires de préparer « un coup d’État fasciste » »: the preparation and the coup \
suspected according to Maduro); a two-sentence quote split around « a déclaré le secrétaire d’État américain \
Antony Blinken, en visite au Japon. » with « Nous » for the United States and a negated predicate (no event); two \
countries with one demand and a quoted adjective (two speech acts, one trigger; the publication proposed), \
« pourtant proches de Caracas » (Venezuela, a metonym) and a negated congratulation (« sans féliciter le \
vainqueur »: two negated speech acts, « le vainqueur » Maduro); two metonyms with one verb (« Moscou et Pékin ont, \
au contraire, salué sa réélection »: two speech acts); a message sent to a titled name, sourced after the clause \
to the Kremlin (a Statement of Putin according to the Kremlin, and the Kremlin's Report), and « tandis que la \
diplomatie chinoise a dit respecter « le choix du peuple vénézuélien » »; an expulsion ordered by a metonym « \
Dans la soirée » with a group of countries, three of them named after « dont », and a relative pluperfect speech \
act (« qui avaient mis en doute le scrutin »); a quote first with a demonstrative plural for the group and a \
metonym (« Ces gouvernements se sont soumis à Washington »: suspected according to Gil) and a relative deadline \
(« qui leur a donné 72 heures pour quitter le territoire »: a speech act of Gil to the diplomats, the departure \
planned, the duration attached to nothing); a qualification by a metonym with a one-word quote after the \
elided « d’ »; a present call to demonstrate on a future weekday (planned); a conditional meeting on a future \
weekday in a city (« à Washington », the city) told by an anonymous diplomat; a relative obligation and a \
negated pluperfect with « lundi soir » (« Le CNE, qui devait publier les résultats par bureau de vote, ne \
l’avait toujours pas fait lundi soir »: the publication negated).
Places and metonyms. « Caracas » is the city where Machado speaks (« à Caracas ») and Venezuela, a local metonym, \
where it is a state that others are close to (« proches de Caracas ») and that expels (« Caracas a ordonné »). \
« Washington » is the United States (Q30) when governments submit to it, and the city (Q61) where the OAS may \
meet. « Moscou » is Russia (Q159), « Pékin » China (Q148), « Buenos Aires » Argentina (a local metonym: \
Argentina is not in ids.tsv). « Venezuela », « le territoire » and « le pays » (in « dans tout le pays ») are the \
country. « Japon » is Japan (Q17), the place of Blinken's visit.
Mentions. Maduro: « Nicolás Maduro », « Le président sortant », « Il », « le vainqueur » (Brazil's and Colombia's \
sentence) and « Maduro » in « M. Maduro »; « sa réélection » is a possessive (no mention). González: « son \
candidat » (a role noun set off by a comma before the name), « Edmundo González Urrutia », « l’ancien diplomate ». \
Machado: her name, « la cheffe de l’opposition », « Elle ». The opposition is one local group: « l’opposition » \
(lede), « l’opposition » inside Machado's role noun, « Nous » in her quote, « ses adversaires » and « \
L’opposition ». The CNE: its name, « CNE » twice. « la justice » is the Venezuelan judiciary (local). « les \
procès-verbaux » (the tally sheets, a local object, theme of the collection) and « ses témoins » (a local group) \
are mentions. « ses partisans » is a local group (Maduro's supporters, his addressees). « peuple vénézuélien » \
(twice, after the fused « du ») is a local group, the voters, as « les électeurs » in \
gold/taiwan-election-lai-2024-01-13. « la diplomatie chinoise » is China's foreign ministry, a local organisation \
(it speaks, so it is a mention; « la diplomatie » inside « le chef de la diplomatie » is not). The diplomats: \
« diplomates de sept pays latino-américains » (from the noun after the fused « des ») and « leur », one local \
group; the seven countries: « sept pays latino-américains » and « Ces gouvernements », one local group (as « \
les Occidentaux » in gold), with Argentina, Chile and Peru named after « dont » as mentions of their own. Yvan \
Gil: « le chef de la diplomatie » (role noun with a comma) and his name. Not mentions: « tout le monde » \
(generic), « un résultat », « Le résultat annoncé », « la mesure », « le scrutin » (they restate events), « eux » \
in « ont eux aussi réclamé » (a plural pronoun for two states), « des chiffres », « les résultats ».
Statuses. The election, the proclamation, Maduro's victory (according to the CNE), the ban, the collection of the \
tally sheets, Maduro's 2013 election, Blinken's visit and the expulsion occurred; González's victory and his \
vote share (claims) and the opposition's preparation of a coup and the coup (Maduro's accusation) and the \
submission to Washington (Gil's charge) are suspected; the recount and the publication asked for by Brazil and \
Colombia are proposed; the diplomats' departure and Tuesday's demonstrations are planned; the OAS meeting is \
hypothetical; the CNE's publication by polling station is negated.
Times. « lundi » is the publication day, Monday 29 July 2024; « dimanche » the Sunday before, 28 July (the \
election, and both victories claimed in it); « dans la nuit » the night of Sunday to Monday, after midnight, \
Monday 29 July (the gold convention for nights); « Dans la soirée » and « lundi soir » Monday 29 July; « en 2013 » \
a year; « 72 heures » a duration attached to nothing; « mardi » Tuesday 30 July and « mercredi » Wednesday 31 July \
(future). Speech acts with no time word of their own (Machado's, Blinken's, Brazil's and Colombia's, Moscow's and \
Beijing's, Putin's, the Kremlin's, China's diplomacy's, Gil's, Buenos Aires's, the opposition's call, the \
diplomat's) have no time; « aussitôt » is no time.
Linked: the United States, Washington (the city), Japan, Russia, China, Vladimir Putin and the Kremlin. The CNE, \
Maduro, Venezuela, the opposition, González, Machado, Caracas, the judiciary, the tally sheets, the witnesses, \
Maduro's supporters, the Miraflores palace, Antony Blinken, the Venezuelan people, Brazil, Colombia, China's \
foreign ministry, the expelled diplomats, the seven countries, Argentina, Chile, Peru, Yvan Gil, the OAS and the \
diplomat are not in ids.tsv: local, unlinked."""

US, WASHINGTON, JAPAN, RUSSIA, CHINA, PUTIN, KREMLIN = "Q30", "Q61", "Q17", "Q159", "Q148", "Q7747", "Q2060629"
CNE, MADURO, VENEZUELA, OPPOSITION = "local:cne", "local:nicolas-maduro", "local:venezuela", \
    "local:venezuelan-opposition"
GONZALEZ, MACHADO, CARACAS, JUDICIARY = "local:edmundo-gonzalez-urrutia", "local:maria-corina-machado", \
    "local:caracas", "local:venezuelan-judiciary"
TALLY_SHEETS, WITNESSES, SUPPORTERS, MIRAFLORES = "local:tally-sheets", "local:opposition-witnesses", \
    "local:maduro-supporters", "local:miraflores-palace"
BLINKEN, PEOPLE, BRAZIL, COLOMBIA, CHINA_MFA = "local:antony-blinken", "local:venezuelan-people", "local:brazil", \
    "local:colombia", "local:china-foreign-ministry"
DIPLOMATS, SEVEN, ARGENTINA, CHILE, PERU = "local:expelled-diplomats", "local:seven-latin-american-countries", \
    "local:argentina", "local:chile", "local:peru"
GIL, OAS, DIPLOMAT = "local:yvan-gil", "local:oas", "local:diplomat"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CNE, "Conseil national électoral", "National Electoral Council (Venezuela)", "organization",
     {"description": "l’autorité électorale du Venezuela (CNE)", "unlinked_reason": NOT_VERIFIED}),
    (MADURO, "Nicolás Maduro", "Nicolás Maduro", "person",
     {"description": "président du Venezuela, élu en 2013, proclamé réélu le 29 juillet 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (VENEZUELA, "Venezuela", "Venezuela", "country", {"unlinked_reason": NOT_VERIFIED}),
    (OPPOSITION, "opposition vénézuélienne", "Venezuelan opposition", "group",
     {"description": "la coalition d’opposition qui soutient Edmundo González Urrutia",
      "unlinked_reason": "a coalition the article does not name, not one verified Wikidata item"}),
    (GONZALEZ, "Edmundo González Urrutia", "Edmundo González Urrutia", "person",
     {"description": "ancien diplomate, candidat de l’opposition à la présidentielle de 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (MACHADO, "María Corina Machado", "María Corina Machado", "person",
     {"description": "cheffe de l’opposition vénézuélienne, empêchée de se présenter",
      "unlinked_reason": NOT_VERIFIED}),
    (CARACAS, "Caracas", "Caracas", "place", {"description": "capitale du Venezuela", "class_qid": "Q5119",
                                               "unlinked_reason": NOT_VERIFIED}),
    (JUDICIARY, "justice vénézuélienne", "Venezuelan judiciary", "organization",
     {"description": "les autorités judiciaires qui ont empêché María Corina Machado de se présenter",
      "unlinked_reason": "the article names no court; not one verified Wikidata item"}),
    (TALLY_SHEETS, "procès-verbaux de l’opposition", "the opposition's tally sheets", "object",
     {"description": "les procès-verbaux des bureaux de vote recueillis par les témoins de l’opposition",
      "unlinked_reason": "a set of documents with no Wikidata item"}),
    (WITNESSES, "témoins de l’opposition", "the opposition's polling witnesses", "group",
     {"description": "les témoins de l’opposition dans les bureaux de vote",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (SUPPORTERS, "partisans de Nicolás Maduro", "Nicolás Maduro's supporters", "group",
     {"unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (MIRAFLORES, "palais de Miraflores", "Miraflores Palace", "place",
     {"description": "le palais présidentiel, à Caracas", "unlinked_reason": NOT_VERIFIED}),
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (PEOPLE, "peuple vénézuélien", "the Venezuelan people", "group",
     {"description": "les électeurs vénézuéliens, dont la volonté et le choix sont invoqués",
      "unlinked_reason": "a people, not one verified Wikidata item"}),
    (BRAZIL, "Brésil", "Brazil", "country", {"unlinked_reason": NOT_VERIFIED}),
    (COLOMBIA, "Colombie", "Colombia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CHINA_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China",
     "organization", {"description": "« la diplomatie chinoise »", "class_qid": "Q20901295",
                      "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "diplomates expulsés", "the expelled diplomats", "group",
     {"description": "les diplomates de sept pays latino-américains expulsés du Venezuela",
      "unlinked_reason": "an unnamed group of diplomats, not one Wikidata item"}),
    (SEVEN, "sept pays latino-américains", "seven Latin American countries", "group",
     {"description": "les sept pays dont Caracas expulse les diplomates, dont l’Argentine, le Chili et le Pérou",
      "unlinked_reason": "a group of states the article does not all name, not one Wikidata item"}),
    (ARGENTINA, "Argentine", "Argentina", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CHILE, "Chili", "Chile", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PERU, "Pérou", "Peru", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GIL, "Yvan Gil", "Yván Gil", "person",
     {"description": "ministre vénézuélien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (OAS, "Organisation des États américains", "Organization of American States", "organization",
     {"description": "OEA", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "un diplomate", "a diplomat", "person",
     {"description": "une source diplomatique anonyme", "class_qid": "Q193391",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
]

DESCRIPTIONS = {
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    WASHINGTON: "la ville où l’OEA pourrait se réunir",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Conseil national électoral (CNE) a proclamé lundi Nicolás Maduro vainqueur ... au Venezuela,
    ("Conseil national électoral", None, CNE, "name"),
    ("CNE", "(CNE)", CNE, "name"),
    ("Nicolás Maduro", None, MADURO, "name"),
    ("Venezuela", None, VENEZUELA, "name"),
    # un résultat aussitôt rejeté par l’opposition, qui revendique la victoire de son candidat, Edmundo González ...
    ("l’opposition", "rejeté par l’opposition", OPPOSITION, "nominal"),
    ("son candidat", None, GONZALEZ, "nominal"),
    ("Edmundo González Urrutia", None, GONZALEZ, "name"),
    # « Nous avons gagné, et tout le monde le sait », a lancé María Corina Machado à Caracas.
    ("Nous", "« Nous avons gagné", OPPOSITION, "pronoun"),
    ("María Corina Machado", None, MACHADO, "name"),
    ("Caracas", "Machado à Caracas", CARACAS, "name"),
    # Selon la cheffe de l’opposition, empêchée ... par la justice, les procès-verbaux recueillis par ses témoins ...
    ("la cheffe de l’opposition", None, MACHADO, "nominal"),
    ("l’opposition", "la cheffe de l’opposition", OPPOSITION, "nominal"),
    ("la justice", None, JUDICIARY, "nominal"),
    ("les procès-verbaux", None, TALLY_SHEETS, "nominal"),
    ("ses témoins", None, WITNESSES, "nominal"),
    ("l’ancien diplomate", None, GONZALEZ, "nominal"),
    # Elle a réclamé « un décompte bureau par bureau ».
    ("Elle", "Elle a réclamé", MACHADO, "pronoun"),
    # Le président sortant, élu en 2013, avait salué dans la nuit ... devant ses partisans au palais de Miraflores.
    ("Le président sortant", None, MADURO, "nominal"),
    ("ses partisans", None, SUPPORTERS, "nominal"),
    ("palais de Miraflores", None, MIRAFLORES, "name"),
    # Il accuse ses adversaires de préparer « un coup d’État fasciste ».
    ("Il", "Il accuse", MADURO, "pronoun"),
    ("ses adversaires", None, OPPOSITION, "nominal"),
    # « Nous avons de sérieuses inquiétudes, a déclaré le secrétaire d’État américain Antony Blinken, en visite ...
    ("Nous", "« Nous avons de", US, "pronoun"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Japon", None, JAPAN, "name"),
    ("peuple vénézuélien", "la volonté du peuple vénézuélien", PEOPLE, "nominal"),
    # Le Brésil et la Colombie, pourtant proches de Caracas, ont eux aussi réclamé ... sans féliciter le vainqueur.
    ("Brésil", None, BRAZIL, "name"),
    ("Colombie", None, COLOMBIA, "name"),
    ("Caracas", "proches de Caracas", VENEZUELA, "metonym"),
    ("le vainqueur", None, MADURO, "nominal"),
    # Moscou et Pékin ont, au contraire, salué sa réélection.
    ("Moscou", None, RUSSIA, "metonym"),
    ("Pékin", None, CHINA, "metonym"),
    # Vladimir Poutine a adressé à M. Maduro un message ..., a indiqué le Kremlin, tandis que la diplomatie chinoise ...
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Maduro", "M. Maduro", MADURO, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("la diplomatie chinoise", None, CHINA_MFA, "nominal"),
    ("peuple vénézuélien", "le choix du peuple vénézuélien", PEOPLE, "nominal"),
    # Dans la soirée, Caracas a ordonné l’expulsion des diplomates de sept pays latino-américains, dont ...
    ("Caracas", "Caracas a ordonné", VENEZUELA, "metonym"),
    ("diplomates de sept pays latino-américains", None, DIPLOMATS, "nominal"),
    ("sept pays latino-américains", None, SEVEN, "nominal"),
    ("Argentine", None, ARGENTINA, "name"),
    ("Chili", None, CHILE, "name"),
    ("Pérou", None, PERU, "name"),
    # « Ces gouvernements se sont soumis à Washington », a dénoncé le chef de la diplomatie, Yvan Gil, qui leur ...
    ("Ces gouvernements", None, SEVEN, "nominal"),
    ("Washington", "soumis à Washington", US, "metonym"),
    ("le chef de la diplomatie", None, GIL, "nominal"),
    ("Yvan Gil", None, GIL, "name"),
    ("leur", "qui leur a donné", DIPLOMATS, "pronoun"),
    ("le territoire", None, VENEZUELA, "nominal"),
    # Buenos Aires a qualifié la mesure d’« illégitime ».
    ("Buenos Aires", None, ARGENTINA, "metonym"),
    # L’opposition appelle à manifester mardi dans tout le pays.
    ("L’opposition", None, OPPOSITION, "nominal"),
    ("le pays", "dans tout le pays", VENEZUELA, "nominal"),
    # L’Organisation des États américains (OEA) pourrait se réunir mercredi à Washington, selon un diplomate.
    ("Organisation des États américains", None, OAS, "name"),
    ("OEA", None, OAS, "name"),
    ("Washington", "mercredi à Washington", WASHINGTON, "name"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
    # Le CNE, qui devait publier les résultats par bureau de vote, ne l’avait toujours pas fait lundi soir.
    ("CNE", "Le CNE, qui", CNE, "name"),
]

PUB_DAY = "The publication day, Monday 29 July 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "a proclamé lundi"), "2024-07-29", "day", "weekday-publication-day",
     "« a proclamé lundi »: " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2024-07-28", "day", "weekday-past",
     "« l’élection présidentielle de dimanche »: the Sunday before the publication day, 28 July 2024."),
    ("t-2013", ("en 2013", None), "2013", "year", "explicit-year",
     "« élu en 2013 »: a year written out; it stays a year."),
    ("t-night", ("dans la nuit", None), "2024-07-29", "day", "part-of-day",
     "Pluperfect « avait salué dans la nuit »: the night of Sunday 28 to Monday 29 July, after the proclamation "
     "dated Monday, so after midnight: Monday 29 July 2024 (as « dans la nuit » in a Friday article is the Friday "
     "in benchmarks/gold)."),
    ("t-evening", ("Dans la soirée", None), "2024-07-29", "day", "part-of-day",
     "« Dans la soirée, Caracas a ordonné l’expulsion »: the evening of the publication day. " + PUB_DAY),
    ("t-72-hours", ("72 heures", None), None, "duration", "explicit-duration",
     "« qui leur a donné 72 heures pour quitter le territoire »: a span of three days (P3D) from the order; a "
     "deadline, not the time of an event, so no event takes it (the departure could fall on any day up to 1 "
     "August)."),
    ("t-tuesday", ("mardi", None), "2024-07-30", "day", "weekday-future",
     "« appelle à manifester mardi »: the Tuesday after the publication day, 30 July 2024."),
    ("t-wednesday", ("mercredi", None), "2024-07-31", "day", "weekday-future",
     "Conditional « pourrait se réunir mercredi »: the Wednesday after the publication day, 31 July 2024."),
    ("t-monday-evening", ("lundi soir", None), "2024-07-29", "day", "part-of-day",
     "« ne l’avait toujours pas fait lundi soir »: the evening of the publication day. " + PUB_DAY),
]

LEDE = ("Le Conseil national électoral", "Edmundo González Urrutia.")
MACHADO_EVIDENCE = ("Selon la cheffe", "des suffrages.")
BLINKEN_EVIDENCE = ("« Nous avons de sérieuses", "du peuple vénézuélien. »")
BRAZIL_EVIDENCE = ("Le Brésil et la Colombie", "sans féliciter le vainqueur.")
PUTIN_EVIDENCE = ("Vladimir Poutine a adressé", "le choix du peuple vénézuélien ».")
EXPULSION_EVIDENCE = ("Dans la soirée, Caracas", "mis en doute le scrutin.")
GIL_EVIDENCE = ("« Ces gouvernements", "quitter le territoire.")
CNE_EVIDENCE = ("Le CNE, qui", "lundi soir.")

EVENTS: list[dict[str, Any]] = [
    event("e-election", "Event", "Venezuela's presidential election on Sunday 28 July 2024",
          ("l’élection présidentielle", None), [("participant", PEOPLE)], place=VENEZUELA, time="t-sunday",
          evidence=LEDE,
          note="« l’élection présidentielle de dimanche au Venezuela »: the vote, a fact in the article's own voice; "
               "the Venezuelan people (« peuple vénézuélien », named later in two quotes) take part, as the voters "
               "in gold/taiwan-election-lai-2024-01-13. Restated by « le scrutin » (the seven countries' doubts)."),
    event("e-proclamation", "Event", "The CNE proclaims Nicolás Maduro the winner on Monday", ("a proclamé", None),
          [("agent", CNE), ("recipient", MADURO)], time="t-monday", evidence=LEDE,
          note="« a proclamé lundi Nicolás Maduro vainqueur »: the council's act, in the article's own voice; "
               "Maduro is the one proclaimed. No place is written (the council sits in Caracas, not said)."),
    event("e-maduro-victory", "Event", "Nicolás Maduro wins the presidential election (according to the CNE)",
          ("vainqueur", "Maduro vainqueur"), [("agent", MADURO)], place=VENEZUELA, time="t-sunday",
          according_to=[CNE], part_of="e-election", evidence=LEDE,
          note="The content of the proclamation: a fact the article gives to the CNE (as « selon les résultats de la "
               "commission électorale centrale » in gold/taiwan-election-lai-2024-01-13), so occurred according to "
               "the CNE, although the opposition contests it. Dated by the election's « dimanche » (no verb of its "
               "own). Restated by « un résultat », Maduro's « une victoire », « Le résultat annoncé » and « sa "
               "réélection » (no new event)."),
    event("e-gonzalez-victory", "Event", "Edmundo González Urrutia won the election (the opposition's claim)",
          ("victoire", "la victoire de son candidat"), [("agent", GONZALEZ)], status="suspected",
          place=VENEZUELA, time="t-sunday", according_to=[OPPOSITION], part_of="e-election", evidence=LEDE,
          note="« qui revendique la victoire de son candidat »: a contested claim, suspected according to the "
               "opposition (as a claim given to its author in gold); Machado's « Nous avons gagné » restates it. "
               "The same Sunday election in Venezuela as Maduro's victory, so the same time and place."),
    event("e-machado-ban", "Event", "María Corina Machado barred from running by the courts",
          ("empêchée", None), [("agent", JUDICIARY), ("recipient", MACHADO)], evidence=MACHADO_EVIDENCE,
          note="« la cheffe de l’opposition, empêchée de se présenter par la justice »: a passive participle in "
               "apposition with its agent, in the article's own voice (the « Selon » covers the claim about the "
               "tally sheets, not the apposition); no time written. « se présenter » is what was prevented (no "
               "event of its own)."),
    event("e-tally-collection", "Event", "The opposition's witnesses collected the tally sheets",
          ("recueillis", None), [("agent", WITNESSES), ("theme", TALLY_SHEETS)], according_to=[MACHADO],
          evidence=MACHADO_EVIDENCE,
          note="« les procès-verbaux recueillis par ses témoins »: a passive participle with its agent, under « Selon "
               "la cheffe de l’opposition »; « ses » is the opposition's."),
    event("e-gonzalez-share", "Event", "The tally sheets give Edmundo González Urrutia more than 70 % of the vote",
          ("donnent", None), [("participant", TALLY_SHEETS), ("recipient", GONZALEZ)], status="suspected",
          according_to=[MACHADO], part_of="e-election", evidence=MACHADO_EVIDENCE,
          note="« les procès-verbaux ... donnent à l’ancien diplomate plus de 70 % des suffrages »: a vote share "
               "claimed by Machado against the official result: suspected according to her (as e-gonzalez-victory); "
               "the sheets are what gives it (participant), « l’ancien diplomate » is González."),
    event("e-recount", "Event", "A count polling station by polling station (asked for by Machado)",
          ("décompte", None), [("agent", CNE)], status="proposed", according_to=[MACHADO],
          note="« Elle a réclamé « un décompte bureau par bureau » »: asked for, not agreed: proposed (as « réclamé la "
               "levée » in gold). Who would count is not written; the CNE, the body that counts, is inferred."),
    event("e-maduro-2013-election", "Event", "Nicolás Maduro elected in 2013", ("élu", None),
          [("recipient", MADURO)], time="t-2013",
          note="« Le président sortant, élu en 2013 »: a passive participle in apposition with a year, no agent "
               "written (as « élu en 2021 » in gold/coup-niger-2023-07-27)."),
    event("e-coup-preparation", "Event", "The opposition prepares a coup (Maduro's accusation)",
          ("préparer", None), [("agent", OPPOSITION)], status="suspected", according_to=[MADURO],
          note="« Il accuse ses adversaires de préparer « un coup d’État fasciste » »: an accusation, suspected "
               "according to Maduro (as « accusé d’avoir préparé » in gold)."),
    event("e-coup", "Event", "A « fascist coup » against Maduro (Maduro's accusation)", ("coup d’État", None),
          [("agent", OPPOSITION), ("recipient", MADURO)], status="suspected", according_to=[MADURO],
          note="What the opposition would be preparing, a second suspected event (as the arsons that a preparation "
               "aims at in gold/expulsion-diplomates-berlin-2025-02-06); Maduro, whose power it would overthrow, "
               "is the recipient (not written, from « ses adversaires »)."),
    event("e-blinken-visit", "Visit", "Antony Blinken on a visit to Japan", ("visite", None), [("agent", BLINKEN)],
          place=JAPAN, evidence=BLINKEN_EVIDENCE,
          note="« le secrétaire d’État américain Antony Blinken, en visite au Japon »: an apposed nominal visit going "
               "on as he speaks, occurred, no time (as « en visite en Nouvelle-Zélande » in "
               "gold/coup-niger-2023-07-27)."),
    event("e-publication-demanded", "Event", "Publication of « verifiable » figures (asked by Brazil and Colombia)",
          ("publication", None), [("agent", CNE)], status="proposed", according_to=[BRAZIL, COLOMBIA],
          evidence=BRAZIL_EVIDENCE,
          note="« ont eux aussi réclamé la publication de chiffres « vérifiables » »: asked for, proposed; the one "
               "who would publish is not written, the CNE (whose figures they are) is inferred. Kept apart from "
               "e-cne-publication (the results by polling station the CNE was to publish), which the article does "
               "not equate with it."),
    event("e-expulsion", "Event", "Venezuela orders the expulsion of the diplomats of seven Latin American countries",
          ("l’expulsion", None), [("agent", VENEZUELA), ("recipient", DIPLOMATS)], time="t-evening",
          evidence=EXPULSION_EVIDENCE,
          note="« Dans la soirée, Caracas a ordonné l’expulsion des diplomates »: the noun is the trigger, as « a "
               "ordonné jeudi l’expulsion » in gold/expulsion-diplomates-berlin-2025-02-06; « Caracas » stands for "
               "Venezuela. « la mesure » (Buenos Aires's sentence) restates it."),
    event("e-submission", "Event", "The seven governments submitted to Washington (Gil's charge)",
          ("se sont soumis", None), [("agent", SEVEN), ("recipient", US)], status="suspected", according_to=[GIL],
          evidence=GIL_EVIDENCE,
          note="« Ces gouvernements se sont soumis à Washington »: a charge in Gil's quote, suspected according to "
               "him; « Washington » is the United States."),
    event("e-departure", "Event", "The expelled diplomats to leave Venezuela within 72 hours", ("quitter", None),
          [("agent", DIPLOMATS)], status="planned", place=VENEZUELA, part_of="e-expulsion",
          according_to=[GIL], evidence=GIL_EVIDENCE,
          note="« qui leur a donné 72 heures pour quitter le territoire »: ordered, not yet done: planned, part of "
               "the expulsion, with the country left as its place (as « quitter le pays » in "
               "gold/expulsion-diplomates-berlin-2025-02-06). « 72 heures » is a duration, not its time."),
    event("e-demonstrations", "Event", "Opposition demonstrations across Venezuela on Tuesday",
          ("manifester", None), [("agent", OPPOSITION)], status="planned", place=VENEZUELA, time="t-tuesday",
          according_to=[OPPOSITION],
          note="« L’opposition appelle à manifester mardi dans tout le pays »: the opposition calls out its own "
               "supporters for a set day, an announced action: planned (a call to others to do something, as « "
               "appelons toutes les parties à faire preuve de retenue » in gold, would be proposed). The "
               "demonstrators are not written; the opposition, which calls, is the agent."),
    event("e-oas-meeting", "Meeting", "The OAS may meet in Washington on Wednesday", ("se réunir", None),
          [("participant", OAS)], status="hypothetical", place=WASHINGTON, time="t-wednesday",
          according_to=[DIPLOMAT],
          note="« pourrait se réunir mercredi à Washington, selon un diplomate »: a conditional, hypothetical; « à "
               "Washington » is the city (Q61), where the organisation sits."),
    event("e-cne-publication", "Event", "The CNE had still not published the results by polling station",
          ("publier", None), [("agent", CNE)], status="negated", time="t-monday-evening", evidence=CNE_EVIDENCE,
          note="« Le CNE, qui devait publier les résultats par bureau de vote, ne l’avait toujours pas fait lundi soir "
               "»: the relative says the publication was due, the main clause that it had not happened by Monday "
               "evening: negated, in the article's own voice; « fait » restates « publier » (one event). « les "
               "résultats » is no entity."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-opposition-rejects", "Statement", "The opposition rejects the result", OPPOSITION,
           ("rejeté", None), [], evidence=LEDE, about=["e-maduro-victory"],
           note="« un résultat aussitôt rejeté par l’opposition »: an apposed noun with a passive speech act (as « un "
                "coup de force aussitôt condamné par » in gold/coup-niger-2023-07-27); « un résultat » restates "
                "the victory; « aussitôt » is no time."),
    speech("s-opposition-claims", "Statement", "The opposition claims the victory of Edmundo González Urrutia",
           OPPOSITION, ("revendique", None), [], evidence=LEDE, about=["e-gonzalez-victory"],
           note="« qui revendique la victoire de son candidat »: a relative clause on the opposition, present tense, "
                "no quote."),
    speech("s-machado-won", "Statement", "María Corina Machado: « We won, and everyone knows it »", MACHADO,
           ("a lancé", None), [("Nous avons gagné, et tout le monde le sait", None)], place=CARACAS,
           about=["e-gonzalez-victory"],
           note="A quote first, « a lancé María Corina Machado à Caracas »: « Nous » is the opposition (its "
                "candidate won), « tout le monde » is generic. Caracas, the city, is where she speaks. No weekday "
                "of its own: no time."),
    speech("s-machado-tally", "Report", "Machado says the tally sheets give González more than 70 %", MACHADO,
           ("Selon", "Selon la cheffe"), [], evidence=MACHADO_EVIDENCE,
           about=["e-tally-collection", "e-gonzalez-share"],
           note="« Selon la cheffe de l’opposition »: a source before the clause, no quote."),
    speech("s-machado-recount", "Statement", "Machado asks for « a count polling station by polling station »",
           MACHADO, ("a réclamé", "Elle a réclamé"), [("un décompte bureau par bureau", None)],
           about=["e-recount"],
           note="« Elle » is Machado; the quote is the noun phrase asked for, its determiner inside the guillemets."),
    speech("s-maduro-victory-speech", "Statement", "Maduro hails a victory « of peace and sovereignty » in the night",
           MADURO, ("avait salué", None), [("de la paix et de la souveraineté", None)], addressee=SUPPORTERS,
           place=MIRAFLORES, time="t-night", about=["e-maduro-victory"],
           note="« Le président sortant ... avait salué dans la nuit une victoire « de la paix et de la souveraineté » "
                "devant ses partisans au palais de Miraflores »: a pluperfect speech; the supporters before whom he "
                "speaks are the addressee (as « devant ses partisans » in gold/taiwan-election-lai-2024-01-13), the "
                "palace the place. « une victoire » is his own victory restated."),
    speech("s-maduro-accuses", "Statement", "Maduro accuses his opponents of preparing « a fascist coup »", MADURO,
           ("accuse", None), [("un coup d’État fasciste", None)], about=["e-coup-preparation", "e-coup"],
           note="« Il accuse ses adversaires de préparer « un coup d’État fasciste » »: present tense, no time word "
                "(not dated by the night of the sentence before). « ses adversaires » are not an addressee: they are "
                "accused, and the roles of the accusation are in its events."),
    speech("s-blinken", "Statement", "Antony Blinken: serious concerns, the result does not reflect the people's will",
           BLINKEN, ("a déclaré", None),
           [("Nous avons de sérieuses inquiétudes", None),
            ("Le résultat annoncé ne reflète pas la volonté du peuple vénézuélien.", None)],
           evidence=BLINKEN_EVIDENCE, about=["e-maduro-victory"],
           note="A two-sentence quote split around « a déclaré le secrétaire d’État américain Antony Blinken, en "
                "visite au Japon. »: one speech act, two parts (the second keeps its full stop inside the "
                "guillemets, as in gold). The title is part of the name's phrase; « Nous » is the United States. « "
                "ne reflète pas » is a negated predicate, no event (as « ne représente pas l’opinion dominante » in "
                "gold/taiwan-election-lai-2024-01-13). Said during his visit to Japan, but no place is given, as "
                "for Blinken in gold/coup-niger-2023-07-27; no time."),
    speech("s-brazil-demand", "Statement", "Brazil asks for the publication of « verifiable » figures", BRAZIL,
           ("réclamé", "ont eux aussi réclamé"), [("vérifiables", None)], evidence=BRAZIL_EVIDENCE,
           about=["e-publication-demanded"],
           note="« Le Brésil et la Colombie ... ont eux aussi réclamé »: two states with one verb, two speech acts "
                "with one trigger (as « Moscou et Pékin ont, eux, salué » in gold); the quote goes to the "
                "first-named state only, since every pair of guillemets belongs to one speech act (gold README, "
                "the Sudan and China–Serbia declarations; fixed by the lead after the first measure: an annotation "
                "error, the corpus test caught it). « eux » is a plural pronoun for the two states: not a mention."),
    speech("s-colombia-demand", "Statement", "Colombia asks for the publication of « verifiable » figures", COLOMBIA,
           ("réclamé", "ont eux aussi réclamé"), [], evidence=BRAZIL_EVIDENCE,
           about=["e-publication-demanded"]),
    speech("s-brazil-no-congratulations", "Statement", "Brazil does not congratulate Maduro", BRAZIL,
           ("féliciter", None), [], status="negated", addressee=MADURO, evidence=BRAZIL_EVIDENCE,
           about=["e-maduro-victory"],
           note="« sans féliciter le vainqueur »: a negated speech act of each of the two states (as « sans présenter "
                "d’excuses » in gold); « le vainqueur » is Maduro, the one not congratulated."),
    speech("s-colombia-no-congratulations", "Statement", "Colombia does not congratulate Maduro", COLOMBIA,
           ("féliciter", None), [], status="negated", addressee=MADURO, evidence=BRAZIL_EVIDENCE,
           about=["e-maduro-victory"]),
    speech("s-moscow-hails", "Statement", "Moscow hails Maduro's re-election", RUSSIA,
           ("salué", "salué sa réélection"), [], about=["e-maduro-victory"],
           note="« Moscou et Pékin ont, au contraire, salué sa réélection »: two metonyms with one verb, two speech "
                "acts with one trigger; « sa réélection » restates the victory."),
    speech("s-beijing-hails", "Statement", "Beijing hails Maduro's re-election", CHINA,
           ("salué", "salué sa réélection"), [], about=["e-maduro-victory"]),
    speech("s-putin-message", "Statement", "Vladimir Putin sends Maduro a message of congratulations", PUTIN,
           ("a adressé", None), [], addressee=MADURO, according_to=[KREMLIN], evidence=PUTIN_EVIDENCE,
           about=["e-maduro-victory"],
           note="« Vladimir Poutine a adressé à M. Maduro un message de félicitations, a indiqué le Kremlin »: a "
                "nominal congratulation (as « a adressé ses félicitations » in gold), told by the Kremlin after the "
                "clause. It details Moscow's « salué » but is told as its own act."),
    speech("s-kremlin", "Report", "The Kremlin reports Putin's message", KREMLIN, ("a indiqué", None), [],
           evidence=PUTIN_EVIDENCE, about=["s-putin-message"],
           note="« a indiqué le Kremlin »: the presidential administration (Q2060629)."),
    speech("s-china-mfa", "Statement", "China's diplomacy says it respects « the choice of the Venezuelan people »",
           CHINA_MFA, ("a dit", None), [("le choix du peuple vénézuélien", None)], evidence=PUTIN_EVIDENCE,
           about=["e-maduro-victory"],
           note="« tandis que la diplomatie chinoise a dit respecter « le choix du peuple vénézuélien » »: the foreign "
                "ministry speaks (a local organisation, not China's metonym « Pékin » of the sentence before); « le "
                "choix » is the election's result as China reads it (no new event)."),
    speech("s-seven-doubts", "Statement", "The seven countries had questioned the vote", SEVEN,
           ("avaient mis en doute", None), [], evidence=EXPULSION_EVIDENCE, about=["e-election"],
           note="« sept pays latino-américains, dont l’Argentine, le Chili et le Pérou, qui avaient mis en doute le "
                "scrutin »: a relative pluperfect speech act; « qui » is read as the seven countries (the named "
                "three are among them), so the group speaks. No time written."),
    speech("s-gil-denounces", "Statement", "Yvan Gil: « These governments have submitted to Washington »", GIL,
           ("a dénoncé", None), [("Ces gouvernements se sont soumis à Washington", None)], evidence=GIL_EVIDENCE,
           about=["e-submission", "e-expulsion"],
           note="A quote first, « a dénoncé le chef de la diplomatie, Yvan Gil »: a role noun and the name in "
                "apposition; « la diplomatie » inside the role noun is not a mention (as in gold). « Ces "
                "gouvernements » is the seven countries. No time of its own."),
    speech("s-gil-deadline", "Statement", "Yvan Gil gives the diplomats 72 hours to leave the country", GIL,
           ("a donné", None), [], addressee=DIPLOMATS, evidence=GIL_EVIDENCE, about=["e-departure", "e-expulsion"],
           note="« qui leur a donné 72 heures pour quitter le territoire »: a relative clause on Gil; giving a "
                "deadline is an order told to the diplomats (« leur », the addressee), no quote. The duration is "
                "attached to nothing."),
    speech("s-argentina", "Statement", "Buenos Aires calls the measure « illegitimate »", ARGENTINA,
           ("a qualifié", None), [("illégitime", None)], about=["e-expulsion"],
           note="« Buenos Aires a qualifié la mesure d’« illégitime » »: Argentina (a local metonym); the quote is "
                "the one word after the elided « d’ »; « la mesure » is the expulsion."),
    speech("s-opposition-call", "Statement", "The opposition calls for demonstrations across the country on Tuesday",
           OPPOSITION, ("appelle", None), [], about=["e-demonstrations"],
           note="« L’opposition appelle à manifester mardi »: present tense; « mardi » dates the demonstrations, not "
                "the call (no time)."),
    speech("s-diplomat", "Report", "A diplomat says the OAS may meet on Wednesday", DIPLOMAT,
           ("selon", "selon un diplomate"), [], about=["e-oas-meeting"],
           note="« selon un diplomate »: an anonymous source after the clause."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
