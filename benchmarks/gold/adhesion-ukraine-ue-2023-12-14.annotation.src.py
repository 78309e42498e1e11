"""Held-out annotation of adhesion-ukraine-ue-2023-12-14.txt (written for the seventeenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/adhesion-ukraine-ue-2023-12-14.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/adhesion-ukraine-ue-2023-12-14.annotation.src.py --check

From held-out set 17 (moved to gold in session 16; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "adhesion-ukraine-ue-2023-12-14.txt"

NOTE = """\
Held-out-17 article: the EU leaders decide in Brussels on Thursday 14 December 2023 (the file gives the day) to \
open accession negotiations with Ukraine and Moldova while Viktor Orban leaves the room so as not to veto, as \
Charles Michel announces; Volodymyr Zelensky hails a victory on X after urging the Twenty-Seven the day before \
not to betray Kyiv; Orban's explanation on Facebook and a diplomat's story of Olaf Scholz's suggestion; Maia \
Sandu's and Washington's reactions; the Kremlin's and Dmitry Peskov's words, quoted by TASS; Budapest's \
continued block on a 50-billion-euro envelope for Ukraine, Michel's promise to come back to it early next year, \
a possible extraordinary summit at the end of January and the European Commission's warning of the Friday \
before. The decision, the exit and the block follow the real summit loosely; the quotes (but the gist of \
Zelensky's and Orban's), Scholz's suggestion as told here, Washington's call, Peskov's warning, the summit date \
and the Commission's warning are invented or reworded. \
What it exercises: a decision by a group with the institution's name inside (« Les dirigeants de l’Union \
européenne ont décidé jeudi à Bruxelles d’ouvrir des négociations d’adhésion avec l’Ukraine et la Moldavie »: \
the decision, and the opening planned, with three participants) and an absolute participle clause with a role \
noun and a name in apposition, a restating noun and a negated purpose (« le Premier ministre hongrois, Viktor \
Orban, ayant quitté la salle au moment du vote pour ne pas opposer son veto »: the exit, the veto negated; « du \
vote » restates the decision), all under one source after the clause with an institution inside the role noun \
(« a annoncé le président du Conseil européen, Charles Michel »: a Report, Michel in according_to); a quote \
split around its reporting clause with a sentence end in the split and a written medium (« « C’est une victoire \
pour l’Ukraine, a écrit sur X le président ukrainien, Volodymyr Zelensky. Une victoire qui motive, inspire et \
renforce. » »: one speech act, two quotes); « La veille » (the eve of the decision) with a pluperfect \
exhortation of a nickname group and an urged abstention with a one-word quote and a metonym (« il avait exhorté \
les Vingt-Sept, dans un message vidéo, à ne pas « trahir » Kiev »: the betrayal proposed, labelled as the urged \
abstention); a threat in the imperfect in a relative clause with « depuis des semaines » (vague) and « toute \
ouverture » (the opening restated); indirect speech with a completive quote that starts with the negation (« a \
expliqué dans une vidéo publiée sur Facebook que la Hongrie ne voulait « pas prendre part à cette mauvaise \
décision » »: Hungary's participation negated, « cette mauvaise décision » the decision restated, « publiée » no \
speech act of its own) and a quote first with « a-t-il insisté » (a state, no event); « Selon un diplomate \
européen » over a cleft sentence with a title before a name and a dative pronoun (« c’est le chancelier \
allemand Olaf Scholz qui lui avait suggéré de sortir prendre un café pendant le vote »: a Statement of Scholz \
according to the diplomat, Orban the addressee; « sortir » restates the exit, the coffee proposed); « À \
Chisinau » (the city) a role noun and a name in apposition with a quoted noun phrase and two possessive role \
nouns for two states (« son pays, candidat depuis juin 2022 comme son voisin »: the candidacies a proposed \
accession dated by its start, as « candidate à l’adhésion depuis 2012 » in gold); a metonym's congratulation \
joined to a participle of urging without guillemets (« Washington a félicité les Européens, tout en pressant à \
nouveau le Congrès de débloquer sa propre aide à Kiev »: one speech act, as a participle without a quote stays \
inside its verb in gold; the unblocking and the US aid proposed); an emphatic pronoun after a metonym (« Le \
Kremlin a, lui, minimisé la portée de l’annonce »: a Statement without a quote); a quote first with a plural \
subject, a possessive role noun and a name in apposition, a source and a second verb with a one-word quote (« a \
déclaré jeudi son porte-parole, Dmitri Peskov, cité par l’agence TASS, avant d’avertir qu’une telle décision \
pourrait « déstabiliser » l’Union »: two speech acts, the TASS Report, the destabilisation hypothetical); a \
metonym that maintains a block on a thing with a purpose and an end year (« Budapest a en revanche maintenu son \
blocage d’une enveloppe de 50 milliards d’euros destinée à soutenir l’économie ukrainienne jusqu’en 2027 »: the \
block occurred, the support a proposed Delivery); a quote first with « Nous » for the leaders and « y » for the \
question (no mention), a promise and a negated speech act (« a promis Charles Michel, sans avancer de date »); a \
conditional summit sourced after the clause to a group (« pourrait se tenir fin janvier, selon plusieurs \
diplomates »); a fronted participle and a conditional inability with a pluperfect warning on a past weekday \
with « dernier » (« Privé de cette aide, Kiev risquerait de ne plus pouvoir payer ses fonctionnaires dès le \
printemps, avait averti vendredi dernier la Commission européenne »).
Places and metonyms. « Bruxelles » is the city where the leaders decide (local place); « Chisinau » the city \
where Sandu speaks (local place). « Kiev » is Ukraine (Q212) all three times (betrayed, receiving US aid, unable \
to pay); « Budapest » is Hungary (local, metonym), as in gold; « Washington » is the United States (Q30), which \
congratulates and urges; « Kremlin » is the institution (Q2060629). « l’Union » in Peskov's clause is the \
European Union (a short name, marked without its article, as « Union » in gold). The exit, the vetoless \
decision and the coffee take Brussels, the place of the decision.
Mentions. « Les dirigeants de l’Union européenne » is a local group (the EU heads of state and government) \
with « Union européenne » inside (as « Les ministres des Affaires étrangères de l’Union européenne » in gold); \
« les Vingt-Sept », « les Européens » (congratulated for the decision they took) and « Nous » in Michel's quote \
are the same group. « Conseil européen » inside Michel's title is an institution's name (a mention, as « \
Chambre des représentants » in gold). Role nouns in apposition are nominal mentions (« le Premier ministre \
hongrois », « le président du Conseil européen », « le président ukrainien », « la présidente moldave », « son \
porte-parole »), and so are « son pays » (Moldova), « son voisin » (Ukraine), « un diplomate européen » (a \
local person), « plusieurs diplomates » and « ses fonctionnaires » (local groups). « le chancelier allemand \
Olaf Scholz » has a title right before the name: only « Olaf Scholz ». « M. » is left out of « M. Orban ». « il \
» (Zelensky), « il » in « a-t-il insisté » and « lui » (Orban) are pronouns, and so is the emphatic « lui » \
after « Le Kremlin a, ». « une enveloppe de 50 milliards d’euros » is a local object (the fund blocked, the \
support's theme) and « cette aide » restates it (a nominal mention). Not mentions: « la salle » (the meeting \
room, a setting), « Ces pays » (Ukraine and Moldova at once), « l’économie ukrainienne » (Ukraine is the \
support's recipient), « un message vidéo » and « une vidéo » (media), « un café », « la portée de l’annonce », \
« les critères », « y » in « Nous y reviendrons » (the question of the aid, not a place), « sa propre aide » \
(the US aid, an event), the relative « qui ».
Statuses. The decision, the exit, the block and Hungary's maintained refusal are occurred (the first two \
according to Michel); the opening of the negotiations is planned (decided, not yet held); the veto Orban did \
not cast and Hungary's taking part are negated; the betrayal Zelensky urges against, the coffee Scholz \
suggested, the candidacies' accession, the unblocking and the US aid Washington calls for and the 50-billion \
support are proposed; Orban's threatened block is planned according to him (a threatened measure, as Orban's \
threatened opposition in gold), although the article then says he did not veto; the return to the aid early \
next year is planned (a promise); the destabilisation, the extraordinary summit and Ukraine's inability to pay \
are hypothetical; « sans avancer de date » is a negated speech act.
Times. « jeudi » (twice: the decision, Peskov's words) is the publication day, Thursday 14 December 2023; the \
exit and the coffee take the decision's Thursday (« au moment du vote », « pendant le vote »); « La veille » is \
the eve of the decision, Wednesday 13 December 2023; « depuis des semaines » is vague (the threat); « depuis \
juin 2022 » is June 2022 (the candidacies' start); Peskov's warning (« avant d’avertir ») continues his Thursday \
statement; « jusqu’en 2027 » the year 2027 (the support's end, its only written time); « au début de l’année \
prochaine » (January to about March 2024) the year 2024; « fin janvier » January 2024; « dès le printemps » the \
spring of 2024, the year; « vendredi dernier » Friday 8 December 2023. « à nouveau » and « en revanche » are no \
times. Michel's announcement and promise, Zelensky's post, Orban's video, Scholz's suggestion, Sandu's, \
Washington's and the Kremlin's words, the block and the diplomats' report have no weekday or occasion written: \
no time.
The European Union, its leaders, Brussels, Moldova, Viktor Orban, Charles Michel, the European Council, \
Volodymyr Zelensky, X, Hungary, Facebook, the European diplomat, Olaf Scholz, Chisinau, Maia Sandu, the US \
Congress, the 50-billion-euro envelope, the diplomats, the Ukrainian civil servants and the European Commission \
are not in ids.tsv: local, unlinked. Ukraine, the United States, the Kremlin, Dmitry Peskov and TASS are linked."""

UKRAINE, US, KREMLIN, PESKOV, TASS = "Q212", "Q30", "Q2060629", "Q4359688", "Q223799"
EU, EU_LEADERS, BRUSSELS, MOLDOVA = "local:european-union", "local:eu-leaders", "local:brussels", "local:moldova"
ORBAN, MICHEL, EUCO, ZELENSKY = "local:viktor-orban", "local:charles-michel", "local:european-council", \
    "local:volodymyr-zelensky"
X_NETWORK, HUNGARY, FACEBOOK, DIPLOMAT = "local:x", "local:hungary", "local:facebook", "local:european-diplomat"
SCHOLZ, CHISINAU, SANDU, CONGRESS = "local:olaf-scholz", "local:chisinau", "local:maia-sandu", "local:us-congress"
ENVELOPE, DIPLOMATS, CIVIL_SERVANTS, COMMISSION = "local:eu-50-billion-envelope", "local:diplomats", \
    "local:ukrainian-civil-servants", "local:european-commission"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (EU_LEADERS, "les dirigeants de l’Union européenne", "the EU leaders", "group",
     {"description": "chefs d’État et de gouvernement des Vingt-Sept, réunis en sommet à Bruxelles",
      "unlinked_reason": GROUP}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place",
     {"description": "la ville, où se tient le sommet", "unlinked_reason": NOT_VERIFIED}),
    (MOLDOVA, "Moldavie", "Moldova", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ORBAN, "Viktor Orban", "Viktor Orbán", "person",
     {"description": "Premier ministre hongrois", "unlinked_reason": NOT_VERIFIED}),
    (MICHEL, "Charles Michel", "Charles Michel", "person",
     {"description": "président du Conseil européen", "unlinked_reason": NOT_VERIFIED}),
    (EUCO, "Conseil européen", "European Council", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HUNGARY, "Hongrie", "Hungary", "country",
     {"description": "aussi désignée par « Budapest » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (FACEBOOK, "Facebook", "Facebook", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "un diplomate européen", "a European diplomat", "person",
     {"description": "diplomate européen que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (SCHOLZ, "Olaf Scholz", "Olaf Scholz", "person",
     {"description": "chancelier allemand", "unlinked_reason": NOT_VERIFIED}),
    (CHISINAU, "Chisinau", "Chișinău", "place",
     {"description": "capitale de la Moldavie, où parle Maia Sandu", "unlinked_reason": NOT_VERIFIED}),
    (SANDU, "Maia Sandu", "Maia Sandu", "person",
     {"description": "présidente de la Moldavie", "unlinked_reason": NOT_VERIFIED}),
    (CONGRESS, "Congrès des États-Unis", "United States Congress", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (ENVELOPE, "enveloppe de 50 milliards d’euros", "50-billion-euro envelope", "object",
     {"description": "fonds européen destiné à soutenir l’économie ukrainienne jusqu’en 2027, bloqué par la "
                     "Hongrie; aussi « cette aide »",
      "unlinked_reason": "a sum of money, not one Wikidata item"}),
    (DIPLOMATS, "plusieurs diplomates", "several diplomats", "group",
     {"description": "diplomates que l’article ne nomme pas", "unlinked_reason": GROUP}),
    (CIVIL_SERVANTS, "fonctionnaires ukrainiens", "Ukrainian civil servants", "group", {"unlinked_reason": GROUP}),
    (COMMISSION, "Commission européenne", "European Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les dirigeants de l’Union européenne ont décidé jeudi à Bruxelles d’ouvrir des négociations d’adhésion ...
    ("Les dirigeants de l’Union européenne", None, EU_LEADERS, "nominal"),
    ("Union européenne", None, EU, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    ("Ukraine", "avec l’Ukraine", UKRAINE, "name"),
    ("Moldavie", None, MOLDOVA, "name"),
    ("le Premier ministre hongrois", None, ORBAN, "nominal"),
    ("Viktor Orban", None, ORBAN, "name"),
    ("le président du Conseil européen", None, MICHEL, "nominal"),
    ("Conseil européen", None, EUCO, "name"),
    ("Charles Michel", 1, MICHEL, "name"),
    # « C’est une victoire pour l’Ukraine, a écrit sur X le président ukrainien, Volodymyr Zelensky. ... »
    ("Ukraine", "victoire pour l’Ukraine", UKRAINE, "name"),
    ("X", "sur X le", X_NETWORK, "name"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    # La veille, il avait exhorté les Vingt-Sept, dans un message vidéo, à ne pas « trahir » Kiev.
    ("il", "il avait exhorté", ZELENSKY, "pronoun"),
    ("les Vingt-Sept", None, EU_LEADERS, "nominal"),
    ("Kiev", "« trahir » Kiev", UKRAINE, "metonym"),
    # M. Orban, qui menaçait depuis des semaines de bloquer toute ouverture, a expliqué dans une vidéo ...
    ("Orban", "M. Orban", ORBAN, "name"),
    ("Facebook", None, FACEBOOK, "name"),
    ("Hongrie", None, HUNGARY, "name"),
    # « L’Ukraine n’est pas prête », a-t-il insisté.
    ("Ukraine", "L’Ukraine n’est", UKRAINE, "name"),
    ("il", "a-t-il insisté", ORBAN, "pronoun"),
    # Selon un diplomate européen, c’est le chancelier allemand Olaf Scholz qui lui avait suggéré de sortir ...
    ("un diplomate européen", None, DIPLOMAT, "nominal"),
    ("Olaf Scholz", None, SCHOLZ, "name"),
    ("lui", "qui lui avait", ORBAN, "pronoun"),
    # À Chisinau, la présidente moldave, Maia Sandu, a salué « un jour historique » pour son pays, ...
    ("Chisinau", None, CHISINAU, "name"),
    ("la présidente moldave", None, SANDU, "nominal"),
    ("Maia Sandu", None, SANDU, "name"),
    ("son pays", None, MOLDOVA, "nominal"),
    ("son voisin", None, UKRAINE, "nominal"),
    # Washington a félicité les Européens, tout en pressant à nouveau le Congrès de débloquer sa propre aide à Kiev.
    ("Washington", None, US, "metonym"),
    ("les Européens", None, EU_LEADERS, "nominal"),
    ("Congrès", None, CONGRESS, "name"),
    ("Kiev", "aide à Kiev", UKRAINE, "metonym"),
    # Le Kremlin a, lui, minimisé la portée de l’annonce.
    ("Kremlin", None, KREMLIN, "metonym"),
    ("lui", "a, lui,", KREMLIN, "pronoun"),
    # « Ces pays ne remplissent absolument pas les critères », a déclaré jeudi son porte-parole, Dmitri Peskov, ...
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    ("Union", "« déstabiliser » l’Union", EU, "name"),
    # Budapest a en revanche maintenu son blocage d’une enveloppe de 50 milliards d’euros destinée à ...
    ("Budapest", None, HUNGARY, "metonym"),
    ("une enveloppe de 50 milliards d’euros", None, ENVELOPE, "nominal"),
    # « Nous y reviendrons au début de l’année prochaine », a promis Charles Michel, sans avancer de date.
    ("Nous", None, EU_LEADERS, "pronoun"),
    ("Charles Michel", 2, MICHEL, "name"),
    # Un sommet extraordinaire pourrait se tenir fin janvier, selon plusieurs diplomates.
    ("plusieurs diplomates", None, DIPLOMATS, "nominal"),
    # Privé de cette aide, Kiev risquerait de ne plus pouvoir payer ses fonctionnaires dès le printemps, ...
    ("cette aide", None, ENVELOPE, "nominal"),
    ("Kiev", "aide, Kiev", UKRAINE, "metonym"),
    ("ses fonctionnaires", None, CIVIL_SERVANTS, "nominal"),
    ("Commission européenne", None, COMMISSION, "name"),
]

PUB_DAY = "The publication day, Thursday 14 December 2023 (the file gives the day)."
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "décidé jeudi"), "2023-12-14", "day", "weekday-publication-day",
     "« ont décidé jeudi à Bruxelles »: " + PUB_DAY),
    ("t-eve", ("La veille", None), "2023-12-13", "day", "eve-of-event",
     "« La veille, il avait exhorté les Vingt-Sept »: the eve of the Thursday decision the paragraph reacts to, "
     "Wednesday 13 December 2023 (here also the eve of publication)."),
    ("t-weeks", ("depuis des semaines", None), None, "vague", "vague",
     "« qui menaçait depuis des semaines »: the start of a standing threat, no value."),
    ("t-june-2022", ("depuis juin 2022", None), "2022-06", "month", "explicit-month-year",
     "« candidat depuis juin 2022 »: the candidacies' start (« depuis X » is annotated as X)."),
    ("t-thursday-peskov", ("jeudi", "déclaré jeudi"), "2023-12-14", "day", "weekday-publication-day",
     "« a déclaré jeudi son porte-parole »: " + PUB_DAY),
    ("t-2027", ("jusqu’en 2027", None), "2027", "year", "explicit-year",
     "« destinée à soutenir l’économie ukrainienne jusqu’en 2027 »: the end of the planned support, its only "
     "written time."),
    ("t-early-next-year", ("au début de l’année prochaine", None), "2024", "year", "relative-year-future",
     "« au début de l’année prochaine », written in December 2023: early 2024; which months is not said, so the "
     "year is the finest precision that is true."),
    ("t-end-january", ("fin janvier", None), "2024-01", "month", "month-future",
     "Conditional « pourrait se tenir fin janvier », written in December 2023: the next January, January 2024; no "
     "day is given."),
    ("t-spring", ("dès le printemps", None), "2024", "year", "season-future",
     "« dès le printemps », written in December 2023: the coming spring (March to June 2024), within one year: "
     "the year (« dès » marks the start)."),
    ("t-last-friday", ("vendredi dernier", None), "2023-12-08", "day", "weekday-past",
     "Pluperfect « avait averti vendredi dernier »: the Friday before Thursday 14 December 2023: 8 December 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-decision", "Event", "The EU leaders decide to open accession negotiations with Ukraine and Moldova",
          ("ont décidé", None), [("agent", EU_LEADERS)], place=BRUSSELS, time="t-thursday",
          according_to=[MICHEL],
          note="« Les dirigeants de l’Union européenne ont décidé jeudi à Bruxelles d’ouvrir ... »: stated as fact "
               "under « a annoncé ... Charles Michel ». « au moment du vote », « pendant le vote », « cette mauvaise "
               "décision », « l’annonce » and « une telle décision » restate it (no new event)."),
    event("e-opening", "Event", "Opening of EU accession negotiations with Ukraine and Moldova", ("ouvrir", None),
          [("participant", EU), ("participant", UKRAINE), ("participant", MOLDOVA)], status="planned",
          according_to=[MICHEL],
          note="« d’ouvrir des négociations d’adhésion avec l’Ukraine et la Moldavie »: decided, not yet held: "
               "planned. One event for the opening of the negotiations, as « l’ouverture de négociations "
               "d’adhésion » in gold; the European Union is implied (its leaders decide). « jeudi » dates the "
               "decision only. « toute ouverture » in Orban's threat restates it."),
    event("e-orban-exit", "Event", "Viktor Orban leaves the room at the time of the vote", ("ayant quitté", None),
          [("agent", ORBAN)], place=BRUSSELS, time="t-thursday", according_to=[MICHEL],
          note="An absolute participle clause: « le Premier ministre hongrois, Viktor Orban, ayant quitté la salle au "
               "moment du vote »: the decision's day and city (« au moment du vote »). « la salle » is the setting, "
               "not a mention. Scholz's « sortir » restates it."),
    event("e-veto", "Event", "Viktor Orban does not veto the decision", ("opposer", None), [("agent", ORBAN)],
          status="negated", place=BRUSSELS, time="t-thursday", according_to=[MICHEL],
          note="« pour ne pas opposer son veto »: the purpose of the exit is that the veto does not happen, and it "
               "did not: negated."),
    event("e-betrayal", "Event", "The EU leaders not to betray Ukraine (Zelensky's call)", ("trahir", None),
          [("agent", EU_LEADERS), ("recipient", UKRAINE)], status="proposed", according_to=[ZELENSKY],
          note="« il avait exhorté les Vingt-Sept ... à ne pas « trahir » Kiev »: an urged refusal, annotated as the "
               "urged abstention, proposed, with a label that says so (gold); « Kiev » is Ukraine."),
    event("e-orban-block-threat", "Event", "Viktor Orban to block any opening of accession talks (his threat)",
          ("bloquer", "de bloquer toute"), [("agent", ORBAN)], status="planned", time="t-weeks",
          according_to=[ORBAN],
          note="« qui menaçait depuis des semaines de bloquer toute ouverture »: a measure threatened, planned "
               "according to him (as Orban's threatened opposition in gold), although the article says he did not "
               "veto in the end; « toute ouverture » restates the opening. The vague « depuis des semaines » dates "
               "the threat and the blocking it announces."),
    event("e-hungary-part", "Event", "Hungary does not take part in the decision", ("prendre part", None),
          [("participant", HUNGARY)], status="negated", according_to=[ORBAN],
          note="« la Hongrie ne voulait « pas prendre part à cette mauvaise décision » »: it did not (its prime "
               "minister left the room): negated according to Orban. « cette mauvaise décision » restates the "
               "decision."),
    event("e-coffee", "Event", "Orban to step out for a coffee during the vote (Scholz's suggestion)",
          ("prendre", "sortir prendre un café"), [("agent", ORBAN)], status="proposed", place=BRUSSELS,
          time="t-thursday", according_to=[SCHOLZ, DIPLOMAT],
          note="« qui lui avait suggéré de sortir prendre un café pendant le vote »: suggested: proposed; « sortir » "
               "restates the exit (no new event). « pendant le vote » gives the decision's day and city."),
    event("e-candidacy", "Event", "EU accession of Moldova and Ukraine, candidates since June 2022",
          ("candidat", None), [("participant", MOLDOVA), ("participant", UKRAINE), ("participant", EU)],
          status="proposed", time="t-june-2022",
          note="« son pays, candidat depuis juin 2022 comme son voisin »: a candidacy is a proposed accession dated "
               "by its start (as « candidate à l’adhésion depuis 2012 » in gold); « comme son voisin » makes Ukraine "
               "a candidate too; the European Union is implied. The article's own voice: no source."),
    event("e-us-unblock", "Event", "Congress to unblock US aid to Ukraine (Washington's call)", ("débloquer", None),
          [("agent", CONGRESS)], status="proposed", according_to=[US],
          note="« tout en pressant à nouveau le Congrès de débloquer sa propre aide à Kiev »: urged: proposed. « à "
               "nouveau » is no time."),
    event("e-us-aid", "Delivery", "US aid to Ukraine", ("aide", "propre aide"),
          [("agent", US), ("recipient", UKRAINE)], status="proposed", according_to=[US],
          note="« sa propre aide à Kiev »: the United States' aid (« sa » is Washington's), blocked in Congress: "
               "proposed, as the aid in gold; « Kiev » is Ukraine."),
    event("e-destabilise", "Event", "Such a decision could destabilise the EU (Peskov)", ("déstabiliser", None),
          [("recipient", EU)], status="hypothetical", according_to=[PESKOV],
          note="« qu’une telle décision pourrait « déstabiliser » l’Union »: conditional: hypothetical. Its subject is "
               "the decision (an event), so the Union is the only role."),
    event("e-block", "Event", "Hungary maintains its block on a 50-billion-euro envelope for Ukraine",
          ("blocage", None), [("agent", HUNGARY), ("theme", ENVELOPE)],
          note="« Budapest a en revanche maintenu son blocage d’une enveloppe de 50 milliards d’euros »: « Budapest » "
               "is Hungary; « maintenu » says the block goes on (one event, trigger the noun). No weekday: no time."),
    event("e-support", "Delivery", "A 50-billion-euro EU support for the Ukrainian economy until 2027",
          ("soutenir", None), [("agent", EU), ("recipient", UKRAINE), ("theme", ENVELOPE)], status="proposed",
          time="t-2027",
          note="« destinée à soutenir l’économie ukrainienne jusqu’en 2027 »: the purpose of an envelope still "
               "blocked: proposed. The European Union is the implied giver, Ukraine the recipient (« l’économie "
               "ukrainienne » is not a mention); « jusqu’en 2027 » its end, its only written time."),
    event("e-return", "Event", "The EU leaders will come back to the aid early next year", ("reviendrons", None),
          [("agent", EU_LEADERS)], status="planned", time="t-early-next-year", according_to=[MICHEL],
          note="« Nous y reviendrons au début de l’année prochaine »: a promise: planned. « Nous » is the leaders for "
               "whom Michel speaks; « y » is the question of the envelope (no mention)."),
    event("e-extra-summit", "Meeting", "An extraordinary EU summit could be held at the end of January",
          ("sommet", None), [("participant", EU_LEADERS)], status="hypothetical", time="t-end-january",
          according_to=[DIPLOMATS],
          note="« Un sommet extraordinaire pourrait se tenir fin janvier, selon plusieurs diplomates »: conditional: "
               "hypothetical; the leaders are the implied participants; no place written."),
    event("e-salaries", "Event", "Ukraine could no longer pay its civil servants from the spring",
          ("payer", None), [("agent", UKRAINE), ("recipient", CIVIL_SERVANTS)], status="hypothetical",
          time="t-spring", according_to=[COMMISSION],
          note="« Privé de cette aide, Kiev risquerait de ne plus pouvoir payer ses fonctionnaires dès le printemps "
               "»: a risk: hypothetical (the label says what is at risk: the payment would stop). « Privé de cette "
               "aide » restates the block; « Kiev » is Ukraine."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-michel-announcement", "Report", "Charles Michel announces the decision and Orban's exit", MICHEL,
           ("a annoncé", None), [], about=["e-decision", "e-opening", "e-orban-exit", "e-veto"],
           note="« a annoncé le président du Conseil européen, Charles Michel », after the clause: no quote, no "
                "weekday of its own (« jeudi » dates the decision): no time."),
    speech("s-zelensky-victory", "Statement", "Zelensky hails a victory for Ukraine", ZELENSKY, ("a écrit", None),
           [("C’est une victoire pour l’Ukraine", None), ("Une victoire qui motive, inspire et renforce.", None)],
           evidence=("« C’est une victoire", "renforce. »"), about=["e-decision"],
           note="A quote split around « a écrit sur X le président ukrainien, Volodymyr Zelensky. », with a sentence "
                "end in the split: one speech act, two quotes (the second with its full stop), as Kirby's in gold. "
                "Written on X; no weekday: no time."),
    speech("s-zelensky-exhortation", "Statement", "Zelensky urged the Twenty-Seven not to betray Kyiv", ZELENSKY,
           ("avait exhorté", None), [("trahir", None)], addressee=EU_LEADERS, time="t-eve",
           about=["e-betrayal"],
           note="« La veille, il avait exhorté les Vingt-Sept, dans un message vidéo, à ne pas « trahir » Kiev »: the "
                "quote is the urged act's word, without « ne pas », which stands outside the guillemets."),
    speech("s-orban-threat", "Warning", "Orban had threatened for weeks to block any opening", ORBAN,
           ("menaçait", None), [], time="t-weeks", about=["e-orban-block-threat", "e-opening"],
           note="« qui menaçait depuis des semaines de bloquer toute ouverture »: a threat without a quote (a "
                "Warning, as Orban's « a de nouveau menacé » in gold)."),
    speech("s-orban-video", "Statement", "Orban: Hungary does not want to take part in this bad decision", ORBAN,
           ("a expliqué", None), [("pas prendre part à cette mauvaise décision", None)],
           about=["e-hungary-part", "e-decision"],
           note="« a expliqué dans une vidéo publiée sur Facebook que la Hongrie ne voulait « pas prendre part ... » "
                "»: the quote starts with the negation; « publiée » is the medium, no speech act of its own (as « "
                "Dans un communiqué commun publié » in gold). No weekday: no time."),
    speech("s-orban-not-ready", "Statement", "Orban: Ukraine is not ready", ORBAN, ("a-t-il insisté", None),
           [("L’Ukraine n’est pas prête", None)], about=["e-opening"],
           note="A quote first; being ready is a state, no event: the words are about the opening they oppose."),
    speech("s-diplomat", "Report", "A European diplomat tells of Scholz's suggestion", DIPLOMAT,
           ("Selon", "Selon un diplomate"), [], about=["s-scholz-suggestion", "e-coffee"],
           note="« Selon un diplomate européen », fronted."),
    speech("s-scholz-suggestion", "Statement", "Olaf Scholz suggested to Orban to step out for a coffee", SCHOLZ,
           ("avait suggéré", None), [], addressee=ORBAN, according_to=[DIPLOMAT],
           about=["e-orban-exit", "e-coffee"],
           note="A cleft sentence (« c’est le chancelier allemand Olaf Scholz qui lui avait suggéré »): « lui » is "
                "Orban, the addressee. Pluperfect, no day written: no time."),
    speech("s-sandu", "Statement", "Maia Sandu hails a historic day for Moldova", SANDU, ("a salué", None),
           [("un jour historique", None)], place=CHISINAU, about=["e-decision"],
           note="« À Chisinau, la présidente moldave, Maia Sandu, a salué « un jour historique » pour son pays »: the "
                "fronted city is the place; no weekday: no time."),
    speech("s-washington", "Statement", "Washington congratulates the Europeans and presses Congress to unblock "
           "its aid", US, ("a félicité", None), [], addressee=EU_LEADERS,
           about=["e-decision", "e-us-unblock", "e-us-aid"],
           note="« Washington a félicité les Européens, tout en pressant à nouveau le Congrès de débloquer sa propre "
                "aide à Kiev »: the participle has no guillemets of its own, so it stays inside the congratulation "
                "(as « estimant que ... » inside « a salué » in gold): one speech act, about the decision and the "
                "urged unblocking; the Europeans are its addressee (Congress is the urged one)."),
    speech("s-kremlin", "Statement", "The Kremlin plays down the announcement", KREMLIN, ("minimisé", None), [],
           about=["e-decision"],
           note="« Le Kremlin a, lui, minimisé la portée de l’annonce »: the institution (Q2060629), no quote; the "
                "quote of the next sentence is Peskov's. « l’annonce » restates the decision."),
    speech("s-peskov", "Statement", "Peskov: these countries do not meet the criteria", PESKOV,
           ("a déclaré", None), [("Ces pays ne remplissent absolument pas les critères", None)],
           time="t-thursday-peskov", according_to=[TASS], about=["e-opening"],
           note="A quote first, « a déclaré jeudi son porte-parole, Dmitri Peskov, cité par l’agence TASS »: « Ces "
                "pays » (Ukraine and Moldova) is plural, not a mention; meeting criteria is a state."),
    speech("s-tass", "Report", "TASS quotes Peskov", TASS, ("cité", "cité par"), [],
           about=["s-peskov", "s-peskov-warning"]),
    speech("s-peskov-warning", "Warning", "Peskov warns that such a decision could destabilise the EU", PESKOV,
           ("avertir", None), [("déstabiliser", None)], time="t-thursday-peskov", according_to=[TASS],
           about=["e-destabilise"],
           note="« avant d’avertir qu’une telle décision pourrait « déstabiliser » l’Union »: a second verb of speech "
                "with its own guillemets, a second act (gold); it continues the Thursday statement, whose day and "
                "source it takes."),
    speech("s-michel-promise", "Assurance", "Charles Michel promises to come back to the aid early next year",
           MICHEL, ("a promis", None), [("Nous y reviendrons au début de l’année prochaine", None)],
           about=["e-return", "e-support"],
           note="A quote first with « Nous » for the leaders. No weekday: no time (the time in the quote dates the "
                "return)."),
    speech("s-michel-no-date", "Statement", "Charles Michel gives no date", MICHEL, ("avancer", None), [],
           status="negated", about=["e-return"],
           note="« sans avancer de date »: a negated speech act, Michel its subject (as « sans avancer de date » in "
                "gold)."),
    speech("s-diplomats", "Report", "Several diplomats say an extraordinary summit could be held at the end of "
           "January", DIPLOMATS, ("selon", "selon plusieurs"), [], about=["e-extra-summit"],
           note="« selon plusieurs diplomates », after the clause."),
    speech("s-commission-warning", "Warning", "The European Commission warned that Ukraine could no longer pay its "
           "civil servants", COMMISSION, ("avait averti", None), [], time="t-last-friday", about=["e-salaries"],
           note="Indirect speech first, then « avait averti vendredi dernier la Commission européenne »: pluperfect, "
                "Friday 8 December 2023."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
