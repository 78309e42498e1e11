"""Held-out annotation of apec-lima-xi-biden-2024-11.txt (written for the twenty-fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/apec-lima-xi-biden-2024-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/apec-lima-xi-biden-2024-11.annotation.src.py --check

From held-out set 24 (moved to gold in session 22; see benchmarks/gold/README.md).

The story follows the last meeting of Xi Jinping and Joe Biden, on Saturday 16 November 2024 in Lima on the sidelines of
the APEC summit, where the two leaders agreed that humans, not artificial intelligence, should keep control over
decisions to use nuclear weapons (both sides' readouts said so); Donald Trump, elected on 5 November, was to take office
in January 2025 and named Marco Rubio, whom China had sanctioned in 2020, on Wednesday 13 November; Xi then flew to Rio
de Janeiro for the G20 summit that opened on Monday 18 November before a state visit to Brasilia, and Biden stopped in
the Amazon on Sunday 17 November. The wording of Biden's quote, Xi's words as Xinhua gives them, Jake Sullivan's report,
Taipei's Sunday thanks and its quoted words and the Kremlin's silence are invented or simplified.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "apec-lima-xi-biden-2024-11.txt"

PUBLISHED_INFERRED = {
    "value": "2024-11-17", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives November 2024. The two presidents met « samedi 16 novembre » (16 November 2024 is a "
             "Saturday, which confirms the year and fixes the week). Trump « a choisi mercredi » (past: a Wednesday "
             "before the Saturday, 13 November); Taipei « a remercié dimanche » (past: a Sunday on or before "
             "publication, so not before the Saturday meeting: Sunday 17 November); Xi « devait s’envoler dimanche » "
             "(a flight still due) and Biden « fait escale dimanche » (a present): the same Sunday; the G20 summit "
             "« s’ouvre lundi » (a scheduled present: a Monday after publication). On or after Sunday 17 and before "
             "Monday 18 November leaves Sunday 17 November 2024 itself; the Monday is 18 November."),
}

NOTE = """\
Held-out-24 article: Xi Jinping and Joe Biden meet on Saturday 16 November 2024 in Lima, on the sidelines of the \
APEC summit, in what should be their last meeting before Donald Trump returns to the White House in January (they \
had last met in November 2023 near San Francisco); the two leaders agree that humans, not artificial intelligence, \
must keep control over decisions to use nuclear weapons, as the White House announces in a communiqué and Beijing in \
a similar text; Biden assures at the start of the talks that these conversations prevent miscalculation and keep \
competition from turning into conflict; Xi says he is ready to « work with the new administration », according to \
Xinhua, but warns Washington about Taiwan, a « red line », and denounces the US restrictions on semiconductor \
exports; Biden voices his concern about Beijing's support for the Russian defence industry and the dispatch of North \
Korean soldiers to Russia, as his national security adviser Jake Sullivan reports; the president-elect, who had \
promised 60 % tariffs on Chinese goods during his campaign, chose Marco Rubio, a senator under Chinese sanctions, on \
Wednesday to lead his diplomacy; in Taipei the presidency thanks Washington on Sunday for its « rock-solid » \
support, and the Kremlin stays silent; Xi is to fly on Sunday to Rio de Janeiro, where the G20 summit opens on \
Monday, before a state visit to Brasilia, while Biden, also expected in Rio, stops in the Amazon on Sunday. \
Published in November 2024 (the file gives the month; the day, Sunday 17 November, comes from « samedi 16 novembre \
», past « mercredi » and « dimanche », two more « dimanche » of that day and a future « lundi »: see \
PUBLISHED_INFERRED). The meeting, its nuclear agreement, Rubio's nomination, the G20 and Biden's Amazon stop follow \
the real events; Biden's quote, Xi's words, Sullivan's report, Taipei's thanks and the Kremlin's silence are \
invented or simplified. What it exercises: two role nouns and names in apposition as one coordinated subject of a \
reciprocal meeting on a weekday with a date in a city, a nominal summit with no time of its own (« en marge du \
sommet de l’Apec ») and a conditional predicate that restates the meeting (« pour ce qui devrait être leur dernière \
rencontre »: no new event) before a nominal return with a name, a building and a month (« avant le retour de Donald \
Trump à la Maison Blanche, en janvier »: planned, January 2025); a pluperfect reciprocal meeting of « Les deux \
hommes » with a month and a year and « près de San Francisco » (near, not in: no place); a completive agreement by « \
Les deux dirigeants » with a contrast inside the subject (« les humains, et non l’intelligence artificielle, \
devaient garder le contrôle »: one planned event, the excluded alternative no event of its own) and a nominal use of \
nuclear weapons (hypothetical), sourced after the clause to « la Maison Blanche » (the US presidency, a metonym) « \
dans un communiqué »; a metonym that issues « un texte similaire » (a second speech act about the same agreement) \
with an apposed « une première » (no event); a quote split mid-sentence around « a assuré M. Biden au début de \
l’entretien, » with « elles » for the conversations and « nos deux pays » (no mentions), an ongoing competition \
(occurred) and a negated future turn to conflict; a role noun with « s’est dit prêt à » and a quoted infinitive \
holding a role noun for Trump's incoming administration (« travailler avec la nouvelle administration »: proposed) \
under « selon l’agence Chine nouvelle »; « Il a toutefois mis en garde Washington sur Taïwan, une « ligne rouge », » \
(a warning to a metonym with an apposed quoted predicate: no mention) joined by « et » to a denunciation with no \
quote of a nominal sanction known by an adjective (« les restrictions américaines sur les exportations de \
semi-conducteurs »); an emphatic « lui » and a concern over two nominal events joined by « et » (« face au soutien \
de Pékin à l’industrie de défense russe et à l’envoi de soldats nord-coréens en Russie »: both suspected, according \
to Biden) sourced after the clause to a possessive role noun and a name in apposition; a role noun for the \
president-elect with a relative pluperfect promise over a nominal campaign and planned tariffs, then a choice on a \
past weekday with a name, a role noun in apposition with a passive participle of sanctions by a metonym (« un \
sénateur visé par des sanctions de Pékin »: the participle outside the mention) and a purpose infinitive (« pour \
diriger sa diplomatie »: planned); « À Taipei » (the city) with a role noun for the presidency thanking a metonym on \
the publication day for its « soutien » with a quoted adjective phrase; a negated speech act without a verb of \
speech and an emphatic « lui » for the Kremlin (« Le Kremlin, lui, est resté silencieux »); a planned flight with « \
devait » on the publication day to a city with a relative present summit on a future weekday (« où s’ouvre lundi le \
sommet du G20 ») and « avant » a nominal state visit to a city with a role noun in apposition; a name with an \
apposed participle of expectation and an emphatic « lui aussi » (« Joe Biden, attendu lui aussi à Rio, »: a planned \
visit) and a present stopover on the publication day in a region, with an apposed « une première pour un président \
américain en exercice » (no event, no mention).
Places and metonyms. « Pékin » is China three times (Q148: it issues a text, supports, sanctions). « Washington » is \
the United States twice (Q30: warned, thanked). « la Maison Blanche » is two things: the building Trump returns to \
(local:white-house-building, a place: the destination of the return, as the building Zelensky leaves in \
gold/zelensky-bureau-ovale-2025-02-28), and the US presidency that announces (local:white-house, a metonym, as in \
gold/conseil-securite-veto-2024-03-29 and gold/chine-metaux-rares-2024-12-03). « le Kremlin » is the presidential \
administration (Q2060629, a metonym), taken up by the emphatic « lui ». « Lima », « San Francisco », « Taipei », « \
Rio de Janeiro » and « Rio », « Brasilia » and « Amazonie » are places (local). « Taïwan » is the island the warning \
is about (local, as in gold/kishida-xi-san-francisco-2023-11-17).
Mentions. Xi: « Le président chinois » (a role noun set off by a comma before the name), « Xi Jinping » twice, « Le \
numéro un chinois », « Il ». Biden: « son homologue américain » (set off by commas, so a mention of its own, unlike \
« son homologue américain Joe Biden » in gold/kishida-xi-san-francisco-2023-11-17), « Joe Biden » twice, « Biden » \
in both « M. Biden » (the title is part of the name's phrase), the emphatic « lui » twice (« a, lui, exprimé », « \
attendu lui aussi »). Trump: « Donald Trump » and « Le président élu ». « la nouvelle administration » (inside Xi's \
quote) is Trump's incoming administration, a local organisation. « son conseiller à la sécurité nationale » and « \
Jake Sullivan »; « Marco Rubio » and « un sénateur » (the role noun without its participle); « la présidence » is \
Taiwan's presidential office (as « la présidence » in gold/traite-russie-coree-ratification-2024-11); « la capitale \
brésilienne » is Brasilia (a role noun in apposition). « l’industrie de défense russe » and « soldats nord-coréens » \
(after the indefinite « de ») are the recipient of the support and the theme of the dispatch; « semi-conducteurs » \
(after « de ») is the theme of the restrictions, as the metals in gold/chine-metaux-rares-2024-12-03. Not mentions: \
« Les deux hommes », « Les deux dirigeants », « les deux puissances », « nos deux pays » (plural); « les humains », \
« l’intelligence artificielle » and « l’arme nucléaire » (generic nouns: the agreement is about kinds, not about one \
entity); « un communiqué » and « un texte similaire » (the vehicles of the speech acts, as « un texte » in \
gold/communique-g7-hiroshima-2023-05-22); « Ces conversations » and « elles » (the talks in general); « l’entretien \
» and « leur dernière rencontre » (the meeting restated); « une « ligne rouge » » (a predicate); « les produits \
chinois » (as in gold/chine-metaux-rares-2024-12-03: China, the recipient of the tariffs, comes from the adjective); \
« sa campagne », « sa diplomatie », « son soutien », « son inquiétude » (possessives over events or fields); « un \
président américain en exercice » (generic).
Statuses and sources. The Lima meeting, the 2023 meeting, the restrictions, the campaign, the Rubio choice and the \
sanctions on him are stated in the article's voice. The agreement is occurred, according to the White House (the \
source after the clause; Beijing's similar text is a second speech act about it); human control is planned (what the \
two sides agree to keep, as « avaient convenu de rétablir » in gold), the use of nuclear weapons hypothetical. The \
competition is occurred and the turn to conflict negated, according to Biden. The work with the new administration \
is proposed (« s’est dit prêt à », as « s’est dit prêt à élaborer » in the bundled article), according to Xi. \
Beijing's support for the Russian defence industry and the North Korean dispatch are suspected, according to Biden: \
they are what he is worried about, reported by Sullivan, and neither Beijing nor Moscow confirms them (as the \
dispatch in gold/traite-russie-coree-ratification-2024-11). Trump's tariffs are planned (a promise, as in \
gold/chine-metaux-rares-2024-12-03, where the promise is a Warning addressed to China). Rubio's leading the \
diplomacy is planned. The US support for Taiwan is occurred, according to Taiwan's presidency. Xi's flight, the G20 \
summit, the Brasilia visit and Biden's Rio visit are planned; Biden's stopover in the Amazon, in the present on the \
publication day, is occurred (as « travaille aujourd’hui » in the bundled article). The Kremlin's silence is a \
negated speech act.
Times. « samedi 16 novembre » is Saturday 16 November 2024, the day of the meeting, the agreement and every speech \
act made at the meeting (Biden's quote, Xi's readiness, warning and denunciation, Biden's concern: they are the \
meeting's words, as Kishida's request in gold/kishida-xi-san-francisco-2023-11-17 takes the meeting's Thursday); the \
two Reports (Xinhua, Sullivan) and the two texts have no weekday of their own: no time. « en janvier » is January \
2025 (the next January); « en novembre 2023 » a month with its year; « mercredi » Wednesday 13 November (past); the \
three « dimanche » the publication day, Sunday 17 November; « lundi » Monday 18 November (future). « pour la \
dernière fois », « au début de l’entretien », « pendant sa campagne » (an event, not a time) and « en exercice » are \
not times. The APEC summit, the Brasilia visit and Biden's Rio visit have no words for their days: no time.
Linked: Xi Jinping, China, the United States, Russia, North Korea and the Kremlin. Unlinked (not in ids.tsv): Joe \
Biden, Lima, APEC, Donald Trump, the White House (building and presidency), San Francisco, Trump's incoming \
administration, Xinhua, Taiwan, the semiconductors, the Russian defence industry, the North Korean soldiers, Jake \
Sullivan, Marco Rubio, Taipei, Taiwan's presidency, Rio de Janeiro, the G20, Brasilia and the Amazon."""

XI, CHINA, US, RUSSIA, NK, KREMLIN = "Q15031", "Q148", "Q30", "Q159", "Q423", "Q2060629"
BIDEN, TRUMP, LIMA, APEC = "local:joe-biden", "local:donald-trump", "local:lima", "local:apec"
WH_BUILDING, WHITE_HOUSE, SF = "local:white-house-building", "local:white-house", "local:san-francisco"
TRUMP_ADMIN, XINHUA, TAIWAN = "local:trump-administration", "local:xinhua", "local:taiwan"
CHIPS, RU_DEFENCE, NK_SOLDIERS = "local:semiconductors", "local:russian-defence-industry", \
    "local:north-korean-soldiers-in-russia"
SULLIVAN, RUBIO, TAIPEI, TW_PRESIDENCY = "local:jake-sullivan", "local:marco-rubio", "local:taipei", \
    "local:taiwan-presidential-office"
RIO, G20, BRASILIA, AMAZON = "local:rio-de-janeiro", "local:g20", "local:brasilia", "local:amazonia"

DESCRIPTIONS = {
    KREMLIN: "l’institution que désigne « Le Kremlin » (pas le bâtiment, Q133274)",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (LIMA, "Lima", "Lima", "place",
     {"description": "capitale du Pérou", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (APEC, "Apec", "Asia-Pacific Economic Cooperation", "organization",
     {"class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président élu des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (WH_BUILDING, "Maison Blanche", "White House", "place",
     {"description": "la résidence du président des États-Unis, à Washington", "unlinked_reason": NOT_VERIFIED}),
    (SF, "San Francisco", "San Francisco", "place", {"class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"description": "la présidence américaine, pour laquelle le bâtiment est mis", "unlinked_reason": NOT_VERIFIED}),
    (TRUMP_ADMIN, "administration Trump", "incoming Trump administration", "organization",
     {"description": "la « nouvelle administration » américaine qui doit entrer en fonctions en janvier 2025",
      "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CHIPS, "semi-conducteurs", "semiconductors", "object",
     {"description": "les semi-conducteurs dont les États-Unis restreignent les exportations",
      "unlinked_reason": "goods in general, not one Wikidata item"}),
    (RU_DEFENCE, "industrie de défense russe", "Russian defence industry", "organization",
     {"description": "les entreprises d’armement russes, que l’article ne nomme pas",
      "unlinked_reason": "a sector, not one Wikidata item"}),
    (NK_SOLDIERS, "soldats nord-coréens envoyés en Russie", "North Korean soldiers sent to Russia", "group",
     {"unlinked_reason": "a group of soldiers, not one Wikidata item"}),
    (SULLIVAN, "Jake Sullivan", "Jake Sullivan", "person",
     {"description": "conseiller à la sécurité nationale de Joe Biden", "unlinked_reason": NOT_VERIFIED}),
    (RUBIO, "Marco Rubio", "Marco Rubio", "person",
     {"description": "sénateur américain choisi par Donald Trump pour diriger la diplomatie",
      "unlinked_reason": NOT_VERIFIED}),
    (TAIPEI, "Taipei", "Taipei", "place", {"class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (TW_PRESIDENCY, "présidence taïwanaise", "Office of the President (Taiwan)", "organization",
     {"description": "la présidence de Taïwan, à Taipei", "unlinked_reason": NOT_VERIFIED}),
    (RIO, "Rio de Janeiro", "Rio de Janeiro", "place", {"class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (G20, "G20", "G20", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (BRASILIA, "Brasilia", "Brasília", "place",
     {"description": "capitale du Brésil", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (AMAZON, "Amazonie", "Amazon rainforest", "place",
     {"description": "la région amazonienne du Brésil", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président chinois, Xi Jinping, et son homologue américain, Joe Biden, se sont entretenus samedi 16 novembre à
    # Lima, en marge du sommet de l’Apec, ... avant le retour de Donald Trump à la Maison Blanche, en janvier.
    ("Le président chinois", None, XI, "nominal"),
    ("Xi Jinping", 1, XI, "name"),
    ("son homologue américain", None, BIDEN, "nominal"),
    ("Joe Biden", 1, BIDEN, "name"),
    ("Lima", None, LIMA, "name"),
    ("Apec", None, APEC, "name"),
    ("Donald Trump", None, TRUMP, "name"),
    ("Maison Blanche", "à la Maison Blanche, en janvier", WH_BUILDING, "name"),
    # Les deux hommes s’étaient vus pour la dernière fois en novembre 2023, près de San Francisco.
    ("San Francisco", None, SF, "name"),
    # Les deux dirigeants sont convenus ..., a annoncé la Maison Blanche dans un communiqué.
    ("Maison Blanche", "a annoncé la Maison Blanche", WHITE_HOUSE, "metonym"),
    # Pékin a diffusé un texte similaire, une première entre les deux puissances.
    ("Pékin", "Pékin a diffusé", CHINA, "metonym"),
    # « Ces conversations ..., a assuré M. Biden au début de l’entretien, et elles garantissent ... »
    ("Biden", "a assuré M. Biden", BIDEN, "name"),
    # Le numéro un chinois s’est dit prêt à « travailler avec la nouvelle administration », selon l’agence Chine
    # nouvelle.
    ("Le numéro un chinois", None, XI, "nominal"),
    ("la nouvelle administration", None, TRUMP_ADMIN, "nominal"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # Il a toutefois mis en garde Washington sur Taïwan, ... les exportations de semi-conducteurs.
    ("Il", "Il a toutefois", XI, "pronoun"),
    ("Washington", "mis en garde Washington", US, "metonym"),
    ("Taïwan", None, TAIWAN, "name"),
    ("semi-conducteurs", None, CHIPS, "nominal"),
    # M. Biden a, lui, exprimé son inquiétude face au soutien de Pékin à l’industrie de défense russe et à l’envoi de
    # soldats nord-coréens en Russie, a rapporté son conseiller à la sécurité nationale, Jake Sullivan.
    ("Biden", "M. Biden a, lui", BIDEN, "name"),
    ("lui", "a, lui, exprimé", BIDEN, "pronoun"),
    ("Pékin", "soutien de Pékin", CHINA, "metonym"),
    ("l’industrie de défense russe", None, RU_DEFENCE, "nominal"),
    ("soldats nord-coréens", None, NK_SOLDIERS, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("son conseiller à la sécurité nationale", None, SULLIVAN, "nominal"),
    ("Jake Sullivan", None, SULLIVAN, "name"),
    # Le président élu, qui avait promis ..., a choisi mercredi Marco Rubio, un sénateur visé par des sanctions de
    # Pékin, pour diriger sa diplomatie.
    ("Le président élu", None, TRUMP, "nominal"),
    ("Marco Rubio", None, RUBIO, "name"),
    ("un sénateur", None, RUBIO, "nominal"),
    ("Pékin", "sanctions de Pékin", CHINA, "metonym"),
    # À Taipei, la présidence a remercié dimanche Washington pour son soutien « solide comme le roc ».
    ("Taipei", None, TAIPEI, "name"),
    ("la présidence", None, TW_PRESIDENCY, "nominal"),
    ("Washington", "remercié dimanche Washington", US, "metonym"),
    # Le Kremlin, lui, est resté silencieux.
    ("Kremlin", None, KREMLIN, "metonym"),
    ("lui", "Le Kremlin, lui,", KREMLIN, "pronoun"),
    # Xi Jinping devait s’envoler dimanche pour Rio de Janeiro, où s’ouvre lundi le sommet du G20, avant une visite
    # d’État à Brasilia, la capitale brésilienne.
    ("Xi Jinping", 2, XI, "name"),
    ("Rio de Janeiro", None, RIO, "name"),
    ("G20", None, G20, "name"),
    ("Brasilia", None, BRASILIA, "name"),
    ("la capitale brésilienne", None, BRASILIA, "nominal"),
    # Joe Biden, attendu lui aussi à Rio, fait escale dimanche en Amazonie, une première pour un président américain ...
    ("Joe Biden", 2, BIDEN, "name"),
    ("lui", "attendu lui aussi", BIDEN, "pronoun"),
    ("Rio", "à Rio,", RIO, "name"),
    ("Amazonie", None, AMAZON, "name"),
]

PUB_DAY = "the publication day, Sunday 17 November 2024 (inferred: see PUBLISHED_INFERRED)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday-16", ("samedi 16 novembre", None), "2024-11-16", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year (16 November 2024 is a Saturday), the day before "
     + PUB_DAY),
    ("t-january", ("en janvier", None), "2025-01", "month", "month-future",
     "« avant le retour de Donald Trump à la Maison Blanche, en janvier »: a future return, written in November "
     "2024: the next January, January 2025."),
    ("t-november-2023", ("en novembre 2023", None), "2023-11", "month", "explicit-month-year",
     "A month with its year written out: November 2023."),
    ("t-wednesday", ("mercredi", None), "2024-11-13", "day", "weekday-past",
     "« a choisi mercredi »: a past weekday, the most recent Wednesday before " + PUB_DAY),
    ("t-sunday-taipei", ("dimanche", "remercié dimanche"), "2024-11-17", "day", "weekday-publication-day",
     "« a remercié dimanche »: " + PUB_DAY),
    ("t-sunday-xi", ("dimanche", "s’envoler dimanche"), "2024-11-17", "day", "weekday-publication-day",
     "« devait s’envoler dimanche »: " + PUB_DAY),
    ("t-monday", ("lundi", None), "2024-11-18", "day", "weekday-future",
     "« où s’ouvre lundi le sommet du G20 »: a scheduled present, the first Monday after publication: Monday 18 "
     "November 2024."),
    ("t-sunday-biden", ("dimanche", "escale dimanche"), "2024-11-17", "day", "weekday-publication-day",
     "« fait escale dimanche »: " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-meeting", "Meeting", "Xi Jinping and Joe Biden meet in Lima on Saturday 16 November",
          ("se sont entretenus", None), [("participant", XI), ("participant", BIDEN)], place=LIMA,
          time="t-saturday-16",
          note="A reciprocal verb with two coordinated subjects, each a role noun and a name in apposition. « leur "
               "dernière rencontre » (a conditional predicate, « ce qui devrait être ») and « l’entretien » (Biden's "
               "quote) restate it: no events of their own. Stated in the article's voice."),
    event("e-apec-summit", "Meeting", "The APEC summit in Lima", ("sommet", "sommet de l’Apec"),
          [("participant", APEC)], place=LIMA,
          note="« en marge du sommet de l’Apec »: a nominal summit with no time of its own (as the APEC summit in "
               "gold/kishida-xi-san-francisco-2023-11-17); Lima, the meeting's city, is its place. The meeting is "
               "beside it, not part of it (no part_of, as in that article)."),
    event("e-trump-return", "Event", "Donald Trump returns to the White House in January", ("retour", None),
          [("agent", TRUMP)], status="planned", place=WH_BUILDING, time="t-january",
          note="« avant le retour de Donald Trump à la Maison Blanche, en janvier »: a nominal return still to come "
               "(planned); the building is the destination, so the place."),
    event("e-meeting-2023", "Meeting", "Xi Jinping and Joe Biden last met in November 2023, near San Francisco",
          ("s’étaient vus", None), [("participant", XI), ("participant", BIDEN)], time="t-november-2023",
          note="« Les deux hommes s’étaient vus pour la dernière fois en novembre 2023, près de San Francisco »: a "
               "pluperfect reciprocal meeting; « Les deux hommes » is plural (no mention). Near the city, not in it: "
               "no place (as « près du détroit d’Ormuz » in gold)."),
    event("e-agreement", "Agreement", "Xi and Biden agree that humans, not AI, must control nuclear decisions",
          ("sont convenus", None), [("participant", XI), ("participant", BIDEN)], place=LIMA, time="t-saturday-16",
          part_of="e-meeting", according_to=[WHITE_HOUSE],
          note="« Les deux dirigeants sont convenus que ..., a annoncé la Maison Blanche dans un communiqué »: reached "
               "at the Saturday meeting, sourced after the clause to the White House; Beijing's « texte similaire » "
               "says the same (s-china-text)."),
    event("e-human-control", "Event", "Humans, not artificial intelligence, keep control of nuclear decisions",
          ("garder", None), [("participant", CHINA), ("participant", US)], status="planned",
          according_to=[WHITE_HOUSE],
          note="« que les humains, et non l’intelligence artificielle, devaient garder le contrôle des décisions "
               "sur l’emploi de l’arme nucléaire »: what the two sides agree to keep (planned, as « avaient convenu "
               "de rétablir » in gold); the decisions are each state's, so the participants are China and the "
               "United States. The excluded alternative (« et non l’intelligence artificielle ») has no verb of its "
               "own: no separate negated event; « les humains » and « l’intelligence artificielle » are generic."),
    event("e-nuclear-use", "Event", "A use of nuclear weapons (what the decisions would be about)",
          ("emploi", None), [("participant", CHINA), ("participant", US)], status="hypothetical",
          according_to=[WHITE_HOUSE],
          note="« des décisions sur l’emploi de l’arme nucléaire »: a possible use, hypothetical (as « l’emploi "
               "d’armes nucléaires tactiques » in gold/exercices-nucleaires-bielorussie-2024-06-11)."),
    event("e-competition", "Event", "The competition between China and the United States", ("compétition", None),
          [("participant", CHINA), ("participant", US)], according_to=[BIDEN],
          note="« la compétition entre nos deux pays », in Biden's quote: an ongoing rivalry, occurred, according to "
               "him; « nos deux pays » is plural (no mention)."),
    event("e-conflict", "Event", "The competition will not turn into conflict (Biden)", ("tournera", None),
          [("participant", CHINA), ("participant", US)], status="negated", according_to=[BIDEN],
          note="« elles garantissent que la compétition ... ne tournera pas au conflit »: a negated future, "
               "according to Biden (as « ne resterons pas » in gold)."),
    event("e-work-together", "Event", "Xi ready to work with the incoming US administration",
          ("travailler", None), [("participant", XI), ("participant", TRUMP_ADMIN)], status="proposed",
          according_to=[XI],
          note="« s’est dit prêt à « travailler avec la nouvelle administration » »: an offer, proposed (as « s’est "
               "dit également prêt à élaborer » in the bundled article)."),
    event("e-us-restrictions", "Sanction", "US restrictions on semiconductor exports", ("restrictions", None),
          [("agent", US), ("recipient", CHINA), ("theme", CHIPS)],
          note="« les restrictions américaines sur les exportations de semi-conducteurs »: the United States from the "
               "adjective (as « restrictions américaines » in gold/chine-metaux-rares-2024-12-03); China, whose "
               "leader denounces them, is the recipient (implied). The exports they restrict are not an event of "
               "their own. Presupposed by the denunciation: occurred, in the article's voice."),
    event("e-china-support", "Event", "Beijing's support for the Russian defence industry (Biden's concern)",
          ("soutien", "au soutien de Pékin"), [("agent", CHINA), ("recipient", RU_DEFENCE)], status="suspected",
          according_to=[BIDEN],
          note="« exprimé son inquiétude face au soutien de Pékin à l’industrie de défense russe »: what Biden is "
               "worried about, which Beijing does not admit: suspected, according to Biden."),
    event("e-nk-dispatch", "Event", "North Korean soldiers sent to Russia (Biden's concern)", ("envoi", None),
          [("agent", NK), ("theme", NK_SOLDIERS)], status="suspected", place=RUSSIA, according_to=[BIDEN],
          note="« et à l’envoi de soldats nord-coréens en Russie »: the second object of the concern, suspected, "
               "according to Biden (as the deployment in gold/traite-russie-coree-ratification-2024-11, which "
               "Moscow never confirmed); North Korea, the sender, comes from the adjective; Russia is the "
               "destination, so the place."),
    event("e-campaign", "Event", "Donald Trump's election campaign", ("campagne", None), [("agent", TRUMP)],
          note="« pendant sa campagne »: a nominal event (« sa » is the president-elect's), the occasion of the "
               "promise; not a time expression, and no date is written."),
    event("e-tariffs", "Event", "60 % tariffs on Chinese goods (Trump's promise)", ("droits de douane", None),
          [("agent", TRUMP), ("recipient", CHINA)], status="planned", according_to=[TRUMP],
          note="« qui avait promis ... des droits de douane de 60 % sur les produits chinois »: planned (a promise, as "
               "in gold/chine-metaux-rares-2024-12-03); China from « les produits chinois »."),
    event("e-rubio-choice", "Event", "Donald Trump chose Marco Rubio on Wednesday to lead his diplomacy",
          ("a choisi", None), [("agent", TRUMP), ("recipient", RUBIO)], time="t-wednesday",
          note="« Le président élu ... a choisi mercredi Marco Rubio »: the chooser is the agent, the person chosen "
               "the recipient (as an appointment in gold)."),
    event("e-rubio-sanctions", "Sanction", "Chinese sanctions on Marco Rubio", ("sanctions", None),
          [("agent", CHINA), ("recipient", RUBIO)],
          note="« un sénateur visé par des sanctions de Pékin »: a passive participle with the sanctions as agent "
               "phrase; « Pékin » is China; no date is written."),
    event("e-rubio-diplomacy", "Event", "Marco Rubio to lead the incoming administration's diplomacy",
          ("diriger", None), [("agent", RUBIO)], status="planned",
          note="« pour diriger sa diplomatie »: the purpose of the choice, still to come (planned); « sa diplomatie » "
               "is a field, no mention."),
    event("e-us-support-taiwan", "Event", "The United States' « rock-solid » support for Taiwan",
          ("soutien", "son soutien"), [("agent", US), ("recipient", TAIWAN)], according_to=[TW_PRESIDENCY],
          note="« pour son soutien « solide comme le roc » »: « son » is Washington's; Taiwan, supported, is "
               "implied by the speaker (Taipei's presidency). Occurred, according to the presidency."),
    event("e-xi-flight", "Event", "Xi Jinping to fly on Sunday to Rio de Janeiro", ("s’envoler", None),
          [("agent", XI)], status="planned", place=RIO, time="t-sunday-xi",
          note="« devait s’envoler dimanche pour Rio de Janeiro »: « devait » on the publication day, still ahead as "
               "the article is written: planned; the destination is the place."),
    event("e-g20-summit", "Meeting", "The G20 summit opens in Rio de Janeiro on Monday",
          ("sommet", "le sommet du G20"), [("participant", G20)], status="planned", place=RIO, time="t-monday",
          note="« où s’ouvre lundi le sommet du G20 »: a relative present for a scheduled opening (planned); its "
               "Monday is the opening day."),
    event("e-brasilia-visit", "Visit", "Xi Jinping's state visit to Brasilia", ("visite", None), [("agent", XI)],
          status="planned", place=BRASILIA,
          note="« avant une visite d’État à Brasilia, la capitale brésilienne »: after the G20 summit; no day "
               "written."),
    event("e-biden-rio", "Visit", "Joe Biden is also expected in Rio", ("attendu", None), [("agent", BIDEN)],
          status="planned", place=RIO,
          note="« Joe Biden, attendu lui aussi à Rio, »: an apposed participle of expectation, planned; no day "
               "written (for the G20 summit, implied, so no part_of)."),
    event("e-amazon-stopover", "Visit", "Joe Biden stops in the Amazon on Sunday", ("fait escale", None),
          [("agent", BIDEN)], place=AMAZON, time="t-sunday-biden",
          note="« fait escale dimanche en Amazonie »: a present on the publication day, occurred (as « travaille "
               "aujourd’hui » in the bundled article); « une première pour un président américain en exercice » is "
               "an apposed comment, no event."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-white-house", "Statement", "The White House announces the agreement on human control of nuclear "
           "decisions", WHITE_HOUSE, ("a annoncé", None), [],
           about=["e-agreement", "e-human-control", "e-nuclear-use"],
           note="« a annoncé la Maison Blanche dans un communiqué »: the source after the clause; the communiqué is "
                "the vehicle (no mention). No weekday of its own: no time."),
    speech("s-china-text", "Statement", "Beijing issues a similar text", CHINA, ("a diffusé", None), [],
           about=["e-agreement", "e-human-control", "e-nuclear-use"],
           note="« Pékin a diffusé un texte similaire »: China's own readout says the same; « une première entre les "
                "deux puissances » is an apposed comment (no event, no mention)."),
    speech("s-biden-assurance", "Assurance", "Biden: these conversations prevent miscalculation and keep "
           "competition from turning into conflict", BIDEN, ("a assuré", None),
           [("Ces conversations évitent les erreurs de calcul", None),
            ("et elles garantissent que la compétition entre nos deux pays ne tournera pas au conflit.", None)],
           time="t-saturday-16", place=LIMA, about=["e-meeting", "e-competition", "e-conflict"],
           note="One pair of guillemets split around « a assuré M. Biden au début de l’entretien, »: one speech act, "
                "two quotes (the second keeps its full stop, which stands inside the guillemets). « au début de "
                "l’entretien » places it at the Saturday meeting in Lima; it is not a time expression."),
    speech("s-xi-ready", "Statement", "Xi ready to « work with the new administration »", XI, ("s’est dit", None),
           [("travailler avec la nouvelle administration", None)], time="t-saturday-16", place=LIMA,
           according_to=[XINHUA], about=["e-work-together"],
           note="Words of the meeting relayed by Xinhua (« selon l’agence Chine nouvelle »); the quote holds the role "
                "noun for Trump's incoming administration."),
    speech("s-xinhua", "Report", "Xinhua reports Xi's words", XINHUA, ("selon", None), [],
           about=["s-xi-ready", "e-work-together"],
           note="« selon l’agence Chine nouvelle »: the title before the name is part of its phrase. It closes its "
                "sentence; the next sentence (the warning) is not given to it."),
    speech("s-xi-taiwan", "Warning", "Xi warns Washington about Taiwan, a « red line »", XI, ("mis en garde", None),
           [("ligne rouge", None)], addressee=US, time="t-saturday-16", place=LIMA,
           note="« Il a toutefois mis en garde Washington sur Taïwan, une « ligne rouge », »: a warning to a metonym "
                "(the addressee); the apposed quoted predicate is no mention. No event is named, so no about."),
    speech("s-xi-restrictions", "Statement", "Xi denounces the US restrictions on semiconductor exports", XI,
           ("dénoncé", None), [], time="t-saturday-16", place=LIMA, about=["e-us-restrictions"],
           note="Joined by « et » to the warning, with its own verb and no guillemets: a second speech act."),
    speech("s-biden-concern", "Statement", "Biden voices concern over Beijing's support for Russia's defence "
           "industry and the North Korean soldiers", BIDEN, ("exprimé", None), [], addressee=XI,
           time="t-saturday-16", place=LIMA, according_to=[SULLIVAN], about=["e-china-support", "e-nk-dispatch"],
           note="« M. Biden a, lui, exprimé son inquiétude »: said to Xi at the meeting (addressee implied by the "
                "paragraph), sourced after the clause to Sullivan."),
    speech("s-sullivan", "Report", "Jake Sullivan reports Biden's concern", SULLIVAN, ("a rapporté", None), [],
           about=["s-biden-concern"],
           note="« a rapporté son conseiller à la sécurité nationale, Jake Sullivan »: a possessive role noun and the "
                "name in apposition; no weekday of its own: no time."),
    speech("s-trump-promise", "Warning", "Trump promised 60 % tariffs on Chinese goods during his campaign", TRUMP,
           ("avait promis", None), [], addressee=CHINA, about=["e-tariffs"],
           note="« qui avait promis pendant sa campagne des droits de douane de 60 % sur les produits chinois »: a "
                "relative pluperfect; a promise of a measure against a state is a Warning addressed to it (as in "
                "gold/chine-metaux-rares-2024-12-03). Said during the campaign (e-campaign); no date written."),
    speech("s-taiwan-thanks", "Statement", "Taiwan's presidency thanks Washington for its « rock-solid » support",
           TW_PRESIDENCY, ("a remercié", None), [("solide comme le roc", None)], addressee=US,
           time="t-sunday-taipei", place=TAIPEI, about=["e-us-support-taiwan"],
           note="« À Taipei » fronted: the city where the presidency speaks; « Washington », thanked, is the "
                "addressee."),
    speech("s-kremlin-silence", "SpeechAct", "The Kremlin stays silent", KREMLIN, ("est resté silencieux", None), [],
           status="negated", about=["e-meeting"],
           note="« Le Kremlin, lui, est resté silencieux »: a negated speech act with no verb of speech (as « n’a pas "
                "réagi » in gold); the emphatic « lui » sets it against Taipei's reaction. What it is silent about is "
                "implied: the meeting where Russia came up."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
