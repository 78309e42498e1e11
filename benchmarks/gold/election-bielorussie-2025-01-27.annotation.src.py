"""Held-out annotation of election-bielorussie-2025-01-27.txt (written for the seventh held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/election-bielorussie-2025-01-27.annotation.src.py [--check]

Held-out set 7: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "election-bielorussie-2025-01-27.txt"

NOTE = """\
Held-out-7 article 1: the re-election of Alexander Lukashenko, published Monday 27 January 2025 (the file gives \
the day). What it exercises: a passive re-election on a past weekday sourced after the clause to an official with \
his role noun in apposition (« a annoncé lundi à Minsk le président de la commission électorale centrale, Igor \
Karpenko ») and restated by « selon la même source »; a vote result for a group (« les quatre autres candidats \
... n’ont recueilli que quelques pour cent ») with a passive presentation that has no actor (no speech act); a \
negated passive invitation with an implied inviter (Belarus); a quote first with « a dénoncé depuis Vilnius \
l’opposante en exil » (a title before the name, part of the name's phrase), a participle of constraint and a past \
election « de 2020 »; an exhortation not to recognise (the non-recognition proposed); an institution's head with \
a quoted one-word qualification and a second verb (« a qualifié ... de « simulacre » et indiqué que ... pourraient \
être examinées le mois prochain »: two speech acts, hypothetical sanctions); two metonyms with one verb and an \
emphatic plural pronoun (« Moscou et Pékin ont, eux, salué »: two speech acts, one trigger); a congratulation \
without a quote and a participle with its own quote (two speech acts) relayed after the clause by the Kremlin; a \
dative clitic and a nominal congratulation (« lui a adressé lundi un message de félicitations ») sourced to Xinhua \
and a participle with its own quote (« se disant prêt à « porter à un niveau supérieur » »: planned); a \
pluperfect press conference with a duration; indirect speech without a quote, then « Nous » (Belarus) and \
« avait-il lancé »; a source for a figure (« selon l’ONG Viasna »); a quoted condition (« s’ils le demandent »: \
a hypothetical pardon and request); a conditional inauguration « au printemps » (2025, the year) told by a \
spokeswoman, and « sans avancer de date » (a negated speech act: it has an actor). « Minsk » is the city where \
the results are announced (Q2280) and Belarus where it is sanctioned (Q184); « Moscou » and « Pékin » are Russia \
and China. « commission électorale centrale » inside Karpenko's title is a mention (an institution with a name of \
its own, lowercase in French), as « ONU » in « Le secrétaire général de l’ONU »; « Union européenne » inside \
Kallas's title too. « Europe » inside the OSCE's name only gives a name. Karpenko, the commission, the OSCE, \
Tikhanovskaya, Vilnius, the Europeans, Brussels, Kallas, the EU, Xinhua, the West, the political prisoners, \
Viasna, Eismont and the other candidates are not in ids.tsv: local, unlinked. Not mentions: « le pouvoir » \
(generic, twice), « eux » (Moscow and Beijing at once), « les deux pays », « certains » and « ils » (some of the \
prisoners, not the group), « le résultat », « un télégramme ». Not events: the turnout (a figure), the observation \
the OSCE was not invited to make, « une opération spéciale pour garder le pouvoir » (a figure of speech inside a \
quote), the question put to Lukashenko (« Interrogé », no questioner)."""

LUKA, BELARUS, MINSK, PUTIN, XI = "Q2866", "Q184", "Q2280", "Q7747", "Q15031"
KREMLIN, RUSSIA, CHINA = "Q2060629", "Q159", "Q148"
KARPENKO, CEC, OSCE, TIKH = "local:igor-karpenko", "local:belarus-cec", "local:osce", "local:tsikhanouskaya"
VILNIUS, EUROPEANS, BRUSSELS, KALLAS, EU = "local:vilnius", "local:europeans", "local:brussels", \
    "local:kaja-kallas", "local:european-union"
XINHUA, WEST, PRISONERS, VIASNA, EISMONT, CANDIDATES = "local:xinhua", "local:the-west", \
    "local:belarus-political-prisoners", "local:viasna", "local:natalia-eismont", "local:other-candidates"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (KARPENKO, "Igor Karpenko", "Igor Karpenko", "person",
     {"description": "président de la commission électorale centrale biélorusse", "unlinked_reason": NOT_VERIFIED}),
    (CEC, "commission électorale centrale de Biélorussie", "Central Election Commission of Belarus", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (OSCE, "Organisation pour la sécurité et la coopération en Europe", "OSCE", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TIKH, "Svetlana Tikhanovskaïa", "Sviatlana Tsikhanouskaya", "person",
     {"description": "opposante biélorusse en exil", "unlinked_reason": NOT_VERIFIED}),
    (VILNIUS, "Vilnius", "Vilnius", "place", {"unlinked_reason": NOT_VERIFIED}),
    (EUROPEANS, "les Européens", "the Europeans", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KALLAS, "Kaja Kallas", "Kaja Kallas", "person",
     {"description": "cheffe de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (WEST, "l’Occident", "the West", "group", {"unlinked_reason": "a group of states, not one Wikidata item"}),
    (PRISONERS, "prisonniers politiques en Biélorussie", "political prisoners in Belarus", "group",
     {"description": "plus de 1.200 selon Viasna", "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (VIASNA, "Viasna", "Viasna", "organization",
     {"description": "ONG biélorusse de défense des droits humains", "unlinked_reason": NOT_VERIFIED}),
    (EISMONT, "Natalia Eismont", "Natallia Eismant", "person",
     {"description": "porte-parole d’Alexandre Loukachenko", "unlinked_reason": NOT_VERIFIED}),
    (CANDIDATES, "les quatre autres candidats", "the four other candidates", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Alexandre Loukachenko", None, LUKA, "name"),
    ("Biélorussie", None, BELARUS, "name"),
    ("Minsk", "lundi à Minsk", MINSK, "name"),
    ("le président de la commission électorale centrale", None, KARPENKO, "nominal"),
    ("commission électorale centrale", None, CEC, "name"),
    ("Igor Karpenko", None, KARPENKO, "name"),
    ("la même source", None, KARPENKO, "nominal"),
    # Face à lui, les quatre autres candidats ...
    ("lui", "Face à lui", LUKA, "pronoun"),
    ("les quatre autres candidats", None, CANDIDATES, "nominal"),
    ("Organisation pour la sécurité et la coopération en Europe", None, OSCE, "name"),
    ("OSCE", "(OSCE)", OSCE, "name"),
    # « Ce n’est pas une élection ... »
    ("Vilnius", None, VILNIUS, "name"),
    ("Svetlana Tikhanovskaïa", None, TIKH, "name"),
    ("le pays", "quitter le pays", BELARUS, "nominal"),
    ("Elle", "Elle a exhorté", TIKH, "pronoun"),
    ("les Européens", None, EUROPEANS, "nominal"),
    # À Bruxelles, la cheffe de la diplomatie de l’Union européenne, Kaja Kallas ...
    ("Bruxelles", None, BRUSSELS, "name"),
    ("la cheffe de la diplomatie de l’Union européenne", None, KALLAS, "nominal"),
    ("Union européenne", None, EU, "name"),
    ("Kaja Kallas", None, KALLAS, "name"),
    ("Minsk", "sanctions contre Minsk", BELARUS, "metonym"),
    # Moscou et Pékin ont, eux, salué la réélection ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Pékin", None, CHINA, "metonym"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("son allié", None, LUKA, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Le président chinois", None, XI, "nominal"),
    ("Xi Jinping", None, XI, "name"),
    ("lui", "lui a adressé", LUKA, "pronoun"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # Lors d’une conférence de presse ...
    ("le dirigeant biélorusse", None, LUKA, "nominal"),
    ("Occident", None, WEST, "name"),
    ("Nous", None, BELARUS, "pronoun"),
    ("il", "avait-il lancé", LUKA, "pronoun"),
    ("les prisonniers politiques", None, PRISONERS, "nominal"),
    ("Viasna", None, VIASNA, "name"),
    ("il", "il avait assuré", LUKA, "pronoun"),
    # Sa prestation de serment ...
    ("sa porte-parole", None, EISMONT, "nominal"),
    ("Natalia Eismont", None, EISMONT, "name"),
]

PUB_DAY = "The publication day, Monday 27 January 2025."
SUNDAY = "Past « {0} »: the Sunday before the publication day (Monday 27 January 2025): 26 January 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", "réélu dimanche"), "2025-01-26", "day", "weekday-past",
     SUNDAY.format("a été réélu dimanche")),
    ("t-monday", ("lundi", "a annoncé lundi"), "2025-01-27", "day", "weekday-publication-day",
     "« a annoncé lundi ». " + PUB_DAY),
    ("t-2020", ("2020", None), "2020", "year", "explicit-year", "« la présidentielle contestée de 2020 »."),
    ("t-next-month", ("le mois prochain", None), "2025-02", "month", "relative-month-future",
     "The month after January 2025: February 2025."),
    ("t-sunday-evening", ("dimanche soir", None), "2025-01-26", "day", "part-of-day",
     SUNDAY.format("a félicité ... dès dimanche soir")),
    ("t-monday-xi", ("lundi", "a adressé lundi"), "2025-01-27", "day", "weekday-publication-day",
     "« lui a adressé lundi ». " + PUB_DAY),
    ("t-four-hours", ("plus de quatre heures", None), None, "duration", "explicit-duration",
     "The length of the press conference (more than PT4H): a duration, attached to nothing."),
    ("t-sunday-press", ("dimanche", "heures, dimanche"), "2025-01-26", "day", "weekday-past",
     SUNDAY.format("Lors d’une conférence de presse ..., dimanche, ... avait affirmé")),
    ("t-spring", ("au printemps", None), "2025", "year", "season-future",
     "The coming spring (March to June 2025), within one year: the year, the finest precision that is true."),
    ("t-monday-eismont", ("lundi", "a précisé lundi"), "2025-01-27", "day", "weekday-publication-day",
     "« a précisé lundi ». " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reelection", "Event", "Alexander Lukashenko re-elected for a seventh term", ("a été réélu", None),
          [("recipient", LUKA)], place=BELARUS, time="t-sunday", according_to=[KARPENKO],
          note="Stated through the head of the electoral commission (« a annoncé ... Igor Karpenko »); « la "
               "réélection » that Moscow and Beijing hail restates it. The voters who elect him are not written."),
    event("e-vote", "Event", "Belarus's presidential vote on Sunday", ("scrutin", None),
          [("participant", BELARUS), ("participant", LUKA), ("participant", CANDIDATES)], place=BELARUS,
          time="t-sunday",
          note="« observer le scrutin »; « le vote » that Kallas qualifies and « une élection » in Tikhanovskaya's "
               "quote are the same vote. Its day is the re-election's."),
    event("e-candidates-result", "Event", "The four other candidates got only a few per cent each",
          ("ont recueilli", None), [("participant", CANDIDATES)], time="t-sunday", part_of="e-vote",
          according_to=[KARPENKO],
          note="Part of the results the commission announced. « présentés comme loyaux envers le pouvoir » has no "
               "actor: not a speech act."),
    event("e-osce-invitation", "Invitation", "The OSCE had not been invited to observe the vote",
          ("invitée", None), [("agent", BELARUS), ("recipient", OSCE)], status="negated",
          note="A negated passive; the inviter is implied (the Belarusian authorities, who organise the vote)."),
    event("e-election-2020", "Event", "Belarus's contested presidential election of 2020", ("présidentielle", None),
          [("participant", BELARUS)], place=BELARUS, time="t-2020"),
    event("e-tikh-exile", "Event", "Tikhanovskaya forced to leave Belarus after the 2020 election",
          ("quitter", None), [("agent", TIKH)], place=BELARUS,
          note="« contrainte de quitter le pays »: she leaves (agent); who forced her is not written. "
               "« après la présidentielle » relates it to e-election-2020; its year is not given as its own."),
    event("e-non-recognition", "Event", "The Europeans not to recognise the result (urged by Tikhanovskaya)",
          ("reconnaître", None), [("agent", EUROPEANS)], status="proposed", according_to=[TIKH],
          note="What she urges (« à ne pas reconnaître le résultat »): proposed; the label says that what is "
               "urged is the refusal."),
    event("e-sanctions", "Sanction", "New EU sanctions against Belarus (possible)", ("sanctions", None),
          [("agent", EU), ("recipient", BELARUS)], status="hypothetical", according_to=[KALLAS],
          note="« de nouvelles sanctions contre Minsk pourraient être examinées »: conditional."),
    event("e-sanctions-review", "Event", "The EU could examine the new sanctions next month",
          ("examinées", None), [("agent", EU), ("theme", BELARUS)], status="hypothetical",
          time="t-next-month", according_to=[KALLAS],
          note="Passive with no agent written; the EU, whose diplomacy chief speaks, examines them."),
    event("e-partnership", "Event", "Raising the China–Belarus partnership to a higher level",
          ("porter", None), [("participant", CHINA), ("participant", BELARUS)], status="planned",
          according_to=[XI], note="Xi's readiness (« se disant prêt à »): planned, as a promise."),
    event("e-press-conference", "Event", "Lukashenko's press conference of more than four hours on Sunday",
          ("conférence de presse", None), [("agent", LUKA)], time="t-sunday-press",
          note="The duration is annotated as a time of its own, attached to nothing; the event takes the day."),
    event("e-pardon", "Event", "Some political prisoners could be pardoned", ("graciés", None),
          [("agent", LUKA), ("recipient", PRISONERS)], status="hypothetical", according_to=[LUKA],
          note="« certains pourraient être graciés « s’ils le demandent » »: conditional; the pardoner is implied "
               "(the president pardons)."),
    event("e-pardon-request", "Event", "Prisoners asking for a pardon (the condition)", ("demandent", None),
          [("agent", PRISONERS), ("recipient", LUKA)], status="hypothetical", according_to=[LUKA],
          note="A case inside the quote (« s’ils le demandent »): hypothetical, as « en cas d’agression »."),
    event("e-inauguration", "Event", "Lukashenko's swearing-in expected in spring", ("prestation de serment", None),
          [("agent", LUKA)], status="hypothetical", time="t-spring", according_to=[EISMONT],
          note="« devrait avoir lieu »: hypothetical, as « devrait conserver son poste » in benchmarks/gold."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-karpenko", "Report", "Igor Karpenko announces Lukashenko's re-election", KARPENKO,
           ("a annoncé", None), [], time="t-monday", place=MINSK, about=["e-reelection", "e-vote"]),
    speech("s-karpenko-turnout", "Report", "The same source gives the turnout", KARPENKO,
           ("selon", "selon la même source"), [], time="t-monday", about=["e-vote"],
           note="« selon la même source »: Karpenko again; the turnout is a figure about the vote."),
    speech("s-tikh-denounces", "Statement", "Tikhanovskaya: not an election but an operation to keep power", TIKH,
           ("a dénoncé", None), [("Ce n’est pas une élection, c’est une opération spéciale pour garder le pouvoir",
                                  None)], place=VILNIUS, about=["e-vote"],
           note="« a dénoncé depuis Vilnius »: she speaks from Vilnius. No day is written."),
    speech("s-tikh-exhorts", "Statement", "Tikhanovskaya urges the Europeans not to recognise the result", TIKH,
           ("a exhorté", None), [], addressee=EUROPEANS, about=["e-non-recognition"]),
    speech("s-kallas-sham", "Statement", "Kaja Kallas calls the vote a « sham »", KALLAS, ("a qualifié", None),
           [("simulacre", None)], place=BRUSSELS, about=["e-vote"]),
    speech("s-kallas-sanctions", "Statement", "Kallas says new sanctions could be examined next month", KALLAS,
           ("indiqué", None), [], place=BRUSSELS, about=["e-sanctions", "e-sanctions-review"],
           note="Second verb joined by « et », without a quote: a speech act of its own."),
    speech("s-moscow-hails", "Statement", "Moscow hails the re-election", RUSSIA, ("salué", None), [],
           about=["e-reelection"], note="« Moscou et Pékin ont, eux, salué »: two speakers, one trigger."),
    speech("s-beijing-hails", "Statement", "Beijing hails the re-election", CHINA, ("salué", None), [],
           about=["e-reelection"]),
    speech("s-putin-congratulates", "Statement", "Putin congratulates Lukashenko by telegram on Sunday evening",
           PUTIN, ("a félicité", None), [], addressee=LUKA, time="t-sunday-evening", according_to=[KREMLIN],
           about=["e-reelection"], note="Without a quote; the quote belongs to the participle « évoquant »."),
    speech("s-putin-victory", "Statement", "Putin speaks of a « convincing victory »", PUTIN, ("évoquant", None),
           [("victoire convaincante", None)], addressee=LUKA, time="t-sunday-evening", according_to=[KREMLIN],
           about=["e-reelection"],
           note="A participle with its own guillemets: a second speech act, as « les qualifiant d’« ironiques » »."),
    speech("s-kremlin", "Report", "The Kremlin makes Putin's congratulations known", KREMLIN,
           ("a fait savoir", None), [], about=["s-putin-congratulates", "s-putin-victory"]),
    speech("s-xi-congratulates", "Statement", "Xi Jinping sends Lukashenko a message of congratulations", XI,
           ("félicitations", None), [], addressee=LUKA, time="t-monday-xi", according_to=[XINHUA],
           about=["e-reelection"],
           note="« lui a adressé lundi un message de félicitations »: the nominal trigger, as « n’a pas adressé de "
                "félicitations » in benchmarks/gold."),
    speech("s-xi-partnership", "Assurance", "Xi says he is ready to raise the partnership to a higher level", XI,
           ("se disant", None), [("porter à un niveau supérieur", None)], addressee=LUKA, time="t-monday-xi",
           according_to=[XINHUA], about=["e-partnership"]),
    speech("s-xinhua", "Report", "Xinhua reports Xi's message", XINHUA, ("selon", "selon l’agence"), [],
           about=["s-xi-congratulates", "s-xi-partnership"]),
    speech("s-luka-west", "Statement", "Lukashenko said he did not care about the West's opinion", LUKA,
           ("avait affirmé", None), [], time="t-sunday-press",
           note="Indirect speech without guillemets, at the Sunday press conference."),
    speech("s-luka-path", "Statement", "Lukashenko: « we have chosen our own path »", LUKA,
           ("avait-il lancé", None), [("Nous avons choisi notre propre chemin", None)], time="t-sunday-press",
           note="« Nous » is Belarus."),
    speech("s-viasna", "Report", "Viasna counts more than 1,200 political prisoners", VIASNA,
           ("selon", "selon l’ONG"), [], note="A source for a figure; no event is reported."),
    speech("s-luka-pardon", "Assurance", "Lukashenko assured that some prisoners could be pardoned if they ask",
           LUKA, ("avait assuré", None), [("s’ils le demandent", None)], time="t-sunday-press",
           about=["e-pardon", "e-pardon-request"]),
    speech("s-eismont", "Statement", "Eismont: the swearing-in should take place in spring", EISMONT,
           ("a précisé", None), [], time="t-monday-eismont", about=["e-inauguration"]),
    speech("s-eismont-no-date", "SpeechAct", "Eismont gives no date for the swearing-in", EISMONT,
           ("sans avancer", None), [], status="negated", time="t-monday-eismont", about=["e-inauguration"],
           note="Unlike « sans qu’aucune date ne soit avancée » (no actor), the spokeswoman is the subject: a negated "
                "speech act, as « sans préciser si » in benchmarks/gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
