"""Held-out annotation of modi-kiev-2024-08-23.txt (written for the twentieth held-out set, not a real article; the
facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/modi-kiev-2024-08-23.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/modi-kiev-2024-08-23.annotation.src.py --check

From held-out set 20 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "modi-kiev-2024-08-23.txt"

NOTE = """\
Held-out-20 article: India's prime minister Narendra Modi arrives in Kyiv on the morning of Friday 23 August 2024 \
after ten hours by train from Poland, the first visit of an Indian head of government to Ukraine since its \
independence in 1991; received by Volodymyr Zelensky, he lays flowers at a memorial to the children killed since \
the Russian invasion, then holds nearly three hours of talks at the Mariinsky Palace; he says no problem is solved \
on a battlefield and proposes an « active role » for India, without a plan; Zelensky welcomes a « historic » visit, \
invites India to the second peace summit (possibly in the autumn) and presses New Delhi to cut its Russian oil \
purchases; the article recalls Modi's visit to Moscow six weeks earlier, when he hugged Vladimir Putin on 8 July, \
the day a Russian missile struck a children's hospital in Kyiv, and Zelensky's « immense déception »; the Kremlin \
does not comment but its spokesman Dmitry Peskov says Russia « respects » India's ties; the State Department says \
the trip could « help » and a spokesman says the United States were not consulted; Modi had spent two days in \
Poland, pleading on Wednesday for « dialogue and diplomacy », and is to take the train back in the evening and reach \
New Delhi on Saturday. Published Friday 23 August 2024 (the file gives the day). The train trip from Poland, the \
memorial, the Mariinsky talks, the July hug and the Okhmatdyt strike follow the real events loosely; the exact \
quotes, the length of the talks, the invitation to the summit, the Kremlin's and Washington's reactions, the \
spokesman's words and the Saturday return are partly invented.
What it exercises: a role noun and a name in apposition as the subject of an arrival on the publication day with a \
part of day and a city (« est arrivé vendredi matin à Kiev »), a nominal train trip with a duration and an origin \
(« après dix heures de train depuis la Pologne »: one Event, the place the country it starts from, as « Parti de \
Pologne en train » in gold) and a nominal first visit to a country with a relative start and a year in apposition \
(« la première visite d’un chef de gouvernement indien en Ukraine depuis l’indépendance du pays, en 1991 »: the \
Visit; an independence with the year; « d’un chef de gouvernement indien » is generic, no mention; « pays » after \
the fused « du » is Ukraine); a passive participle opening the sentence with its agent (« Accueilli par le \
président Volodymyr Zelensky, M. Modi »: a Meeting, the host the agent), flowers laid before a memorial dedicated to \
children killed with no agent (« dédié aux enfants tués depuis le début de l’invasion russe »: « le début » is no \
event, the invasion is an entity, Q110999040); talks of a plural subject with a duration and a named building; a \
quote split around its reporting clause across a sentence end with an addressee (« « Aucun problème ..., a déclaré \
M. Modi devant son hôte. L’Inde n’a jamais été neutre, nous sommes du côté de la paix. » »: one speech act, two \
quotes, « nous » India); a proposal with a metonym in a subjunctive clause and a purpose (« Il a proposé que New \
Delhi joue « un rôle actif » pour mettre fin à la guerre »: the role and the end of the war proposed) and a \
negated infinitive (« sans présenter de plan »: a negated speech act); a role noun with a welcome and a second \
verb joined by « et » (« a salué une visite « historique » et invité l’Inde au deuxième sommet pour la paix »: a \
Statement and an Invitation) with a conditional summit in a relative clause and a season (« qui pourrait se tenir à \
l’automne »: hypothetical, autumn 2024, the year); a quote first with a dative clitic and an inverted pronoun \
sourced after the clause (« « Nous comptons sur votre soutien », lui a-t-il lancé, selon la présidence \
ukrainienne »); a metonym pressing a metonym with purchases known by a noun and a relative verb with « depuis » \
and a year (« Kiev presse New Delhi de réduire ses achats de pétrole russe, qui ont explosé depuis 2022 »: the \
reduction proposed, the purchases a Delivery from Russia, adjective); a restatement of the visit counted from an \
earlier one (« Le déplacement intervient six semaines après la visite de M. Modi à Moscou »: July 2024) and a \
pluperfect hug with an explicit date and the place clitic « y » beside an imperfect strike by a thing « le jour \
même » (« Le 8 juillet, il y avait étreint Vladimir Poutine, le jour même où un missile russe frappait un hôpital \
pédiatrique de Kiev »: Russia the agent from the adjective, the city the place); a pluperfect denunciation with \
« alors » (no time) and a two-word quote; a negated comment by the Kremlin, then a country as the subject of a \
one-word quote with the spokesman after the clause (« La Russie « respecte » ..., a seulement indiqué vendredi son \
porte-parole, Dmitri Peskov »: Russia's Statement according to Peskov, and Peskov's Report on the Friday); « À \
Washington » (the city) with a ministry's conditional judgement and a one-word quote (« ce voyage pourrait « aider » \
à trouver une issue au conflit »: hypothetical) and an anonymous spokesman with a negated pluperfect passive (« les \
États-Unis n’avaient pas été consultés »: negated, the consulter not written); a pluperfect stay with a duration \
(« avait passé deux jours en Pologne ») and a relative pluperfect plea on a past weekday with a quote (« où il \
avait plaidé mercredi pour « le dialogue et la diplomatie » »: the dialogue proposed); a planned departure « dans \
la soirée » and a future return on a future weekday to a city (« regagnera New Delhi samedi »).
Places and metonyms. « Kiev » is the city where Modi arrives (Q1899), the city of the struck hospital (Q1899) and \
the city in « Avant Kiev » (Q1899, the stop, no role); it is Ukraine (Q212, a metonym) where it presses New Delhi. \
« New Delhi » is India (local, a metonym) where it plays a role and is pressed, and the city (local) where Modi \
returns. « Moscou » is the city of the July visit (Q649), taken up by « y »; « Washington » is the city (Q61) in « À \
Washington »; « Le Kremlin » is the presidential administration (Q2060629). India, New Delhi, Poland and Modi have \
no verified QID: local.
Mentions. Modi: « Le Premier ministre indien », « Narendra Modi », « Modi » in each « M. Modi » (the title is part \
of the name's phrase), « Il »/« il » and « lui ». Zelensky: « Volodymyr Zelensky » (« le président » is a title \
before the name), « son hôte », « Le chef de l’État ukrainien » (« l’État » inside it is not annotated), « il » in \
« a-t-il lancé », « Zelensky » in « M. Zelensky ». « Nous » in Zelensky's quote is Ukraine, « nous » in Modi's \
quote India. « la guerre » and « conflit » (after the fused « au ») are the invasion (Q110999040), as « le conflit \
en Ukraine » in the bundled article; « l’invasion russe » too. Things and groups: « des fleurs » (the theme of the \
laying), « un mémorial » (the place), « enfants » (after the fused « aux », the victims), « pétrole russe », « un \
missile russe », « un hôpital pédiatrique de Kiev ». Not mentions: « Les deux dirigeants » (plural), « d’un chef \
de gouvernement indien » (generic), « votre » and « ses » (possessives), « d’autres pays » (plural, generic), \
« les relations » (a state), « le train » (the means of travel), « Le déplacement », « la visite », « ce voyage » \
and « une visite « historique » » (restatements of the visit, an event).
Statuses. The arrival, the train trip, the visit, the independence, the reception, the laying of flowers, the \
killings of children, the talks, the invitation, the purchases, the Moscow visit, the hug, the strike and the stay \
in Poland occurred; the Kremlin's comment, Modi's plan and the consultation of the United States are negated; \
India's active role, the end of the war, the reduction of purchases and the dialogue are proposed; the second \
peace summit and the help to a solution are hypothetical; the departure from Kyiv and the return to New Delhi are \
planned.
Times. « vendredi matin » and « vendredi » are the publication day, Friday 23 August 2024; the reception, the \
flowers and the talks continue the Friday arrival and take its day (as Kishida's stop in Bucha in gold), and so \
does Modi's quote said « devant son hôte » during them (words take their occasion's day); the other speech acts \
with no weekday of their own have no time. « en 1991 » and « depuis 2022 » are years (« depuis X » is annotated \
as X); « six semaines après » counts back from the publication day to July 2024 (the month; 12 July, six weeks \
before, is in July); « Le 8 juillet » is 8 July 2024 and « le jour même » the same day, the strike's; « à \
l’automne » is autumn 2024 (the year); « mercredi » is Wednesday 21 August; « dans la soirée » the evening of the \
publication day; « samedi » Saturday 24 August. « dix heures », « près de trois heures » and « deux jours » are \
durations with no value; « alors », « d’abord » and « toutefois » are no times.
Linked: Kyiv, Ukraine, the invasion of Ukraine, Moscow, Putin, Russia, the Kremlin, Peskov, Washington and the \
United States. Modi, India, New Delhi (as India and as the city), Zelensky, Poland, the flowers, the memorial, the \
children, the Mariinsky Palace, the Ukrainian presidency, the Russian oil, the missile, the hospital, the State \
Department and its spokesman are not in ids.tsv: local, unlinked."""

KYIV, UKRAINE, INVASION, MOSCOW, PUTIN, RUSSIA = "Q1899", "Q212", "Q110999040", "Q649", "Q7747", "Q159"
KREMLIN, PESKOV, WASHINGTON, US = "Q2060629", "Q4359688", "Q61", "Q30"
MODI, INDIA, NEW_DELHI, ZELENSKY, POLAND = "local:narendra-modi", "local:india", "local:new-delhi", \
    "local:volodymyr-zelensky", "local:poland"
FLOWERS, MEMORIAL, CHILDREN, MARIINSKY = "local:modi-flowers", "local:kyiv-children-memorial", \
    "local:children-killed-ukraine", "local:mariinsky-palace"
UA_PRESIDENCY, OIL, MISSILE, HOSPITAL = "local:ukrainian-presidency", "local:russian-oil", \
    "local:russian-missile-kyiv-hospital", "local:kyiv-childrens-hospital"
STATE_DEPT, SPOKESMAN = "local:us-state-department", "local:state-department-spokesman"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MODI, "Narendra Modi", "Narendra Modi", "person",
     {"description": "Premier ministre de l’Inde", "unlinked_reason": NOT_VERIFIED}),
    (INDIA, "Inde", "India", "country", {"unlinked_reason": NOT_VERIFIED}),
    (NEW_DELHI, "New Delhi", "New Delhi", "place",
     {"description": "capitale de l’Inde, où Modi doit rentrer", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (POLAND, "Pologne", "Poland", "country", {"unlinked_reason": NOT_VERIFIED}),
    (FLOWERS, "fleurs déposées par Narendra Modi", "flowers laid by Narendra Modi", "object",
     {"description": "les fleurs que Modi dépose devant le mémorial",
      "unlinked_reason": "a single offering with no Wikidata item"}),
    (MEMORIAL, "mémorial aux enfants tués", "memorial to the children killed", "place",
     {"description": "mémorial de Kiev dédié aux enfants tués depuis le début de l’invasion russe",
      "unlinked_reason": "an unnamed memorial with no verified Wikidata item"}),
    (CHILDREN, "enfants tués depuis l’invasion", "children killed since the invasion", "group",
     {"description": "les enfants ukrainiens tués depuis le début de l’invasion russe",
      "unlinked_reason": "an unnamed group of victims, not one Wikidata item"}),
    (MARIINSKY, "palais Mariinsky", "Mariinskyi Palace", "place",
     {"description": "palais de Kiev où la présidence reçoit ses hôtes", "unlinked_reason": NOT_VERIFIED}),
    (UA_PRESIDENCY, "présidence ukrainienne", "Office of the President of Ukraine", "organization",
     {"description": "les services du président ukrainien", "unlinked_reason": NOT_VERIFIED}),
    (OIL, "pétrole russe", "Russian oil", "object",
     {"description": "le pétrole que l’Inde achète à la Russie",
      "unlinked_reason": "a commodity traded in bulk, not one Wikidata item"}),
    (MISSILE, "missile russe", "Russian missile", "object",
     {"description": "le missile qui a frappé un hôpital pédiatrique de Kiev le 8 juillet 2024",
      "unlinked_reason": "a single object with no Wikidata item"}),
    (HOSPITAL, "hôpital pédiatrique de Kiev", "Kyiv children's hospital", "place",
     {"description": "hôpital pour enfants de Kiev (Okhmatdyt, que l’article ne nomme pas)",
      "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SPOKESMAN, "un porte-parole du département d’État", "a State Department spokesman", "person",
     {"description": "porte-parole que l’article ne nomme pas",
      "unlinked_reason": "an unnamed spokesman with no Wikidata item"}),
]

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    INVASION: "la guerre que l’article nomme « l’invasion russe », « la guerre » et « le conflit »",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Premier ministre indien, Narendra Modi, est arrivé vendredi matin à Kiev après dix heures de train ...
    ("Le Premier ministre indien", None, MODI, "nominal"),
    ("Narendra Modi", None, MODI, "name"),
    ("Kiev", "matin à Kiev", KYIV, "name"),
    ("Pologne", "depuis la Pologne", POLAND, "name"),
    ("Ukraine", "indien en Ukraine", UKRAINE, "name"),
    ("pays", "l’indépendance du pays", UKRAINE, "nominal"),
    # Accueilli par le président Volodymyr Zelensky, M. Modi a d’abord déposé des fleurs devant un mémorial ...
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Modi", "M. Modi a d’abord", MODI, "name"),
    ("des fleurs", None, FLOWERS, "nominal"),
    ("un mémorial", None, MEMORIAL, "nominal"),
    ("enfants", "aux enfants tués", CHILDREN, "nominal"),
    ("l’invasion russe", None, INVASION, "nominal"),
    ("palais Mariinsky", None, MARIINSKY, "name"),
    # « Aucun problème ..., a déclaré M. Modi devant son hôte. L’Inde n’a jamais été neutre, nous sommes ... »
    ("Modi", "M. Modi devant", MODI, "name"),
    ("son hôte", None, ZELENSKY, "nominal"),
    ("Inde", "L’Inde n’a jamais", INDIA, "name"),
    ("nous", "nous sommes du côté", INDIA, "pronoun"),
    # Il a proposé que New Delhi joue « un rôle actif » pour mettre fin à la guerre, sans présenter de plan.
    ("Il", "Il a proposé", MODI, "pronoun"),
    ("New Delhi", "que New Delhi joue", INDIA, "metonym"),
    ("la guerre", None, INVASION, "nominal"),
    # Le chef de l’État ukrainien a salué une visite « historique » et invité l’Inde au deuxième sommet ...
    ("Le chef de l’État ukrainien", None, ZELENSKY, "nominal"),
    ("Inde", "invité l’Inde", INDIA, "name"),
    # « Nous comptons sur votre soutien », lui a-t-il lancé, selon la présidence ukrainienne.
    ("Nous", "Nous comptons", UKRAINE, "pronoun"),
    ("lui", "lui a-t-il lancé", MODI, "pronoun"),
    ("il", "a-t-il lancé", ZELENSKY, "pronoun"),
    ("la présidence ukrainienne", None, UA_PRESIDENCY, "nominal"),
    # Kiev presse New Delhi de réduire ses achats de pétrole russe, qui ont explosé depuis 2022.
    ("Kiev", "Kiev presse", UKRAINE, "metonym"),
    ("New Delhi", "presse New Delhi", INDIA, "metonym"),
    ("pétrole russe", None, OIL, "nominal"),
    # Le déplacement intervient six semaines après la visite de M. Modi à Moscou.
    ("Modi", "M. Modi à Moscou", MODI, "name"),
    ("Moscou", None, MOSCOW, "name"),
    # Le 8 juillet, il y avait étreint Vladimir Poutine, le jour même où un missile russe frappait un hôpital ...
    ("il", "il y avait étreint", MODI, "pronoun"),
    ("y", "il y avait étreint", MOSCOW, "pronoun"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("un missile russe", None, MISSILE, "nominal"),
    ("un hôpital pédiatrique de Kiev", None, HOSPITAL, "nominal"),
    ("Kiev", "pédiatrique de Kiev", KYIV, "name"),
    # M. Zelensky avait alors dénoncé une « immense déception ».
    ("Zelensky", "M. Zelensky avait", ZELENSKY, "name"),
    # Le Kremlin n’a pas commenté la visite.
    ("Kremlin", None, KREMLIN, "metonym"),
    # La Russie « respecte » les relations de l’Inde avec d’autres pays, a seulement indiqué vendredi son ...
    ("Russie", None, RUSSIA, "name"),
    ("Inde", "relations de l’Inde", INDIA, "name"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # À Washington, le département d’État a estimé que ce voyage pourrait « aider » à trouver une issue au conflit.
    ("Washington", None, WASHINGTON, "name"),
    ("le département d’État", None, STATE_DEPT, "nominal"),
    ("conflit", None, INVASION, "nominal"),
    # Un porte-parole a toutefois précisé que les États-Unis n’avaient pas été consultés.
    ("Un porte-parole", None, SPOKESMAN, "nominal"),
    ("États-Unis", None, US, "name"),
    # Avant Kiev, M. Modi avait passé deux jours en Pologne, où il avait plaidé mercredi pour « ... ».
    ("Kiev", "Avant Kiev", KYIV, "name"),
    ("Modi", "M. Modi avait passé", MODI, "name"),
    ("Pologne", "jours en Pologne", POLAND, "name"),
    ("il", "où il avait plaidé", MODI, "pronoun"),
    # Il doit reprendre le train dans la soirée et regagnera New Delhi samedi.
    ("Il", "Il doit reprendre", MODI, "pronoun"),
    ("New Delhi", "regagnera New Delhi", NEW_DELHI, "name"),
]

PUB_DAY = "The publication day, Friday 23 August 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday-morning", ("vendredi matin", None), "2024-08-23", "day", "part-of-day",
     "« est arrivé vendredi matin à Kiev »: the morning of " + PUB_DAY),
    ("t-ten-hours", ("dix heures", None), None, "duration", "explicit-duration",
     "« après dix heures de train »: the length of the trip, a duration with no value."),
    ("t-1991", ("en 1991", None), "1991", "year", "explicit-year",
     "« depuis l’indépendance du pays, en 1991 »: a year written out; it stays a year."),
    ("t-three-hours", ("près de trois heures", None), None, "duration", "explicit-duration",
     "« pendant près de trois heures »: the length of the talks, a duration attached to nothing."),
    ("t-autumn", ("à l’automne", None), "2024", "year", "season-current",
     "Conditional « qui pourrait se tenir à l’automne »: written in August 2024, the coming autumn is that of 2024 "
     "(September to December), inside one year: the year."),
    ("t-2022", ("2022", None), "2022", "year", "explicit-year",
     "« qui ont explosé depuis 2022 »: the start (« depuis X » is annotated as X); a year stays a year."),
    ("t-six-weeks-before", ("six semaines après", None), "2024-07", "month", "relative-week-past",
     "« six semaines après la visite de M. Modi à Moscou »: the Moscow visit six weeks before the publication day, "
     "about 12 July 2024; « six semaines » is round and the visit began on 8 July (next sentence): both in July "
     "2024, the month is all that is true."),
    ("t-july-8", ("Le 8 juillet", None), "2024-07-08", "day", "day-month-publication-year",
     "« Le 8 juillet, il y avait étreint »: an explicit day and month in the publication year, 8 July 2024."),
    ("t-same-day", ("le jour même", None), "2024-07-08", "day", "same-day-as-event",
     "« le jour même où un missile russe frappait »: the day of the hug, 8 July 2024, not the publication day."),
    ("t-friday-peskov", ("vendredi", "indiqué vendredi"), "2024-08-23", "day", "weekday-publication-day",
     "« a seulement indiqué vendredi son porte-parole »: " + PUB_DAY),
    ("t-two-days", ("deux jours", None), None, "duration", "explicit-duration",
     "« avait passé deux jours en Pologne »: the length of the stay, a duration with no value (its days, 21 and 22 "
     "August, are not written)."),
    ("t-wednesday", ("mercredi", None), "2024-08-21", "day", "weekday-past",
     "Pluperfect « où il avait plaidé mercredi »: the Wednesday before the publication day, 21 August 2024."),
    ("t-evening", ("dans la soirée", None), "2024-08-23", "day", "part-of-day",
     "« Il doit reprendre le train dans la soirée »: the evening of " + PUB_DAY),
    ("t-saturday", ("samedi", None), "2024-08-24", "day", "weekday-future",
     "Future « regagnera New Delhi samedi »: the Saturday after the publication day, 24 August 2024."),
]

LEDE_EVIDENCE = ("Le Premier ministre indien", "en 1991.")
MODI_QUOTE_EVIDENCE = ("« Aucun problème", "de la paix. »")
HUG_EVIDENCE = ("Le 8 juillet", "pédiatrique de Kiev.")
PESKOV_EVIDENCE = ("La Russie « respecte »", "Dmitri Peskov.")
POLAND_EVIDENCE = ("Avant Kiev", "la diplomatie ».")

EVENTS: list[dict[str, Any]] = [
    event("e-arrival", "Event", "Narendra Modi arrives in Kyiv on Friday morning", ("est arrivé", None),
          [("agent", MODI)], place=KYIV, time="t-friday-morning", part_of="e-visit", evidence=LEDE_EVIDENCE,
          note="« est arrivé vendredi matin à Kiev »: Kyiv is the city."),
    event("e-train-trip", "Event", "Modi travels ten hours by train from Poland", ("train", "heures de train"),
          [("agent", MODI)], place=POLAND, part_of="e-visit", evidence=LEDE_EVIDENCE,
          note="« après dix heures de train depuis la Pologne »: a nominal trip; its place is the country it starts "
               "from, as « Parti de Pologne en train » in gold. « dix heures » is a duration, attached to nothing; "
               "the train is the means, not a mention."),
    event("e-visit", "Visit", "Modi's first visit to Ukraine, the first by an Indian head of government",
          ("visite", "la première visite"), [("agent", MODI)], place=UKRAINE, time="t-friday-morning",
          evidence=LEDE_EVIDENCE,
          note="« pour la première visite d’un chef de gouvernement indien en Ukraine »: the visit the arrival "
               "begins; it takes the arrival's day. Restated by « une visite « historique » », « Le déplacement », "
               "« la visite » (the Kremlin's) and « ce voyage »: no new event."),
    event("e-independence", "Event", "Ukraine's independence in 1991", ("indépendance", None),
          [("agent", UKRAINE)], time="t-1991", evidence=LEDE_EVIDENCE,
          note="« depuis l’indépendance du pays, en 1991 »: the year in apposition dates the independence."),
    event("e-reception", "Meeting", "Volodymyr Zelensky receives Narendra Modi", ("Accueilli", None),
          [("agent", ZELENSKY), ("participant", MODI)], place=KYIV, time="t-friday-morning", part_of="e-visit",
          note="« Accueilli par le président Volodymyr Zelensky, M. Modi »: a passive participle opening the "
               "sentence, the host the agent; in Kyiv, on the Friday of the arrival (no weekday of its own)."),
    event("e-flowers", "Event", "Modi lays flowers at a memorial to the children killed", ("a d’abord déposé", None),
          [("agent", MODI), ("theme", FLOWERS)], place=MEMORIAL, time="t-friday-morning", part_of="e-visit",
          note="« a d’abord déposé des fleurs devant un mémorial »: the memorial is the place (before it, as « à "
               "Boutcha ... où il a déposé une gerbe » in gold); the children are those the memorial is dedicated "
               "to, not a role of the laying. « d’abord » is an order, no time."),
    event("e-children-killed", "Event", "Children killed since the start of the Russian invasion", ("tués", None),
          [("recipient", CHILDREN)],
          note="« aux enfants tués depuis le début de l’invasion russe »: a passive with no agent, only the victims "
               "take a role (as « civils tués » in gold); « le début de l’invasion russe » has no date written."),
    event("e-talks", "Meeting", "Modi and Zelensky hold nearly three hours of talks at the Mariinsky Palace",
          ("se sont entretenus", None), [("participant", MODI), ("participant", ZELENSKY)], place=MARIINSKY,
          time="t-friday-morning", part_of="e-visit",
          note="« Les deux dirigeants se sont entretenus pendant près de trois heures au palais Mariinsky »: a "
               "plural subject (no mention), the building the place; the Friday of the visit."),
    event("e-india-role", "Event", "India to play an active role to end the war", ("joue", None),
          [("agent", INDIA)], status="proposed", according_to=[MODI],
          note="« Il a proposé que New Delhi joue « un rôle actif » »: proposed, not done."),
    event("e-end-war", "Event", "An end to the war", ("mettre fin", None),
          [("agent", INDIA), ("theme", INVASION)], status="proposed", according_to=[MODI],
          note="« pour mettre fin à la guerre »: the purpose of India's proposed role; the war is the invasion "
               "(an entity), its theme."),
    event("e-summit-invitation", "Invitation", "Zelensky invites India to the second peace summit",
          ("invité", "et invité l’Inde"), [("agent", ZELENSKY), ("recipient", INDIA)],
          note="« et invité l’Inde au deuxième sommet pour la paix »: a second verb joined by « et » to the welcome; "
               "an Invitation (as « l’avait invité » in gold), not a speech act. No weekday of its own: no time."),
    event("e-peace-summit", "Meeting", "The second peace summit, which could be held in the autumn",
          ("sommet pour la paix", None), [("participant", INDIA)], status="hypothetical", time="t-autumn",
          note="« qui pourrait se tenir à l’automne »: a conditional, hypothetical; India, the invitee, is its only "
               "participant written. No place is written."),
    event("e-reduce-purchases", "Event", "India to reduce its purchases of Russian oil", ("réduire", None),
          [("agent", INDIA)], status="proposed", according_to=[UKRAINE],
          note="« Kiev presse New Delhi de réduire ses achats »: urged, not done: proposed."),
    event("e-oil-purchases", "Delivery", "India's purchases of Russian oil, which have soared since 2022",
          ("achats", None), [("agent", RUSSIA), ("recipient", INDIA), ("theme", OIL)], time="t-2022",
          note="« ses achats de pétrole russe, qui ont explosé depuis 2022 »: a Delivery known by a noun, the seller "
               "Russia from the adjective (as « ses achats de pétrole russe » in gold); « ont explosé » qualifies "
               "the purchases (no second event) and dates them from 2022."),
    event("e-moscow-visit", "Visit", "Modi's visit to Moscow six weeks earlier", ("visite", "la visite de M. Modi"),
          [("agent", MODI)], place=MOSCOW, time="t-six-weeks-before",
          note="« six semaines après la visite de M. Modi à Moscou »: a time counted back from the publication day "
               "(as « un mois après la visite » in gold); Moscow is the city."),
    event("e-hug", "Event", "Modi had hugged Vladimir Putin in Moscow on 8 July", ("avait étreint", None),
          [("agent", MODI), ("participant", PUTIN)], place=MOSCOW, time="t-july-8", part_of="e-moscow-visit",
          evidence=HUG_EVIDENCE,
          note="« Le 8 juillet, il y avait étreint Vladimir Poutine »: a pluperfect; « y » is Moscow, the place."),
    event("e-hospital-strike", "Event", "A Russian missile strikes a children's hospital in Kyiv",
          ("frappait", None), [("agent", RUSSIA), ("participant", MISSILE), ("recipient", HOSPITAL)], place=KYIV,
          time="t-same-day", evidence=HUG_EVIDENCE,
          note="« le jour même où un missile russe frappait un hôpital pédiatrique de Kiev »: Russia the agent from "
               "the adjective, the missile a participant, the hospital the recipient (as the Okhmatdyt strike in "
               "gold); Kyiv the city and the place."),
    event("e-us-not-consulted", "Event", "The United States were not consulted beforehand", ("consultés", None),
          [("recipient", US)], status="negated", according_to=[SPOKESMAN],
          note="« les États-Unis n’avaient pas été consultés »: a negated passive, the one who did not consult them "
               "(India, implied) not written, so only the recipient."),
    event("e-war-solution", "Event", "A way out of the conflict that the trip could help find", ("trouver", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="hypothetical", according_to=[STATE_DEPT],
          note="« ce voyage pourrait « aider » à trouver une issue au conflit »: a conditional, hypothetical; the "
               "parties to the conflict are inferred (as the ceasefire's in gold); « ce voyage » restates the visit."),
    event("e-poland-stay", "Visit", "Modi had spent two days in Poland", ("avait passé", None), [("agent", MODI)],
          place=POLAND, evidence=POLAND_EVIDENCE,
          note="« Avant Kiev, M. Modi avait passé deux jours en Pologne »: a pluperfect stay; « deux jours » is a "
               "duration, attached to nothing (the days are not written); « Avant Kiev » is no time word."),
    event("e-dialogue", "Event", "Dialogue and diplomacy to end the war", ("dialogue", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed", according_to=[MODI],
          evidence=POLAND_EVIDENCE,
          note="« plaidé mercredi pour « le dialogue et la diplomatie » »: a plea, the dialogue proposed (as a plea "
               "for negotiations in gold); the parties are inferred from the article."),
    event("e-departure", "Event", "Modi to take the train back in the evening", ("reprendre", None),
          [("agent", MODI)], status="planned", place=KYIV, time="t-evening", part_of="e-visit",
          note="« Il doit reprendre le train dans la soirée »: « doit », planned; placed in the city he leaves (as « "
               "doit quitter Moscou dans la soirée » in gold), Kyiv from the article."),
    event("e-return", "Event", "Modi to return to New Delhi on Saturday", ("regagnera", None), [("agent", MODI)],
          status="planned", place=NEW_DELHI, time="t-saturday",
          note="« et regagnera New Delhi samedi »: a future, planned; New Delhi the city, the destination."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-modi-battlefield", "Statement", "Modi: no problem can be solved on a battlefield; India is on the side "
           "of peace", MODI, ("a déclaré", None),
           [("Aucun problème ne peut être résolu sur un champ de bataille", None),
            ("L’Inde n’a jamais été neutre, nous sommes du côté de la paix.", None)],
           addressee=ZELENSKY, time="t-friday-morning", evidence=MODI_QUOTE_EVIDENCE,
           note="One quote in two parts around « a déclaré M. Modi devant son hôte. », across a sentence end: one "
                "speech act; the second part keeps its full stop inside the guillemets. « son hôte » is the "
                "addressee; said during the talks, it takes their day. « nous » is India. « Aucun problème ne peut "
                "être résolu » is generic, no event; « n’a jamais été neutre » is a state."),
    speech("s-modi-proposal", "Statement", "Modi proposes an « active role » for India to end the war", MODI,
           ("a proposé", None), [("un rôle actif", None)], about=["e-india-role", "e-end-war"],
           note="« Il a proposé que New Delhi joue « un rôle actif » »: New Delhi is India; no weekday: no time."),
    speech("s-modi-no-plan", "SpeechAct", "Modi presents no plan", MODI, ("présenter", None), [], status="negated",
           about=["e-end-war"],
           note="« sans présenter de plan »: a negated speech act (as « sans donner de détails » in gold); « de plan » "
                "is no mention."),
    speech("s-zelensky-historic", "Statement", "Zelensky welcomes a « historic » visit", ZELENSKY, ("a salué", None),
           [("historique", None)], about=["e-visit"],
           note="« Le chef de l’État ukrainien a salué une visite « historique » »: the visit restated, no new event."),
    speech("s-zelensky-support", "Statement", "Zelensky to Modi: « We count on your support »", ZELENSKY,
           ("a-t-il lancé", None), [("Nous comptons sur votre soutien", None)], addressee=MODI,
           according_to=[UA_PRESIDENCY], about=["e-summit-invitation"],
           note="A quote first, « lui a-t-il lancé, selon la présidence ukrainienne »: « lui » is Modi, the "
                "addressee; « Nous » Ukraine; « votre » a possessive. The hoped-for support is no event."),
    speech("s-ua-presidency", "Report", "The Ukrainian presidency reports Zelensky's words", UA_PRESIDENCY,
           ("selon", "selon la présidence"), [], about=["s-zelensky-support"],
           note="« selon la présidence ukrainienne »: the source after the clause."),
    speech("s-kyiv-presses", "Statement", "Kyiv presses New Delhi to cut its Russian oil purchases", UKRAINE,
           ("presse", None), [], addressee=INDIA, about=["e-reduce-purchases", "e-oil-purchases"],
           note="« Kiev presse New Delhi de réduire ses achats »: a metonym urging a metonym, no quote; the addressee "
                "is India."),
    speech("s-zelensky-july", "Statement", "Zelensky had denounced an « immense disappointment »", ZELENSKY,
           ("dénoncé", None), [("immense déception", None)], about=["e-hug", "e-moscow-visit"],
           note="« M. Zelensky avait alors dénoncé une « immense déception » »: a pluperfect; « alors » points to the "
                "July visit but is no time word, so no time."),
    speech("s-kremlin-no-comment", "SpeechAct", "The Kremlin does not comment on the visit", KREMLIN,
           ("commenté", None), [], status="negated", about=["e-visit"],
           note="« Le Kremlin n’a pas commenté la visite »: a negated speech act of the presidential administration."),
    speech("s-russia-respects", "Statement", "Russia « respects » India's relations with other countries", RUSSIA,
           ("respecte", None), [("respecte", None)], according_to=[PESKOV], evidence=PESKOV_EVIDENCE,
           about=["e-visit"],
           note="« La Russie « respecte » les relations de l’Inde avec d’autres pays, a seulement indiqué ... son "
                "porte-parole, Dmitri Peskov »: the country is the subject of the quoted verb, so it is the speaker, "
                "with Peskov in according_to and a Report of his own (as « Paris « condamne » ..., a déclaré la "
                "ministre » in gold). The trigger is the quoted verb. The relations are a state, no event."),
    speech("s-peskov", "Report", "Dmitry Peskov states Russia's position on Friday", PESKOV, ("indiqué", None), [],
           time="t-friday-peskov", evidence=PESKOV_EVIDENCE, about=["s-russia-respects"],
           note="« a seulement indiqué vendredi son porte-parole, Dmitri Peskov »: a possessive role noun and the name "
                "in apposition; « son » is the Kremlin's (a possessive, no mention)."),
    speech("s-state-dept", "Statement", "The State Department: the trip could « help » find a way out of the conflict",
           STATE_DEPT, ("a estimé", None), [("aider", None)], place=WASHINGTON, about=["e-visit", "e-war-solution"],
           note="« À Washington, le département d’État a estimé que ... »: the city is the place of the statement (as "
                "Miller's in gold); no weekday: no time."),
    speech("s-spokesman", "Statement", "A spokesman: the United States were not consulted", SPOKESMAN,
           ("précisé", None), [], about=["e-us-not-consulted"],
           note="« Un porte-parole a toutefois précisé que ... »: an anonymous spokesman, of the State Department "
                "from the sentence before; « toutefois » is no time."),
    speech("s-modi-poland", "Statement", "Modi had pleaded in Poland on Wednesday for « dialogue and diplomacy »",
           MODI, ("avait plaidé", None), [("le dialogue et la diplomatie", None)], place=POLAND, time="t-wednesday",
           evidence=POLAND_EVIDENCE, about=["e-dialogue"],
           note="« en Pologne, où il avait plaidé mercredi pour « ... » »: a relative pluperfect; « où » is Poland, "
                "the place of the plea (a relative pronoun, no mention)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
