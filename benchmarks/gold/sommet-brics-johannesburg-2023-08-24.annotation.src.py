"""Held-out annotation of sommet-brics-johannesburg-2023-08-24.txt (written for the seventeenth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sommet-brics-johannesburg-2023-08-24.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sommet-brics-johannesburg-2023-08-24.annotation.src.py --check

From held-out set 17 (moved to gold in session 16; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-brics-johannesburg-2023-08-24.txt"

NOTE = """\
Held-out-17 article: at the end of a three-day BRICS summit in Johannesburg, the South African president Cyril \
Ramaphosa announces on Thursday 24 August 2023 that Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United \
Arab Emirates are invited to join the bloc from 1 January 2024; Vladimir Putin, under an ICC arrest warrant since \
March, does not travel, speaks by video from Moscow and sends Sergei Lavrov; his Tuesday words, his accusation of \
the West, his invitation to Kazan for next year's summit; Lavrov to meet Naledi Pandor on Friday; the reactions \
of Beijing and Xi Jinping, Tehran, Riyadh, the White House (Wednesday) and Kyiv's silence. Published Thursday 24 \
August 2023 (the file gives the day). The summit, the six invitations, Putin's absence and video link, Lavrov's \
presence and the 2024 Kazan summit follow the real events loosely; every quote, the Iranian adviser's words, the \
Saudi interview, the Lavrov–Pandor meeting, the White House's Wednesday words and Kyiv's non-invitation are \
invented or rewritten. \
What it exercises: an announcement on the publication day with a title right before the speaker's name and a \
completive with a passive invitation of six states (« Le président sud-africain Cyril Ramaphosa a annoncé jeudi à \
Johannesburg que l’Argentine, ... étaient invités à rejoindre les Brics à partir du 1er janvier 2024 »: a \
Statement, an Invitation with the BRICS as implied agent and the six states as recipients, and a joining, proposed, \
dated by the explicit date) inside a summit known by its length (« au dernier jour d’un sommet de trois jours »); \
a quote first with « Nous » for the bloc and a role noun of the host (« a déclaré l’hôte de la réunion »: \
« la réunion » restates the summit, no mention) and three leaders, two with a role noun in apposition (« du \
Premier ministre indien, Narendra Modi, et de son homologue brésilien, Luiz Inácio Lula da Silva »); an emphatic \
« lui » with a negated trip (« Vladimir Poutine, lui, n’a pas fait le voyage »: a negated Visit, no destination \
written, no place); a fronted passive participle with « depuis mars » and a nominal warrant of a court with its \
acronym in brackets and a charge (« Visé depuis mars par un mandat d’arrêt de la Cour pénale internationale (CPI) \
pour la déportation d’enfants ukrainiens »: the warrant occurred, the deportation suspected according to the ICC); \
a conditional past arrest with a participle clause of cause (« aurait pu être arrêté, l’Afrique du Sud étant \
membre de la CPI »: hypothetical, South Africa the implied arrester); two coordinated acts (« Il est intervenu par \
vidéo depuis Moscou et a dépêché à Johannesburg son ministre des Affaires étrangères, Sergueï Lavrov »: Moscow the \
city); a quote first with a past weekday and a role noun speaker, then a relative accusation with a one-word quote \
(« qui a accusé l’Occident de « néocolonialisme » »: a second speech act, the neocolonialism suspected); an \
invitation to a city followed by a relative future summit hosted by a state (« Il a convié ses partenaires à \
Kazan, où la Russie accueillera le prochain sommet l’an prochain, selon le Kremlin »: an Invitation and a planned \
Meeting, both under one source after the clause); a planned meeting on a future weekday with a role noun and a \
name in apposition; a metonym with a relative pluperfect plea and a one-word quote (« Pékin, qui avait plaidé pour \
un élargissement rapide, a salué une décision « historique » »: two speech acts of China; « un élargissement » \
and « une décision » restate the joining and the invitation); a quote split around its reporting clause inside \
one pair of guillemets, with a sentence end in the split and a source (« « Cet élargissement est un nouveau point \
de départ, a estimé Xi Jinping, cité par l’agence Chine nouvelle. Il renforcera la voix des pays du Sud. » »: one \
speech act, two quotes, and Xinhua's Report; « Il » is the enlargement, no mention); a metonym's satisfaction \
sourced to an adviser with a title before a name inside the description (« Téhéran s’est félicité d’un « succès \
stratégique », selon un conseiller du président Ebrahim Raïssi »); « Riyad s’est montré plus prudent » (a \
description, not a speech act) and a quote first in two pieces with a role noun of the state, a future and a \
decision (« le royaume « étudiera » l’invitation avant de prendre « la décision appropriée », a indiqué son \
ministre des Affaires étrangères, le prince Fayçal ben Farhane, à la chaîne Al-Arabiya »: one speech act, two \
quotes, the channel the addressee, the study and the decision planned); « À Washington » (the city) an institution \
metonym with a pluperfect assurance on a past weekday and its pronoun « elle » (a quoted predicate, no event); a \
metonym with a relative negated passive invitation and a negated reaction (« Kiev, qui n’avait pas été invité à \
s’exprimer devant le sommet, n’a pas réagi dans l’immédiat »).
Places and metonyms. « Johannesburg » is the summit's city (the place of the announcement, the summit and the \
dispatch). « Moscou » (« depuis Moscou ») is the city Putin speaks from (Q649). « Kremlin » in « le chef du \
Kremlin » and « selon le Kremlin » is the institution (Q2060629), as in gold. « Pékin » is China (Q148), « \
Téhéran » Iran, « Riyad » Saudi Arabia (both local, metonyms), « Kiev » Ukraine (Q212), « la Maison Blanche » the \
US presidency (local, a metonym, as in gold), « À Washington » the city (Q61). « Kazan » is the city where the \
next summit will be held (local).
Mentions. « Le président sud-africain Cyril Ramaphosa », « le prince Fayçal ben Farhane », « la chaîne Al-Arabiya \
», « l’agence Chine nouvelle » and « du président Ebrahim Raïssi » have a title right before the name: only the \
name; « un conseiller du président Ebrahim Raïssi » is also a nominal mention of the adviser (a description that \
holds another entity's name, as « le père de l’actuel leader »). « l’hôte de la réunion », « Premier ministre \
indien » (from the noun after the fused « du »), « son homologue brésilien », « le chef du Kremlin », « son \
ministre des Affaires étrangères » (twice: Lavrov, then Faisal), « le président russe », « son homologue \
sud-africaine », « le royaume » and « ses partenaires » are nominal mentions; « Nous » (the BRICS), « lui », « Il \
» (twice, Putin) and « elle » (the White House) are pronouns. « (CPI) » and « la CPI » are names of the court. « \
enfants ukrainiens » is a local group (the deportation's victims), « pays du Sud » a local group inside Xi's quote \
(as « peuple chinois » in gold). Not mentions: « Il » in Xi's quote (the enlargement, an event), « la réunion », \
« le voyage », « le prochain sommet », « le sommet », « l’invitation », « une décision », « ce processus \
d’élargissement » (events), « un rival géopolitique » and « succès stratégique » (predicates), « Chine » inside « \
Chine nouvelle » (a name that only gives its name), and the adjectives (sud-africain, ukrainiens, russe).
Statuses. The announcement, the invitation, the consensus, the warrant, the video link and the dispatch are \
occurred; the joining is proposed (an offer the invitees have not all accepted: Riyadh will « study » it); the \
trip is negated; the deportation suspected (the ICC's charge); the arrest hypothetical (« aurait pu »); the \
neocolonialism suspected (Putin's accusation); the Kazan summit, the Lavrov–Pandor meeting, the Saudi study and \
decision planned; Kyiv's invitation and reaction negated.
Times. « jeudi » is the publication day, Thursday 24 August 2023; « mardi » 22 August and « mercredi » 23 August \
2023 (weekday-past); « vendredi » 25 August 2023 (weekday-future); « depuis mars » March 2023 (the warrant's month); \
« 1er janvier 2024 » an explicit date; « l’an prochain » 2024; « trois jours » a duration, the summit's only \
time; « dans l’immédiat » the publication day. Ramaphosa's quote, the consensus, the dispatch, the video link and \
the Kazan invitation have no weekday written: no time. Putin's accusation, in a relative clause on the speaker of \
the Tuesday words, takes that Tuesday (the same speech).
Cyril Ramaphosa, Johannesburg, Argentina, Egypt, Ethiopia, Iran, Saudi Arabia, the United Arab Emirates, the BRICS, \
Narendra Modi, Lula, the ICC, the Ukrainian children, South Africa, the West, the BRICS leaders, Kazan, Naledi \
Pandor, Xinhua, the countries of the South, the Iranian adviser, Ebrahim Raisi, Faisal bin Farhan, Al Arabiya and \
the White House are not in ids.tsv: local, unlinked."""

PUTIN, LAVROV, XI, KREMLIN, MOSCOW = "Q7747", "Q58217", "Q15031", "Q2060629", "Q649"
RUSSIA, CHINA, UKRAINE, WASHINGTON = "Q159", "Q148", "Q212", "Q61"
RAMAPHOSA, JOBURG, BRICS = "local:cyril-ramaphosa", "local:johannesburg", "local:brics"
ARGENTINA, EGYPT, ETHIOPIA = "local:argentina", "local:egypt", "local:ethiopia"
IRAN, SAUDI, UAE = "local:iran", "local:saudi-arabia", "local:united-arab-emirates"
MODI, LULA, ICC, CHILDREN = "local:narendra-modi", "local:lula", "local:icc", "local:ukrainian-children"
SOUTH_AFRICA, WEST, LEADERS, KAZAN = "local:south-africa", "local:west", "local:brics-leaders", "local:kazan"
PANDOR, XINHUA, SOUTH = "local:naledi-pandor", "local:xinhua", "local:global-south"
ADVISER, RAISI, FAISAL = "local:raisi-adviser", "local:ebrahim-raisi", "local:faisal-bin-farhan"
ALARABIYA, WHITE_HOUSE = "local:al-arabiya", "local:white-house"

SIX = [ARGENTINA, EGYPT, ETHIOPIA, IRAN, SAUDI, UAE]
INVITED = "invitée à rejoindre les Brics à partir du 1er janvier 2024"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RAMAPHOSA, "Cyril Ramaphosa", "Cyril Ramaphosa", "person",
     {"description": "président sud-africain, hôte du sommet", "unlinked_reason": NOT_VERIFIED}),
    (JOBURG, "Johannesburg", "Johannesburg", "place",
     {"description": "ville d’Afrique du Sud où se tient le sommet", "unlinked_reason": NOT_VERIFIED}),
    (ARGENTINA, "Argentine", "Argentina", "country", {"description": INVITED, "unlinked_reason": NOT_VERIFIED}),
    (EGYPT, "Égypte", "Egypt", "country", {"description": INVITED, "unlinked_reason": NOT_VERIFIED}),
    (ETHIOPIA, "Éthiopie", "Ethiopia", "country", {"description": INVITED, "unlinked_reason": NOT_VERIFIED}),
    (IRAN, "Iran", "Iran", "country",
     {"description": INVITED + "; aussi désigné par « Téhéran » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (SAUDI, "Arabie saoudite", "Saudi Arabia", "country",
     {"description": INVITED + "; aussi « Riyad » (métonymie) et « le royaume »", "unlinked_reason": NOT_VERIFIED}),
    (UAE, "Émirats arabes unis", "United Arab Emirates", "country",
     {"description": INVITED, "unlinked_reason": NOT_VERIFIED}),
    (BRICS, "Brics", "BRICS", "organization",
     {"description": "groupe formé par le Brésil, la Russie, l’Inde, la Chine et l’Afrique du Sud",
      "unlinked_reason": NOT_VERIFIED}),
    (MODI, "Narendra Modi", "Narendra Modi", "person",
     {"description": "Premier ministre indien", "unlinked_reason": NOT_VERIFIED}),
    (LULA, "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "person",
     {"description": "président brésilien", "unlinked_reason": NOT_VERIFIED}),
    (ICC, "Cour pénale internationale", "International Criminal Court", "organization",
     {"description": "la CPI, qui a émis un mandat d’arrêt contre Vladimir Poutine", "unlinked_reason": NOT_VERIFIED}),
    (CHILDREN, "enfants ukrainiens", "Ukrainian children", "group",
     {"description": "enfants ukrainiens dont la déportation est reprochée à Vladimir Poutine",
      "unlinked_reason": "an unnamed group of people, not one Wikidata item"}),
    (SOUTH_AFRICA, "Afrique du Sud", "South Africa", "country",
     {"description": "pays hôte du sommet, membre de la CPI", "unlinked_reason": NOT_VERIFIED}),
    (WEST, "l’Occident", "the West", "group", {"unlinked_reason": "a group of states, not one Wikidata item"}),
    (LEADERS, "dirigeants des Brics", "BRICS leaders", "group",
     {"description": "les partenaires de Vladimir Poutine au sein des Brics, conviés à Kazan",
      "unlinked_reason": "an unnamed group of leaders, not one Wikidata item"}),
    (KAZAN, "Kazan", "Kazan", "place",
     {"description": "ville de Russie où se tiendra le prochain sommet des Brics", "unlinked_reason": NOT_VERIFIED}),
    (PANDOR, "Naledi Pandor", "Naledi Pandor", "person",
     {"description": "ministre sud-africaine des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence de presse officielle chinoise", "unlinked_reason": NOT_VERIFIED}),
    (SOUTH, "pays du Sud", "countries of the Global South", "group",
     {"description": "les pays du Sud dont Xi Jinping dit que l’élargissement renforcera la voix",
      "unlinked_reason": "a group of states, not one Wikidata item"}),
    (ADVISER, "conseiller d’Ebrahim Raïssi", "adviser to Ebrahim Raisi", "person",
     {"description": "un conseiller du président iranien, que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (RAISI, "Ebrahim Raïssi", "Ebrahim Raisi", "person",
     {"description": "président iranien", "unlinked_reason": NOT_VERIFIED}),
    (FAISAL, "Fayçal ben Farhane", "Faisal bin Farhan", "person",
     {"description": "prince, ministre saoudien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (ALARABIYA, "Al-Arabiya", "Al Arabiya", "organization",
     {"description": "chaîne de télévision", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président sud-africain Cyril Ramaphosa a annoncé jeudi à Johannesburg que l’Argentine, ... les Brics ...
    ("Cyril Ramaphosa", None, RAMAPHOSA, "name"),
    ("Johannesburg", "jeudi à Johannesburg", JOBURG, "name"),
    ("Argentine", None, ARGENTINA, "name"),
    ("Égypte", None, EGYPT, "name"),
    ("Éthiopie", None, ETHIOPIA, "name"),
    ("Iran", "l’Iran", IRAN, "name"),
    ("Arabie saoudite", None, SAUDI, "name"),
    ("Émirats arabes unis", None, UAE, "name"),
    ("Brics", "rejoindre les Brics", BRICS, "name"),
    # « Nous avons trouvé un consensus ... », a déclaré l’hôte de la réunion, entouré de Xi Jinping, ...
    ("Nous", None, BRICS, "pronoun"),
    ("l’hôte de la réunion", None, RAMAPHOSA, "nominal"),
    ("Xi Jinping", "entouré de Xi Jinping", XI, "name"),
    ("Premier ministre indien", None, MODI, "nominal"),
    ("Narendra Modi", None, MODI, "name"),
    ("son homologue brésilien", None, LULA, "nominal"),
    ("Luiz Inácio Lula da Silva", None, LULA, "name"),
    # Vladimir Poutine, lui, n’a pas fait le voyage. Visé depuis mars par un mandat d’arrêt de la Cour ... (CPI) ...
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("lui", "Poutine, lui,", PUTIN, "pronoun"),
    ("Cour pénale internationale", None, ICC, "name"),
    ("CPI", "(CPI)", ICC, "name"),
    ("enfants ukrainiens", None, CHILDREN, "nominal"),
    ("le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "le chef du Kremlin", KREMLIN, "metonym"),
    ("Afrique du Sud", None, SOUTH_AFRICA, "name"),
    ("CPI", "membre de la CPI", ICC, "name"),
    # Il est intervenu par vidéo depuis Moscou et a dépêché à Johannesburg son ministre ..., Sergueï Lavrov.
    ("Il", "Il est intervenu", PUTIN, "pronoun"),
    ("Moscou", None, MOSCOW, "name"),
    ("Johannesburg", "dépêché à Johannesburg", JOBURG, "name"),
    ("son ministre des Affaires étrangères", "son ministre des Affaires étrangères, Sergueï", LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    # « L’influence des Brics ne cesse de croître », a affirmé mardi le président russe, qui a accusé l’Occident ...
    ("Brics", "L’influence des Brics", BRICS, "name"),
    ("le président russe", None, PUTIN, "nominal"),
    ("Occident", None, WEST, "name"),
    # Il a convié ses partenaires à Kazan, où la Russie accueillera le prochain sommet l’an prochain, selon le Kremlin.
    ("Il", "Il a convié", PUTIN, "pronoun"),
    ("ses partenaires", None, LEADERS, "nominal"),
    ("Kazan", None, KAZAN, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("Kremlin", "selon le Kremlin", KREMLIN, "metonym"),
    # M. Lavrov doit rencontrer vendredi son homologue sud-africaine, Naledi Pandor.
    ("Lavrov", "M. Lavrov", LAVROV, "name"),
    ("son homologue sud-africaine", None, PANDOR, "nominal"),
    ("Naledi Pandor", None, PANDOR, "name"),
    # Pékin, qui avait plaidé pour un élargissement rapide, a salué une décision « historique ».
    ("Pékin", None, CHINA, "metonym"),
    # « Cet élargissement est un nouveau point de départ, a estimé Xi Jinping, cité par l’agence Chine nouvelle. ...
    ("Xi Jinping", "a estimé Xi Jinping", XI, "name"),
    ("Chine nouvelle", None, XINHUA, "name"),
    ("pays du Sud", None, SOUTH, "nominal"),
    # Téhéran s’est félicité d’un « succès stratégique », selon un conseiller du président Ebrahim Raïssi.
    ("Téhéran", None, IRAN, "metonym"),
    ("un conseiller du président Ebrahim Raïssi", None, ADVISER, "nominal"),
    ("Ebrahim Raïssi", None, RAISI, "name"),
    # Riyad s’est montré plus prudent : le royaume « étudiera » l’invitation ..., a indiqué son ministre ...
    ("Riyad", None, SAUDI, "metonym"),
    ("le royaume", None, SAUDI, "nominal"),
    ("son ministre des Affaires étrangères", "son ministre des Affaires étrangères, le prince", FAISAL, "nominal"),
    ("Fayçal ben Farhane", None, FAISAL, "name"),
    ("Al-Arabiya", None, ALARABIYA, "name"),
    # À Washington, la Maison Blanche avait assuré mercredi qu’elle ne voyait pas dans les Brics « ... ».
    ("Washington", None, WASHINGTON, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("elle", "qu’elle ne voyait", WHITE_HOUSE, "pronoun"),
    ("Brics", "dans les Brics", BRICS, "name"),
    # Kiev, qui n’avait pas été invité à s’exprimer devant le sommet, n’a pas réagi dans l’immédiat.
    ("Kiev", None, UKRAINE, "metonym"),
]

PUB_DAY = "The publication day, Thursday 24 August 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2023-08-24", "day", "weekday-publication-day",
     "« a annoncé jeudi à Johannesburg »: " + PUB_DAY),
    ("t-jan-1", ("1er janvier 2024", None), "2024-01-01", "day", "explicit-date",
     "« à partir du 1er janvier 2024 »: a day, month and year written out; the start of the proposed membership."),
    ("t-three-days", ("trois jours", None), None, "duration", "explicit-duration",
     "« un sommet de trois jours » (P3D, Tuesday 22 to Thursday 24 August 2023): the summit's only written time, as "
     "a visit known by its length in gold. « au dernier jour » points at the announcement's Thursday, already "
     "dated."),
    ("t-march", ("depuis mars", None), "2023-03", "month", "month-past",
     "« Visé depuis mars par un mandat d’arrêt »: the last March before August 2023, March 2023, when the warrant "
     "was issued (as « depuis août » in gold)."),
    ("t-tuesday", ("mardi", None), "2023-08-22", "day", "weekday-past",
     "Past « a affirmé mardi »: the Tuesday before the publication day, 22 August 2023."),
    ("t-next-year", ("l’an prochain", None), "2024", "year", "relative-year-future",
     "Future « accueillera le prochain sommet l’an prochain », written in 2023: 2024."),
    ("t-friday", ("vendredi", None), "2023-08-25", "day", "weekday-future",
     "« doit rencontrer vendredi »: the Friday after the publication day, 25 August 2023."),
    ("t-wednesday", ("mercredi", None), "2023-08-23", "day", "weekday-past",
     "Pluperfect « avait assuré mercredi »: the Wednesday before the publication day, 23 August 2023."),
    ("t-immediate", ("dans l’immédiat", None), "2023-08-24", "day", "publication-day",
     "« n’a pas réagi dans l’immédiat »: as of writing. " + PUB_DAY),
]

XI_EVIDENCE = ("« Cet élargissement", "pays du Sud. »")

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "The three-day BRICS summit in Johannesburg, hosted by Cyril Ramaphosa",
          ("sommet", "d’un sommet de trois jours"),
          [("agent", RAMAPHOSA), ("participant", XI), ("participant", MODI), ("participant", LULA),
           ("participant", LAVROV)], place=JOBURG, time="t-three-days",
          note="« au dernier jour d’un sommet de trois jours »: the summit's only time is its length. Ramaphosa is "
               "its agent as « l’hôte de la réunion » (a host in apposition, as Tokayev in gold); Xi, Modi and Lula "
               "surround him at the announcement (« entouré de »), Lavrov is sent there (« a dépêché à Johannesburg "
               "»). Putin takes part only through his video link (e-video, part of it). Johannesburg, written in the "
               "lede, is its city. « la réunion » and « devant le sommet » restate it."),
    event("e-invitation", "Invitation", "The BRICS invite six states to join the bloc", ("invités", None),
          [("agent", BRICS)] + [("recipient", c) for c in SIX], place=JOBURG, time="t-thursday",
          part_of="e-summit", according_to=[RAMAPHOSA],
          note="« que l’Argentine, l’Égypte, l’Éthiopie, l’Iran, l’Arabie saoudite et les Émirats arabes unis étaient "
               "invités à rejoindre les Brics »: a passive with no agent; the bloc, which they are invited to join, "
               "is the implied inviter. Announced on Thursday in Johannesburg, at the summit. Restated by « une "
               "décision « historique » » (Beijing) and « l’invitation » (Riyadh)."),
    event("e-joining", "Event", "Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the UAE to join the BRICS from "
          "1 January 2024", ("rejoindre", None), [("agent", c) for c in SIX] + [("recipient", BRICS)],
          status="proposed", time="t-jan-1", according_to=[RAMAPHOSA],
          note="« invités à rejoindre les Brics à partir du 1er janvier 2024 »: the joining state is the agent and "
               "the organisation the recipient (as Belarus joining the SCO in gold). Offered, not yet accepted by "
               "all (Riyadh « étudiera » the invitation): proposed. Restated by « ce processus d’élargissement », « "
               "un élargissement rapide » and « Cet élargissement »."),
    event("e-consensus", "Agreement", "The BRICS reach a consensus on the first phase of the enlargement",
          ("consensus", None), [("participant", BRICS)], place=JOBURG, part_of="e-summit",
          according_to=[RAMAPHOSA],
          note="« Nous avons trouvé un consensus sur la première phase de ce processus d’élargissement »: « Nous » is "
               "the bloc; reached at the summit (its city); no weekday written, no time."),
    event("e-no-trip", "Visit", "Vladimir Putin did not travel to the summit", ("n’a pas fait le voyage", None),
          [("agent", PUTIN)], status="negated",
          note="« Vladimir Poutine, lui, n’a pas fait le voyage »: a negated trip; no destination written (as "
               "Modi's « n’a pas fait le déplacement » in gold): no place."),
    event("e-warrant", "Event", "The ICC issued an arrest warrant against Putin in March", ("mandat d’arrêt", None),
          [("agent", ICC), ("recipient", PUTIN)], time="t-march",
          note="« Visé depuis mars par un mandat d’arrêt de la Cour pénale internationale (CPI) »: the warrant, "
               "nominal, with the court as its issuer and Putin, « Visé », as its target (as « a émis un mandat "
               "d’arrêt contre lui, en mars 2023 » in gold). Stated in the article's own voice."),
    event("e-deportation", "Event", "The deportation of Ukrainian children (the ICC's charge)",
          ("déportation", None), [("agent", PUTIN), ("recipient", CHILDREN)], status="suspected",
          according_to=[ICC],
          note="« pour la déportation d’enfants ukrainiens »: what the warrant charges him with; a charge, not a "
               "fact the article states: suspected, according to the court (as « ses crimes de guerre » in gold)."),
    event("e-arrest", "Event", "Putin could have been arrested in South Africa", ("arrêté", None),
          [("agent", SOUTH_AFRICA), ("recipient", PUTIN)], status="hypothetical", place=SOUTH_AFRICA,
          note="« le chef du Kremlin aurait pu être arrêté, l’Afrique du Sud étant membre de la CPI »: a past "
               "conditional: hypothetical. The arrester is not written; the participle clause of cause makes it "
               "South Africa, the member state where he would have been."),
    event("e-video", "Event", "Putin takes part in the summit by video from Moscow", ("est intervenu", None),
          [("agent", PUTIN)], place=MOSCOW, part_of="e-summit",
          note="« Il est intervenu par vidéo depuis Moscou »: « Il » is Putin; the place is where he speaks from, the "
               "city (Q649). No weekday written: no time."),
    event("e-dispatch", "Event", "Putin sends Sergei Lavrov to Johannesburg", ("a dépêché", None),
          [("agent", PUTIN), ("participant", LAVROV)], place=JOBURG,
          note="« et a dépêché à Johannesburg son ministre des Affaires étrangères, Sergueï Lavrov »: the destination "
               "is the place. A minister sent to represent his president is not a Delivery of goods (unlike the "
               "rescuers « dépêchés » in gold), so an Event with the minister as participant."),
    event("e-neocolonialism", "Event", "Western neocolonialism (Putin's accusation)", ("néocolonialisme", None),
          [("agent", WEST)], status="suspected", according_to=[PUTIN],
          note="« qui a accusé l’Occident de « néocolonialisme » »: an accusation gives a suspected event (as « "
               "accusant Tokyo de traiter le Pacifique comme un « égout » » in gold); the only word is the quoted "
               "noun, its trigger."),
    event("e-kazan-invitation", "Invitation", "Putin invites his BRICS partners to Kazan", ("a convié", None),
          [("agent", PUTIN), ("recipient", LEADERS)], according_to=[KREMLIN],
          note="« Il a convié ses partenaires à Kazan »: Kazan is where they are invited to (the next summit's "
               "place), not where the invitation was made, which is not written: no place, no time (as the "
               "invitation's own place in the bundled article)."),
    event("e-next-summit", "Meeting", "Russia to host the next BRICS summit in Kazan next year",
          ("sommet", "le prochain sommet"), [("agent", RUSSIA), ("participant", LEADERS)], status="planned",
          place=KAZAN, time="t-next-year", according_to=[KREMLIN],
          note="« où la Russie accueillera le prochain sommet l’an prochain »: the host state is the agent (as « "
               "Tokyo accueillera ... un sommet » in gold), the invited partners its participants; « où » is Kazan."),
    event("e-lavrov-pandor", "Meeting", "Sergei Lavrov to meet Naledi Pandor on Friday", ("rencontrer", None),
          [("participant", LAVROV), ("participant", PANDOR)], status="planned", time="t-friday",
          note="« M. Lavrov doit rencontrer vendredi son homologue sud-africaine, Naledi Pandor »: planned, in the "
               "article's own voice; no place written."),
    event("e-saudi-study", "Event", "Saudi Arabia will study the invitation", ("étudiera", None),
          [("agent", SAUDI)], status="planned", according_to=[FAISAL],
          note="« le royaume « étudiera » l’invitation »: « le royaume » is Saudi Arabia; « l’invitation » restates "
               "e-invitation (an event, no mention, no theme)."),
    event("e-saudi-decision", "Event", "Saudi Arabia will then take « the appropriate decision »",
          ("décision", "la décision appropriée"), [("agent", SAUDI)], status="planned", according_to=[FAISAL],
          note="« avant de prendre « la décision appropriée » »: a decision still to come: planned."),
    event("e-kyiv-not-invited", "Invitation", "Kyiv had not been invited to address the summit",
          ("n’avait pas été invité", None), [("recipient", UKRAINE)], status="negated",
          note="« Kiev, qui n’avait pas été invité à s’exprimer devant le sommet »: a negated passive with no agent "
               "(as « Son pays n’a pas été invité » in gold); « Kiev » is Ukraine. « s’exprimer » is what it was not "
               "invited to do, no speech act of its own."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-announcement", "Statement", "Ramaphosa announces the invitation of six states to join the BRICS",
           RAMAPHOSA, ("a annoncé", None), [], time="t-thursday", place=JOBURG,
           about=["e-invitation", "e-joining"],
           note="« Le président sud-africain Cyril Ramaphosa a annoncé jeudi à Johannesburg que ... »: the title "
                "right before the name is part of the name's phrase."),
    speech("s-ramaphosa-consensus", "Statement", "Ramaphosa: « we have found a consensus » on the enlargement's first "
           "phase", RAMAPHOSA, ("a déclaré", None),
           [("Nous avons trouvé un consensus sur la première phase de ce processus d’élargissement", None)],
           place=JOBURG, about=["e-consensus", "e-joining"],
           note="A quote first; « l’hôte de la réunion » is Ramaphosa, « Nous » the bloc. Said at the summit, among "
                "the leaders (« entouré de »): its city; no weekday written, no time."),
    speech("s-putin-influence", "Statement", "Putin: the BRICS' influence keeps growing", PUTIN, ("a affirmé", None),
           [("L’influence des Brics ne cesse de croître", None)], time="t-tuesday",
           note="A quote first with a past weekday; « le président russe » is Putin. The growth is a state, no "
                "event. No place written in the sentence (his video link from Moscou has no day)."),
    speech("s-putin-accuses", "Statement", "Putin accuses the West of « neocolonialism »", PUTIN,
           ("a accusé", None), [("néocolonialisme", None)], time="t-tuesday", about=["e-neocolonialism"],
           note="« qui a accusé l’Occident de « néocolonialisme » »: a relative clause on the speaker of the Tuesday "
                "words, the same speech: it takes their Tuesday. No addressee (as Wang's accusation in gold)."),
    speech("s-kremlin", "Report", "The Kremlin reports Putin's invitation to Kazan and the next summit", KREMLIN,
           ("selon", "selon le Kremlin"), [], about=["e-kazan-invitation", "e-next-summit"],
           note="« selon le Kremlin » after the sentence covers the invitation and the relative summit."),
    speech("s-beijing-plea", "Statement", "Beijing had pleaded for a rapid enlargement", CHINA,
           ("avait plaidé", None), [], about=["e-joining"],
           note="« Pékin, qui avait plaidé pour un élargissement rapide »: a relative pluperfect plea of China; « un "
                "élargissement » restates the joining. No time written."),
    speech("s-beijing-hails", "Statement", "Beijing hails a « historic » decision", CHINA, ("a salué", None),
           [("historique", None)], about=["e-invitation"],
           note="« a salué une décision « historique » »: « une décision » restates the invitation (no mention)."),
    speech("s-xi", "Statement", "Xi: the enlargement is a new starting point and will strengthen the South's voice",
           XI, ("a estimé", None),
           [("Cet élargissement est un nouveau point de départ", None),
            ("Il renforcera la voix des pays du Sud.", None)],
           evidence=XI_EVIDENCE, according_to=[XINHUA], about=["e-joining"],
           note="One pair of guillemets split around « a estimé Xi Jinping, cité par l’agence Chine nouvelle. », "
                "with a sentence end in the split: one speech act, two quotes, the second keeps its full stop (as "
                "Kirby's in gold). « Il » is the enlargement; « renforcera la voix des pays du Sud » is a predicate "
                "of it (no event, as « enrichissent l’offre mondiale » in gold)."),
    speech("s-xinhua", "Report", "Xinhua quotes Xi", XINHUA, ("cité", "cité par"), [], about=["s-xi"],
           note="« cité par l’agence Chine nouvelle », as in gold."),
    speech("s-tehran", "Statement", "Tehran hails a « strategic success »", IRAN, ("s’est félicité", None),
           [("succès stratégique", None)], according_to=[ADVISER], about=["e-invitation"],
           note="« Téhéran » is Iran; « succès stratégique » a predicate of the invitation (no event)."),
    speech("s-adviser", "Report", "An adviser to Ebrahim Raisi reports Tehran's satisfaction", ADVISER,
           ("selon", "selon un conseiller"), [], about=["s-tehran"],
           note="« selon un conseiller du président Ebrahim Raïssi »."),
    speech("s-faisal", "Statement", "Faisal bin Farhan: the kingdom will study the invitation before deciding",
           FAISAL, ("a indiqué", None), [("étudiera", None), ("la décision appropriée", None)],
           addressee=ALARABIYA, about=["e-saudi-study", "e-saudi-decision", "e-invitation"],
           note="Two quoted pieces before the reporting clause: one speech act, two quotes. « à la chaîne Al-Arabiya "
                "» is who he told, the addressee. « Riyad s’est montré plus prudent » is a description, not a speech "
                "act (as « s’est montré ouvert » in gold)."),
    speech("s-white-house", "Assurance", "The White House said on Wednesday it does not see the BRICS as « a "
           "geopolitical rival »", WHITE_HOUSE, ("avait assuré", None), [("un rival géopolitique", None)],
           time="t-wednesday", place=WASHINGTON,
           note="« À Washington » fronted: the city where it speaks (as in gold). « elle » is the White House; « un "
                "rival géopolitique » a quoted predicate: no event."),
    speech("s-kyiv-silence", "SpeechAct", "Kyiv did not react immediately", UKRAINE, ("n’a pas réagi", None), [],
           status="negated", time="t-immediate", about=["e-invitation", "e-joining"],
           note="« n’a pas réagi dans l’immédiat »: a negated speech act, as in gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
