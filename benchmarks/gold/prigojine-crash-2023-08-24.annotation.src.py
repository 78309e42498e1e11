"""Held-out annotation of prigojine-crash-2023-08-24.txt (written for the fifteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/prigojine-crash-2023-08-24.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/prigojine-crash-2023-08-24.annotation.src.py --check

From held-out set 15 (moved to gold in session 14; see benchmarks/gold/README.md).

The crash of 23 August 2023 in the Tver region, Putin's words of Thursday 24 August (« talentueux », « graves
erreurs ») said while receiving Denis Pushilin, Biden's « not surprised », Zelensky's « nothing to do with it » and
the criminal case for a breach of air-safety rules are real background; Peskov's quote (his real denial came on the
Friday), the sourcing to the emergencies ministry, the genetic tests expected « samedi », the US officials'
explosion hypothesis as written and Wagner's silence « jeudi soir » are invented or rearranged.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "prigojine-crash-2023-08-24.txt"

NOTE = """\
Held-out-15 article: the day after a private jet carrying, according to the authorities, Wagner chief Yevgeny \
Prigozhin crashed in the Tver region, Vladimir Putin offers his condolences to the victims' families and calls \
Prigozhin a talented man who made serious mistakes; the dead, the passenger list, the investigation and the genetic \
tests; the Kremlin's denial through Peskov; Biden's and US officials' comments; Kyiv's denial; the June rebellion \
ended by an agreement Lukashenko negotiated; Wagner's silence. Published Thursday 24 August 2023 (the file gives the \
day).
What it exercises: condolences with a quoted noun phrase addressed to a group that holds another group (« a présenté \
jeudi ses « sincères condoléances » aux familles des dix victimes »: a Statement, addressee the families, about the \
crash and the deaths) and a relative presence sourced by an inserted « selon » (« à bord duquel se trouvait, selon \
les autorités, le chef du groupe Wagner, Evguéni Prigojine »: an event with the plane and the man as participants, \
the authorities' Report); a quote first with a pronoun inside and a gerund of reception at a building (« a déclaré \
le président russe en recevant au Kremlin Denis Pouchiline »: the reception a Meeting on the lede's Thursday at \
Q133274, the quote takes that Thursday and that place) and a long apposition holding a passive installation by a \
metonym (« le dirigeant installé par Moscou dans la région ukrainienne de Donetsk »); a crash with an apposition and \
an imperfect relative (« L’appareil, un Embraer qui reliait Moscou à Saint-Pétersbourg, s’est écrasé mercredi en fin \
d’après-midi près du village de Koujenkino, dans la région de Tver »: near the village, in the region); deaths of \
two groups sourced after the clause to a ministry; a pluperfect Report with a completive (« avait fait savoir que \
Prigojine et son bras droit, Dmitri Outkine, figuraient sur la liste des passagers »: the presence of the lede \
restated, Utkin added); an investigation opened « pour violation des règles de sécurité aérienne » (the violation \
suspected); a future passive sourced to « Selon M. Poutine » and a conditional with a future weekday and no actor (« \
dont les résultats pourraient être connus samedi »: Saturday 26 August 2023, attached to nothing); a denial without \
a quote by the Kremlin then a quote by its spokesman that restates it and names the Kremlin inside (« Toutes ces \
spéculations sur une implication du Kremlin ... », « cité par l’agence TASS »); « À Washington » (the city) with a \
one-phrase quote and a pluperfect second quote by a role noun (« avait ajouté le président américain ») dated by « \
dès mercredi »; a conditional destruction sourced to an unnamed group; a denial by a metonym (« Kiev a aussi nié \
tout rôle ») and a quote first with « Nous » for Ukraine on the publication day; a pluperfect rebellion with a month \
(« avait mené fin juin ») and a relative quoted qualification (« que le chef du Kremlin avait alors qualifiée de « \
trahison » ») and an agreement negotiated by a role noun with a name in apposition, in an « avant que » clause; a \
pluperfect negated reaction « jeudi soir » by a group named by a possessive noun phrase (« Ses hommes »).
Places and metonyms. « au Kremlin » where Putin receives Pushilin is the Moscow Kremlin (Q133274); « Le Kremlin a \
démenti », « une implication du Kremlin » and « le chef du Kremlin » are the institution (Q2060629). « Moscou » is \
Russia in « installé par Moscou » (Q159, metonym) and the city in « reliait Moscou à Saint-Pétersbourg » (Q649). « À \
Washington » is the city (Q61), where Biden speaks; « Kiev » that denies is Ukraine (Q212, metonym). « près du \
village de Koujenkino » is near, not in: the crash and the deaths take the region of Tver, where the village lies (« \
dans la région de Tver »). « Tver » and « Donetsk » inside « la région de ... » only give their names: not mentions \
(as « la région de Koursk » in gold).
Mentions. « le chef du groupe Wagner », « Le patron de Wagner » and « son bras droit » are nominal mentions \
(Prigozhin, Prigozhin, Utkin), with « Wagner » inside the first two (the group; « groupe » is a title before the \
name, so only « Wagner » is marked, as « l’agence TASS » -> « TASS »); « le président russe » and « le chef du \
Kremlin » (with « Kremlin » inside) are Putin; « son porte-parole » is Peskov; « le président américain », « le \
président ukrainien » and « le président biélorusse » are Biden, Zelensky and Lukashenko; « L’agence fédérale du \
transport aérien » (set off by a comma before the name) is Rosaviatsia. The plane is « un avion privé », « \
L’appareil », « un Embraer » (apposition) and « l’avion »: a local object. « familles des dix victimes » (« aux » \
fused: from the noun) is a group with « dix victimes » inside; « victimes » (« des victimes », fused) is the same \
victims, and « passagers » inside « la liste des passagers » the seven passengers (the list, a document, is not a \
mention; the group inside it is, as « Kremlin » in « porte-parole du Kremlin »); « Ses trois membres d’équipage », « \
ses sept passagers » and « Ses hommes » are groups with their possessive determiner, a separate word (as « son hôte \
russe »). « il » inside Putin's quote is Prigozhin; « Nous » inside Zelensky's is Ukraine. Not mentions: « C’ » (« \
C’était un homme talentueux »: a demonstrative whose predicate is not a mention either), « duquel », « Il » in « Il \
ne se passe » (impersonal), « cela » and « y » (both stand for events: the crash, the rebellion), « la liste des \
passagers » (a document), « des analyses génétiques » and « les résultats » (the means and outcome of the \
identification), « Toutes ces spéculations ».
Statuses. The crash, the flight, the deaths, the presence on board, the reception, the installation, the \
investigation and the rebellion and agreement are occurred; Prigozhin's « graves erreurs » are occurred according to \
Putin (his judgement of acts nobody contests in the article, as an uncontested violation in gold); the \
identification is planned (« seront confirmées »); the air-safety violation is suspected (the reason the \
investigation was opened, according to the Investigative Committee); the Kremlin's involvement is suspected \
according to Biden, the only one the article lets hint at it (« sans que Poutine soit derrière »; Peskov's « Toutes \
ces spéculations » names no one): a contested charge stays suspected, as in gold, while the Kremlin's denial is a \
Statement about it; Ukraine's role is negated (a denial standing alone: nobody in the article accuses Kyiv); the \
explosion is hypothetical (« aurait pu être détruit »); Wagner's reaction is a negated speech act.
Times. « jeudi » (the condolences, Zelensky's words) and « jeudi soir » are the publication day, Thursday 24 August \
2023; « mercredi en fin d’après-midi » and « dès mercredi » Wednesday 23 August 2023; « samedi » Saturday 26 August \
2023 (future), attached to nothing (the results « pourraient être connus » with no actor, as « Un nouveau bilan est \
attendu jeudi » in gold); « fin juin » June 2023 (the month: a part of a month gets the month). Putin's quote and \
the reception take the lede's Thursday (the same occasion, as details take their announcement's day); the flight and \
the presence on board take the crash's Wednesday (implied, as the hug takes the reception's evening in gold); « \
alors » in the treason qualification points back to the rebellion, so the qualification takes « fin juin » too. The \
ministry's and Rosaviatsia's reports, « Selon M. Poutine », the Kremlin's denial, Peskov's quote, the US officials, \
Kyiv's denial, the installation, the investigation and the agreement have no weekday or occasion written: no time.
Linked: Putin, Peskov, Lukashenko, Russia, Ukraine, Moscow, the Kremlin (building and institution), Washington, \
TASS. Prigozhin, Wagner, Utkin, Pushilin, the Donetsk region, the plane, Saint Petersburg, Kuzhenkino, the Tver \
region, the crew, the passengers, the victims and their families, the authorities, the emergencies ministry, \
Rosaviatsia, the Investigative Committee, Biden, the US officials, Zelensky, the military command and Wagner's men \
are not in ids.tsv: local, unlinked."""

PUTIN, PESKOV, LUKASHENKO, RUSSIA, UKRAINE = "Q7747", "Q4359688", "Q2866", "Q159", "Q212"
KREMLIN_PLACE, KREMLIN, MOSCOW, WASHINGTON, TASS = "Q133274", "Q2060629", "Q649", "Q61", "Q223799"
PRIGOZHIN, WAGNER, UTKIN, WAGNER_MEN = "local:yevgeny-prigozhin", "local:wagner-group", "local:dmitry-utkin", \
    "local:wagner-fighters"
FAMILIES, VICTIMS, CREW, PASSENGERS = "local:victims-families", "local:crash-victims", "local:jet-crew", \
    "local:jet-passengers"
PLANE, AUTHORITIES, PUSHILIN, DONETSK = "local:prigozhin-jet", "local:russian-authorities", "local:denis-pushilin", \
    "local:donetsk-region"
SPB, KUZHENKINO, TVER = "local:saint-petersburg", "local:kuzhenkino", "local:tver-region"
EMERCOM, ROSAVIATSIA, COMMITTEE = "local:russian-emergencies-ministry", "local:rosaviatsia", \
    "local:investigative-committee"
BIDEN, US_OFFICIALS, ZELENSKY, COMMAND = "local:joe-biden", "local:us-officials", "local:volodymyr-zelensky", \
    "local:russian-military-command"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (FAMILIES, "familles des dix victimes", "the families of the ten victims", "group",
     {"description": "les familles des victimes du crash, à qui Vladimir Poutine présente ses condoléances",
      "unlinked_reason": GROUP}),
    (VICTIMS, "dix victimes du crash", "the ten victims of the crash", "group",
     {"description": "les trois membres d’équipage et les sept passagers de l’avion", "unlinked_reason": GROUP}),
    (PLANE, "avion privé d’Evguéni Prigojine", "Yevgeny Prigozhin's private jet", "object",
     {"description": "un Embraer qui reliait Moscou à Saint-Pétersbourg, écrasé dans la région de Tver",
      "class_qid": "Q11436", "unlinked_reason": "a single aircraft with no Wikidata item among the verified ones"}),
    (AUTHORITIES, "les autorités", "the (Russian) authorities", "group",
     {"description": "autorités russes que l’article ne nomme pas", "unlinked_reason": GROUP}),
    (WAGNER, "groupe Wagner", "Wagner Group", "organization",
     {"description": "groupe paramilitaire russe", "unlinked_reason": NOT_VERIFIED}),
    (PRIGOZHIN, "Evguéni Prigojine", "Yevgeny Prigozhin", "person",
     {"description": "chef du groupe Wagner", "unlinked_reason": NOT_VERIFIED}),
    (PUSHILIN, "Denis Pouchiline", "Denis Pushilin", "person",
     {"description": "dirigeant installé par Moscou dans la région ukrainienne de Donetsk",
      "unlinked_reason": NOT_VERIFIED}),
    (DONETSK, "région de Donetsk", "Donetsk Oblast", "place",
     {"description": "région de l’est de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (SPB, "Saint-Pétersbourg", "Saint Petersburg", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KUZHENKINO, "Koujenkino", "Kuzhenkino", "place",
     {"description": "village de la région de Tver", "unlinked_reason": NOT_VERIFIED}),
    (TVER, "région de Tver", "Tver Oblast", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CREW, "trois membres d’équipage", "the three crew members", "group",
     {"description": "l’équipage de l’avion", "unlinked_reason": GROUP}),
    (PASSENGERS, "sept passagers", "the seven passengers", "group",
     {"description": "les passagers de l’avion, dont Evguéni Prigojine et Dmitri Outkine", "unlinked_reason": GROUP}),
    (EMERCOM, "ministère des Situations d’urgence", "Ministry of Emergency Situations (Russia)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (ROSAVIATSIA, "Rosaviatsia", "Federal Air Transport Agency (Rosaviatsia)", "organization",
     {"description": "agence fédérale russe du transport aérien", "unlinked_reason": NOT_VERIFIED}),
    (UTKIN, "Dmitri Outkine", "Dmitry Utkin", "person",
     {"description": "bras droit d’Evguéni Prigojine", "unlinked_reason": NOT_VERIFIED}),
    (COMMITTEE, "Comité d’enquête", "Investigative Committee of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (US_OFFICIALS, "des responsables américains", "US officials", "group",
     {"description": "responsables américains que l’article ne nomme pas", "unlinked_reason": GROUP}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (COMMAND, "le commandement militaire russe", "the Russian military command", "organization",
     {"description": "la direction de l’armée russe, contre laquelle Wagner s’est rebellé en juin 2023",
      "unlinked_reason": NOT_VERIFIED + "; Q193159 (Armed Forces of Russia) names the armed forces as a whole, "
                                        "not their command"}),
    (WAGNER_MEN, "les hommes de Wagner", "Wagner's fighters", "group",
     {"description": "les combattants du groupe Wagner", "unlinked_reason": GROUP}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Vladimir Poutine a présenté jeudi ses « sincères condoléances » aux familles des dix victimes du crash ...
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("familles des dix victimes", None, FAMILIES, "nominal"),
    ("dix victimes", None, VICTIMS, "nominal"),
    ("un avion privé", None, PLANE, "nominal"),
    ("les autorités", None, AUTHORITIES, "nominal"),
    ("le chef du groupe Wagner", None, PRIGOZHIN, "nominal"),
    ("Wagner", "groupe Wagner", WAGNER, "name"),
    ("Evguéni Prigojine", None, PRIGOZHIN, "name"),
    # « C’était un homme talentueux, et il a commis ... », a déclaré le président russe en recevant au Kremlin ...
    ("il", "et il a commis", PRIGOZHIN, "pronoun"),
    ("le président russe", None, PUTIN, "nominal"),
    ("Kremlin", "au Kremlin", KREMLIN_PLACE, "name"),
    ("Denis Pouchiline", None, PUSHILIN, "name"),
    ("le dirigeant installé par Moscou dans la région ukrainienne de Donetsk", None, PUSHILIN, "nominal"),
    ("Moscou", "installé par Moscou", RUSSIA, "metonym"),
    ("la région ukrainienne de Donetsk", None, DONETSK, "nominal"),
    # L’appareil, un Embraer qui reliait Moscou à Saint-Pétersbourg, s’est écrasé mercredi ... région de Tver.
    ("L’appareil", None, PLANE, "nominal"),
    ("un Embraer", None, PLANE, "nominal"),
    ("Moscou", "reliait Moscou", MOSCOW, "name"),
    ("Saint-Pétersbourg", None, SPB, "name"),
    ("village de Koujenkino", None, KUZHENKINO, "nominal"),
    ("la région de Tver", None, TVER, "nominal"),
    # Ses trois membres d’équipage et ses sept passagers ont péri, a indiqué le ministère des Situations d’urgence.
    ("Ses trois membres d’équipage", None, CREW, "nominal"),
    ("ses sept passagers", None, PASSENGERS, "nominal"),
    ("le ministère des Situations d’urgence", None, EMERCOM, "nominal"),
    # L’agence fédérale du transport aérien, Rosaviatsia, avait fait savoir que Prigojine et son bras droit, ...
    ("L’agence fédérale du transport aérien", None, ROSAVIATSIA, "nominal"),
    ("Rosaviatsia", None, ROSAVIATSIA, "name"),
    ("Prigojine", "que Prigojine et", PRIGOZHIN, "name"),
    ("son bras droit", None, UTKIN, "nominal"),
    ("Dmitri Outkine", None, UTKIN, "name"),
    ("passagers", "liste des passagers", PASSENGERS, "nominal"),
    # Le Comité d’enquête a ouvert une enquête ... Selon M. Poutine, les identités des victimes seront confirmées ...
    ("Comité d’enquête", None, COMMITTEE, "name"),
    ("Poutine", "M. Poutine", PUTIN, "name"),
    ("victimes", "identités des victimes", VICTIMS, "nominal"),
    # Le Kremlin a démenti toute implication. « Toutes ces spéculations sur une implication du Kremlin ... »
    ("Kremlin", "Le Kremlin a démenti", KREMLIN, "metonym"),
    ("Kremlin", "implication du Kremlin", KREMLIN, "metonym"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    # À Washington, Joe Biden s’était dit dès mercredi « pas surpris ». « Il ne se passe ... », avait ajouté ...
    ("Washington", None, WASHINGTON, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("Poutine", "que Poutine soit", PUTIN, "name"),
    ("le président américain", None, BIDEN, "nominal"),
    ("des responsables américains", None, US_OFFICIALS, "nominal"),
    ("l’avion", None, PLANE, "nominal"),
    # Kiev a aussi nié tout rôle. « Nous n’avons rien à voir avec cela », a assuré jeudi le président ukrainien, ...
    ("Kiev", None, UKRAINE, "metonym"),
    ("Nous", None, UKRAINE, "pronoun"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    # Le patron de Wagner avait mené fin juin une rébellion armée contre le commandement militaire, ...
    ("Le patron de Wagner", None, PRIGOZHIN, "nominal"),
    ("Wagner", "patron de Wagner", WAGNER, "name"),
    ("le commandement militaire", None, COMMAND, "nominal"),
    ("le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "chef du Kremlin", KREMLIN, "metonym"),
    ("le président biélorusse", None, LUKASHENKO, "nominal"),
    ("Alexandre Loukachenko", None, LUKASHENKO, "name"),
    ("Ses hommes", None, WAGNER_MEN, "nominal"),
]

PUB_DAY = "The publication day, Thursday 24 August 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "a présenté jeudi"), "2023-08-24", "day", "weekday-publication-day",
     "« a présenté jeudi ses « sincères condoléances » »: " + PUB_DAY + " Putin's quote and the reception of "
     "Pushilin, which have no weekday of their own, take it too (the same occasion)."),
    ("t-wednesday-crash", ("mercredi en fin d’après-midi", None), "2023-08-23", "day", "weekday-past",
     "« s’est écrasé mercredi en fin d’après-midi »: the Wednesday before the publication day, 23 August 2023; "
     "the part of the day does not change the day. The flight, the presence on board and the deaths take it."),
    ("t-saturday", ("samedi", None), "2023-08-26", "day", "weekday-future",
     "« dont les résultats pourraient être connus samedi »: the Saturday after the publication day, 26 August "
     "2023. The results being known has no actor, so no event takes this time (as « Un nouveau bilan est attendu "
     "jeudi » in gold): attached to nothing."),
    ("t-wednesday-biden", ("mercredi", "dès mercredi"), "2023-08-23", "day", "weekday-past",
     "Pluperfect « s’était dit dès mercredi « pas surpris » »: Wednesday 23 August 2023, the evening of the crash "
     "(« dès » keeps the span on the weekday, as « dès vendredi » in gold). « avait ajouté », right after, takes "
     "the same Wednesday."),
    ("t-thursday-zelensky", ("jeudi", "a assuré jeudi"), "2023-08-24", "day", "weekday-publication-day",
     "« a assuré jeudi le président ukrainien »: " + PUB_DAY),
    ("t-end-june", ("fin juin", None), "2023-06", "month", "month-past",
     "Pluperfect « avait mené fin juin une rébellion armée »: the end of June 2023, before the August publication "
     "date; the part of the month is not a precision of its own, so the month. « que le chef du Kremlin avait "
     "alors qualifiée » (« alors »: at that time) takes it too."),
    ("t-thursday-evening", ("jeudi soir", None), "2023-08-24", "day", "part-of-day",
     "Pluperfect « n’avaient pas réagi officiellement jeudi soir »: as of the evening of the publication day. "
     + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-crash", "Event", "Prigozhin's private jet crashed in the Tver region on Wednesday",
          ("s’est écrasé", None), [("participant", PLANE)], place=TVER, time="t-wednesday-crash",
          part_of="e-flight",
          note="« L’appareil ... s’est écrasé mercredi en fin d’après-midi près du village de Koujenkino, dans la "
               "région de Tver »: a thing alone takes the participant role (gold). Near the village, in the "
               "region: the place is the region. « du crash » in the lede restates it (one event). Stated in the "
               "article's own voice."),
    event("e-on-board", "Event", "Yevgeny Prigozhin and Dmitry Utkin on board the jet (passenger list)",
          ("se trouvait", None), [("participant", PRIGOZHIN), ("participant", UTKIN), ("participant", PLANE)],
          time="t-wednesday-crash", according_to=[AUTHORITIES, ROSAVIATSIA],
          note="« à bord duquel se trouvait, selon les autorités, le chef du groupe Wagner »; restated by "
               "Rosaviatsia's « Prigojine et son bras droit, Dmitri Outkine, figuraient sur la liste des passagers », "
               "which adds Utkin (one fact, two sources). The time is the crash's Wednesday, implied."),
    event("e-pushilin-reception", "Meeting", "Vladimir Putin receives Denis Pushilin at the Kremlin",
          ("recevant", None), [("agent", PUTIN), ("participant", PUSHILIN)], place=KREMLIN_PLACE,
          time="t-thursday",
          note="« en recevant au Kremlin Denis Pouchiline »: a gerund; the host is the agent. « au Kremlin » where he "
               "receives is the building (Q133274). No weekday of its own: the lede's Thursday (the occasion of the "
               "quote)."),
    event("e-installation", "Event", "Russia installed Denis Pushilin as leader of the Donetsk region",
          ("installé", None), [("agent", RUSSIA), ("recipient", PUSHILIN)], place=DONETSK,
          note="« le dirigeant installé par Moscou dans la région ukrainienne de Donetsk »: a passive participle with "
               "its agent, a metonym (Russia); the region is the place. No time."),
    event("e-mistakes", "Event", "Prigozhin made serious mistakes in his life (Putin's words)",
          ("a commis", None), [("agent", PRIGOZHIN)], according_to=[PUTIN],
          note="Inside Putin's quote; « il » is Prigozhin. A judgement on acts the article does not contest: "
               "occurred according to Putin. « dans sa vie » is not a time. « C’était un homme talentueux » is a "
               "description: no event."),
    event("e-flight", "Event", "The jet was flying from Moscow to Saint Petersburg", ("reliait", None),
          [("participant", PLANE)], time="t-wednesday-crash",
          note="« un Embraer qui reliait Moscou à Saint-Pétersbourg »: the flight on which it crashed (the crash is "
               "part of it). Its two ends are mentions with no role: the plane was at neither. The Wednesday is "
               "implied by the crash."),
    event("e-deaths", "Event", "The three crew members and seven passengers were killed", ("ont péri", None),
          [("recipient", CREW), ("recipient", PASSENGERS)], place=TVER, time="t-wednesday-crash",
          part_of="e-crash", according_to=[EMERCOM],
          note="« Ses trois membres d’équipage et ses sept passagers ont péri, a indiqué le ministère des Situations "
               "d’urgence »: the dead are recipients (as the victims of a toll in gold); « dix victimes » in the "
               "lede are the same people."),
    event("e-investigation", "Event", "The Investigative Committee opens an investigation",
          ("a ouvert", None), [("agent", COMMITTEE)],
          note="Trigger « a ouvert », as « La police a ouvert une enquête » in gold. No time written."),
    event("e-safety-violation", "Event", "Suspected breach of air-safety rules on the flight",
          ("violation", None), [("participant", PLANE)], status="suspected", according_to=[COMMITTEE],
          note="« une enquête pour violation des règles de sécurité aérienne »: the charge the investigation is "
               "opened for, suspected by the Committee (as « une enquête pour « insurrection » » in gold). Nobody "
               "is named as its author; the plane's flight is where the rules would have been broken, so the plane "
               "is the participant (the shapes need one role)."),
    event("e-identification", "Event", "The victims' identities to be confirmed by genetic tests",
          ("seront confirmées", None), [("recipient", VICTIMS)], status="planned", according_to=[PUTIN],
          note="« Selon M. Poutine, les identités des victimes seront confirmées par des analyses génétiques »: a "
               "future passive with no agent: the victims are the recipient; the tests are the means, not an event "
               "of their own. « dont les résultats pourraient être connus samedi » has no actor: no event (the "
               "Saturday is attached to nothing)."),
    event("e-kremlin-involvement", "Event", "Suspected involvement of the Kremlin in the crash",
          ("implication", "toute implication"), [("agent", KREMLIN)], status="suspected", according_to=[BIDEN],
          note="« Le Kremlin a démenti toute implication »; Peskov's « une implication du Kremlin » restates it. The "
               "charge exists in the article (Peskov's « Toutes ces spéculations »), but nobody is written as making "
               "it; the only one who hints at it is Biden (« Il ne se passe pas grand-chose en Russie sans que "
               "Poutine soit derrière »), so he is the suspecter in according_to (the implied suspecter, as China "
               "for « soupçonné d’espionnage » in gold). A contested charge stays suspected; the Kremlin's denial "
               "is a Statement about it."),
    event("e-explosion", "Event", "The jet may have been destroyed by an explosion on board",
          ("détruit", None), [("recipient", PLANE)], status="hypothetical", according_to=[US_OFFICIALS],
          note="« Selon des responsables américains, l’avion aurait pu être détruit par une explosion à bord »: "
               "conditional; the explosion is the means, its author is not written. No time of its own."),
    event("e-ukraine-role", "Event", "Ukraine denies any role in the crash", ("rôle", None),
          [("agent", UKRAINE)], status="negated", according_to=[UKRAINE, ZELENSKY],
          note="« Kiev a aussi nié tout rôle »: a denial standing alone (nobody in the article accuses Ukraine), so "
               "the role is negated (as « Pyongyang nie toute livraison » in gold); Zelensky's « Nous n’avons rien à "
               "voir avec cela » restates it."),
    event("e-rebellion", "Event", "Prigozhin led an armed rebellion against the military command in late June",
          ("rébellion", None), [("agent", PRIGOZHIN), ("recipient", COMMAND)], time="t-end-june",
          note="« Le patron de Wagner avait mené fin juin une rébellion armée contre le commandement militaire »: "
               "pluperfect; « avait mené » is a light verb, the noun names the event (it is what « que ... avait "
               "qualifiée » and « y » take up). The command is what it targets."),
    event("e-agreement", "Agreement", "An agreement negotiated by Lukashenko ended the rebellion",
          ("accord", None), [("agent", LUKASHENKO)],
          note="« avant qu’un accord négocié par le président biélorusse, Alexandre Loukachenko, n’y mette fin »: the "
               "subjunctive of « avant que » does not make it hypothetical: it happened. Lukashenko negotiated it "
               "(agent); its parties are not written. « y » is the rebellion (an event, not a mention). No time "
               "written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-putin-condolences", "Statement", "Vladimir Putin offers his sincere condolences to the victims' "
           "families", PUTIN, ("a présenté", None), [("sincères condoléances", None)], addressee=FAMILIES,
           time="t-thursday", about=["e-crash", "e-deaths"],
           note="« a présenté jeudi ses « sincères condoléances » aux familles des dix victimes »: the families are "
                "the addressee."),
    speech("s-authorities", "Report", "The authorities say Prigozhin was on board", AUTHORITIES,
           ("selon", "selon les autorités"), [], about=["e-on-board"],
           note="« selon les autorités », inserted in the relative clause."),
    speech("s-putin-talented", "Statement", "Putin: Prigozhin was a talented man who made serious mistakes", PUTIN,
           ("a déclaré", None),
           [("C’était un homme talentueux, et il a commis de graves erreurs dans sa vie", None)],
           place=KREMLIN_PLACE, time="t-thursday", about=["e-mistakes"],
           note="A quote first; said « en recevant au Kremlin Denis Pouchiline » (the place; Pushilin is not written "
                "as the addressee). The lede's Thursday: the same day's words."),
    speech("s-emercom", "Report", "The emergencies ministry reports the ten deaths", EMERCOM,
           ("a indiqué", None), [], about=["e-deaths"],
           note="The source after the clause; no time."),
    speech("s-rosaviatsia", "Report", "Rosaviatsia says Prigozhin and Utkin were on the passenger list",
           ROSAVIATSIA, ("fait savoir", None), [], about=["e-on-board"],
           note="Pluperfect « avait fait savoir que ... figuraient sur la liste des passagers »: before the later "
                "reports, no day written."),
    speech("s-putin-identification", "Report", "Putin says genetic tests will confirm the victims' identities",
           PUTIN, ("Selon", "Selon M. Poutine"), [], about=["e-identification"],
           note="« Selon M. Poutine », as « Selon New Delhi » in gold; no time written."),
    speech("s-kremlin-denial", "Statement", "The Kremlin denies any involvement", KREMLIN, ("a démenti", None), [],
           about=["e-kremlin-involvement"],
           note="A denial without a quote; the quote of the next sentence is Peskov's own speech act."),
    speech("s-peskov", "Statement", "Peskov: the speculation about a Kremlin role is an absolute lie", PESKOV,
           ("a affirmé", None),
           [("Toutes ces spéculations sur une implication du Kremlin sont un mensonge absolu", None)],
           according_to=[TASS], about=["e-kremlin-involvement"],
           note="A quote first, « a affirmé son porte-parole, Dmitri Peskov, cité par l’agence TASS ». « une "
                "implication du Kremlin » restates the denied involvement."),
    speech("s-tass", "Report", "TASS quotes Peskov", TASS, ("cité", None), [], about=["s-peskov"]),
    speech("s-biden-surprise", "Statement", "Joe Biden says he is not surprised", BIDEN, ("s’était dit", None),
           [("pas surpris", None)], place=WASHINGTON, time="t-wednesday-biden", about=["e-crash"],
           note="« À Washington » is the city (Q61), where Biden speaks."),
    speech("s-biden-putin-behind", "Statement", "Biden: little happens in Russia without Putin behind it", BIDEN,
           ("avait ajouté", None), [("Il ne se passe pas grand-chose en Russie sans que Poutine soit derrière", None)],
           place=WASHINGTON, time="t-wednesday-biden", about=["e-kremlin-involvement"],
           note="A quote first with a pluperfect verb and a role noun (« le président américain »); it continues the "
                "Wednesday remark in Washington. A generalisation that insinuates the Kremlin's involvement; « Il » "
                "is impersonal."),
    speech("s-us-officials", "Report", "US officials say the jet may have been destroyed by an explosion",
           US_OFFICIALS, ("Selon", "Selon des responsables"), [], about=["e-explosion"]),
    speech("s-kyiv-denial", "Statement", "Ukraine denies any role", UKRAINE, ("nié", None), [],
           about=["e-ukraine-role"],
           note="« Kiev » is Ukraine (a metonym). No weekday: no time (Zelensky's « jeudi » belongs to his words, "
                "as Kamikawa's words do not take Japan's « jeudi » in the bundled article)."),
    speech("s-zelensky", "Assurance", "Zelensky: we have nothing to do with it", ZELENSKY, ("a assuré", None),
           [("Nous n’avons rien à voir avec cela", None)], time="t-thursday-zelensky", about=["e-ukraine-role"],
           note="A quote first; « Nous » is Ukraine, « cela » the crash (an event, not a mention)."),
    speech("s-putin-treason", "Statement", "Putin called the rebellion « treason »", PUTIN, ("qualifiée", None),
           [("trahison", None)], time="t-end-june", about=["e-rebellion"],
           note="« que le chef du Kremlin avait alors qualifiée de « trahison » »: a relative with a pluperfect verb; "
                "« alors » is the time of the rebellion, June 2023."),
    speech("s-wagner-silence", "SpeechAct", "Wagner's men had not officially reacted by Thursday evening",
           WAGNER_MEN, ("réagi", None), [], status="negated", time="t-thursday-evening",
           about=["e-crash"],
           note="« Ses hommes n’avaient pas réagi officiellement jeudi soir »: a negated speech act (as « n’a pas "
                "réagi » in gold); « Ses » is Prigozhin's."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
