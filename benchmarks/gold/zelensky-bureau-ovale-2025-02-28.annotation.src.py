"""Held-out annotation of zelensky-bureau-ovale-2025-02-28.txt (written for the eighteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/zelensky-bureau-ovale-2025-02-28.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/zelensky-bureau-ovale-2025-02-28.annotation.src.py --check

From held-out set 18 (moved to gold in session 17; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "zelensky-bureau-ovale-2025-02-28.txt"

NOTE = """\
Held-out-18 article: Volodymyr Zelensky leaves the White House early on Friday 28 February 2025 (the file gives \
the day) after a heated exchange in the Oval Office with Donald Trump and his vice-president JD Vance, without \
signing the agreement on Ukrainian minerals he had come to conclude; Trump's words to his guest and his reproach \
of ingratitude; Zelensky, who was asking for security guarantees, interrupted by Vance; a lunch and a joint press \
conference cancelled (a US official quoted by Reuters); Trump's post on Truth Social; the agreement's access to \
rare earths, Kyiv's rejection of a first draft in mid-February and Trump's promise on Wednesday; Moscow's applause, \
Dmitry Medvedev's post on Telegram and Dmitry Peskov's silence; the Europeans behind Kyiv: Emmanuel Macron from \
Portugal, Olaf Scholz's promise of support and Keir Starmer's summit in London on Sunday; Zelensky's thanks and \
his post on X in the evening, and his trip to the United Kingdom on Saturday. The meeting, the early departure, \
the unsigned agreement, Vance's part, the cancelled lunch and press conference, Medvedev's insult, Macron's words \
from Portugal and Starmer's Sunday summit follow the real events loosely; the exact quotes (Trump's, Medvedev's, \
Scholz's, Zelensky's), the Reuters source, Kyiv's mid-February rejection, Trump's Wednesday promise and Peskov's \
silence are partly invented.
What it exercises: a departure on the publication day from a building with a comparative that is no time (« a \
quitté vendredi la Maison Blanche plus tôt que prévu »), « après » a nominal meeting in a second building with \
three participants, one of them a possessive role noun and a name in apposition (« après un échange houleux dans \
le Bureau ovale avec Donald Trump et son vice-président, JD Vance »), a negated perfect infinitive (« sans avoir \
signé l’accord »: the signing negated, the agreement itself proposed) and a relative with a verb of motion and a \
purpose (« qu’il était venu conclure »: a Visit, « conclure » restating the agreement); a quote first with « Vous » \
for the guest and a dative role noun (« a lancé le président américain à son invité devant les caméras ») and a \
participle of reproach with a negated one-word quote and a metonym (« lui reprochant de ne pas se montrer « \
reconnaissant » envers Washington »: a second speech act, the gratitude negated according to Trump); a relative \
request in the imperfect with no addressee written (« qui réclamait des garanties de sécurité »: the guarantees \
proposed) and a passive interruption with its agent (« a été interrompu à plusieurs reprises par M. Vance »); \
two nominal events joined by « et » under a passive cancellation with no agent and a source after the clause \
with a participle (« Un déjeuner de travail et une conférence de presse commune ont été annulés, a indiqué un \
responsable américain cité par l’agence Reuters »: the lunch and the press conference negated, the cancellation \
occurred, the Reuters Report); a written quote with a future and a temporal clause (« Il pourra revenir quand il \
sera prêt pour la paix », a écrit ensuite Donald Trump sur son réseau Truth Social: the return hypothetical; « \
ensuite » no time); a conditional past in the article's own voice (« L’accord aurait donné aux États-Unis un accès \
aux terres rares de l’Ukraine »: a hypothetical Delivery); a pluperfect rejection by a metonym with « mi-février » \
and a passive participle of judgement with no agent (« jugée trop déséquilibrée »: Kyiv's judgement); a \
pluperfect promise on a past weekday with a quoted noun phrase (« Mercredi encore, M. Trump avait promis un « très \
grand accord » »); a metonym's reaction without a quote (« Moscou a aussitôt applaudi »); a quote first that \
reports another speech act with a demonstrative insult for Zelensky (« Trump a dit à ce clown ses quatre vérités \
»), written on a network by a name with a role noun in apposition holding an unlinked institution (« a écrit sur \
Telegram Dmitri Medvedev, vice-président du Conseil de sécurité russe »); a negated reaction with « dans \
l’immédiat » (the publication day); a plural subject with an emphatic « eux » and a metonym (« Les Européens, eux, \
ont fait bloc derrière Kiev »); a quote with an impersonal « Il y a » and two nouns renamed in apposition (« un \
agresseur, la Russie, et un peuple agressé, l’Ukraine »: an aggression stated in the quote) from a country (« a \
rappelé Emmanuel Macron depuis le Portugal »); a promise to a metonym of a metonym's support with a two-word \
quote (« a promis à Kiev le « soutien indéfectible » de Berlin »: planned); a future reception on a future weekday \
in a city with a purpose (« recevra dimanche à Londres une quinzaine de dirigeants pour un sommet sur la sécurité \
du continent »: one planned Meeting, « un sommet » naming it); thanks to a country's other name in the evening (« \
a remercié l’Amérique dans la soirée »); a quote first with « Nous » for Ukraine, « a-t-il écrit sur X » and a \
negated apology (« sans présenter d’excuses »); a planned trip on a future weekday sourced after the clause (« \
Il doit se rendre samedi au Royaume-Uni, selon son entourage »).
Places and metonyms. « Washington » (envers Washington) is the United States (Q30), a metonym; the visit's place \
is the city (Q61), not written, as the visit of gold. « Kiev » is Ukraine (Q212) all three times (it rejected a \
draft, the Europeans stand behind it, it is promised support). « Moscou » is Russia (Q159), a metonym that \
applauds. « Berlin » is Germany (local), a metonym. « Londres » is the city where the summit is held (local \
place). « la Maison Blanche » is the building Zelensky leaves and « le Bureau ovale » the room of the exchange \
(local places). « le Portugal » (Q45) is the place from which Macron speaks. « l’Amérique » is the United States \
(Q30), kind name (another name of the state, as in gold). « le Kremlin » in « porte-parole du Kremlin » is the \
institution (Q2060629), a metonym, as in gold. « le continent » is Europe (local place), a nominal mention.
Mentions. Zelensky: his name, « il » (qu’il était venu), « Vous » (in Trump's quote, addressed to him), « son \
invité », « lui », « Le dirigeant ukrainien », « Il » and « il » in Trump's post, « ce clown » in Medvedev's quote, \
« Le président ukrainien », « il » in « a-t-il écrit », « Il » (doit se rendre). Trump: « Donald Trump » twice, « le \
président américain », « Trump » in « M. Trump » and in Medvedev's quote. Vance: « son vice-président » (a \
possessive role noun in apposition before the name) and « JD Vance », « Vance » in « M. Vance ». « Reuters » \
without « l’agence » and « Truth Social » without « son réseau » (a title before the name is part of its phrase). \
« les minerais ukrainiens » (the agreement's object), « terres rares de l’Ukraine » (fused « aux », the theme of \
the access) and « une première version » (the rejected draft) are local objects. « un agresseur » and « un peuple \
agressé », each renamed in apposition, are nominal mentions of Russia and Ukraine. « Nous » in Zelensky's quote \
is Ukraine. « Les Européens » (and « eux »), « une quinzaine de dirigeants » and « son entourage » are local \
groups; « un responsable américain » is a local person. Not mentions: « les caméras », « des garanties de sécurité \
», « Un déjeuner de travail », « une conférence de presse commune », « la paix », « ses quatre vérités », « Il » \
impersonal (« Il y a »), « un sommet », « la sécurité », « d’excuses », the relative « qu’ » and « qui », the \
possessives.
Statuses. The departure, the exchange, the interruption, the visit, the cancellation, the rejection, the \
aggression and the Europeans' closing of ranks occurred; the signing, Zelensky's gratitude (according to Trump), \
the lunch and the press conference (cancelled) are negated, and so are Peskov's reaction and the apology (negated \
speech acts); the agreement, the security guarantees and the peace are proposed; the return and the access to \
rare earths are hypothetical; Germany's support, Starmer's summit and the trip to the United Kingdom are planned.
Times. « vendredi » is the publication day, Friday 28 February 2025; the exchange and the interruption take it too \
(the departure's occasion, « après »), and Trump's words to his guest. « mi-février » is February 2025 (the month: \
no day is given); « Mercredi » is Wednesday 26 February 2025; « dans l’immédiat » the publication day; « \
dimanche » Sunday 2 March 2025; « dans la soirée » the evening of the publication day; « samedi » Saturday 1 \
March 2025. « plus tôt que prévu », « à plusieurs reprises », « ensuite », « encore » and « aussitôt » are not \
times. The visit, the cancellation, the Reuters report, the posts on Truth Social, Telegram and X, Moscow's \
applause and the European reactions have no weekday or occasion written: no time.
Volodymyr Zelensky, Donald Trump, JD Vance, the White House, the Oval Office, the Ukrainian minerals, the US \
official, Truth Social, the rare earths, the first draft, Telegram, the Security Council of Russia, the \
Europeans, Emmanuel Macron, Olaf Scholz, Germany, Keir Starmer, London, the leaders, Europe, X, the United \
Kingdom and Zelensky's entourage are not in ids.tsv: local, unlinked. Dmitry Medvedev, Dmitry Peskov, the \
Kremlin (the institution), Reuters, Portugal, the United States, Washington (the city of the visit), Ukraine \
and Russia are linked."""

ZELENSKY, TRUMP, VANCE = "local:volodymyr-zelensky", "local:donald-trump", "local:jd-vance"
MACRON, SCHOLZ, STARMER = "local:emmanuel-macron", "local:olaf-scholz", "local:keir-starmer"
MEDVEDEV, PESKOV, KREMLIN, REUTERS = "Q23530", "Q4359688", "Q2060629", "Q130879"
US, UKRAINE, RUSSIA, WASHINGTON, PORTUGAL = "Q30", "Q212", "Q159", "Q61", "Q45"
WHITE_HOUSE, OVAL_OFFICE, LONDON, EUROPE = "local:white-house", "local:oval-office", "local:london", \
    "local:europe"
GERMANY, UK = "local:germany", "local:united-kingdom"
MINERALS, RARE_EARTHS, DRAFT = "local:ukrainian-minerals", "local:ukrainian-rare-earths", \
    "local:first-draft-minerals-agreement"
OFFICIAL, ENTOURAGE = "local:us-official", "local:zelensky-entourage"
EUROPEANS, LEADERS = "local:europeans", "local:leaders-london-summit"
TRUTH_SOCIAL, TELEGRAM, X_NETWORK = "local:truth-social", "local:telegram", "local:x"
RUSSIAN_SC = "local:security-council-of-russia"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House", "place",
     {"description": "résidence et bureau du président des États-Unis, à Washington",
      "unlinked_reason": NOT_VERIFIED}),
    (OVAL_OFFICE, "Bureau ovale", "Oval Office", "place",
     {"description": "bureau du président des États-Unis, dans la Maison Blanche", "unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (VANCE, "JD Vance", "JD Vance", "person",
     {"description": "vice-président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (MINERALS, "minerais ukrainiens", "Ukrainian minerals", "object",
     {"description": "les ressources minérales de l’Ukraine sur lesquelles porte l’accord",
      "unlinked_reason": "an unspecified set of resources, not one Wikidata item"}),
    (OFFICIAL, "un responsable américain", "a US official", "person",
     {"description": "responsable américain anonyme cité par Reuters", "unlinked_reason": "an anonymous person"}),
    (TRUTH_SOCIAL, "Truth Social", "Truth Social", "organization",
     {"description": "réseau social de Donald Trump", "unlinked_reason": NOT_VERIFIED}),
    (RARE_EARTHS, "terres rares de l’Ukraine", "Ukraine's rare earths", "object",
     {"description": "les gisements de terres rares de l’Ukraine auxquels l’accord aurait donné accès",
      "unlinked_reason": "an unspecified set of resources, not one Wikidata item"}),
    (DRAFT, "première version de l’accord", "first draft of the minerals agreement", "object",
     {"description": "la première version de l’accord sur les minerais, rejetée par Kiev à la mi-février",
      "unlinked_reason": "a single document with no Wikidata item"}),
    (TELEGRAM, "Telegram", "Telegram", "organization",
     {"description": "messagerie et réseau social", "unlinked_reason": NOT_VERIFIED}),
    (RUSSIAN_SC, "Conseil de sécurité de Russie", "Security Council of Russia", "organization",
     {"description": "organe consultatif de la présidence russe (pas le Conseil de sécurité de l’ONU, Q37470)",
      "unlinked_reason": NOT_VERIFIED}),
    (EUROPEANS, "les Européens", "the Europeans", "group",
     {"description": "les dirigeants et gouvernements européens", "unlinked_reason": GROUP}),
    (MACRON, "Emmanuel Macron", "Emmanuel Macron", "person",
     {"description": "président de la France", "unlinked_reason": NOT_VERIFIED}),
    (SCHOLZ, "Olaf Scholz", "Olaf Scholz", "person",
     {"description": "chancelier allemand sortant", "unlinked_reason": NOT_VERIFIED}),
    (GERMANY, "Allemagne", "Germany", "country", {"unlinked_reason": NOT_VERIFIED}),
    (STARMER, "Keir Starmer", "Keir Starmer", "person",
     {"description": "Premier ministre britannique", "unlinked_reason": NOT_VERIFIED}),
    (LONDON, "Londres", "London", "place", {"unlinked_reason": NOT_VERIFIED}),
    (LEADERS, "une quinzaine de dirigeants", "some fifteen leaders", "group",
     {"description": "dirigeants, surtout européens, invités au sommet de Londres", "unlinked_reason": GROUP}),
    (EUROPE, "Europe", "Europe", "place",
     {"description": "le continent européen, que l’article nomme « le continent »", "unlinked_reason": NOT_VERIFIED}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (UK, "Royaume-Uni", "United Kingdom", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ENTOURAGE, "l’entourage de Volodymyr Zelensky", "Volodymyr Zelensky's entourage", "group",
     {"description": "proches et conseillers du président ukrainien que l’article ne nomme pas",
      "unlinked_reason": GROUP}),
]

DESCRIPTIONS = {
    WASHINGTON: "la ville, lieu de la visite de Volodymyr Zelensky (pas écrite dans le texte)",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Volodymyr Zelensky a quitté vendredi la Maison Blanche ... dans le Bureau ovale avec Donald Trump et son ...
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "name"),
    ("Bureau ovale", None, OVAL_OFFICE, "name"),
    ("Donald Trump", 1, TRUMP, "name"),
    ("son vice-président", None, VANCE, "nominal"),
    ("JD Vance", None, VANCE, "name"),
    ("les minerais ukrainiens", None, MINERALS, "nominal"),
    ("il", "qu’il était venu", ZELENSKY, "pronoun"),
    # « Vous n’êtes pas en bonne position », a lancé le président américain à son invité ...
    ("Vous", "« Vous n’êtes", ZELENSKY, "pronoun"),
    ("le président américain", None, TRUMP, "nominal"),
    ("son invité", None, ZELENSKY, "nominal"),
    ("lui", "lui reprochant", ZELENSKY, "pronoun"),
    ("Washington", None, US, "metonym"),
    # Le dirigeant ukrainien, qui réclamait des garanties de sécurité, a été interrompu ... par M. Vance.
    ("Le dirigeant ukrainien", None, ZELENSKY, "nominal"),
    ("Vance", "M. Vance", VANCE, "name"),
    # Un déjeuner de travail ... a indiqué un responsable américain cité par l’agence Reuters.
    ("un responsable américain", None, OFFICIAL, "nominal"),
    ("Reuters", None, REUTERS, "name"),
    # « Il pourra revenir quand il sera prêt pour la paix », a écrit ensuite Donald Trump sur son réseau Truth Social.
    ("Il", "« Il pourra", ZELENSKY, "pronoun"),
    ("il", "quand il sera", ZELENSKY, "pronoun"),
    ("Donald Trump", 2, TRUMP, "name"),
    ("Truth Social", None, TRUTH_SOCIAL, "name"),
    # L’accord aurait donné aux États-Unis un accès aux terres rares de l’Ukraine.
    ("États-Unis", None, US, "name"),
    ("terres rares de l’Ukraine", None, RARE_EARTHS, "nominal"),
    ("Ukraine", "terres rares de l’Ukraine", UKRAINE, "name"),
    # Kiev avait rejeté mi-février une première version, jugée trop déséquilibrée. Mercredi encore, M. Trump ...
    ("Kiev", "Kiev avait rejeté", UKRAINE, "metonym"),
    ("une première version", None, DRAFT, "nominal"),
    ("Trump", "M. Trump avait", TRUMP, "name"),
    # Moscou a aussitôt applaudi. « Trump a dit à ce clown ... », a écrit sur Telegram Dmitri Medvedev, ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Trump", "« Trump a dit", TRUMP, "name"),
    ("ce clown", None, ZELENSKY, "nominal"),
    ("Telegram", None, TELEGRAM, "name"),
    ("Dmitri Medvedev", None, MEDVEDEV, "name"),
    ("vice-président du Conseil de sécurité russe", None, MEDVEDEV, "nominal"),
    ("Conseil de sécurité russe", None, RUSSIAN_SC, "name"),
    # Le porte-parole du Kremlin, Dmitri Peskov, n’a pas réagi dans l’immédiat.
    ("Le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # Les Européens, eux, ont fait bloc derrière Kiev.
    ("Les Européens", None, EUROPEANS, "nominal"),
    ("eux", "Européens, eux,", EUROPEANS, "pronoun"),
    ("Kiev", "derrière Kiev", UKRAINE, "metonym"),
    # « Il y a un agresseur, la Russie, et un peuple agressé, l’Ukraine », a rappelé Emmanuel Macron depuis ...
    ("un agresseur", None, RUSSIA, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("un peuple agressé", None, UKRAINE, "nominal"),
    ("Ukraine", "agressé, l’Ukraine", UKRAINE, "name"),
    ("Emmanuel Macron", None, MACRON, "name"),
    ("Portugal", None, PORTUGAL, "name"),
    # Le chancelier allemand sortant, Olaf Scholz, a promis à Kiev le « soutien indéfectible » de Berlin.
    ("Le chancelier allemand sortant", None, SCHOLZ, "nominal"),
    ("Olaf Scholz", None, SCHOLZ, "name"),
    ("Kiev", "promis à Kiev", UKRAINE, "metonym"),
    ("Berlin", None, GERMANY, "metonym"),
    # Le Premier ministre britannique, Keir Starmer, recevra dimanche à Londres une quinzaine de dirigeants ...
    ("Le Premier ministre britannique", None, STARMER, "nominal"),
    ("Keir Starmer", None, STARMER, "name"),
    ("Londres", None, LONDON, "name"),
    ("une quinzaine de dirigeants", None, LEADERS, "nominal"),
    ("continent", None, EUROPE, "nominal"),
    # Le président ukrainien a remercié l’Amérique dans la soirée.
    ("Le président ukrainien", None, ZELENSKY, "nominal"),
    ("Amérique", None, US, "name"),
    # « Nous voulons seulement une paix juste et durable », a-t-il écrit sur X, sans présenter d’excuses.
    ("Nous", None, UKRAINE, "pronoun"),
    ("il", "a-t-il écrit", ZELENSKY, "pronoun"),
    ("X", "sur X,", X_NETWORK, "name"),
    # Il doit se rendre samedi au Royaume-Uni, selon son entourage.
    ("Il", "Il doit se rendre", ZELENSKY, "pronoun"),
    ("Royaume-Uni", None, UK, "name"),
    ("son entourage", None, ENTOURAGE, "nominal"),
]

PUB_DAY = "The publication day, Friday 28 February 2025 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", None), "2025-02-28", "day", "weekday-publication-day",
     "« a quitté vendredi la Maison Blanche »: " + PUB_DAY),
    ("t-mid-february", ("mi-février", None), "2025-02", "month", "month-past",
     "Pluperfect « Kiev avait rejeté mi-février une première version », written on 28 February 2025: the middle "
     "of February 2025; no day is given, so the month (as « fin mars » in gold)."),
    ("t-wednesday", ("Mercredi", None), "2025-02-26", "day", "weekday-past",
     "Pluperfect « Mercredi encore, M. Trump avait promis »: the Wednesday before the publication day, 26 February "
     "2025. « encore » is not part of the time."),
    ("t-immediate", ("dans l’immédiat", None), "2025-02-28", "day", "publication-day",
     "« n’a pas réagi dans l’immédiat »: as of the publication day. " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2025-03-02", "day", "weekday-future",
     "Future « recevra dimanche à Londres »: the Sunday after the publication day, 2 March 2025."),
    ("t-evening", ("dans la soirée", None), "2025-02-28", "day", "part-of-day",
     "« a remercié l’Amérique dans la soirée »: the evening of the publication day (after the Friday departure). "
     + PUB_DAY),
    ("t-saturday", ("samedi", None), "2025-03-01", "day", "weekday-future",
     "« Il doit se rendre samedi au Royaume-Uni »: the Saturday after the publication day, 1 March 2025."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-departure", "Event", "Volodymyr Zelensky leaves the White House earlier than planned",
          ("a quitté", None), [("agent", ZELENSKY)], place=WHITE_HOUSE, time="t-friday", part_of="e-visit",
          note="« a quitté vendredi la Maison Blanche plus tôt que prévu »: the place left is the building (as « a "
               "quitté mardi Hanoï » in gold). « plus tôt que prévu » is a comparison, no time and no planned "
               "event of its own."),
    event("e-exchange", "Meeting", "Heated exchange between Zelensky, Donald Trump and JD Vance in the Oval Office",
          ("échange", None), [("participant", ZELENSKY), ("participant", TRUMP), ("participant", VANCE)],
          place=OVAL_OFFICE, time="t-friday", part_of="e-visit",
          note="« après un échange houleux dans le Bureau ovale avec Donald Trump et son vice-président, JD Vance »: "
               "a nominal meeting with three participants. No weekday of its own: it comes just before the Friday "
               "departure (« après »), on the same day, so it takes the publication day."),
    event("e-signing", "Event", "Zelensky does not sign the minerals agreement", ("signé", None),
          [("agent", ZELENSKY), ("theme", MINERALS)], status="negated", time="t-friday", place=WHITE_HOUSE,
          note="« sans avoir signé l’accord sur les minerais ukrainiens »: a negated signing (the perfect infinitive "
               "after « sans »). Its day and place are those of the departure it goes with."),
    event("e-agreement", "Agreement", "The US–Ukraine agreement on Ukrainian minerals (unsigned)",
          ("accord", "l’accord sur les minerais"), [("participant", US), ("participant", UKRAINE),
                                                    ("theme", MINERALS)],
          status="proposed",
          note="« l’accord sur les minerais ukrainiens qu’il était venu conclure »: negotiated, not signed: "
               "proposed. Its parties are implied (the United States, whose president hosts, and Ukraine). « "
               "conclure » (the purpose of the visit), « L’accord » (paragraph 4), « une première version » and « un "
               "« très grand accord » » restate it: one event."),
    event("e-visit", "Visit", "Volodymyr Zelensky's visit to Washington", ("était venu", None), [("agent", ZELENSKY)],
          place=WASHINGTON,
          note="« qu’il était venu conclure »: the verb of motion is the visit, its purpose the agreement. The city "
               "is not written; the White House is in Washington (Q61), as the visit of gold. Its days are not "
               "written: no time."),
    event("e-gratitude", "Event", "Zelensky does not show gratitude to the United States (Trump's reproach)",
          ("se montrer", None), [("agent", ZELENSKY), ("recipient", US)], status="negated", according_to=[TRUMP],
          note="« lui reprochant de ne pas se montrer « reconnaissant » envers Washington »: what Trump reproaches "
               "him with: negated according to Trump. « Washington » is the United States."),
    event("e-guarantees", "Event", "US security guarantees for Ukraine (Zelensky's request)", ("garanties", None),
          [("agent", US), ("recipient", UKRAINE)], status="proposed", according_to=[ZELENSKY],
          note="« qui réclamait des garanties de sécurité »: asked for, not granted: proposed. Who would give them "
               "and who would receive them is implied (the United States, Ukraine)."),
    event("e-interruption", "Event", "JD Vance interrupts Zelensky several times", ("a été interrompu", None),
          [("agent", VANCE), ("recipient", ZELENSKY)], place=OVAL_OFFICE, time="t-friday", part_of="e-exchange",
          note="Passive with its agent in « par »: Vance the agent, Zelensky the one interrupted (recipient). It "
               "belongs to the exchange: its day and place. « à plusieurs reprises » is no time."),
    event("e-lunch", "Banquet", "Working lunch of Trump and Zelensky (cancelled)", ("déjeuner", None),
          [("participant", TRUMP), ("participant", ZELENSKY)], status="negated", place=WHITE_HOUSE,
          according_to=[OFFICIAL],
          note="« Un déjeuner de travail ... ont été annulés »: planned, then cancelled, so it did not take place: "
               "negated (the cancellation is e-cancellation). Its participants are implied (the host and his "
               "guest), and so is its place (the White House, where the guest was received); no time written."),
    event("e-press-conference", "Event", "Joint press conference of Trump and Zelensky (cancelled)",
          ("conférence de presse", None), [("participant", TRUMP), ("participant", ZELENSKY)], status="negated",
          place=WHITE_HOUSE, according_to=[OFFICIAL],
          note="« une conférence de presse commune ont été annulés »: cancelled: negated; « commune » makes the "
               "host and his guest its participants."),
    event("e-cancellation", "Event", "The US side cancels the lunch and the press conference", ("annulés", None),
          [("agent", US)], according_to=[OFFICIAL],
          note="A passive with no agent written; the host's side, the United States, is the implied agent (the "
               "shapes require one role). The source after the clause (« a indiqué un responsable américain ») is "
               "in according_to. No weekday: no time."),
    event("e-return", "Visit", "Zelensky may come back when he is ready for peace (Trump)", ("revenir", None),
          [("agent", ZELENSKY)], status="hypothetical", according_to=[TRUMP],
          note="« Il pourra revenir quand il sera prêt pour la paix »: a permission under a condition: "
               "hypothetical. « prêt pour la paix » is a state; the peace is e-peace (Zelensky's), not a second "
               "event."),
    event("e-access", "Delivery", "The agreement would have given the United States access to Ukraine's rare earths",
          ("aurait donné", None), [("agent", UKRAINE), ("recipient", US), ("theme", RARE_EARTHS)],
          status="hypothetical",
          note="« L’accord aurait donné aux États-Unis un accès aux terres rares de l’Ukraine »: a conditional past in "
               "the article's own voice (the agreement was not signed): hypothetical. Ukraine, whose rare earths "
               "they are, is the implied giver."),
    event("e-rejection", "Event", "Kyiv had rejected a first draft in mid-February", ("avait rejeté", None),
          [("agent", UKRAINE), ("theme", DRAFT)], time="t-mid-february",
          note="« Kiev avait rejeté mi-février une première version »: a pluperfect rejection by a metonym (Ukraine)."),
    event("e-aggression", "Event", "Russia's aggression against Ukraine (Macron)", ("agressé", None),
          [("agent", RUSSIA), ("recipient", UKRAINE)], according_to=[MACRON],
          note="« Il y a un agresseur, la Russie, et un peuple agressé, l’Ukraine »: the aggression is stated as a "
               "fact in Macron's words, an event of its own for the participle; no noun names the war, so nothing "
               "is linked to the invasion (Q110999040). No time (« Il y a » is impersonal)."),
    event("e-closing-ranks", "Event", "The Europeans close ranks behind Ukraine", ("ont fait bloc", None),
          [("agent", EUROPEANS), ("recipient", UKRAINE)],
          note="« Les Européens, eux, ont fait bloc derrière Kiev »: the article's own voice; « Kiev » is Ukraine."),
    event("e-german-support", "Delivery", "Germany's unwavering support for Ukraine (Scholz's promise)",
          ("soutien", None), [("agent", GERMANY), ("recipient", UKRAINE)], status="planned", according_to=[SCHOLZ],
          note="« a promis à Kiev le « soutien indéfectible » de Berlin »: promised: planned (as a promise of "
               "deliveries in gold). « Berlin » is Germany, « Kiev » Ukraine."),
    event("e-london-summit", "Meeting", "Keir Starmer hosts some fifteen leaders in London on Sunday for a summit on "
          "European security", ("recevra", None), [("agent", STARMER), ("participant", LEADERS)],
          status="planned", place=LONDON, time="t-sunday",
          note="« recevra dimanche à Londres une quinzaine de dirigeants pour un sommet sur la sécurité du "
               "continent »: the host is the agent (as « il y recevra Alexandre Loukachenko » in the bundled "
               "article); « un sommet » names the same meeting (its purpose is the reception itself), so one "
               "event. No source: the article's own voice."),
    event("e-peace", "Event", "A just and lasting peace (what Ukraine wants)", ("paix", "une paix juste"),
          [("participant", UKRAINE), ("participant", RUSSIA)], status="proposed", according_to=[ZELENSKY],
          note="« Nous voulons seulement une paix juste et durable »: wanted, not made: proposed. « Nous » is Ukraine; "
               "Russia, the other party, is implied."),
    event("e-uk-trip", "Visit", "Zelensky to travel to the United Kingdom on Saturday", ("se rendre", None),
          [("agent", ZELENSKY)], status="planned", place=UK, time="t-saturday", according_to=[ENTOURAGE],
          note="« Il doit se rendre samedi au Royaume-Uni, selon son entourage »: planned (« doit »), sourced after "
               "the clause."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-trump-position", "Statement", "Trump to Zelensky: you are not in a good position", TRUMP,
           ("a lancé", None), [("Vous n’êtes pas en bonne position", None)], addressee=ZELENSKY, time="t-friday",
           place=OVAL_OFFICE,
           note="A quote first, « a lancé le président américain à son invité devant les caméras »: Zelensky is the "
                "addressee (« son invité », and « Vous » inside the quote); the cameras are generic. The words belong "
                "to the exchange: its day and place."),
    speech("s-trump-reproach", "Statement", "Trump reproaches Zelensky for not being grateful to the United States",
           TRUMP, ("reprochant", None), [("reconnaissant", None)], addressee=ZELENSKY, time="t-friday",
           place=OVAL_OFFICE, about=["e-gratitude"],
           note="A participle with its own guillemets: a second speech act (gold), with the exchange's day and place."),
    speech("s-zelensky-request", "Statement", "Zelensky asks for security guarantees", ZELENSKY, ("réclamait", None),
           [], about=["e-guarantees"],
           note="« qui réclamait des garanties de sécurité »: a request in the imperfect, no quote, no addressee "
                "written (the United States, implied, are left out) and no time of its own."),
    speech("s-official", "Report", "A US official says the lunch and the press conference were cancelled", OFFICIAL,
           ("a indiqué", None), [], according_to=[REUTERS],
           about=["e-cancellation", "e-lunch", "e-press-conference"],
           note="« a indiqué un responsable américain cité par l’agence Reuters »: a source after the clause; the "
                "agency that quotes him is in according_to and has its own Report."),
    speech("s-reuters", "Report", "Reuters quotes the US official", REUTERS, ("cité", None), [],
           about=["s-official"]),
    speech("s-trump-post", "Statement", "Trump on Truth Social: Zelensky can come back when he is ready for peace",
           TRUMP, ("a écrit", "a écrit ensuite"), [("Il pourra revenir quand il sera prêt pour la paix", None)],
           about=["e-return"],
           note="A written quote first, « a écrit ensuite Donald Trump sur son réseau Truth Social »: the network is "
                "the medium, not an addressee or a place. « ensuite » is no time: none."),
    speech("s-kyiv-judgement", "Statement", "Kyiv judged the first draft too unbalanced", UKRAINE, ("jugée", None), [],
           time="t-mid-february", about=["e-rejection"],
           note="« une première version, jugée trop déséquilibrée »: a passive participle of judgement with no agent; "
                "the judge is Kyiv, the subject of the rejection it explains, and the time is the rejection's."),
    speech("s-trump-promise", "Assurance", "Trump had promised a very big agreement on Wednesday", TRUMP,
           ("avait promis", None), [("très grand accord", None)], time="t-wednesday", about=["e-agreement"],
           note="« Mercredi encore, M. Trump avait promis un « très grand accord » »: a pluperfect promise with a "
                "quoted noun phrase (the quote without « un »)."),
    speech("s-moscow-applause", "SpeechAct", "Moscow applauds", RUSSIA, ("applaudi", None), [],
           about=["e-exchange"],
           note="« Moscou a aussitôt applaudi »: a reaction the article gives to Russia (a metonym), no quote; what "
                "it applauds is the exchange the article reports. « aussitôt » is no time."),
    speech("s-medvedev", "Statement", "Medvedev: Trump told this clown some home truths", MEDVEDEV,
           ("a écrit", "a écrit sur Telegram"), [("Trump a dit à ce clown ses quatre vérités", None)],
           about=["s-trump-position", "e-exchange"],
           note="A written quote first, « a écrit sur Telegram Dmitri Medvedev, vice-président du Conseil de sécurité "
                "russe »: the network is the medium. The quote reports Trump's words in the exchange (« a dit »), "
                "so it is about s-trump-position rather than a new speech act (the words are not quoted). « ce "
                "clown » is Zelensky. No time written."),
    speech("s-peskov-no-reaction", "SpeechAct", "Dmitry Peskov has not reacted", PESKOV, ("n’a pas réagi", None), [],
           status="negated", time="t-immediate", about=["e-exchange"],
           note="« Le porte-parole du Kremlin, Dmitri Peskov, n’a pas réagi dans l’immédiat »: a negated speech act "
                "(as « n’a pas réagi » in gold), as of the publication day."),
    speech("s-macron", "Statement", "Macron: there is an aggressor, Russia, and an attacked people, Ukraine", MACRON,
           ("a rappelé", None), [("Il y a un agresseur, la Russie, et un peuple agressé, l’Ukraine", None)],
           place=PORTUGAL, about=["e-aggression"],
           note="A quote first, « a rappelé Emmanuel Macron depuis le Portugal »: the country he speaks from is the "
                "place (Q45). No weekday: no time."),
    speech("s-scholz", "Assurance", "Scholz promises Kyiv Germany's unwavering support", SCHOLZ, ("a promis", None),
           [("soutien indéfectible", None)], addressee=UKRAINE, about=["e-german-support"],
           note="« a promis à Kiev le « soutien indéfectible » de Berlin »: « Kiev » (Ukraine) the addressee, a "
                "metonym; the quote is the two words between the guillemets."),
    speech("s-zelensky-thanks", "Statement", "Zelensky thanks America in the evening", ZELENSKY,
           ("a remercié", None), [], addressee=US, time="t-evening",
           note="« Le président ukrainien a remercié l’Amérique dans la soirée »: no quote; « l’Amérique » is the "
                "United States (kind name)."),
    speech("s-zelensky-post", "Statement", "Zelensky on X: we only want a just and lasting peace", ZELENSKY,
           ("a-t-il écrit", None), [("Nous voulons seulement une paix juste et durable", None)], about=["e-peace"],
           note="A quote first with « a-t-il écrit sur X » (the network the medium). Probably the same evening as "
                "the thanks, but the sentence gives no time of its own: none."),
    speech("s-zelensky-no-apology", "Statement", "Zelensky does not apologise", ZELENSKY, ("présenter", None), [],
           status="negated", about=["e-exchange"],
           note="« sans présenter d’excuses »: a negated speech act, Zelensky its subject (as « sans avancer de date "
                "» in gold)."),
    speech("s-entourage", "Report", "Zelensky's entourage says he will travel to the United Kingdom on Saturday",
           ENTOURAGE, ("selon", "selon son entourage"), [], about=["e-uk-trip"],
           note="« selon son entourage », after the clause; no time of its own."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
