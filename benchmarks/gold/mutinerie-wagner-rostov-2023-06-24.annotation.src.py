"""Held-out annotation of mutinerie-wagner-rostov-2023-06-24.txt (written for the twenty-second held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/mutinerie-wagner-rostov-2023-06-24.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/mutinerie-wagner-rostov-2023-06-24.annotation.src.py --check

From held-out set 22 (moved to gold in session 20; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "mutinerie-wagner-rostov-2023-06-24.txt"

NOTE = """\
Held-out-22 article: on Saturday 24 June 2023 the Wagner chief Yevgeny Prigozhin orders his men, who were marching \
on Moscow, to turn back in the evening, after a day of armed rebellion and a mediation by the Belarusian president \
Alexander Lukashenko; his fighters had taken Rostov-on-Don in the morning without resistance, after he accused the \
general staff on Friday evening of shelling his camps (denied by the defence ministry); Vladimir Putin denounces a \
betrayal in a televised address in mid-morning and promises punishment, without naming Prigozhin; army \
helicopters fire on the column in the Voronezh region, and pilots may have been killed; the Belarusian presidency \
announces at the end of the day that Prigozhin agreed to stop, a deal reached with Putin's consent; Prigozhin \
writes on Telegram that his men are going back to their camps; Dmitry Peskov says in the evening that the charges \
will be dropped and that Prigozhin will leave for Belarus; Moscow's mayor Sergei Sobyanin had declared Monday a day \
off; Zelensky speaks of Russia's weakness, Washington follows the situation and Biden will talk to his European \
counterparts on Sunday; Beijing has not reacted. Published Saturday 24 June 2023 (the file gives the day). The \
seizure of Rostov, Putin's address and its « trahison », the helicopter fire, Lukashenko's mediation, the halt, the \
dropped charges, the departure for Belarus and Moscow's day off follow the real events loosely; the exact wording \
of the quotes, the governor and the bloggers as sources, the White House's words, Biden's Sunday talk and \
Beijing's silence are partly invented or simplified.
What it exercises: an order to one's own men on the publication day's evening with a relative imperfect march \
set inside the dative (« a ordonné samedi soir à ses hommes, qui marchaient sur Moscou, de faire demi-tour »: a \
Statement with the men as addressee; the march occurred, Moscow its destination; the turnaround occurred, \
confirmed by his own « Nous faisons demi-tour ») and a nominal rebellion over a duration joined by « et » to a \
nominal mediation with a role noun after a fused « du » and a name in apposition; a pluperfect seizure of a city \
« dans la matinée » with the city taken up by an apposed role noun holding a country and a relative that names \
the invasion (« ville du sud de la Russie qui abrite le quartier général de l’offensive en Ukraine ») and a \
negated encounter (« sans rencontrer de résistance »); a pluperfect accusation with a perfect infinitive on a past \
evening and a relative denial (« Vendredi soir, Prigojine avait accusé l’état-major d’avoir bombardé ses camps, ce \
que le ministère de la Défense a démenti »: the shelling suspected); a quote first with « nous » for Russia under \
« a lancé Vladimir Poutine dans une allocution télévisée diffusée en milieu de matinée » (the address an event, \
with a part of the day); a quote split around « a martelé le président russe, » with a headless relative (« Tous \
ceux qui ont préparé cette mutinerie ») and a future passive (« seront punis »: planned); a negated speech act \
with a possessive role noun (« Il n’a pas prononcé le nom de son ancien protégé »); fire by army helicopters in a \
region sourced after the clause (« selon le gouverneur local ») and a conditional passive death toll sourced \
to a group (« Plusieurs pilotes auraient été tués, d’après des blogueurs militaires russes »: hypothetical); an \
announcement « En fin de journée » by an institution named by an adjective (« la présidence biélorusse ») with a \
pluperfect acceptance and an infinitive, and an apposed nominal deal with a quoted prepositional phrase (« une \
issue négociée « avec l’accord » de Vladimir Poutine »); a quote first with « Nous » for Wagner, a purpose and an \
expletive « ne » (« afin d’éviter que le sang russe ne coule »: hypothetical) under « a écrit le patron de Wagner \
sur Telegram »; two future events joined by « et » told without guillemets and sourced after the clause with a \
time (« Les poursuites contre lui seront abandonnées et il partira pour la Biélorussie, a indiqué dans la soirée \
le porte-parole du Kremlin, Dmitri Peskov »: planned); a pluperfect decree whose completive holds a future \
weekday (« avait décrété que lundi serait un jour chômé »: the day off planned on Monday 26 June) joined by « et » \
to a call to residents (two speech acts; the restriction proposed) and a negated speech act over a conditional (« \
Il n’a pas précisé si la mesure serait maintenue »); « À Kiev » (the city, the place of the statement) with two \
one-word quotes inside a completive; a metonym as the subject of a quoted verb under a spokesman of a second \
metonym (« Washington « suit de près » la situation, a déclaré un porte-parole de la Maison Blanche »), a \
participle of addition with a future in the past on a future weekday (« ajoutant que Joe Biden s’entretiendrait \
dimanche avec ses homologues européens »: planned); a metonym with an apposed role noun holding a second metonym \
and a negated reaction on the publication day's evening (« Pékin, allié de Moscou, n’a pas réagi samedi soir »).
Places and metonyms. « Moscou » is the city (Q649) where it is the destination of the march and in « Le maire de \
Moscou »; in « allié de Moscou » it is Russia (Q159), a metonym. « Washington » is the United States (Q30) and « \
Pékin » China (Q148): metonyms of states that follow the situation and do not react. « la Maison Blanche » is the \
US presidency (a local metonym, as in gold). « Kiev » is the city (Q1899), where Zelensky speaks. « Biélorussie » is \
the country, the destination of Prigozhin's departure; « la présidence biélorusse » is an institution named by an \
adjective (local), not a metonym. « Rostov-sur-le-Don » and « la région de Voronej » are local places (« Voronej » \
inside the region's name only gives its name, as « Tver » in gold).
Mentions. Prigozhin: « Le chef du groupe Wagner » (a role noun in apposition before the name, with « Wagner » \
inside), « Evguéni Prigojine », « Prigojine » twice, « son ancien protégé », « le patron de Wagner », « lui » and \
« il ». His fighters are one local group: « ses hommes », « Les paramilitaires », « ses troupes »; the Wagner group \
is an organisation of its own (« Wagner » three times inside longer phrases, « Nous » in the Telegram quote, \
where Prigozhin speaks for his group as a spokesman's « Nous » speaks for the Kremlin). Putin: « Vladimir Poutine » \
twice, « le président russe », « Il »; his « nous » is Russia (a head of state speaking for his country). « Tous \
ceux » (the head of « Tous ceux qui ont préparé cette mutinerie ») is a pronoun for the organisers of the mutiny, \
a local group; the relative clause is not part of the mention (as « militaires » without « qui retiennent » in \
gold). « ses camps » and « nos camps » are Wagner's camps (a local place). « l’offensive en Ukraine » is the \
invasion (Q110999040, nominal) with « Ukraine » inside. « des hélicoptères de l’armée » (local object) holds « \
l’armée », the Russian armed forces (Q193159); « les blindés de Wagner » is a local object. « Les poursuites \
contre lui » is the criminal case against Prigozhin (a local entity, the theme of its dropping) and holds « lui ». \
« le porte-parole du Kremlin » holds « Kremlin » (Q2060629, metonym, as in gold). « un porte-parole de la Maison \
Blanche » is an unnamed person; « ses homologues européens » a local group; « allié de Moscou » a nominal mention \
of China. Not mentions: « une journée de rébellion armée », « une médiation », « une trahison », « cette \
mutinerie » (the rebellion, no entity), « le nom », « la progression », « une issue négociée », « le sang russe », \
« un jour chômé », « leurs déplacements », « la mesure », « la « faiblesse » », « la situation ».
Statuses. The march, the rebellion, the mediation, the seizure of Rostov, the address, the preparation of the \
mutiny (told by Putin), the helicopter fire, the acceptance, the halt, the deal, the turnaround and the return to \
the camps (told by Prigozhin) occurred; the resistance in Rostov is negated; the shelling of the camps is \
suspected (Prigozhin's charge, denied); the pilots' deaths, the bloodshed and the maintaining of the day off are \
hypothetical; the punishment, the dropping of the charges, the departure for Belarus, the day off and Biden's \
talk are planned; the restriction of movements is proposed. Putin's naming of Prigozhin, Sobyanin's word on the \
measure and Beijing's reaction are negated speech acts.
Times. « samedi soir » (twice) the evening of the publication day, Saturday 24 June 2023; « une journée » a \
duration (the rebellion's time, as « des semaines d’attaques » in gold); « dans la matinée », « en milieu de \
matinée », « En fin de journée » and « dans la soirée » parts of the publication day; « Vendredi soir » Friday 23 \
June 2023; « lundi » Monday 26 June 2023 and « dimanche » Sunday 25 June 2023 (weekday-future). Statements with no \
time words of their own (the second Putin quote, the governor's, the bloggers', the Telegram message, \
Sobyanin's, Zelensky's, Washington's) have no time.
Linked: Putin, Lukashenko, Peskov, the Kremlin, Moscow, Russia, Ukraine, the invasion of Ukraine, the Russian \
armed forces, Belarus, Kyiv, the United States and China. Prigozhin, the Wagner group and its fighters, \
Rostov-on-Don, the headquarters, the general staff, the defence ministry, Wagner's camps, the organisers of the \
mutiny, the Voronezh region, the helicopters, the armoured vehicles, the governor, the pilots, the bloggers, the \
Belarusian presidency, Telegram, the criminal case, Sobyanin, the residents of Moscow, Zelensky, the White House, \
its spokesman, Biden and the European counterparts are not in ids.tsv: local, unlinked."""

PUTIN, LUKASHENKO, PESKOV, KREMLIN, MOSCOW, RUSSIA, UKRAINE, INVASION, ARMY, BELARUS, KYIV, US, CHINA = \
    "Q7747", "Q2866", "Q4359688", "Q2060629", "Q649", "Q159", "Q212", "Q110999040", "Q193159", "Q184", "Q1899", \
    "Q30", "Q148"
PRIGOZHIN, WAGNER, FIGHTERS, ROSTOV, HQ = "local:yevgeny-prigozhin", "local:wagner-group", \
    "local:wagner-fighters", "local:rostov-on-don", "local:rostov-headquarters"
GENSTAFF, MOD, CAMPS, ORGANISERS = "local:russian-general-staff", "local:russian-defence-ministry", \
    "local:wagner-camps", "local:mutiny-organisers"
VORONEZH, HELICOPTERS, ARMOUR, GOVERNOR, PILOTS, BLOGGERS = "local:voronezh-region", "local:army-helicopters", \
    "local:wagner-armoured-vehicles", "local:voronezh-governor", "local:killed-pilots", "local:military-bloggers"
BY_PRESIDENCY, TELEGRAM, CASE = "local:belarus-presidency", "local:telegram", "local:prigozhin-criminal-case"
SOBYANIN, RESIDENTS, ZELENSKY = "local:sergei-sobyanin", "local:moscow-residents", "local:volodymyr-zelensky"
WHITE_HOUSE, WH_SPOKESMAN, BIDEN, EUROPEANS = "local:white-house", "local:white-house-spokesman", \
    "local:joe-biden", "local:european-counterparts"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PRIGOZHIN, "Evguéni Prigojine", "Yevgeny Prigozhin", "person",
     {"description": "chef du groupe paramilitaire Wagner", "unlinked_reason": NOT_VERIFIED}),
    (WAGNER, "groupe Wagner", "Wagner Group", "organization",
     {"description": "groupe paramilitaire russe", "unlinked_reason": NOT_VERIFIED}),
    (FIGHTERS, "les combattants de Wagner", "Wagner's fighters", "group",
     {"description": "les hommes de Prigojine qui ont pris Rostov-sur-le-Don et marché sur Moscou",
      "unlinked_reason": GROUP}),
    (ROSTOV, "Rostov-sur-le-Don", "Rostov-on-Don", "place",
     {"description": "ville du sud de la Russie", "class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (HQ, "quartier général de l’offensive en Ukraine", "headquarters of the offensive in Ukraine", "place",
     {"description": "le quartier général militaire russe de Rostov-sur-le-Don",
      "unlinked_reason": NOT_VERIFIED}),
    (GENSTAFF, "état-major russe", "Russian General Staff", "organization",
     {"description": "le commandement de l’armée russe, que Prigojine accuse d’avoir bombardé ses camps",
      "unlinked_reason": NOT_VERIFIED + "; Q193159 (Armed Forces of Russia) names the armed forces as a whole, "
                                        "not their staff"}),
    (MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (CAMPS, "camps de Wagner", "Wagner's camps", "place",
     {"description": "les camps du groupe Wagner, que Prigojine dit bombardés et vers lesquels ses hommes repartent",
      "unlinked_reason": "unnamed camps with no Wikidata item"}),
    (ORGANISERS, "les organisateurs de la mutinerie", "the organisers of the mutiny", "group",
     {"description": "ceux qui ont préparé la mutinerie, que Vladimir Poutine promet de punir",
      "unlinked_reason": GROUP}),
    (VORONEZH, "région de Voronej", "Voronezh Oblast", "place",
     {"class_qid": "Q835714", "unlinked_reason": NOT_VERIFIED}),
    (HELICOPTERS, "hélicoptères de l’armée russe", "Russian army helicopters", "object",
     {"description": "les hélicoptères qui ont ouvert le feu sur la colonne de Wagner", "class_qid": "Q11436",
      "unlinked_reason": "unnamed aircraft with no Wikidata item"}),
    (ARMOUR, "blindés de Wagner", "Wagner's armoured vehicles", "object",
     {"description": "les véhicules blindés de la colonne de Wagner",
      "unlinked_reason": "unnamed vehicles with no Wikidata item"}),
    (GOVERNOR, "gouverneur de la région de Voronej", "governor of Voronezh Oblast", "person",
     {"description": "le gouverneur local, que l’article ne nomme pas",
      "unlinked_reason": "an unnamed official, not identified by the article"}),
    (PILOTS, "pilotes tués", "the pilots killed", "group",
     {"description": "pilotes de l’armée qui auraient été tués", "unlinked_reason": GROUP}),
    (BLOGGERS, "blogueurs militaires russes", "Russian military bloggers", "group",
     {"description": "blogueurs que l’article ne nomme pas", "unlinked_reason": GROUP}),
    (BY_PRESIDENCY, "présidence biélorusse", "Belarusian presidency", "organization",
     {"description": "les services du président Alexandre Loukachenko", "unlinked_reason": NOT_VERIFIED}),
    (TELEGRAM, "Telegram", "Telegram", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CASE, "poursuites pénales contre Evguéni Prigojine", "criminal case against Yevgeny Prigozhin", "other",
     {"description": "les poursuites engagées contre Prigojine pour la mutinerie",
      "unlinked_reason": "a single criminal case with no Wikidata item"}),
    (SOBYANIN, "Sergueï Sobianine", "Sergei Sobyanin", "person",
     {"description": "maire de Moscou", "unlinked_reason": NOT_VERIFIED}),
    (RESIDENTS, "les habitants de Moscou", "the residents of Moscow", "group",
     {"description": "les Moscovites appelés à limiter leurs déplacements", "unlinked_reason": GROUP}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"description": "la présidence des États-Unis, que désigne le bâtiment", "unlinked_reason": NOT_VERIFIED}),
    (WH_SPOKESMAN, "un porte-parole de la Maison Blanche", "a White House spokesman", "person",
     {"description": "porte-parole que l’article ne nomme pas",
      "unlinked_reason": "an unnamed spokesman, not identified by the article"}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (EUROPEANS, "homologues européens de Joe Biden", "Joe Biden's European counterparts", "group",
     {"description": "dirigeants européens que l’article ne nomme pas", "unlinked_reason": GROUP}),
]

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    INVASION: "la guerre que l’article nomme « l’offensive en Ukraine »",
    ARMY: "l’armée russe, dont les hélicoptères ouvrent le feu sur la colonne de Wagner",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le chef du groupe Wagner, Evguéni Prigojine, a ordonné samedi soir à ses hommes, qui marchaient sur Moscou, ...
    ("Le chef du groupe Wagner", None, PRIGOZHIN, "nominal"),
    ("Wagner", "groupe Wagner", WAGNER, "name"),
    ("Evguéni Prigojine", None, PRIGOZHIN, "name"),
    ("ses hommes", None, FIGHTERS, "nominal"),
    ("Moscou", "marchaient sur Moscou", MOSCOW, "name"),
    # ... au terme d’une journée de rébellion armée et d’une médiation du président biélorusse, Alexandre Loukachenko.
    ("président biélorusse", None, LUKASHENKO, "nominal"),
    ("Alexandre Loukachenko", None, LUKASHENKO, "name"),
    # Les paramilitaires s’étaient emparés dans la matinée de Rostov-sur-le-Don, ville du sud de la Russie qui ...
    ("Les paramilitaires", None, FIGHTERS, "nominal"),
    ("Rostov-sur-le-Don", None, ROSTOV, "name"),
    ("ville du sud de la Russie", None, ROSTOV, "nominal"),
    ("Russie", "sud de la Russie", RUSSIA, "name"),
    ("le quartier général de l’offensive en Ukraine", None, HQ, "nominal"),
    ("l’offensive en Ukraine", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    # Vendredi soir, Prigojine avait accusé l’état-major d’avoir bombardé ses camps, ce que le ministère ... a démenti.
    ("Prigojine", "Vendredi soir, Prigojine", PRIGOZHIN, "name"),
    ("l’état-major", None, GENSTAFF, "nominal"),
    ("ses camps", None, CAMPS, "nominal"),
    ("le ministère de la Défense", None, MOD, "nominal"),
    # « Ce à quoi nous sommes confrontés est une trahison », a lancé Vladimir Poutine dans une allocution ...
    ("nous", "quoi nous sommes", RUSSIA, "pronoun"),
    ("Vladimir Poutine", "a lancé Vladimir Poutine", PUTIN, "name"),
    # « Tous ceux qui ont préparé cette mutinerie, a martelé le président russe, seront punis. »
    ("Tous ceux", None, ORGANISERS, "pronoun"),
    ("le président russe", None, PUTIN, "nominal"),
    # Il n’a pas prononcé le nom de son ancien protégé.
    ("Il", "Il n’a pas prononcé", PUTIN, "pronoun"),
    ("son ancien protégé", None, PRIGOZHIN, "nominal"),
    # Dans la région de Voronej, des hélicoptères de l’armée ont ouvert le feu sur les blindés de Wagner, selon ...
    ("la région de Voronej", None, VORONEZH, "nominal"),
    ("des hélicoptères de l’armée", None, HELICOPTERS, "nominal"),
    ("l’armée", None, ARMY, "nominal"),
    ("les blindés de Wagner", None, ARMOUR, "nominal"),
    ("Wagner", "blindés de Wagner", WAGNER, "name"),
    ("le gouverneur local", None, GOVERNOR, "nominal"),
    # Plusieurs pilotes auraient été tués, d’après des blogueurs militaires russes.
    ("Plusieurs pilotes", None, PILOTS, "nominal"),
    ("des blogueurs militaires russes", None, BLOGGERS, "nominal"),
    # En fin de journée, la présidence biélorusse a annoncé que Prigojine avait accepté de stopper la progression ...
    ("la présidence biélorusse", None, BY_PRESIDENCY, "nominal"),
    ("Prigojine", "que Prigojine avait", PRIGOZHIN, "name"),
    ("ses troupes", None, FIGHTERS, "nominal"),
    ("Vladimir Poutine", "de Vladimir Poutine", PUTIN, "name"),
    # « Nous faisons demi-tour et repartons vers nos camps, ... », a écrit le patron de Wagner sur Telegram.
    ("Nous", "Nous faisons", WAGNER, "pronoun"),
    ("nos camps", None, CAMPS, "nominal"),
    ("le patron de Wagner", None, PRIGOZHIN, "nominal"),
    ("Wagner", "patron de Wagner", WAGNER, "name"),
    ("Telegram", None, TELEGRAM, "name"),
    # Les poursuites contre lui seront abandonnées et il partira pour la Biélorussie, a indiqué ... Dmitri Peskov.
    ("Les poursuites contre lui", None, CASE, "nominal"),
    ("lui", "contre lui", PRIGOZHIN, "pronoun"),
    ("il", "et il partira", PRIGOZHIN, "pronoun"),
    ("Biélorussie", None, BELARUS, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # Le maire de Moscou, Sergueï Sobianine, avait décrété que lundi serait un jour chômé et appelé les habitants ...
    ("Le maire de Moscou", None, SOBYANIN, "nominal"),
    ("Moscou", "maire de Moscou", MOSCOW, "name"),
    ("Sergueï Sobianine", None, SOBYANIN, "name"),
    ("les habitants", None, RESIDENTS, "nominal"),
    # Il n’a pas précisé si la mesure serait maintenue.
    ("Il", "Il n’a pas précisé", SOBYANIN, "pronoun"),
    # À Kiev, Volodymyr Zelensky a estimé que la « faiblesse » de la Russie était « évidente ».
    ("Kiev", None, KYIV, "name"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Russie", "de la Russie était", RUSSIA, "name"),
    # Washington « suit de près » la situation, a déclaré un porte-parole de la Maison Blanche, ajoutant que ...
    ("Washington", None, US, "metonym"),
    ("un porte-parole de la Maison Blanche", None, WH_SPOKESMAN, "nominal"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("Joe Biden", None, BIDEN, "name"),
    ("ses homologues européens", None, EUROPEANS, "nominal"),
    # Pékin, allié de Moscou, n’a pas réagi samedi soir.
    ("Pékin", None, CHINA, "metonym"),
    ("allié de Moscou", None, CHINA, "nominal"),
    ("Moscou", "allié de Moscou", RUSSIA, "metonym"),
]

PUB_DAY = "The publication day, Saturday 24 June 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday-evening", ("samedi soir", "a ordonné samedi soir"), "2023-06-24", "day", "part-of-day",
     "« a ordonné samedi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-one-day", ("une journée", None), None, "duration", "duration",
     "« au terme d’une journée de rébellion armée »: how long the rebellion lasted, one day; a duration has no "
     "value (as « des semaines d’attaques » in gold)."),
    ("t-morning", ("dans la matinée", None), "2023-06-24", "day", "part-of-day",
     "Pluperfect « s’étaient emparés dans la matinée »: the morning of the day the lede dates, the publication "
     "day. " + PUB_DAY),
    ("t-friday-evening", ("Vendredi soir", None), "2023-06-23", "day", "part-of-day",
     "Pluperfect « Vendredi soir, Prigojine avait accusé »: the evening of the Friday before the publication day, "
     "23 June 2023."),
    ("t-mid-morning", ("en milieu de matinée", None), "2023-06-24", "day", "part-of-day",
     "« une allocution télévisée diffusée en milieu de matinée »: the middle of the morning of the publication day "
     "(the address is part of the day's events). " + PUB_DAY),
    ("t-end-of-day", ("En fin de journée", None), "2023-06-24", "day", "part-of-day",
     "« En fin de journée, la présidence biélorusse a annoncé »: the end of the publication day. " + PUB_DAY),
    ("t-evening", ("dans la soirée", None), "2023-06-24", "day", "part-of-day",
     "« a indiqué dans la soirée le porte-parole du Kremlin »: the evening of the publication day. " + PUB_DAY),
    ("t-monday", ("lundi", None), "2023-06-26", "day", "weekday-future",
     "« avait décrété que lundi serait un jour chômé »: a future in the past inside a pluperfect decree; the "
     "Monday after the publication day, 26 June 2023. It dates the day off, not the decree."),
    ("t-sunday", ("dimanche", None), "2023-06-25", "day", "weekday-future",
     "« ajoutant que Joe Biden s’entretiendrait dimanche »: the Sunday after the publication day, 25 June 2023."),
    ("t-saturday-evening-china", ("samedi soir", "réagi samedi soir"), "2023-06-24", "day", "part-of-day",
     "« n’a pas réagi samedi soir »: as of the evening of the publication day. " + PUB_DAY),
]

LEDE = ("Le chef du groupe Wagner", "Alexandre Loukachenko.")
SEIZURE_EVIDENCE = ("Les paramilitaires", "de résistance.")
PUNISH_EVIDENCE = ("« Tous ceux", "seront punis. »")
BY_EVIDENCE = ("En fin de journée", "de Vladimir Poutine.")
TELEGRAM_EVIDENCE = ("« Nous faisons", "sur Telegram.")
PESKOV_EVIDENCE = ("Les poursuites", "Dmitri Peskov.")
SOBYANIN_EVIDENCE = ("Le maire de Moscou", "leurs déplacements.")
US_EVIDENCE = ("Washington « suit", "homologues européens.")

EVENTS: list[dict[str, Any]] = [
    event("e-march", "Event", "Wagner's fighters march on Moscow", ("marchaient", None),
          [("agent", FIGHTERS)], place=MOSCOW, evidence=LEDE,
          note="« à ses hommes, qui marchaient sur Moscou »: a relative imperfect inside the dative, in the article's "
               "own voice: occurred (it was going on when the order came). Moscow is the destination, the place (as "
               "« dépêché à Niamey » in gold). « la progression de ses troupes » restates it (no second event). No "
               "time word of its own."),
    event("e-turnaround", "Event", "Wagner's fighters turn back on Saturday evening", ("faire demi-tour", None),
          [("agent", FIGHTERS)], time="t-saturday-evening", according_to=[PRIGOZHIN], evidence=LEDE,
          note="« a ordonné samedi soir à ses hommes ... de faire demi-tour »: an order to his own men is planned in "
               "gold (al-Jolani's fighters), but here Prigozhin's own Telegram message says it is being done (« Nous "
               "faisons demi-tour », which restates it): occurred, according to him. It takes the order's evening."),
    event("e-rebellion", "Event", "A day of armed rebellion led by Prigozhin", ("rébellion armée", None),
          [("agent", PRIGOZHIN), ("participant", FIGHTERS)], time="t-one-day", evidence=LEDE,
          note="« au terme d’une journée de rébellion armée »: a nominal event whose only time is its length (as « des "
               "semaines d’attaques » in gold); Prigozhin leads it (as « avait mené ... une rébellion armée » in "
               "gold), his men take part. Restated by « une trahison » (Putin's judgement) and « cette mutinerie »."),
    event("e-mediation", "Event", "Alexander Lukashenko mediates between Prigozhin and the Kremlin",
          ("médiation", None), [("agent", LUKASHENKO), ("participant", PRIGOZHIN), ("participant", PUTIN)],
          evidence=LEDE,
          note="« d’une médiation du président biélorusse, Alexandre Loukachenko »: the mediator is the agent; the "
               "sides are not written in the phrase, they are those of the deal in the fifth paragraph (Prigozhin, "
               "and Putin whose consent it has). No time word of its own."),
    event("e-seizure", "Event", "Wagner's fighters seized Rostov-on-Don in the morning", ("s’étaient emparés", None),
          [("agent", FIGHTERS)], place=ROSTOV, time="t-morning", evidence=SEIZURE_EVIDENCE,
          note="Pluperfect in the article's own voice; the city taken is the place (as « se sont emparées des îles » "
               "in gold). « qui abrite le quartier général » is a state, no event."),
    event("e-no-resistance", "Event", "The fighters met no resistance in Rostov-on-Don", ("résistance", None),
          [("participant", FIGHTERS)], status="negated", place=ROSTOV, time="t-morning", evidence=SEIZURE_EVIDENCE,
          note="« sans rencontrer de résistance »: negated; « rencontrer » is a light verb, the noun names the event. "
               "Who would have resisted is not written."),
    event("e-camps-shelling", "Event", "The general staff shelled Wagner's camps (Prigozhin's charge)",
          ("avoir bombardé", None), [("agent", GENSTAFF), ("recipient", CAMPS)], status="suspected",
          according_to=[PRIGOZHIN],
          note="« Prigojine avait accusé l’état-major d’avoir bombardé ses camps, ce que le ministère de la Défense a "
               "démenti »: a charge that is denied, a contested accusation: suspected (as the Kremlin's involvement in "
               "gold/prigojine-crash). The camps struck are the recipient. The shelling's own time is not written "
               "(only the accusation's Friday evening)."),
    event("e-address", "Event", "Vladimir Putin's televised address in mid-morning", ("allocution télévisée", None),
          [("agent", PUTIN)], time="t-mid-morning",
          note="« dans une allocution télévisée diffusée en milieu de matinée »: the occasion of his words, an event "
               "(as the interview « dans un entretien au journal Le Monde » in gold); « diffusée » restates it."),
    event("e-mutiny-preparation", "Event", "The organisers prepared the mutiny", ("ont préparé", None),
          [("agent", ORGANISERS)], according_to=[PUTIN], evidence=PUNISH_EVIDENCE,
          note="« Tous ceux qui ont préparé cette mutinerie »: inside Putin's quote, stated as fact by him: occurred "
               "according to him. « cette mutinerie » is the rebellion (no entity)."),
    event("e-punishment", "Event", "The organisers of the mutiny will be punished", ("punis", None),
          [("recipient", ORGANISERS)], status="planned", according_to=[PUTIN], evidence=PUNISH_EVIDENCE,
          note="« seront punis »: a future passive in the quote, a promise of the head of state: planned. Who punishes "
               "is not written."),
    event("e-helicopter-fire", "Event", "Army helicopters fire on Wagner's armoured vehicles in the Voronezh region",
          ("ont ouvert le feu", None),
          [("agent", ARMY), ("participant", HELICOPTERS), ("recipient", ARMOUR)], place=VORONEZH,
          according_to=[GOVERNOR],
          note="« des hélicoptères de l’armée ont ouvert le feu sur les blindés de Wagner, selon le gouverneur "
               "local »: the army is the agent, its helicopters the things that fire (participants, as the aircraft in "
               "gold/frappes-houthis); the vehicles fired on are the recipient. No time word of its own."),
    event("e-pilots-killed", "Event", "Several army pilots may have been killed", ("tués", None),
          [("recipient", PILOTS)], status="hypothetical", place=VORONEZH, according_to=[BLOGGERS],
          note="« Plusieurs pilotes auraient été tués, d’après des blogueurs militaires russes »: a conditional "
               "passive, hypothetical; who killed them is not written. The place: the region of the sentence before."),
    event("e-acceptance", "Acceptance", "Prigozhin agreed to stop his troops' advance", ("avait accepté", None),
          [("agent", PRIGOZHIN)], according_to=[BY_PRESIDENCY], evidence=BY_EVIDENCE,
          note="« la présidence biélorusse a annoncé que Prigojine avait accepté de stopper la progression de ses "
               "troupes »: a pluperfect acceptance announced by Minsk's presidency. No time word of its own (« En fin "
               "de journée » dates the announcement)."),
    event("e-halt", "Event", "Prigozhin stops his troops' advance", ("stopper", None),
          [("agent", PRIGOZHIN), ("participant", FIGHTERS)], according_to=[BY_PRESIDENCY], evidence=BY_EVIDENCE,
          note="« accepté de stopper la progression de ses troupes »: an accepted step is planned in the bundled "
               "article (« a accepté de se rendre »), but this one is done by the time of writing (the lede's "
               "turnaround follows it): occurred. « la progression » is the march (no second event)."),
    event("e-deal", "Agreement", "A negotiated outcome reached with Putin's consent", ("issue négociée", None),
          [("agent", LUKASHENKO), ("participant", PRIGOZHIN), ("participant", PUTIN)], according_to=[BY_PRESIDENCY],
          evidence=BY_EVIDENCE,
          note="« une issue négociée « avec l’accord » de Vladimir Poutine »: an apposed noun with a participle; the "
               "negotiator is the mediator of the lede (not written in the phrase), Putin takes part by his consent "
               "(« accord » here is consent, not a second agreement)."),
    event("e-return-camps", "Event", "Wagner goes back to its camps", ("repartons", None),
          [("agent", WAGNER)], place=CAMPS, according_to=[PRIGOZHIN], evidence=TELEGRAM_EVIDENCE,
          note="« Nous faisons demi-tour et repartons vers nos camps »: present, under way as he writes: occurred "
               "according to him; « Nous » is the Wagner group he speaks for; the camps are the destination, the "
               "place. « faisons demi-tour » restates e-turnaround."),
    event("e-bloodshed", "Event", "Russian blood being shed (what Prigozhin says he avoids)", ("coule", None),
          [("participant", FIGHTERS), ("participant", ARMY)], status="hypothetical", according_to=[PRIGOZHIN],
          evidence=TELEGRAM_EVIDENCE,
          note="« afin d’éviter que le sang russe ne coule »: what the turnaround is meant to avoid, with an "
               "expletive « ne » (not a negation): hypothetical (as « afin d’éviter une confrontation meurtrière » in "
               "gold). The sides, not written, are his men and the army that fired on them."),
    event("e-charges-dropped", "Event", "The criminal case against Prigozhin will be dropped", ("seront abandonnées",
          None), [("theme", CASE), ("recipient", PRIGOZHIN)], status="planned", according_to=[PESKOV],
          evidence=PESKOV_EVIDENCE,
          note="« Les poursuites contre lui seront abandonnées »: a future passive without an agent, told without "
               "guillemets by Peskov after the clause: planned. The case is the theme; Prigozhin, whom it targets, "
               "the recipient."),
    event("e-departure", "Event", "Prigozhin will leave for Belarus", ("partira", None),
          [("agent", PRIGOZHIN)], status="planned", place=BELARUS, according_to=[PESKOV], evidence=PESKOV_EVIDENCE,
          note="« et il partira pour la Biélorussie »: a future, planned; the destination is the place. A move, not a "
               "visit: type Event."),
    event("e-day-off", "Event", "Monday declared a day off in Moscow", ("jour chômé", None),
          [("participant", RESIDENTS)], status="planned", place=MOSCOW, time="t-monday", according_to=[SOBYANIN],
          evidence=SOBYANIN_EVIDENCE,
          note="« avait décrété que lundi serait un jour chômé »: decreed for the coming Monday: planned. The "
               "residents, who do not work that day, take part; the place is the mayor's city, written in the "
               "sentence."),
    event("e-limit-movements", "Event", "Moscow residents to limit their movements", ("limiter", None),
          [("agent", RESIDENTS)], status="proposed", place=MOSCOW, according_to=[SOBYANIN],
          evidence=SOBYANIN_EVIDENCE,
          note="« et appelé les habitants à limiter leurs déplacements »: called for, proposed (as « appelé ... à la "
               "retenue » in gold). « leurs déplacements » is no entity."),
    event("e-measure-maintained", "Event", "The day off maintained (an open question)", ("maintenue", None),
          [("agent", SOBYANIN)], status="hypothetical",
          note="« Il n’a pas précisé si la mesure serait maintenue »: an open question in a conditional: hypothetical "
               "(as « n’a pas dit si la crise y serait évoquée » in gold). « la mesure » is the day off (no entity)."),
    event("e-biden-talks", "Meeting", "Joe Biden to talk with his European counterparts on Sunday",
          ("s’entretiendrait", None), [("participant", BIDEN), ("participant", EUROPEANS)], status="planned",
          time="t-sunday", according_to=[WH_SPOKESMAN], evidence=US_EVIDENCE,
          note="« ajoutant que Joe Biden s’entretiendrait dimanche avec ses homologues européens »: a future in the "
               "past in reported speech: planned. No place written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-prigozhin-order", "Statement", "Prigozhin orders his men to turn back", PRIGOZHIN,
           ("a ordonné", None), [], addressee=FIGHTERS, time="t-saturday-evening", evidence=LEDE,
           about=["e-turnaround"],
           note="« a ordonné samedi soir à ses hommes ... de faire demi-tour »: an order is a Statement with the men "
                "in the dative as addressee (as al-Jolani's order in gold)."),
    speech("s-prigozhin-accusation", "Statement", "Prigozhin accuses the general staff of shelling his camps",
           PRIGOZHIN, ("avait accusé", None), [], time="t-friday-evening", about=["e-camps-shelling"],
           note="« Vendredi soir, Prigojine avait accusé l’état-major d’avoir bombardé ses camps »: a pluperfect "
                "accusation with a perfect infinitive; the staff is the accused, not an addressee."),
    speech("s-mod-denial", "Statement", "The defence ministry denies shelling Wagner's camps", MOD,
           ("a démenti", None), [], about=["e-camps-shelling"],
           note="« ce que le ministère de la Défense a démenti »: a relative denial; « ce que » takes up the charge. "
                "No time word of its own."),
    speech("s-putin-betrayal", "Statement", "Vladimir Putin calls the rebellion a betrayal", PUTIN,
           ("a lancé", None), [("Ce à quoi nous sommes confrontés est une trahison", None)], time="t-mid-morning",
           about=["e-rebellion"],
           note="A quote first, « a lancé Vladimir Poutine dans une allocution télévisée diffusée en milieu de matinée "
                "»: the address is e-address; « nous » is Russia, « une trahison » the rebellion judged (no new "
                "event, as Faki's « trahison » in gold)."),
    speech("s-putin-punish", "Warning", "Putin: all those who prepared the mutiny will be punished", PUTIN,
           ("a martelé", None),
           [("Tous ceux qui ont préparé cette mutinerie", None), ("seront punis.", None)],
           evidence=PUNISH_EVIDENCE, about=["e-mutiny-preparation", "e-punishment", "e-rebellion"],
           note="One sentence quoted in two parts around « a martelé le président russe, »: one speech act, two quotes "
                "(the second keeps its full stop, which stands inside the guillemets). A threat of punishment, a "
                "Warning. Surely the same address, but the sentence has no time word of its own: no time (as "
                "Kamikawa's words in the bundled article)."),
    speech("s-putin-no-name", "SpeechAct", "Putin does not name his former protégé", PUTIN,
           ("prononcé", None), [], status="negated",
           note="« Il n’a pas prononcé le nom de son ancien protégé »: a negated speech act (as « sans préciser » and "
                "« n’a pas réagi » in gold); « son ancien protégé » is Prigozhin, « le nom » no entity."),
    speech("s-governor", "Report", "The local governor reports the helicopter fire", GOVERNOR,
           ("selon", "selon le gouverneur"), [], about=["e-helicopter-fire"],
           note="« selon le gouverneur local »: a source after the clause; the governor of the Voronezh region, "
                "unnamed."),
    speech("s-bloggers", "Report", "Russian military bloggers report pilots killed", BLOGGERS,
           ("d’après", None), [], about=["e-pilots-killed"],
           note="« d’après des blogueurs militaires russes »."),
    speech("s-belarus-announcement", "Statement", "The Belarusian presidency announces Prigozhin agreed to stop",
           BY_PRESIDENCY, ("a annoncé", None), [("avec l’accord", None)], time="t-end-of-day",
           evidence=BY_EVIDENCE, about=["e-acceptance", "e-halt", "e-deal"],
           note="« En fin de journée, la présidence biélorusse a annoncé que ... »: the quoted « avec l’accord » is in "
                "the clause the presidency announces, so it is its word (the only speaker in the sentence)."),
    speech("s-prigozhin-telegram", "Statement", "Prigozhin writes that his men are turning back to their camps",
           PRIGOZHIN, ("a écrit", None),
           [("Nous faisons demi-tour et repartons vers nos camps, afin d’éviter que le sang russe ne coule", None)],
           evidence=TELEGRAM_EVIDENCE, about=["e-turnaround", "e-return-camps", "e-bloodshed"],
           note="A quote first, « a écrit le patron de Wagner sur Telegram »: Telegram is the medium, not an "
                "addressee (as the national television in gold). No time word of its own."),
    speech("s-peskov", "Statement", "Peskov: the charges will be dropped and Prigozhin will leave for Belarus",
           PESKOV, ("a indiqué", None), [], time="t-evening", evidence=PESKOV_EVIDENCE,
           about=["e-charges-dropped", "e-departure"],
           note="Indirect speech without guillemets before « a indiqué dans la soirée le porte-parole du Kremlin, "
                "Dmitri Peskov » (as « Moscou ne reconnaîtra pas ce vote, a prévenu ... » in gold); one speech act "
                "for the two clauses joined by « et »."),
    speech("s-sobyanin-decree", "Statement", "Sobyanin declares Monday a day off", SOBYANIN, ("avait décrété", None),
           [], evidence=SOBYANIN_EVIDENCE, about=["e-day-off"],
           note="« avait décrété que lundi serait un jour chômé »: a decree announced by the mayor, a Statement about "
                "the planned day off; « lundi » dates the day off, not the decree, which has no time."),
    speech("s-sobyanin-call", "Statement", "Sobyanin calls on residents to limit their movements", SOBYANIN,
           ("appelé", None), [], addressee=RESIDENTS, evidence=SOBYANIN_EVIDENCE, about=["e-limit-movements"],
           note="« et appelé les habitants à limiter leurs déplacements »: a second verb joined by « et », a second "
                "speech act (as « dénoncé ... et exigé » in gold); the residents the addressee."),
    speech("s-sobyanin-silent", "SpeechAct", "Sobyanin does not say whether the day off will be maintained",
           SOBYANIN, ("précisé", None), [], status="negated", about=["e-measure-maintained"],
           note="« Il n’a pas précisé si la mesure serait maintenue »: a negated speech act; « Il » is Sobyanin."),
    speech("s-zelensky", "Statement", "Zelensky: Russia's weakness is obvious", ZELENSKY, ("a estimé", None),
           [("faiblesse", None), ("évidente", None)], place=KYIV, about=["e-rebellion"],
           note="« À Kiev, Volodymyr Zelensky a estimé que la « faiblesse » de la Russie était « évidente » »: two "
                "one-word quotes in one completive, one speech act; Kyiv (the city) is where he speaks. Russia's "
                "weakness is a state (no event); the rebellion is what it judges."),
    speech("s-us-follows", "Statement", "Washington follows the situation closely", US, ("suit de près", None),
           [("suit de près", None)], according_to=[WH_SPOKESMAN], evidence=US_EVIDENCE, about=["e-rebellion"],
           note="« Washington « suit de près » la situation, a déclaré un porte-parole de la Maison Blanche »: the "
                "metonym is the subject of the quoted verb, so the United States is the speaker and the spokesman who "
                "says it is in according_to, with his own Report (as « Paris « condamne ... », a déclaré la ministre » "
                "in gold). « la situation » is the rebellion."),
    speech("s-wh-spokesman", "Report", "A White House spokesman states Washington's position", WH_SPOKESMAN,
           ("a déclaré", None), [], evidence=US_EVIDENCE, about=["s-us-follows"],
           note="« a déclaré un porte-parole de la Maison Blanche »: an unnamed spokesman; « Maison Blanche » a "
                "metonym for the US presidency (local)."),
    speech("s-wh-adds", "Statement", "The spokesman adds that Biden will talk with European leaders on Sunday",
           WH_SPOKESMAN, ("ajoutant", None), [], evidence=US_EVIDENCE, about=["e-biden-talks"],
           note="« ajoutant que Joe Biden s’entretiendrait dimanche avec ses homologues européens »: a participle of "
                "speech, a second speech act of the spokesman; « dimanche » dates the talk, not the speech."),
    speech("s-china-silent", "SpeechAct", "Beijing has not reacted by Saturday evening", CHINA, ("réagi", None), [],
           status="negated", time="t-saturday-evening-china",
           note="« Pékin, allié de Moscou, n’a pas réagi samedi soir »: a negated speech act of the state (as « n’a "
                "pas réagi » in gold), dated by the evening of the publication day."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
