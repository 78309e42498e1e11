"""Held-out annotation of cereales-mer-noire-2023-07.txt (written for the sixteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/cereales-mer-noire-2023-07.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/cereales-mer-noire-2023-07.annotation.src.py --check

From held-out set 16 (moved to gold in session 15; see benchmarks/gold/README.md).

The story follows the end of the Black Sea grain deal on Monday 17 July 2023; the wording of the quotes, the Wednesday
Security Council meeting, the Chicago figure and the August visit are partly invented.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "cereales-mer-noire-2023-07.txt"

PUBLISHED_INFERRED = {
    "value": "2023-07-18", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives July 2023. The Security Council « doit se réunir mercredi 19 juillet » (future; 19 July "
             "2023 is a Wednesday, which confirms the year), so the article appeared before Wednesday 19 July. The "
             "Ukrainian army « a indiqué mardi » and the strike came « Dans la nuit de lundi à mardi » (past: a "
             "Tuesday on or before publication); Russia « a annoncé lundi » (past). In the week the weekdays share, "
             "the only day on or after a Tuesday and before Wednesday 19 July is Tuesday 18 July 2023 itself; the "
             "Monday is 17 July."),
}

NOTE = """\
Held-out-16 article: Russia announces on Monday that it will not extend the Black Sea grain deal, which expires \
that evening; the Kremlin's spokesman sets its conditions (the lifting of obstacles to Russian farm exports, the \
reconnection of Rosselkhozbank to Swift) and denies any link with the attack on the Crimean bridge; Kyiv denounces \
blackmail, Ankara and Erdogan hope for a resumption and plan talks with Putin, Guterres regrets the decision and \
warns of hunger; Russian drones and missiles strike the port of Odesa overnight, wheat rises in Chicago, and the \
Security Council is to meet on Wednesday; published in July 2023 (the file gives the month; the day, Tuesday 18 \
July, comes from past « lundi », « Dans la nuit de lundi à mardi » and « a indiqué mardi » and a future « mercredi \
19 juillet »: see PUBLISHED_INFERRED). What it exercises: a state announcing a negated future in the past with \
a relative imperfect of expiry and « le soir même » (« La Russie a annoncé lundi qu’elle ne prolongerait pas \
l’accord ..., qui expirait le soir même »: the extension negated, the expiry occurred on Monday evening); a quote \
first with a deictic « aujourd’hui » inside it, which is the speaker's Monday and not the publication day, a \
role noun with an institution inside and the name in apposition, and a source after the name (« a déclaré le \
porte-parole du Kremlin, Dmitri Peskov, cité par l’agence TASS »: the TASS Report); a condition set by a metonym \
with two nominal events (« Moscou conditionne son retour à la levée des entraves ..., notamment à la reconnexion \
de la banque Rosselkhozbank au réseau Swift »: the return hypothetical, the lifting and the reconnection \
proposed) and a relative pluperfect passive with no agent (« dont elle avait été coupée en 2022 »); a conditional \
quote with « nous » for Russia (« Dès que ... sera respectée, nous reviendrons »: hypothetical, the return \
restated) and a participle assurance with a quoted negation (« assurant que la décision n’avait « aucun lien » \
avec l’attaque qui avait endommagé le pont de Crimée quelques heures plus tôt »: no event for the link, a \
pluperfect attack and damage, a vague time); a denunciation by a metonym with a one-word quote and a quote first \
with « nous » for Ukraine and a call (« tout doit être fait pour que nous puissions utiliser ce corridor »: \
proposed); a relative pluperfect sponsorship by a metonym with a partner and a month (« Ankara, qui avait parrainé \
l’accord avec les Nations unies en juillet 2022 ») and a hope (« veut croire à une reprise »: a stance, the \
resumption hypothetical); a conviction about a wish (« souhaitait le maintenir »: hypothetical) joined by « et » \
to a promise with a quoted vague time (« a promis de s’entretenir avec lui « au plus vite » »: a planned Meeting); \
indirect speech first without guillemets with a conditional visit and a month (« Vladimir Poutine pourrait se \
rendre en Turquie en août, a-t-il indiqué »); « À New York » with a role noun before the name and the UN inside \
it, a quoted infinitive (« a dit « regretter profondément » le choix de Moscou »: « le choix » restates the \
decision) and a quote first with a prediction (« en paieront le prix »: hypothetical, the hungry people its \
agent); a night strike with two weapons as participants sourced after the clause with a weekday (« Dans la nuit \
de lundi à mardi, des drones et des missiles russes ont visé le port d’Odessa, a indiqué mardi l’armée \
ukrainienne ») and a relative claim with a clitic (« qui affirme en avoir abattu la plupart »); a ministry's \
quoted noun that restates the strike (« a évoqué des frappes de « représailles » »); a price rise in a city on a \
past weekday and a participle fear of an unnamed group (« les marchés redoutant une hausse durable des prix »: \
hypothetical); a planned Security Council meeting on a weekday with a date under « selon des diplomates ».
Places and metonyms. « Moscou » is Russia each time (Q159: it sets conditions, it makes a choice); « Kiev » is \
Ukraine (Q212: it denounces); « Ankara » is Turkey (local, a metonym: it sponsored the deal and hopes); « \
Kremlin » inside « le porte-parole du Kremlin » is the institution (Q2060629). « mer Noire » is the sea (Q166), \
twice, inside the names of the deal (a name inside a longer one that refers to a different entity of its own). \
« port d’Odessa » and « pont de Crimée » are names of a port and a bridge, marked without their article (as « \
base de Sohae » in gold), « Odessa » and « Crimée » inside them not mentions of their own. « New York » is the \
city where Guterres speaks (local), « Chicago » the city of the price rise (local), « Turquie » the country (the \
visit's place).
Mentions. « Les accords de la mer Noire » (in Peskov's quote, plural because the deal had two texts) and « \
l’accord » (Ankara's sponsorship) are the grain deal, as « l’accord sur les exportations de céréales ukrainiennes \
par la mer Noire » (as in gold/drone-izmail-2024-10-10); « ce corridor » is the maritime corridor the deal opened \
(a local place). « elle » is Russia (« qu’elle ne prolongerait ») and Rosselkhozbank (« dont elle avait été \
coupée »); « nous » is Russia in Peskov's quote and Ukraine in Zelensky's; « lui » and « son homologue russe » are \
Putin; « il » in « a-t-il indiqué » is Erdogan and in « a-t-il averti » Guterres. Titles right before a name are \
part of its phrase (« l’agence TASS », « la banque Rosselkhozbank », « le réseau Swift »); role nouns set off by \
a comma are mentions (« le porte-parole du Kremlin », « le président ukrainien », « Le président turc », « le \
secrétaire général de l’ONU »). « des drones » and « des missiles russes » are two mentions (two kinds of \
weapons, both participants of the strike); « la plupart » is the weapons shot down (as « quatre autres » in \
gold); « le boisseau de blé » is the wheat quoted in Chicago; « les marchés » the grain markets, a group that \
fears; « Des centaines de millions de personnes qui ont faim » a group. Not mentions: « \
ses exportations agricoles » (an activity, with a possessive), « la partie qui concerne la Russie » (a part of the \
deal; « Russie » inside is marked), « la décision » and « le choix » (the non-extension restated), « un « \
chantage » » (a judgement), « le prix », « des prix », « le » in « le maintenir » and « \
en » in « en paieront » and « en avoir abattu » (clitics), « qui » (relative pronouns).
Statuses and sources. The extension is negated (according to Russia, which announces it, and Peskov); the expiry \
is stated in the article's voice. « ne sont plus valables » is a negated state of the deal, according to Peskov \
(as « ne sont plus respectées » in gold). The return is hypothetical (a condition, « Dès que ... »), the lifting \
and the reconnection are proposed (Russia's demands); the respect of Russia's part is hypothetical. The link \
between the decision and the bridge attack is not an event (a relation between two events): Peskov's Assurance \
is about the attack and the non-extension, with the quote « aucun lien ». The use of the corridor is proposed \
(Zelensky's call), the resumption and the maintenance hypothetical (Ankara's hope, Erdogan's conviction about \
Putin's wish), the talks planned (a promise), Putin's visit to Turkey hypothetical (« pourrait »), the hunger \
toll hypothetical (Guterres's prediction), the lasting price rise hypothetical (a fear). The strike is the \
Ukrainian army's report (occurred, according_to the army); the shooting down is the army's claim, not contested \
in the article (occurred, according_to the army, as North Korea's « a annoncé ... avoir mis en orbite » in gold). \
The Security Council meeting is planned, according to the diplomats.
Times. « lundi » (Russia's announcement) and « lundi » (the Chicago rise) are Monday 17 July 2023, the day \
before publication; « le soir même » is that Monday's evening (the deal expired at midnight); « aujourd’hui » in \
Peskov's quote is the day he spoke, the Monday, not the publication day; Peskov's three speech acts and the TASS \
Report share the announcement's Monday (as « a ajouté l’agence » shares KCNA's day in the bundled article). « \
quelques heures plus tôt » is counted back from a statement with no hour: vague. « en 2022 » is the year, « en \
juillet 2022 » July 2022, « en août » August 2023 (future), « au plus vite » vague future. « Dans la nuit de lundi \
à mardi » is Tuesday 18 July (after midnight, the gold convention for nights); « mardi » the publication day; « \
mercredi 19 juillet » Wednesday 19 July 2023. « aussitôt » and « immédiatement » are not times (as « aussitôt » \
in gold). Speech acts with no weekday of their own (Kyiv, Zelensky, Ankara, Erdogan, Guterres, the army's claim, \
the ministry, the markets, the diplomats) have no time.
The grain deal, Rosselkhozbank, Swift, the Crimean bridge, the corridor, Volodymyr Zelensky, Turkey, Recep Tayyip \
Erdogan, New York, the hungry people, the drones and missiles, the port of Odesa, the Ukrainian army, the Russian \
defence ministry, Chicago, the wheat, the markets and the diplomats are not in ids.tsv: local, unlinked. Russia, \
the Black Sea, the Kremlin (the presidential administration), Dmitry Peskov, TASS, Ukraine, the UN, Vladimir \
Putin, António Guterres and the UN Security Council are linked."""

PUTIN, PESKOV, GUTERRES = "Q7747", "Q4359688", "Q311440"
RUSSIA, UKRAINE, BLACK_SEA, KREMLIN, TASS, UN, UNSC = "Q159", "Q212", "Q166", "Q2060629", "Q223799", "Q1065", \
    "Q37470"
GRAIN_DEAL, BANK, SWIFT, BRIDGE = "local:black-sea-grain-deal", "local:rosselkhozbank", "local:swift", \
    "local:crimean-bridge"
CORRIDOR, ZELENSKY, TURKEY, ERDOGAN = "local:black-sea-grain-corridor", "local:volodymyr-zelensky", \
    "local:turkey", "local:recep-tayyip-erdogan"
NEW_YORK, HUNGRY, DRONES, MISSILES = "local:new-york", "local:people-facing-hunger", "local:odesa-strike-drones", \
    "local:odesa-strike-missiles"
ODESA_PORT, UKR_ARMY, SHOT_DOWN, RU_MOD = "local:port-of-odesa", "local:ukrainian-army", \
    "local:odesa-projectiles-shot-down", "local:russian-mod"
CHICAGO, WHEAT, MARKETS, DIPLOMATS = "local:chicago", "local:chicago-wheat", "local:grain-markets", \
    "local:un-diplomats"

DESCRIPTIONS = {
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
    KREMLIN: "l’institution que désigne « le Kremlin » dans « le porte-parole du Kremlin »",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (GRAIN_DEAL, "accord sur les céréales de la mer Noire", "Black Sea Grain Initiative", "object",
     {"description": "l’accord de juillet 2022 sur les exportations de céréales ukrainiennes par la mer Noire, "
                     "parrainé par la Turquie et l’ONU, arrivé à échéance le 17 juillet 2023",
      "unlinked_reason": NOT_VERIFIED}),
    (BANK, "Rosselkhozbank", "Russian Agricultural Bank", "organization",
     {"description": "banque agricole publique russe", "unlinked_reason": NOT_VERIFIED}),
    (SWIFT, "Swift", "SWIFT", "organization",
     {"description": "le réseau de messagerie interbancaire", "unlinked_reason": NOT_VERIFIED}),
    (BRIDGE, "pont de Crimée", "Crimean Bridge", "place",
     {"description": "le pont qui relie la Crimée à la Russie par le détroit de Kertch",
      "unlinked_reason": NOT_VERIFIED}),
    (CORRIDOR, "corridor céréalier de la mer Noire", "Black Sea grain corridor", "place",
     {"description": "la route maritime que l’accord ouvrait aux navires céréaliers depuis les ports ukrainiens",
      "unlinked_reason": "a sea route, not one Wikidata item"}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président de la Turquie", "unlinked_reason": NOT_VERIFIED}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HUNGRY, "des centaines de millions de personnes qui ont faim", "hundreds of millions of people facing hunger",
     "group", {"unlinked_reason": "a population, not one Wikidata item"}),
    (DRONES, "drones russes lancés contre le port d’Odessa", "Russian drones launched at the port of Odesa",
     "object", {"class_qid": "Q11436", "unlinked_reason": "unnamed items with no Wikidata item"}),
    (MISSILES, "missiles russes tirés contre le port d’Odessa", "Russian missiles fired at the port of Odesa",
     "object", {"unlinked_reason": "unnamed items with no Wikidata item"}),
    (ODESA_PORT, "port d’Odessa", "Port of Odesa", "place", {"unlinked_reason": NOT_VERIFIED}),
    (UKR_ARMY, "armée ukrainienne", "Armed Forces of Ukraine", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SHOT_DOWN, "drones et missiles abattus au-dessus d’Odessa", "drones and missiles shot down over Odesa",
     "object", {"description": "la plupart des drones et missiles lancés dans la nuit, selon l’armée ukrainienne",
                "unlinked_reason": "unnamed items with no Wikidata item"}),
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (CHICAGO, "Chicago", "Chicago", "place", {"unlinked_reason": NOT_VERIFIED}),
    (WHEAT, "blé coté à Chicago", "wheat traded in Chicago", "object",
     {"description": "le boisseau de blé coté sur le marché à terme de Chicago",
      "unlinked_reason": "a traded commodity, not one Wikidata item"}),
    (MARKETS, "les marchés céréaliers", "grain markets", "group",
     {"unlinked_reason": "unnamed traders, not one Wikidata item"}),
    (DIPLOMATS, "des diplomates", "diplomats", "group",
     {"description": "diplomates que l’article ne nomme pas", "unlinked_reason": "unnamed people"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Russie a annoncé lundi qu’elle ne prolongerait pas l’accord ... par la mer Noire, qui expirait ...
    ("Russie", "La Russie a annoncé", RUSSIA, "name"),
    ("elle", "qu’elle ne prolongerait", RUSSIA, "pronoun"),
    ("l’accord sur les exportations de céréales ukrainiennes par la mer Noire", None, GRAIN_DEAL, "nominal"),
    ("mer Noire", 1, BLACK_SEA, "name"),
    # « Les accords de la mer Noire ... », a déclaré le porte-parole du Kremlin, Dmitri Peskov, cité par ... TASS.
    ("Les accords de la mer Noire", None, GRAIN_DEAL, "nominal"),
    ("mer Noire", 2, BLACK_SEA, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    # Moscou conditionne son retour ... de la banque Rosselkhozbank au réseau Swift, dont elle avait été coupée ...
    ("Moscou", "Moscou conditionne", RUSSIA, "metonym"),
    ("Rosselkhozbank", None, BANK, "name"),
    ("Swift", None, SWIFT, "name"),
    ("elle", "dont elle avait", BANK, "pronoun"),
    # « Dès que la partie qui concerne la Russie sera respectée, nous reviendrons immédiatement », ... M. Peskov ...
    ("Russie", "concerne la Russie", RUSSIA, "name"),
    ("nous", "nous reviendrons", RUSSIA, "pronoun"),
    ("Peskov", "M. Peskov", PESKOV, "name"),
    ("pont de Crimée", None, BRIDGE, "name"),
    # Kiev a aussitôt dénoncé un « chantage ». « Même sans la Russie, ... ce corridor », a lancé ...
    ("Kiev", None, UKRAINE, "metonym"),
    ("Russie", "sans la Russie", RUSSIA, "name"),
    ("nous", "nous puissions", UKRAINE, "pronoun"),
    ("ce corridor", None, CORRIDOR, "nominal"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    # Ankara, qui avait parrainé l’accord avec les Nations unies en juillet 2022, veut croire à une reprise.
    ("Ankara", None, TURKEY, "metonym"),
    ("l’accord", "parrainé l’accord", GRAIN_DEAL, "nominal"),
    ("Nations unies", None, UN, "name"),
    # Le président turc, Recep Tayyip Erdogan, s’est dit convaincu que son homologue russe ... avec lui ...
    ("Le président turc", None, ERDOGAN, "nominal"),
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    ("son homologue russe", None, PUTIN, "nominal"),
    ("lui", "avec lui", PUTIN, "pronoun"),
    # Vladimir Poutine pourrait se rendre en Turquie en août, a-t-il indiqué.
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Turquie", None, TURKEY, "name"),
    ("il", "a-t-il indiqué", ERDOGAN, "pronoun"),
    # À New York, le secrétaire général de l’ONU, António Guterres, a dit « regretter profondément » ...
    ("New York", None, NEW_YORK, "name"),
    ("le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("Moscou", "choix de Moscou", RUSSIA, "metonym"),
    # « Des centaines de millions de personnes qui ont faim en paieront le prix », a-t-il averti.
    ("Des centaines de millions de personnes qui ont faim", None, HUNGRY, "nominal"),
    ("il", "a-t-il averti", GUTERRES, "pronoun"),
    # Dans la nuit de lundi à mardi, des drones et des missiles russes ont visé le port d’Odessa, ...
    ("des drones", None, DRONES, "nominal"),
    ("des missiles russes", None, MISSILES, "nominal"),
    ("port d’Odessa", None, ODESA_PORT, "name"),
    ("l’armée ukrainienne", None, UKR_ARMY, "nominal"),
    ("la plupart", None, SHOT_DOWN, "nominal"),
    # Le ministère russe de la Défense a évoqué des frappes de « représailles ».
    ("Le ministère russe de la Défense", None, RU_MOD, "nominal"),
    # À Chicago, le boisseau de blé a pris près de 3 % lundi, les marchés redoutant ...
    ("Chicago", None, CHICAGO, "name"),
    ("le boisseau de blé", None, WHEAT, "nominal"),
    ("les marchés", None, MARKETS, "nominal"),
    # Le Conseil de sécurité doit se réunir mercredi 19 juillet, selon des diplomates.
    ("Conseil de sécurité", None, UNSC, "name"),
    ("des diplomates", None, DIPLOMATS, "nominal"),
]

MONDAY = "Monday 17 July 2023, the day before the publication day (Tuesday 18 July 2023: see PUBLISHED_INFERRED)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "annoncé lundi"), "2023-07-17", "day", "weekday-past",
     "« La Russie a annoncé lundi »: a past weekday, the most recent Monday before publication: " + MONDAY),
    ("t-same-evening", ("le soir même", None), "2023-07-17", "day", "part-of-day",
     "« qui expirait le soir même »: the evening of the announcement's day, " + MONDAY),
    ("t-today-peskov", ("aujourd’hui", None), "2023-07-17", "day", "deictic-speech-day",
     "Inside Peskov's quote (« à partir d’aujourd’hui »): the day he spoke, the announcement's Monday, not the "
     "publication day. « à partir de » marks a start; the span is the day (as « dès vendredi » in gold)."),
    ("t-2022", ("en 2022", None), "2022", "year", "explicit-year",
     "« dont elle avait été coupée en 2022 »: a year written out; it stays a year."),
    ("t-hours-earlier", ("quelques heures plus tôt", None), None, "vague", "vague-past",
     "Counted back from Peskov's statement, whose hour is not written: no value (as « quelques heures plus tard » "
     "in gold)."),
    ("t-july-2022", ("en juillet 2022", None), "2022-07", "month", "explicit-month-year",
     "« qui avait parrainé l’accord ... en juillet 2022 »: the month and year written out."),
    ("t-asap", ("au plus vite", None), None, "vague", "vague-future",
     "Inside Erdogan's quoted words: as soon as possible, after publication; no value."),
    ("t-august", ("en août", None), "2023-08", "month", "month-future",
     "« pourrait se rendre en Turquie en août », written in July 2023 with a conditional looking ahead: August "
     "2023."),
    ("t-night", ("Dans la nuit de lundi à mardi", None), "2023-07-18", "day", "night-span",
     "The night from Monday 17 to Tuesday 18 July 2023: the Tuesday, after midnight (the gold convention for "
     "nights), the publication day."),
    ("t-tuesday", ("mardi", "a indiqué mardi"), "2023-07-18", "day", "weekday-publication-day",
     "« a indiqué mardi l’armée ukrainienne »: the publication day, Tuesday 18 July 2023 (inferred: see "
     "PUBLISHED_INFERRED)."),
    ("t-monday-chicago", ("lundi", "3 % lundi"), "2023-07-17", "day", "weekday-past",
     "« le boisseau de blé a pris près de 3 % lundi »: the same Monday as the announcement, " + MONDAY),
    ("t-wednesday-19", ("mercredi 19 juillet", None), "2023-07-19", "day", "weekday-day-month",
     "« doit se réunir mercredi 19 juillet »: an explicit weekday and date in the publication year (19 July 2023 is "
     "a Wednesday), the day after publication."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-non-extension", "Event", "Russia will not extend the Black Sea grain deal", ("prolongerait", None),
          [("agent", RUSSIA), ("theme", GRAIN_DEAL)], status="negated", according_to=[RUSSIA],
          note="« La Russie a annoncé lundi qu’elle ne prolongerait pas l’accord »: a negated future in the past, "
               "the news of the article. No time of its own: « lundi » dates the announcement (s-russia-announcement). "
               "Restated by « la décision » (Peskov's assurance) and « le choix de Moscou » (Guterres): no new event."),
    event("e-expiry", "Event", "The grain deal expires on Monday evening", ("expirait", None),
          [("participant", GRAIN_DEAL)], time="t-same-evening",
          note="« qui expirait le soir même »: a relative imperfect in the article's voice; an event with only a thing "
               "in it gives the thing the participant role (as the drone's crash in gold/drone-izmail-2024-10-10)."),
    event("e-deal-invalid", "Event", "The Black Sea agreements are no longer valid from Monday (Peskov)",
          ("valables", None), [("participant", GRAIN_DEAL)], status="negated", time="t-today-peskov",
          according_to=[PESKOV, TASS],
          note="« Les accords de la mer Noire ne sont plus valables à partir d’aujourd’hui »: a negated state inside "
               "the quote (as « les sanctions de l’ONU ne sont plus respectées » in gold), from the Monday he spoke. "
               "TASS carries the words (« cité par l’agence TASS »)."),
    event("e-return", "Event", "Russia's return to the grain deal, on conditions", ("retour", None),
          [("agent", RUSSIA), ("theme", GRAIN_DEAL)], status="hypothetical", according_to=[RUSSIA, PESKOV],
          note="« Moscou conditionne son retour à ... »: a return that depends on conditions: hypothetical. Peskov's « "
               "nous reviendrons immédiatement » (after « Dès que ... ») restates it: no new event. « "
               "immédiatement » is not a time."),
    event("e-lift-obstacles", "Event", "Lifting the obstacles to Russia's farm exports (Moscow's demand)",
          ("levée", None), [("recipient", RUSSIA)], status="proposed", according_to=[RUSSIA],
          note="« à la levée des entraves à ses exportations agricoles »: a condition Russia sets, a demand: proposed "
               "(as « réclamé la levée ... de l’embargo » in gold). Who would lift them is not written; Russia, whose "
               "exports they hinder (« ses »), is the recipient. « ses exportations agricoles » is not a mention."),
    event("e-reconnection", "Event", "Reconnecting Rosselkhozbank to Swift (Moscow's demand)", ("reconnexion", None),
          [("recipient", BANK), ("participant", SWIFT)], status="proposed", according_to=[RUSSIA],
          part_of="e-lift-obstacles",
          note="« notamment à la reconnexion de la banque Rosselkhozbank au réseau Swift »: one of the obstacles to "
               "lift (« notamment »), so part of the lifting; proposed. The bank is reconnected (recipient), the "
               "network it joins a participant."),
    event("e-disconnection", "Event", "Rosselkhozbank was cut off from Swift in 2022", ("coupée", None),
          [("recipient", BANK), ("participant", SWIFT)], time="t-2022",
          note="« dont elle avait été coupée en 2022 »: a relative pluperfect passive with no agent (the article does "
               "not say who cut it off); « elle » is the bank, « dont » Swift. In the article's voice: occurred."),
    event("e-respect", "Event", "Russia's part of the deal being respected (Peskov's condition)",
          ("respectée", None), [("recipient", RUSSIA)], status="hypothetical", according_to=[PESKOV],
          note="« Dès que la partie qui concerne la Russie sera respectée »: a condition, hypothetical. Who is to "
               "respect it is not written; Russia, which the part concerns, is the recipient. « la partie » is a part "
               "of the deal, not a mention."),
    event("e-bridge-attack", "Event", "An attack on the Crimean bridge a few hours earlier", ("attaque", None),
          [("recipient", BRIDGE)], time="t-hours-earlier",
          note="« l’attaque qui avait endommagé le pont de Crimée quelques heures plus tôt »: a nominal event taken "
               "for granted in Peskov's assurance; no attacker is written. Its time is the relative clause's vague "
               "« quelques heures plus tôt », which the damage shares."),
    event("e-bridge-damage", "Event", "The attack damaged the Crimean bridge", ("endommagé", None),
          [("recipient", BRIDGE)], time="t-hours-earlier", part_of="e-bridge-attack",
          note="A relative pluperfect whose subject is the attack (« qui »): the bridge damaged is the recipient."),
    event("e-use-corridor", "Event", "Ukraine to use the grain corridor even without Russia (Zelensky's call)",
          ("utiliser", None), [("agent", UKRAINE), ("theme", CORRIDOR)], status="proposed", according_to=[ZELENSKY],
          note="« Même sans la Russie, tout doit être fait pour que nous puissions utiliser ce corridor »: a call "
               "(« doit être fait »): proposed; « nous » is Ukraine. Russia, « sans » which it would be done, has no "
               "role."),
    event("e-sponsorship", "Agreement", "Turkey sponsored the grain deal with the UN in July 2022",
          ("avait parrainé", None), [("agent", TURKEY), ("participant", UN), ("theme", GRAIN_DEAL)],
          time="t-july-2022",
          note="« Ankara, qui avait parrainé l’accord avec les Nations unies en juillet 2022 »: a relative pluperfect "
               "in the article's voice; the co-sponsor introduced by « avec » is a participant; the deal its theme."),
    event("e-resumption", "Event", "A resumption of the grain deal (Ankara's hope)", ("reprise", None),
          [("participant", GRAIN_DEAL)], status="hypothetical", according_to=[TURKEY],
          note="« veut croire à une reprise »: a hope, not a fact: hypothetical. Nobody who would resume it is "
               "written: the deal, the only entity, is the participant."),
    event("e-maintain", "Event", "Putin wishes to maintain the grain deal (Erdogan's conviction)",
          ("maintenir", None), [("agent", PUTIN), ("theme", GRAIN_DEAL)], status="hypothetical",
          according_to=[ERDOGAN],
          note="« s’est dit convaincu que son homologue russe souhaitait le maintenir »: a wish Erdogan ascribes to "
               "Putin, against Russia's announcement: hypothetical, according to Erdogan. « le » is a clitic for the "
               "deal, not a mention."),
    event("e-erdogan-putin-talks", "Meeting", "Erdogan to talk with Putin as soon as possible",
          ("s’entretenir", None), [("participant", ERDOGAN), ("participant", PUTIN)], status="planned",
          time="t-asap", according_to=[ERDOGAN],
          note="« a promis de s’entretenir avec lui « au plus vite » »: a promise, planned; « lui » is Putin. The "
               "article does not say whether by telephone or in person."),
    event("e-putin-visit-turkey", "Visit", "Putin may visit Turkey in August", ("se rendre", None),
          [("agent", PUTIN)], status="hypothetical", place=TURKEY, time="t-august", according_to=[ERDOGAN],
          note="« Vladimir Poutine pourrait se rendre en Turquie en août, a-t-il indiqué »: conditional, "
               "hypothetical; indirect speech first without guillemets."),
    event("e-hunger-price", "Event", "Hundreds of millions of hungry people will pay the price (Guterres)",
          ("paieront", None), [("agent", HUNGRY)], status="hypothetical", according_to=[GUTERRES],
          note="« Des centaines de millions de personnes qui ont faim en paieront le prix »: a prediction inside his "
               "quote: hypothetical (as Kim Yo-jong's prediction in gold/ballons-coree-du-nord-2024-05-29). « en » is "
               "the decision (a clitic), « le prix » not a mention."),
    event("e-odesa-strike", "Event", "Russian drones and missiles strike the port of Odesa overnight",
          ("ont visé", None),
          [("agent", RUSSIA), ("participant", DRONES), ("participant", MISSILES), ("recipient", ODESA_PORT)],
          place=ODESA_PORT, time="t-night", according_to=[UKR_ARMY],
          note="Russia as agent from the adjective « russes », the weapons participants, the port struck the "
               "recipient and the place (as the strike in gold/drone-izmail-2024-10-10). « des frappes de « "
               "représailles » » (the ministry) restates it: no new event; what they would retaliate for is not "
               "written."),
    event("e-shootdown", "Event", "The Ukrainian army shot down most of the drones and missiles",
          ("abattu", None), [("agent", UKR_ARMY), ("recipient", SHOT_DOWN)], time="t-night",
          according_to=[UKR_ARMY], part_of="e-odesa-strike",
          note="« qui affirme en avoir abattu la plupart »: a claim with a past infinitive that nothing in the article "
               "contests: occurred, according to the army (as North Korea's « avoir mis en orbite » in gold). « en » "
               "is a clitic; « la plupart » is the weapons shot down. It takes the strike's night."),
    event("e-wheat-rise", "Event", "Wheat rises nearly 3 % in Chicago on Monday", ("a pris", None),
          [("participant", WHEAT)], place=CHICAGO, time="t-monday-chicago",
          note="« À Chicago, le boisseau de blé a pris près de 3 % lundi »: in the article's voice; the wheat whose "
               "price rises is the participant (the only entity in the event, as the expiry's deal), the market's "
               "city the place. The figure is no event of its own."),
    event("e-price-hike", "Event", "A lasting rise in prices (the markets' fear)", ("hausse", None),
          [("participant", WHEAT)], status="hypothetical", according_to=[MARKETS],
          note="« les marchés redoutant une hausse durable des prix »: a fear, not a fact (as « redoutent que ... ne "
               "s’intensifient » in gold); « des prix » are the grain prices, not a mention: the wheat is "
               "the participant."),
    event("e-unsc-meeting", "Meeting", "The UN Security Council to meet on Wednesday 19 July",
          ("se réunir", None), [("participant", UNSC)], status="planned", time="t-wednesday-19",
          according_to=[DIPLOMATS],
          note="« Le Conseil de sécurité doit se réunir mercredi 19 juillet, selon des diplomates »: « doit »: "
               "planned. The article does not say where (the Council sits in New York, but the text does not "
               "place it)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-russia-announcement", "Statement", "Russia announces it will not extend the grain deal", RUSSIA,
           ("a annoncé", None), [], time="t-monday", about=["e-non-extension"],
           note="« La Russie a annoncé lundi qu’elle ne prolongerait pas l’accord »: indirect speech, no quote. The "
                "relative « qui expirait le soir même » is the article's own statement, not what is announced."),
    speech("s-peskov-invalid", "Statement", "Dmitry Peskov: the Black Sea agreements are no longer valid", PESKOV,
           ("a déclaré", None), [("Les accords de la mer Noire ne sont plus valables à partir d’aujourd’hui", None)],
           time="t-monday", according_to=[TASS], about=["e-deal-invalid", "e-non-extension"],
           note="A quote first; the announcement's words, so the announcement's Monday (« aujourd’hui » inside is "
                "that Monday). « cité par l’agence TASS »: TASS carries them (s-tass)."),
    speech("s-tass", "Report", "TASS quotes Dmitry Peskov", TASS, ("cité", None), [], time="t-monday",
           about=["s-peskov-invalid"],
           note="« cité par l’agence TASS »: the agency's Report about Peskov's statement (as in "
                "gold/prigojine-crash-2023-08-24)."),
    speech("s-russia-conditions", "Statement", "Moscow makes its return conditional on its exports", RUSSIA,
           ("conditionne", None), [], about=["e-return", "e-lift-obstacles", "e-reconnection"],
           note="« Moscou conditionne son retour à la levée des entraves ... »: a stance of the state (« Moscou »), "
                "no quote, no weekday of its own."),
    speech("s-peskov-return", "Statement", "Dmitry Peskov: Russia will return once its part is respected", PESKOV,
           ("a ajouté", None),
           [("Dès que la partie qui concerne la Russie sera respectée, nous reviendrons immédiatement", None)],
           time="t-monday", about=["e-respect", "e-return"],
           note="« a ajouté M. Peskov »: the same occasion as his first quote, so its Monday (as « a ajouté l’agence » "
                "in the bundled article). TASS is not repeated, so no according_to."),
    speech("s-peskov-no-link", "Assurance", "Dmitry Peskov: the decision has no link with the bridge attack",
           PESKOV, ("assurant", None), [("aucun lien", None)], time="t-monday",
           about=["e-non-extension", "e-bridge-attack"],
           note="« assurant que la décision n’avait « aucun lien » avec l’attaque »: a participle of the same "
                "occasion. The link between two events is not an event: the negation is carried by the quote."),
    speech("s-kyiv-blackmail", "Statement", "Kyiv denounces « blackmail »", UKRAINE, ("dénoncé", None),
           [("chantage", None)], about=["e-non-extension"],
           note="« Kiev a aussitôt dénoncé un « chantage » »: « Kiev » is Ukraine; the blackmail is a judgement of the "
                "decision, not an event. « aussitôt » is not a time."),
    speech("s-zelensky", "Statement", "Zelensky: the corridor must be used even without Russia", ZELENSKY,
           ("a lancé", None),
           [("Même sans la Russie, tout doit être fait pour que nous puissions utiliser ce corridor", None)],
           about=["e-use-corridor"],
           note="A quote first, the role noun and the name in apposition after the verb."),
    speech("s-ankara-hope", "SpeechAct", "Ankara hopes for a resumption of the deal", TURKEY, ("veut croire", None),
           [], about=["e-resumption"],
           note="« Ankara ... veut croire à une reprise »: a stance the article gives to Turkey (as « Washington en "
                "est persuadée » in the bundled article), no quote."),
    speech("s-erdogan-conviction", "Statement", "Erdogan is convinced Putin wants to keep the deal", ERDOGAN,
           ("s’est dit", None), [], about=["e-maintain"],
           note="« s’est dit convaincu que son homologue russe souhaitait le maintenir »: no quote."),
    speech("s-erdogan-promise", "Assurance", "Erdogan promises to talk with Putin « as soon as possible »", ERDOGAN,
           ("a promis", None), [("au plus vite", None)], about=["e-erdogan-putin-talks"],
           note="Joined by « et » to the conviction: a second speech act, with its own quoted words."),
    speech("s-erdogan-visit", "Statement", "Erdogan says Putin may visit Turkey in August", ERDOGAN,
           ("a-t-il indiqué", None), [], about=["e-putin-visit-turkey"],
           note="Indirect speech first without guillemets; « il » is Erdogan, the subject of the sentence before."),
    speech("s-guterres-regret", "Statement", "Guterres « deeply regrets » Moscow's choice", GUTERRES,
           ("a dit", None), [("regretter profondément", None)], place=NEW_YORK, about=["e-non-extension"],
           note="« À New York, ... a dit « regretter profondément » le choix de Moscou »: the city is where he "
                "speaks; « le choix de Moscou » restates the non-extension."),
    speech("s-guterres-warning", "Warning", "Guterres warns hungry people will pay the price", GUTERRES,
           ("a-t-il averti", None), [("Des centaines de millions de personnes qui ont faim en paieront le prix", None)],
           place=NEW_YORK, about=["e-hunger-price", "e-non-extension"],
           note="A quote first; « il » is Guterres; the same occasion in New York."),
    speech("s-army-report", "Report", "The Ukrainian army reports the overnight strike on Odesa port", UKR_ARMY,
           ("a indiqué", "a indiqué mardi"), [], time="t-tuesday", about=["e-odesa-strike"],
           note="The source after the clause, with the publication day's weekday."),
    speech("s-army-shootdown", "Statement", "The Ukrainian army says it shot down most of the weapons", UKR_ARMY,
           ("affirme", None), [], about=["e-shootdown"],
           note="« qui affirme en avoir abattu la plupart »: a relative present; no time of its own."),
    speech("s-ru-mod", "Statement", "The Russian defence ministry speaks of « retaliation » strikes", RU_MOD,
           ("a évoqué", None), [("représailles", None)], about=["e-odesa-strike"],
           note="« des frappes de « représailles » »: the strikes restate the Odesa strike; the quoted noun is the "
                "ministry's word."),
    speech("s-markets-fear", "SpeechAct", "The markets fear a lasting rise in prices", MARKETS,
           ("redoutant", None), [], about=["e-price-hike"],
           note="A participle of fear (as « redoutent » in gold/frappe-kiev-2024-11-14); no time of its own."),
    speech("s-diplomats", "Report", "Diplomats say the Security Council will meet on Wednesday", DIPLOMATS,
           ("selon", None), [], about=["e-unsc-meeting"],
           note="« selon des diplomates » at the end of the sentence."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
