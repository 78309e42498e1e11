"""Held-out annotation of poutine-minsk-garanties-2024-12-06.txt (written for the twenty-third held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/poutine-minsk-garanties-2024-12-06.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/poutine-minsk-garanties-2024-12-06.annotation.src.py --check

From held-out set 23 (moved to gold in session 21; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "poutine-minsk-garanties-2024-12-06.txt"

NOTE = """\
Held-out-23 article: Vladimir Putin and Alexander Lukashenko sign in Minsk on Friday 6 December 2024 a treaty of \
security guarantees within the Union State, which puts Belarus under Russia's nuclear umbrella, while Moscow \
promises to install its new Oreshnik missile there; Putin, who arrived on Thursday evening for a session of the \
Union's Supreme State Council, says any aggression against Belarus will count as one against Russia; the treaty, \
still to be ratified, authorises Moscow to use nuclear weapons if its ally is attacked; according to TASS, Putin \
says Oreshnik systems will be stationed in Belarus in the second half of 2025, after Russia first fired the missile \
on 21 November at a factory in Dnipro; Lukashenko, who had asked for the weapons since the summer, says Minsk will \
choose the targets and promises to use them only as a last resort; Dmitry Peskov says the Russian army will keep \
control of the launchers, without saying how many will be delivered; Warsaw denounces a deliberate escalation and \
Donald Tusk says Poland is ready, his government having decided on Wednesday to strengthen the eastern border; in \
Vilnius Gitanas Nausėda calls Belarus an outpost of Moscow and the Lithuanian defence council is to meet on Monday; \
NATO's secretary general Mark Rutte says the Alliance will not be intimidated and that the Kremlin wants to sow \
fear in Europe; the two leaders are to meet again at the end of the month in Saint Petersburg at an informal CIS \
summit. Published Friday 6 December 2024 (the file gives the day). The signing in Minsk, the Supreme State \
Council, the Oreshnik deployment announced for the second half of 2025, the Dnipro strike of 21 November and the \
CIS summit in Saint Petersburg follow the real events loosely; the quotes, Peskov's words, Warsaw's, Tusk's, \
Nausėda's and Rutte's reactions, the Polish Wednesday decision and the Lithuanian Monday council are invented or \
simplified.
What it exercises: a signing on the publication day by two named leaders in a city, with the treaty as theme and \
a union named inside it (« ont signé vendredi à Minsk un traité de garanties de sécurité au sein de l’État de \
l’Union »), a relative in the present with the treaty as agent (« qui place la Biélorussie sous le parapluie \
nucléaire russe ») and a promise by a metonym with the place clitic « y » for a country (« au moment où Moscou \
promet d’y installer son nouveau missile Orechnik »: an Assurance of Russia with no quote, the deployment planned); \
a quote first with a future and a conditional aggression (« « Toute agression contre la Biélorussie sera \
considérée comme une agression contre la Russie », a déclaré le président russe devant la presse »: one \
hypothetical aggression; « une agression contre la Russie » restates it as it is to be counted, no second event); \
an apposed participle of arrival with a past evening and a role noun holding an institution, a place clitic « y » \
for the city and an imperfect session with « son hôte » (« Arrivé jeudi soir dans la capitale biélorusse, le chef \
du Kremlin y présidait avec son hôte une session du Conseil d’État suprême de l’Union »: a Visit and a Meeting, \
the signing part of the session; the short « l’Union » inside the council's name is the Union State); a relative \
passive still to come (« qui doit encore être ratifié »: planned) and a document as agent of an authorisation over \
a hypothetical use of nuclear weapons in case of an attack (« autorise Moscou à recourir à l’arme nucléaire en cas \
d’attaque contre son allié »); « Selon l’agence TASS » before a statement with a future in the past and a quoted \
time (« M. Poutine a indiqué que des systèmes Orechnik seraient stationnés en Biélorussie « au second semestre \
2025 » »: the lede's deployment restated, planned, with its time and sources from here); a pluperfect firing on \
an explicit date against a factory named by its city (« La Russie avait tiré pour la première fois ce missile ... \
le 21 novembre contre une usine de Dnipro, dans le centre-est de l’Ukraine »); a relative imperfect request over a \
season (« qui réclamait ces armes depuis l’été »), an assurance by a metonym with a future in the past (« a assuré \
que Minsk choisirait les cibles ») and a participle with its own guillemets and an object clitic (« tout en \
promettant de ne les utiliser « qu’en dernier recours » »: a second Assurance, the use hypothetical); a role noun \
and a name in apposition with a future in the past for an army (« l’armée russe garderait le contrôle des \
lanceurs ») and « sans dire combien seraient livrés » (a negated speech act over a hypothetical delivery whose \
parties are implied); a metonym's denunciation with a quoted noun phrase and « aussitôt »; a quote first with a \
country's name inside it under « a réagi le Premier ministre polonais, Donald Tusk, » and a relative pluperfect \
decision on a past weekday by « dont le gouvernement » (« avait décidé mercredi de renforcer la frontière \
orientale du pays »: the reinforcement planned, « pays » Poland inside the border's phrase); a fronted « À Vilnius \
» with a title right before a name and a quoted predicate holding a metonym (« un avant-poste militaire de Moscou \
»: no mention for the predicate, no event for « devenait »); a planned council meeting on a future weekday; a \
quote first in which the speaker names his organisation in the third person with a negated future (« L’Alliance \
ne se laissera pas intimider »: the intimidation negated according to Rutte) under « a assuré le secrétaire \
général de l’Otan, Mark Rutte, » and a participle of opinion with its own guillemets (« estimant que le Kremlin \
cherchait à « semer la peur » en Europe »: a second Statement, the sowing of fear suspected); a planned meeting \
of « Les deux dirigeants » (a plural phrase, no mention) « à la fin du mois à Saint-Pétersbourg, lors d’un sommet \
informel de la Communauté des États indépendants » (the meeting part of the planned summit).
Places and metonyms. « Minsk » is the city where the treaty is signed (Q2280), as are « la capitale biélorusse » \
and « y » (« y présidait »); « Minsk » that will choose the targets is Belarus (Q184, metonym). « Moscou » is \
Russia (Q159, metonym) where it promises, is authorised and owns the outpost in Nausėda's quote. « d’y installer » \
is Belarus, the country where the missile is to be installed (pronoun). « le Kremlin » that seeks to sow fear and \
« Kremlin » inside « le chef du Kremlin » and « Le porte-parole du Kremlin » are the institution (Q2060629, \
metonym), as in the bundled article. « Varsovie » is Poland (local, metonym); « Vilnius », fronted before Nausėda's \
words, is the city where he speaks (local place). « Dnipro » is the city (local), named inside « une usine de \
Dnipro », which is the strike's recipient (a local factory); « Ukraine » (Q212) gives where Dnipro lies. « en \
Europe » is the place of the suspected sowing of fear (local).
Mentions. The treaty is a local thing (as the treaty in benchmarks/gold/poutine-pyongyang-hanoi-2024-06-19): « un \
traité de garanties de sécurité », « Le texte ». The Oreshnik is one local object for the weapon system, whatever \
the unit: « Orechnik » (a descriptor with a possessive right before the name is part of its phrase: only the name \
is marked), « des systèmes Orechnik », « ce missile hypersonique de portée intermédiaire », « ces armes » and « les \
» (object clitic in « ne les utiliser »); the launchers (« lanceurs », from the noun after the fused « des ») are a \
local object of their own, since Peskov speaks of them apart. « les cibles » is a local object (the theme of the \
choice, unspecified). « son allié » is Belarus; « Pologne » inside Tusk's quote and « pays » in « la frontière \
orientale du pays » are Poland; « le gouvernement » (« dont le gouvernement ») is the Polish government; « L’\
Alliance » inside Rutte's quote and « Otan » inside his title are NATO. « Le Conseil de défense lituanien » is a \
local organisation (nominal: a descriptive name with its determiner). Not mentions: « la presse », « le parapluie \
nucléaire russe », « l’arme nucléaire » (generic, no event takes it as theme), « une escalade délibérée », « toute \
éventualité », « un avant-poste militaire de Moscou » (a predicate), « la peur », « Les deux dirigeants ».
Statuses. The signing, the umbrella, the arrival, the session, the authorisation, the Dnipro firing and Poland's \
decision occurred; the deployment (promised, then « seraient stationnés »), the ratification, the choice of \
targets, the army's control, the border reinforcement, the Lithuanian council, the Saint Petersburg meeting and \
the CIS summit are planned; the aggression, the attack on Belarus, the use of nuclear weapons, the use of the \
Oreshnik « en dernier recours » and the delivery whose number is not said are hypothetical; NATO's intimidation is \
negated (according to Rutte); the sowing of fear is suspected (Rutte's opinion); Peskov's « sans dire » is a \
negated speech act.
Times. « vendredi » is the publication day, Friday 6 December 2024; « jeudi soir » the evening of Thursday 5 \
December; « au second semestre 2025 » the year 2025 (a half-year: the year is the finest true precision); « le 21 \
novembre » 21 November 2024; « l’été » (« depuis l’été ») summer 2024, the year, the start of the request; « \
mercredi » Wednesday 4 December; « lundi » Monday 9 December; « à la fin du mois » December 2024. The session, \
Putin's, Peskov's, Warsaw's, Tusk's, Nausėda's and Rutte's words have no weekday of their own: no time; « aussitôt \
» and « encore » are no times.
Linked: Putin, Lukashenko, Minsk, Belarus, Russia, the Kremlin, TASS, Ukraine, Peskov and the Russian armed forces. \
The Union State, its Supreme State Council, the treaty, the Oreshnik, the launchers, the targets, Dnipro and its \
factory, Poland, Warsaw's government, Tusk, the Polish eastern border, Vilnius, Nausėda, the Lithuanian defence \
council, NATO, Rutte, Europe, Saint Petersburg and the CIS are not in ids.tsv: local, unlinked."""

PUTIN, LUKA, MINSK, BELARUS, RUSSIA = "Q7747", "Q2866", "Q2280", "Q184", "Q159"
KREMLIN, TASS, UKRAINE, PESKOV, RU_ARMY = "Q2060629", "Q223799", "Q212", "Q4359688", "Q193159"
UNION_STATE, COUNCIL, TREATY = "local:union-state", "local:union-state-supreme-council", \
    "local:union-state-security-guarantees-treaty"
ORESHNIK, LAUNCHERS, TARGETS = "local:oreshnik", "local:oreshnik-launchers", "local:oreshnik-targets"
DNIPRO, FACTORY = "local:dnipro", "local:dnipro-factory"
POLAND, PL_GOV, TUSK, BORDER = "local:poland", "local:polish-government", "local:donald-tusk", \
    "local:poland-eastern-border"
VILNIUS, NAUSEDA, LT_COUNCIL = "local:vilnius", "local:gitanas-nauseda", "local:lithuania-state-defence-council"
NATO, RUTTE, EUROPE, ST_PETERSBURG, CIS = "local:nato", "local:mark-rutte", "local:europe", \
    "local:saint-petersburg", "local:cis"

NOT_OBJECT = "unnamed things with no Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (UNION_STATE, "État de l’Union", "Union State", "organization",
     {"description": "union de la Russie et de la Biélorussie", "unlinked_reason": NOT_VERIFIED}),
    (COUNCIL, "Conseil d’État suprême de l’État de l’Union", "Supreme State Council of the Union State",
     "organization", {"description": "organe dirigeant de l’État de l’Union, présidé par les deux chefs d’État",
                      "unlinked_reason": NOT_VERIFIED}),
    (TREATY, "traité sur les garanties de sécurité au sein de l’État de l’Union",
     "Treaty on Security Guarantees within the Union State", "other",
     {"description": "signé à Minsk le 6 décembre 2024 par Vladimir Poutine et Alexandre Loukachenko",
      "class_qid": "Q131569", "unlinked_reason": NOT_VERIFIED}),
    (ORESHNIK, "Orechnik", "Oreshnik", "object",
     {"description": "missile balistique hypersonique russe de portée intermédiaire (le système, non une unité)",
      "unlinked_reason": NOT_VERIFIED}),
    (LAUNCHERS, "lanceurs Orechnik destinés à la Biélorussie", "Oreshnik launchers for Belarus", "object",
     {"unlinked_reason": NOT_OBJECT}),
    (TARGETS, "cibles des missiles Orechnik", "targets of the Oreshnik missiles", "object",
     {"description": "les cibles que Minsk choisirait", "unlinked_reason": NOT_OBJECT}),
    (DNIPRO, "Dnipro", "Dnipro", "place", {"unlinked_reason": NOT_VERIFIED}),
    (FACTORY, "usine de Dnipro", "factory in Dnipro", "object",
     {"description": "l’usine frappée par le premier tir d’Orechnik, le 21 novembre 2024", "class_qid": "Q83405",
      "unlinked_reason": "an unnamed factory with no Wikidata item"}),
    (POLAND, "Pologne", "Poland", "country", {"unlinked_reason": NOT_VERIFIED}),
    (TUSK, "Donald Tusk", "Donald Tusk", "person",
     {"description": "Premier ministre polonais", "unlinked_reason": NOT_VERIFIED}),
    (PL_GOV, "gouvernement polonais", "Government of Poland", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BORDER, "frontière orientale de la Pologne", "eastern border of Poland", "place",
     {"description": "la frontière de la Pologne avec la Biélorussie et la Russie", "unlinked_reason": NOT_VERIFIED}),
    (VILNIUS, "Vilnius", "Vilnius", "place", {"unlinked_reason": NOT_VERIFIED}),
    (NAUSEDA, "Gitanas Nausėda", "Gitanas Nausėda", "person",
     {"description": "président de la Lituanie", "unlinked_reason": NOT_VERIFIED}),
    (LT_COUNCIL, "Conseil de défense de l’État lituanien", "State Defence Council of Lithuania", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NATO, "Otan", "NATO", "organization", {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
    (RUTTE, "Mark Rutte", "Mark Rutte", "person",
     {"description": "secrétaire général de l’Otan", "unlinked_reason": NOT_VERIFIED}),
    (EUROPE, "Europe", "Europe", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ST_PETERSBURG, "Saint-Pétersbourg", "Saint Petersburg", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CIS, "Communauté des États indépendants", "Commonwealth of Independent States", "organization",
     {"description": "CEI", "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    RU_ARMY: "« l’armée russe », qui garderait le contrôle des lanceurs",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Vladimir Poutine et Alexandre Loukachenko ont signé vendredi à Minsk un traité ... au sein de l’État de l’Union,
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Alexandre Loukachenko", None, LUKA, "name"),
    ("Minsk", "vendredi à Minsk", MINSK, "name"),
    ("un traité de garanties de sécurité", None, TREATY, "nominal"),
    ("État de l’Union", None, UNION_STATE, "name"),
    # qui place la Biélorussie sous le parapluie nucléaire russe, au moment où Moscou promet d’y installer ...
    ("Biélorussie", "place la Biélorussie", BELARUS, "name"),
    ("Moscou", "Moscou promet", RUSSIA, "metonym"),
    ("y", "d’y installer", BELARUS, "pronoun"),
    ("Orechnik", "missile Orechnik", ORESHNIK, "name"),
    # « Toute agression contre la Biélorussie ... contre la Russie », a déclaré le président russe devant la presse.
    ("Biélorussie", "contre la Biélorussie", BELARUS, "name"),
    ("Russie", "contre la Russie", RUSSIA, "name"),
    ("le président russe", None, PUTIN, "nominal"),
    # Arrivé jeudi soir dans la capitale biélorusse, le chef du Kremlin y présidait avec son hôte une session du ...
    ("la capitale biélorusse", None, MINSK, "nominal"),
    ("le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "le chef du Kremlin", KREMLIN, "metonym"),
    ("y", "y présidait", MINSK, "pronoun"),
    ("son hôte", None, LUKA, "nominal"),
    ("Conseil d’État suprême de l’Union", None, COUNCIL, "name"),
    ("Union", "suprême de l’Union", UNION_STATE, "name"),
    # Le texte, qui doit encore être ratifié, autorise Moscou à recourir ... en cas d’attaque contre son allié.
    ("Le texte", None, TREATY, "nominal"),
    ("Moscou", "autorise Moscou", RUSSIA, "metonym"),
    ("son allié", None, BELARUS, "nominal"),
    # Selon l’agence TASS, M. Poutine a indiqué que des systèmes Orechnik seraient stationnés en Biélorussie ...
    ("TASS", None, TASS, "name"),
    ("Poutine", "M. Poutine", PUTIN, "name"),
    ("des systèmes Orechnik", None, ORESHNIK, "nominal"),
    ("Biélorussie", "stationnés en Biélorussie", BELARUS, "name"),
    # La Russie avait tiré ... ce missile hypersonique de portée intermédiaire le 21 novembre contre une usine de ...
    ("Russie", "La Russie avait", RUSSIA, "name"),
    ("ce missile hypersonique de portée intermédiaire", None, ORESHNIK, "nominal"),
    ("une usine de Dnipro", None, FACTORY, "nominal"),
    ("Dnipro", None, DNIPRO, "name"),
    ("Ukraine", None, UKRAINE, "name"),
    # M. Loukachenko, qui réclamait ces armes depuis l’été, a assuré que Minsk choisirait les cibles, ... ne les ...
    ("Loukachenko", "M. Loukachenko", LUKA, "name"),
    ("ces armes", None, ORESHNIK, "nominal"),
    ("Minsk", "que Minsk choisirait", BELARUS, "metonym"),
    ("les cibles", None, TARGETS, "nominal"),
    ("les", "ne les utiliser", ORESHNIK, "pronoun"),
    # Le porte-parole du Kremlin, Dmitri Peskov, a précisé que l’armée russe garderait le contrôle des lanceurs, ...
    ("Le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "Le porte-parole du Kremlin", KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("l’armée russe", None, RU_ARMY, "nominal"),
    ("lanceurs", None, LAUNCHERS, "nominal"),
    # Varsovie a aussitôt dénoncé une « escalade délibérée ».
    ("Varsovie", None, POLAND, "metonym"),
    # « La Pologne est prête ... », a réagi le Premier ministre polonais, Donald Tusk, dont le gouvernement ...
    ("Pologne", None, POLAND, "name"),
    ("le Premier ministre polonais", None, TUSK, "nominal"),
    ("Donald Tusk", None, TUSK, "name"),
    ("le gouvernement", None, PL_GOV, "nominal"),
    ("la frontière orientale du pays", None, BORDER, "nominal"),
    ("pays", "orientale du pays", POLAND, "nominal"),
    # À Vilnius, le président Gitanas Nauseda a estimé que la Biélorussie devenait « un avant-poste militaire ... ».
    ("Vilnius", None, VILNIUS, "name"),
    ("Gitanas Nauseda", None, NAUSEDA, "name"),
    ("Biélorussie", "que la Biélorussie devenait", BELARUS, "name"),
    ("Moscou", "militaire de Moscou", RUSSIA, "metonym"),
    # Le Conseil de défense lituanien doit se réunir lundi.
    ("Le Conseil de défense lituanien", None, LT_COUNCIL, "nominal"),
    # « L’Alliance ne se laissera pas intimider », a assuré le secrétaire général de l’Otan, Mark Rutte, estimant ...
    ("Alliance", None, NATO, "name"),
    ("le secrétaire général de l’Otan", None, RUTTE, "nominal"),
    ("Otan", None, NATO, "name"),
    ("Mark Rutte", None, RUTTE, "name"),
    ("Kremlin", "le Kremlin cherchait", KREMLIN, "metonym"),
    ("Europe", None, EUROPE, "name"),
    # Les deux dirigeants doivent se revoir à la fin du mois à Saint-Pétersbourg, lors d’un sommet informel de la ...
    ("Saint-Pétersbourg", None, ST_PETERSBURG, "name"),
    ("Communauté des États indépendants", None, CIS, "name"),
]

PUB_DAY = "The publication day, Friday 6 December 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", None), "2024-12-06", "day", "weekday-publication-day",
     "« ont signé vendredi à Minsk »: " + PUB_DAY),
    ("t-thursday-evening", ("jeudi soir", None), "2024-12-05", "day", "part-of-day",
     "« Arrivé jeudi soir »: the evening of the Thursday before the publication day, 5 December 2024."),
    ("t-second-half-2025", ("au second semestre 2025", None), "2025", "year", "explicit-year",
     "Inside Putin's quote: the second half of 2025 (July to December), inside one year; no half-year precision "
     "exists, so the year, the finest true value."),
    ("t-november-21", ("le 21 novembre", None), "2024-11-21", "day", "day-month-publication-year",
     "Pluperfect « avait tiré ... le 21 novembre »: a past date in the publication year, 21 November 2024."),
    ("t-summer", ("l’été", None), "2024", "year", "season-past",
     "« depuis l’été » written in December 2024: summer 2024, inside one year, so the year; the start of the "
     "request (« depuis X » is annotated as X)."),
    ("t-wednesday", ("mercredi", None), "2024-12-04", "day", "weekday-past",
     "Pluperfect « avait décidé mercredi »: the Wednesday before the publication day, 4 December 2024."),
    ("t-monday", ("lundi", None), "2024-12-09", "day", "weekday-future",
     "« doit se réunir lundi »: the Monday after the publication day, 9 December 2024."),
    ("t-end-of-month", ("à la fin du mois", None), "2024-12", "month", "end-of-current-month",
     "The end of the publication month: December 2024."),
]

LEDE_EVIDENCE = ("Vladimir Poutine et", "missile Orechnik.")
ARRIVAL_EVIDENCE = ("Arrivé jeudi soir", "suprême de l’Union.")
TREATY_EVIDENCE = ("Le texte, qui", "contre son allié.")
TASS_EVIDENCE = ("Selon l’agence TASS", "semestre 2025 »")
LUKA_EVIDENCE = ("M. Loukachenko, qui", "dernier recours »")
PESKOV_EVIDENCE = ("Le porte-parole du Kremlin", "seraient livrés.")
TUSK_EVIDENCE = ("« La Pologne", "orientale du pays.")
RUTTE_EVIDENCE = ("« L’Alliance", "en Europe.")

EVENTS: list[dict[str, Any]] = [
    event("e-signing", "Agreement", "Putin and Lukashenko sign a treaty of security guarantees in Minsk on Friday",
          ("ont signé", None), [("participant", PUTIN), ("participant", LUKA), ("theme", TREATY)], place=MINSK,
          time="t-friday", evidence=LEDE_EVIDENCE, part_of="e-session",
          note="In the article's own voice, no source named. « au sein de l’État de l’Union » qualifies the treaty's "
               "scope (the Union State is a mention, no role). The signing took place at the session of the "
               "Supreme State Council of the next paragraph, hence part_of."),
    event("e-umbrella", "Event", "The treaty places Belarus under Russia's nuclear umbrella", ("place", "qui place"),
          [("agent", TREATY), ("recipient", BELARUS)], evidence=LEDE_EVIDENCE,
          note="« qui place la Biélorussie sous le parapluie nucléaire russe »: a present relative with the treaty as "
               "its subject (a thing as agent, as « un traité qui prévoit » in gold); « le parapluie nucléaire russe "
               "» is no entity. No time of its own."),
    event("e-deployment", "Event", "Russia to install Oreshnik missile systems in Belarus in the second half of 2025",
          ("installer", None), [("agent", RUSSIA), ("theme", ORESHNIK)], status="planned", place=BELARUS,
          time="t-second-half-2025", according_to=[RUSSIA, PUTIN, TASS], evidence=LEDE_EVIDENCE,
          note="« Moscou promet d’y installer son nouveau missile Orechnik »: promised, planned; « y » is Belarus. "
               "Restated by « des systèmes Orechnik seraient stationnés en Biélorussie « au second semestre 2025 » » "
               "(a future in the past in Putin's statement, planned too): one event, the trigger at the first "
               "mention, the time and the sources (Putin, TASS) from the restatement."),
    event("e-aggression", "Event", "Any aggression against Belarus (to be counted as one against Russia)",
          ("agression", "Toute agression"), [("recipient", BELARUS)], status="hypothetical", according_to=[PUTIN],
          note="« Toute agression contre la Biélorussie sera considérée comme une agression contre la Russie »: a "
               "case, hypothetical; the second « agression » restates it as it is to be counted (no second event). "
               "The aggressor is not written."),
    event("e-arrival", "Visit", "Vladimir Putin arrived in Minsk on Thursday evening", ("Arrivé", None),
          [("agent", PUTIN)], place=MINSK, time="t-thursday-evening", evidence=ARRIVAL_EVIDENCE,
          note="« Arrivé jeudi soir dans la capitale biélorusse, le chef du Kremlin »: an apposed participle agreeing "
               "with the subject, as « Arrivée la veille au soir » in gold (a Visit)."),
    event("e-session", "Meeting", "Putin and Lukashenko chair a session of the Union's Supreme State Council in Minsk",
          ("session", None), [("participant", PUTIN), ("participant", LUKA), ("participant", COUNCIL)], place=MINSK,
          evidence=ARRIVAL_EVIDENCE,
          note="« le chef du Kremlin y présidait avec son hôte une session du Conseil d’État suprême de l’Union »: the "
               "two chair it together (participants, with the council). « y » is Minsk. No weekday belongs to the "
               "session (the Thursday dates the arrival): no time."),
    event("e-ratification", "Event", "The treaty is still to be ratified", ("ratifié", None),
          [("participant", RUSSIA), ("participant", BELARUS), ("theme", TREATY)], status="planned",
          evidence=TREATY_EVIDENCE,
          note="« qui doit encore être ratifié »: an agentless passive still to come, planned (as « devrait à son tour "
               "ratifier » in gold, here with « doit »). The two states that must ratify it are implied; the shapes "
               "need a role beside the theme."),
    event("e-authorisation", "Event", "The treaty authorises Russia to use nuclear weapons to defend Belarus",
          ("autorise", None), [("agent", TREATY), ("recipient", RUSSIA)], evidence=TREATY_EVIDENCE,
          note="« Le texte ... autorise Moscou à recourir à l’arme nucléaire »: the treaty as agent, Moscow (Russia) "
               "the one authorised, as « l’Otan ... en autorisant Kiev » in gold. In the article's own voice."),
    event("e-nuclear-use", "Event", "A possible Russian use of nuclear weapons", ("recourir", None),
          [("agent", RUSSIA)], status="hypothetical", evidence=TREATY_EVIDENCE,
          note="« à recourir à l’arme nucléaire en cas d’attaque »: what is authorised, for a case: hypothetical. « "
               "l’arme nucléaire » is generic: no mention, no theme."),
    event("e-attack-on-ally", "Event", "An attack on Belarus (the case the treaty covers)",
          ("attaque", "en cas d’attaque"), [("recipient", BELARUS)], status="hypothetical", evidence=TREATY_EVIDENCE,
          note="« en cas d’attaque contre son allié »: a case, hypothetical (as « en cas d’agression » in gold); « son "
               "allié » is Belarus. A different sentence and word from Putin's « agression »: kept apart, as the "
               "treaty's case rather than his words."),
    event("e-dnipro-strike", "Event", "Russia first fired the Oreshnik at a factory in Dnipro on 21 November",
          ("avait tiré", None), [("agent", RUSSIA), ("theme", ORESHNIK), ("recipient", FACTORY)], place=DNIPRO,
          time="t-november-21",
          note="« La Russie avait tiré pour la première fois ce missile ... le 21 novembre contre une usine de Dnipro, "
               "dans le centre-est de l’Ukraine »: a pluperfect in the article's own voice; the missile is the theme, "
               "the factory the target (recipient), the city the place (Ukraine only locates it)."),
    event("e-choose-targets", "Event", "Belarus will choose the targets of the Oreshnik", ("choisirait", None),
          [("agent", BELARUS), ("theme", TARGETS)], status="planned", according_to=[LUKA], evidence=LUKA_EVIDENCE,
          note="« a assuré que Minsk choisirait les cibles »: a future in the past inside an assurance, planned (as « "
               "continueraient de transiter » in gold); Minsk stands for Belarus."),
    event("e-oreshnik-use", "Event", "Lukashenko to use the Oreshnik only as a last resort", ("utiliser", None),
          [("agent", LUKA), ("theme", ORESHNIK)], status="hypothetical", according_to=[LUKA],
          evidence=LUKA_EVIDENCE,
          note="« tout en promettant de ne les utiliser « qu’en dernier recours » »: « ne ... que » restricts, it "
               "does not negate; the use is a last-resort case: hypothetical. The infinitive's implied subject is "
               "Lukashenko (the subject of « promettant »); « les » is the weapons."),
    event("e-army-control", "Event", "The Russian army will keep control of the launchers", ("garderait", None),
          [("agent", RU_ARMY), ("theme", LAUNCHERS)], status="planned", according_to=[PESKOV],
          evidence=PESKOV_EVIDENCE,
          note="« a précisé que l’armée russe garderait le contrôle des lanceurs »: a future in the past in a "
               "statement, planned. « l’armée russe » is the Russian armed forces (Q193159)."),
    event("e-launcher-delivery", "Delivery", "An unstated number of launchers to be delivered to Belarus",
          ("livrés", None), [("agent", RUSSIA), ("recipient", BELARUS), ("theme", LAUNCHERS)],
          status="hypothetical", evidence=PESKOV_EVIDENCE,
          note="« sans dire combien seraient livrés »: an open question under a negated speech act, a conditional: "
               "hypothetical, with no according_to (as « n’a pas dit si la crise y serait évoquée » in gold). The "
               "giver and the receiver are implied by the story; the elided subject is the launchers."),
    event("e-poland-decision", "Event", "The Polish government decided on Wednesday to strengthen the eastern border",
          ("avait décidé", None), [("agent", PL_GOV)], time="t-wednesday", evidence=TUSK_EVIDENCE,
          note="« dont le gouvernement avait décidé mercredi »: a relative pluperfect in the article's own voice; « "
               "le gouvernement » is Tusk's, the Polish government."),
    event("e-border-reinforcement", "Event", "Poland to strengthen its eastern border", ("renforcer", None),
          [("agent", PL_GOV), ("theme", BORDER)], status="planned", evidence=TUSK_EVIDENCE,
          note="« de renforcer la frontière orientale du pays »: decided, not said to be done: planned (as « a "
               "annoncé l’envoi » in gold). No time of its own (« mercredi » dates the decision)."),
    event("e-lt-council", "Meeting", "Lithuania's defence council to meet on Monday", ("se réunir", None),
          [("participant", LT_COUNCIL)], status="planned", time="t-monday",
          note="« Le Conseil de défense lituanien doit se réunir lundi »: planned with « doit ». The sentence writes "
               "no place (Vilnius, fronted in the sentence before, places Nausėda's words only)."),
    event("e-nato-intimidation", "Event", "NATO will not be intimidated", ("intimider", None),
          [("recipient", NATO)], status="negated", according_to=[RUTTE], evidence=RUTTE_EVIDENCE,
          note="« L’Alliance ne se laissera pas intimider »: a negated future in the speaker's words, negated "
               "according to him (as « ne pourra plus terroriser » in gold). Who would intimidate is not written."),
    event("e-sow-fear", "Event", "The Kremlin seeks to sow fear in Europe (Rutte's view)", ("semer", None),
          [("agent", KREMLIN)], status="suspected", place=EUROPE, according_to=[RUTTE], evidence=RUTTE_EVIDENCE,
          note="« estimant que le Kremlin cherchait à « semer la peur » en Europe »: an aim charged by another, an "
               "opinion: suspected (as « chercher à déstabiliser » in gold). « la peur » is no entity."),
    event("e-next-meeting", "Meeting", "Putin and Lukashenko to meet again in Saint Petersburg at the end of the month",
          ("se revoir", None), [("participant", PUTIN), ("participant", LUKA)], status="planned",
          place=ST_PETERSBURG, time="t-end-of-month", part_of="e-cis-summit",
          note="« Les deux dirigeants doivent se revoir »: planned with « doivent »; « Les deux dirigeants » is a "
               "plural phrase, not a mention, so the participants come from the story."),
    event("e-cis-summit", "Meeting", "An informal CIS summit in Saint Petersburg at the end of the month",
          ("sommet", None), [("participant", CIS)], status="planned", place=ST_PETERSBURG, time="t-end-of-month",
          evidence=("Les deux dirigeants", "États indépendants."),
          note="« lors d’un sommet informel de la Communauté des États indépendants »: the occasion of the planned "
               "meeting; it takes the same time and place."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-moscow-promise", "Assurance", "Moscow promises to install the Oreshnik in Belarus", RUSSIA,
           ("promet", "Moscou promet"), [], evidence=LEDE_EVIDENCE, about=["e-deployment"],
           note="« au moment où Moscou promet d’y installer son nouveau missile Orechnik »: a promise of the state "
                "(metonym), no quote; the present tense gives no day."),
    speech("s-putin-guarantee", "Statement", "Putin: any aggression against Belarus will count as one against Russia",
           PUTIN, ("a déclaré", None),
           [("Toute agression contre la Biélorussie sera considérée comme une agression contre la Russie", None)],
           about=["e-aggression", "e-signing"],
           note="A quote first under « a déclaré le président russe devant la presse »; the press is generic (no "
                "addressee). No weekday: no time."),
    speech("s-tass", "Report", "TASS reports Putin's words on the Oreshnik deployment", TASS,
           ("Selon", "Selon l’agence TASS"), [], evidence=TASS_EVIDENCE, about=["s-putin-oreshnik"],
           note="« Selon l’agence TASS, M. Poutine a indiqué »: the agency carries Putin's statement (a title before "
                "the name: only « TASS » is marked)."),
    speech("s-putin-oreshnik", "Statement", "Putin says Oreshnik systems will be stationed in Belarus in the second "
           "half of 2025", PUTIN, ("a indiqué", None), [("au second semestre 2025", None)], according_to=[TASS],
           evidence=TASS_EVIDENCE, about=["e-deployment"],
           note="Indirect speech with only the time in guillemets; TASS in according_to with its own Report."),
    speech("s-luka-request", "Statement", "Lukashenko had been asking for the weapons since the summer", LUKA,
           ("réclamait", None), [], time="t-summer", evidence=LUKA_EVIDENCE, about=["e-deployment"],
           note="« qui réclamait ces armes depuis l’été »: a relative imperfect request, no quote; its time is its "
                "start (« depuis X » is X). The deployment asked for is the one Moscow promises (planned)."),
    speech("s-luka-targets", "Assurance", "Lukashenko assures that Minsk will choose the targets", LUKA,
           ("a assuré", "a assuré que Minsk"), [], evidence=LUKA_EVIDENCE, about=["e-choose-targets"],
           note="Indirect speech without guillemets; the quote of the sentence belongs to the participle that "
                "follows (s-luka-last-resort)."),
    speech("s-luka-last-resort", "Assurance", "Lukashenko promises to use the Oreshnik only « as a last resort »",
           LUKA, ("promettant", None), [("qu’en dernier recours", None)], evidence=LUKA_EVIDENCE,
           about=["e-oreshnik-use"],
           note="« tout en promettant de ne les utiliser « qu’en dernier recours » »: a participle with its own "
                "guillemets is a second speech act (as « tout en exhortant ... « respecter » » in gold). The quote "
                "starts with the elided « qu’ » inside the guillemets."),
    speech("s-peskov-control", "Statement", "Dmitry Peskov: the Russian army will keep control of the launchers",
           PESKOV, ("a précisé", None), [], evidence=PESKOV_EVIDENCE, about=["e-army-control"],
           note="« Le porte-parole du Kremlin, Dmitri Peskov, a précisé que ... »: a role noun and a name in "
                "apposition; no quote, no weekday."),
    speech("s-peskov-silent", "SpeechAct", "Peskov does not say how many launchers will be delivered", PESKOV,
           ("dire", "sans dire combien"), [], status="negated", evidence=PESKOV_EVIDENCE,
           about=["e-launcher-delivery"],
           note="« sans dire combien seraient livrés »: a negated speech act (as « sans préciser » in gold)."),
    speech("s-warsaw", "Statement", "Warsaw denounces a « deliberate escalation »", POLAND, ("dénoncé", None),
           [("escalade délibérée", None)], about=["e-deployment", "e-signing"],
           note="« Varsovie a aussitôt dénoncé une « escalade délibérée » »: a metonym for Poland; « aussitôt » is no "
                "time. The escalation is the judgement of what was announced, no event."),
    speech("s-tusk", "Statement", "Donald Tusk: Poland is ready for any eventuality", TUSK, ("a réagi", None),
           [("La Pologne est prête à toute éventualité", None)], evidence=TUSK_EVIDENCE,
           about=["e-deployment", "e-signing"],
           note="A quote first under « a réagi le Premier ministre polonais, Donald Tusk, »: the role noun in "
                "apposition is a mention. Readiness is a state, no event."),
    speech("s-nauseda", "Statement", "Gitanas Nausėda: Belarus is becoming « a military outpost of Moscow »", NAUSEDA,
           ("a estimé", None), [("un avant-poste militaire de Moscou", None)], place=VILNIUS,
           about=["e-signing", "e-deployment"],
           note="« À Vilnius, le président Gitanas Nauseda a estimé »: a title right before the name; the fronted "
                "city places his words (Vilnius, local). The quoted predicate is no mention of Belarus and « "
                "devenait » no event; « Moscou » inside it is Russia (metonym). The article spells « Nauseda » "
                "without the diacritic."),
    speech("s-rutte", "Assurance", "Mark Rutte: the Alliance will not be intimidated", RUTTE,
           ("a assuré", "a assuré le secrétaire"), [("L’Alliance ne se laissera pas intimider", None)],
           evidence=RUTTE_EVIDENCE, about=["e-nato-intimidation"],
           note="A quote first in which the secretary general names NATO in the third person; he is the speaker, as "
                "the spokesman in gold who speaks of his principal in the third person. « l’Otan » inside his title "
                "is a mention of its own."),
    speech("s-rutte-fear", "Statement", "Mark Rutte: the Kremlin seeks to « sow fear » in Europe", RUTTE,
           ("estimant", None), [("semer la peur", None)], evidence=RUTTE_EVIDENCE, about=["e-sow-fear"],
           note="« estimant que le Kremlin cherchait à « semer la peur » en Europe »: a participle of opinion with its "
                "own guillemets, a second speech act (as « estimant que Pékin et Hanoï cherchaient à « arnaquer ... » "
                "» in gold)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
