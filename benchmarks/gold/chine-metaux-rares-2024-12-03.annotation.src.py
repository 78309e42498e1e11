"""Held-out annotation of chine-metaux-rares-2024-12-03.txt (written for the twelfth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/chine-metaux-rares-2024-12-03.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/chine-metaux-rares-2024-12-03.annotation.src.py --check

Held-out set 12: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "chine-metaux-rares-2024-12-03.txt"

NOTE = """\
Held-out-12 article 2: China bans exports of gallium, germanium and antimony to the United States, published \
Tuesday 3 December 2024 (the file gives the day). What it exercises: an export ban on the publication day (« a \
interdit mardi les exportations vers les États-Unis »: a Sanction, as « l’embargo » in benchmarks/gold, with the \
banned exports a Delivery that is negated) with three substances and an apposition of use (no event); « au \
lendemain de nouvelles restrictions américaines visant son industrie des puces » (a nominal sanction whose day, \
the Monday, comes from « Lundi » two sentences below, as « au lendemain d’un appel » in gold); « La mesure, qui \
entre en vigueur immédiatement » (the ban restated: no event, « immédiatement » no time) and a quoted noun under « \
a indiqué le ministère chinois du Commerce dans un communiqué »; an imperfect control « depuis l’an dernier » \
(2023) by a metonym with « il »; a fronted pluperfect « Lundi » with two verbs joined by « et » (a blacklisting \
and a limit on sales, parts of the restrictions) and « au nom de la sécurité nationale »; a quote first with « a \
déclaré mardi un porte-parole de la diplomatie chinoise, Lin Jian, lors d’un point de presse à Pékin » (the role \
noun with a nationality adjective before the name, set off by commas: a nominal mention); a warning with « son \
pays » and a future in the past (« prendrait « les mesures nécessaires » »: planned); « Côté américain, la Maison \
Blanche a dit « évaluer » » and « sans annoncer de riposte » (a negated speech act; the riposte hypothetical); a \
relative future with a date (« qui doit entrer en fonctions le 20 janvier »: 20 January 2025) and a promised \
tariff (a Warning and a planned event, as « a aussitôt promis une riposte » in gold); a state as subject with a \
relative habit (« Le Japon, qui importe une grande partie de son gallium de Chine ») and a quote under « a \
indiqué à Tokyo un responsable du ministère de l’Industrie, sous couvert d’anonymat »; « Selon lui » with a \
state (no event) and « plusieurs mois » (a vague duration attached to nothing); a price jump « mardi » sourced to \
« des analystes cités par l’agence Bloomberg ». « Pékin » is China in « Pékin contrôlait » (Q148) and the city in \
« un point de presse à Pékin » (Q956); « Washington » is the United States (Q30); « Tokyo » is the city (Q1490). \
« la diplomatie chinoise » inside the spokesman's title is not a mention (a title, as « la diplomatie russe » \
inside Lavrov's in gold); « ministère de l’Industrie » inside the official's description is (the ministry has \
a name of its own, as « ONU » inside « Le secrétaire général de l’ONU »). Not mentions: « La mesure » and « la \
décision chinoise » (the ban), « ces métaux » (three things at once), « sa liste noire commerciale », « la \
situation », « cette extension abusive ». « son industrie des puces » (China's chip industry), « 140 entreprises \
chinoises » and « ses entreprises » are three local groups. The Chinese commerce ministry, Lin Jian, the White \
House, Trump and his team, the three metals, the chip industry, the companies, the Japanese industry ministry and \
its official, the Japanese manufacturers, Europe, the analysts and Bloomberg are not in ids.tsv: local, \
unlinked."""

CHINA, US, BEIJING, JAPAN, TOKYO = "Q148", "Q30", "Q956", "Q17", "Q1490"
GALLIUM, GERMANIUM, ANTIMONY = "local:gallium", "local:germanium", "local:antimony"
CHIP_INDUSTRY, MOFCOM, CN_FIRMS = "local:chinese-chip-industry", "local:chinese-commerce-ministry", \
    "local:chinese-firms-blacklisted"
LIN, CN_COMPANIES, WHITE_HOUSE = "local:lin-jian", "local:chinese-companies", "local:white-house"
TRUMP_TEAM, TRUMP, METI, JP_OFFICIAL = "local:trump-transition-team", "local:donald-trump", \
    "local:japanese-industry-ministry", "local:japanese-industry-official"
JP_INDUSTRY, EUROPE, ANALYSTS, BLOOMBERG = "local:japanese-manufacturers", "local:europe", \
    "local:metal-analysts", "local:bloomberg"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (GALLIUM, "gallium", "gallium", "object", {"unlinked_reason": NOT_VERIFIED}),
    (GERMANIUM, "germanium", "germanium", "object", {"unlinked_reason": NOT_VERIFIED}),
    (ANTIMONY, "antimoine", "antimony", "object", {"unlinked_reason": NOT_VERIFIED}),
    (CHIP_INDUSTRY, "industrie chinoise des puces", "Chinese chip industry", "group",
     {"unlinked_reason": "an unnamed group of companies, not one Wikidata item"}),
    (MOFCOM, "ministère chinois du Commerce", "Ministry of Commerce of the People's Republic of China",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CN_FIRMS, "140 entreprises chinoises", "140 Chinese companies", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (LIN, "Lin Jian", "Lin Jian", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CN_COMPANIES, "entreprises chinoises", "Chinese companies", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TRUMP_TEAM, "équipe de Donald Trump", "Donald Trump's transition team", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président élu des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (METI, "ministère japonais de l’Industrie", "Ministry of Economy, Trade and Industry (Japan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (JP_OFFICIAL, "un responsable du ministère japonais de l’Industrie", "an official of Japan's industry ministry",
     "person", {"unlinked_reason": "anonymous in the article"}),
    (JP_INDUSTRY, "industriels japonais", "Japanese manufacturers", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (EUROPE, "Europe", "Europe", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ANALYSTS, "des analystes", "analysts", "group", {"unlinked_reason": "anonymous in the article"}),
    (BLOOMBERG, "Bloomberg", "Bloomberg News", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Chine", 1, CHINA, "name"),
    ("États-Unis", None, US, "name"),
    ("gallium", 1, GALLIUM, "name"),
    ("germanium", 1, GERMANIUM, "name"),
    ("antimoine", None, ANTIMONY, "name"),
    ("son industrie des puces", None, CHIP_INDUSTRY, "nominal"),
    # La mesure ... a indiqué le ministère chinois du Commerce dans un communiqué.
    ("le ministère chinois du Commerce", None, MOFCOM, "nominal"),
    ("Pékin", "Pékin contrôlait", CHINA, "metonym"),
    ("il", "dont il assure", CHINA, "pronoun"),
    # Lundi, Washington avait ajouté ...
    ("Washington", None, US, "metonym"),
    ("140 entreprises chinoises", None, CN_FIRMS, "nominal"),
    ("Chine", "à la Chine", CHINA, "name"),
    # « La Chine s’oppose ... », a déclaré mardi un porte-parole ...
    ("Chine", "La Chine s’oppose", CHINA, "name"),
    ("un porte-parole de la diplomatie chinoise", None, LIN, "nominal"),
    ("Lin Jian", None, LIN, "name"),
    ("Pékin", "point de presse à Pékin", BEIJING, "name"),
    ("Il", "Il a averti", LIN, "pronoun"),
    ("son pays", None, CHINA, "nominal"),
    ("ses entreprises", None, CN_COMPANIES, "nominal"),
    # Côté américain ...
    ("la Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("L’équipe de Donald Trump", None, TRUMP_TEAM, "nominal"),
    ("Donald Trump", None, TRUMP, "name"),
    # Le Japon, qui importe ...
    ("Japon", "Le Japon", JAPAN, "name"),
    ("son gallium", None, GALLIUM, "nominal"),
    ("Chine", "gallium de Chine", CHINA, "name"),
    ("Tokyo", None, TOKYO, "name"),
    ("un responsable du ministère de l’Industrie", None, JP_OFFICIAL, "nominal"),
    ("ministère de l’Industrie", None, METI, "name"),
    ("lui", "Selon lui", JP_OFFICIAL, "pronoun"),
    ("les industriels japonais", None, JP_INDUSTRY, "nominal"),
    # Les cours du germanium ...
    ("germanium", "cours du germanium", GERMANIUM, "name"),
    ("Europe", None, EUROPE, "name"),
    ("des analystes", None, ANALYSTS, "nominal"),
    ("Bloomberg", None, BLOOMBERG, "name"),
]

PUB_DAY = "The publication day, Tuesday 3 December 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", 1), "2024-12-03", "day", "weekday-publication-day", "« a interdit mardi »: " + PUB_DAY),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "« contrôlait déjà depuis l’an dernier » written in 2024: 2023 (« depuis X » is annotated as X)."),
    ("t-monday", ("Lundi", None), "2024-12-02", "day", "weekday-past",
     "Pluperfect « Lundi, Washington avait ajouté »: the Monday before the publication day: 2 December 2024, the "
     "eve of the ban (« au lendemain de nouvelles restrictions »)."),
    ("t-tuesday-lin", ("mardi", 2), "2024-12-03", "day", "weekday-publication-day",
     "« a déclaré mardi »: " + PUB_DAY),
    ("t-january-20", ("le 20 janvier", None), "2025-01-20", "day", "day-month-future",
     "« qui doit entrer en fonctions le 20 janvier », written in December 2024: the next 20 January, 2025."),
    ("t-several-months", ("plusieurs mois", None), None, "duration", "vague-duration",
     "« des stocks pour plusieurs mois »: a length with no number, attached to nothing."),
    ("t-tuesday-prices", ("mardi", 3), "2024-12-03", "day", "weekday-publication-day",
     "« ont bondi ... mardi »: " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-ban", "Sanction", "China bans exports of gallium, germanium and antimony to the United States",
          ("a interdit", None), [("agent", CHINA), ("recipient", US), ("theme", GALLIUM), ("theme", GERMANIUM),
                                 ("theme", ANTIMONY)], time="t-tuesday", according_to=[MOFCOM],
          note="An export ban, a Sanction as « l’embargo » in gold. « La mesure » and « la décision chinoise » "
               "restate it; « qui entre en vigueur immédiatement » is its taking effect, not a new event."),
    event("e-exports", "Delivery", "Exports of the three metals to the United States (banned)",
          ("exportations", None), [("agent", CHINA), ("recipient", US), ("theme", GALLIUM), ("theme", GERMANIUM),
                                   ("theme", ANTIMONY)], status="negated", time="t-tuesday",
          note="What the ban forbids from Tuesday on: negated."),
    event("e-us-restrictions", "Sanction", "New US restrictions targeting China's chip industry",
          ("restrictions", None), [("agent", US), ("recipient", CHIP_INDUSTRY)], time="t-monday",
          note="« au lendemain de nouvelles restrictions américaines »: the US from the adjective; its day is the "
               "« Lundi » of the blacklisting, which with the limit on sales makes up these restrictions."),
    event("e-controls", "Event", "China controls sales of these metals since last year", ("contrôlait", None),
          [("agent", CHINA), ("theme", GALLIUM), ("theme", GERMANIUM), ("theme", ANTIMONY)], time="t-last-year",
          note="« ces métaux » (not a mention) are the three metals. « dont il assure l’essentiel de la production "
               "mondiale » is a state: no event."),
    event("e-blacklisting", "Sanction", "Washington adds 140 Chinese companies to its trade blacklist",
          ("avait ajouté", None), [("agent", US), ("recipient", CN_FIRMS)], time="t-monday",
          part_of="e-us-restrictions"),
    event("e-chip-limit", "Sanction", "Washington limits sales of memory chips to China", ("limité", None),
          [("agent", US), ("recipient", CHINA)], time="t-monday", part_of="e-us-restrictions",
          note="Second verb of « avait ajouté ... et limité », sharing its subject and its « Lundi »."),
    event("e-china-measures", "Event", "China would take « the necessary measures » to defend its companies",
          ("mesures", "les mesures nécessaires"), [("agent", CHINA), ("recipient", US)], status="planned",
          according_to=[LIN],
          note="A future in the past under « a averti »: planned. « pour défendre ses entreprises » is its purpose, "
               "not an event of its own; the US, whose restrictions it answers, is the recipient."),
    event("e-riposte", "Event", "A US riposte (not announced)", ("riposte", None), [("agent", US),
                                                                                 ("recipient", CHINA)],
          status="hypothetical",
          note="« sans annoncer de riposte »: the announcement is negated (a negated speech act); the riposte "
               "itself is neither said to come nor ruled out: hypothetical."),
    event("e-inauguration", "Event", "Donald Trump takes office on 20 January", ("entrer en fonctions", None),
          [("agent", TRUMP)], status="planned", time="t-january-20",
          note="« qui doit entrer en fonctions »: the relative attaches to the nearest noun, Donald Trump."),
    event("e-tariffs", "Event", "Additional 10 % tariffs on Chinese products", ("droits de douane", None),
          [("agent", TRUMP_TEAM), ("recipient", CHINA)], status="planned", according_to=[TRUMP_TEAM],
          note="« a promis d’imposer »: planned; China from « les produits chinois », as an adjective gives the "
               "party in gold."),
    event("e-imports", "Delivery", "Japan imports much of its gallium from China", ("importe", None),
          [("agent", CHINA), ("recipient", JAPAN), ("theme", GALLIUM)],
          note="A habit in the present: occurred; China (« de Chine ») is the origin, the supplier."),
    event("e-monitoring", "Event", "Japan follows the situation « closely »", ("suit", None), [("agent", JAPAN)],
          according_to=[JP_OFFICIAL], note="« la situation » (not a mention) is the ban and its effects."),
    event("e-price-jump", "Event", "Germanium prices jump nearly 5 % in Europe", ("ont bondi", None),
          [("participant", GERMANIUM)], place=EUROPE, time="t-tuesday-prices", according_to=[ANALYSTS],
          note="An event with only a thing in it: the thing is the participant, as in gold."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-mofcom", "Statement", "The Chinese commerce ministry: the measure covers « dual-use goods »", MOFCOM,
           ("a indiqué", "a indiqué le ministère"), [("biens à double usage", None)], time="t-tuesday",
           about=["e-ban"],
           note="« dans un communiqué »: the communiqué that announces the ban of « mardi », so its Tuesday."),
    speech("s-lin-opposes", "Statement", "Lin Jian: China firmly opposes this abusive extension of national security",
           LIN, ("a déclaré", None),
           [("La Chine s’oppose fermement à cette extension abusive de la notion de sécurité nationale", None)],
           time="t-tuesday-lin", place=BEIJING, about=["e-us-restrictions"],
           note="« lors d’un point de presse à Pékin »: Beijing the city."),
    speech("s-lin-warning", "Warning", "Lin Jian warns China would take « the necessary measures »", LIN,
           ("a averti", None), [("les mesures nécessaires", None)], addressee=US, time="t-tuesday-lin",
           place=BEIJING, about=["e-china-measures"],
           note="No weekday of its own: the day and place of the press briefing it belongs to."),
    speech("s-white-house", "Statement", "The White House says it is « assessing » the Chinese decision",
           WHITE_HOUSE, ("a dit", None), [("évaluer", None)], about=["e-ban"]),
    speech("s-white-house-no-riposte", "SpeechAct", "The White House announces no riposte", WHITE_HOUSE,
           ("sans annoncer", None), [], status="negated", about=["e-riposte"],
           note="« sans annoncer de riposte »: a negated speech act, as « sans avancer de date » in gold."),
    speech("s-trump-team", "Warning", "Trump's team promised additional 10 % tariffs on Chinese products",
           TRUMP_TEAM, ("a promis", None), [], addressee=CHINA, about=["e-tariffs"],
           note="A promise of a measure against a state, as « a aussitôt promis une riposte » in gold: a Warning."),
    speech("s-jp-official", "Statement", "A Japanese official: Japan follows the situation « closely »", JP_OFFICIAL,
           ("a indiqué", "a indiqué à Tokyo"), [("avec attention", None)], place=TOKYO,
           about=["e-monitoring", "e-ban"], note="« sous couvert d’anonymat »; no weekday: no time."),
    speech("s-jp-official-stocks", "Statement", "The official: Japanese manufacturers have stocks for several months",
           JP_OFFICIAL, ("Selon", "Selon lui"), [], place=TOKYO,
           note="« Selon lui » with no quote; the stocks are a state, so it is about no event."),
    speech("s-analysts", "Report", "Analysts report the jump in germanium prices", ANALYSTS,
           ("selon", "selon des analystes"), [], according_to=[BLOOMBERG], about=["e-price-jump"]),
    speech("s-bloomberg", "Report", "Bloomberg cites analysts", BLOOMBERG, ("cités", None), [],
           about=["e-price-jump"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
