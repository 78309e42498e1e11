"""Held-out annotation of guterres-kiev-2025-06-12.txt (written for the fourth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/guterres-kiev-2025-06-12.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "guterres-kiev-2025-06-12.txt"

NOTE = """\
Held-out-4 article 4: António Guterres's visit to Kyiv, published Thursday 12 June 2025 (the file gives the day). \
What it exercises: an arrival on a part of the publication day witnessed by the agency's own reporter (« est \
arrivé jeudi matin à Kiev ..., a constaté un journaliste de l’AFP »); « depuis plus de deux ans » (a duration \
attached to nothing); a meeting planned in the past tense (« devait s’entretenir dans l’après-midi ») and a trip \
joined by « puis »; a passive strike with its nominal restatement and no agent but an adjective (« dont le port a \
été visé mardi soir par une attaque de drones russes »), sourced to regional authorities; « Aucune victime n’a \
été signalée » (no actor: no event); a first-person quote with « a-t-il déclaré à sa descente du train » and a \
participle call with its own quote (« appelant à un cessez-le-feu « immédiat et inconditionnel » »: two speech \
acts); a planned discussion with a metonym (« aborder avec Kiev ») and an occupation « depuis mars 2022 »; an \
institution as speaker (« la diplomatie russe a dénoncé ») and its head by a possessive role noun (« Son chef, \
Sergueï Lavrov, a reproché mercredi au secrétaire général de « fermer les yeux » sur les frappes ukrainiennes »: \
the strikes suspected) sourced to TASS; a pluperfect accusation « lundi » during a Council meeting in New York and \
a pluperfect reply with a pronoun addressee and a modal quote (« lui avait répondu que la Russie « pouvait \
arrêter cette guerre à tout moment » »: hypothetical); « remontait à mars 2023 », « alors », a nominal agreement \
and a withdrawal « quelques mois plus tard » (vague). « Kiev » is the city where he arrives (Q1899) and Ukraine \
with which he talks (Q212); « À Moscou » is the city (Q649) and « dont Moscou s’est retiré » Russia (Q159). « ONU » \
inside « Le secrétaire général de l’ONU », « Le patron de l’ONU » and « le chef de l’ONU », and « Nations unies » \
inside « L’ambassadeur russe auprès des Nations unies », are mentions (the organisation has a name of its own). « \
la diplomatie russe » as a subject is the Russian foreign ministry (Q789889); « cette guerre » (twice, inside \
quotes) is the invasion (Q110999040), as « Cette guerre » in benchmarks/gold. « Je » in Guterres's quote is \
Guterres. « Zaporijjia » in « la centrale nucléaire de Zaporijjia » only names the plant: not a mention. Not \
mentions: « le port » (of Odessa, not a name), « Aucune victime ». Zelensky, Odessa, the regional authorities, \
the plant, New York, the Ukrainian representative, the Russian civilians and the grain deal are not in ids.tsv: \
local, unlinked."""

GUTERRES, LAVROV, NEBENZIA = "Q311440", "Q58217", "Q1000053"
UN, UNSC, AFP, TASS, RU_MFA, RU_ARMY = "Q1065", "Q37470", "Q40464", "Q223799", "Q789889", "Q193159"
UKRAINE, RUSSIA, KIEV, MOSCOW, BLACK_SEA, INVASION = "Q212", "Q159", "Q1899", "Q649", "Q166", "Q110999040"
JOURNALIST, ZELENSKY, ODESSA, REGIONAL = "local:afp-journalist-kyiv", "local:volodymyr-zelensky", \
    "local:odesa", "local:odesa-regional-authorities"
ZNPP, CIVILIANS, NEW_YORK, UKR_REP, GRAIN_DEAL = "local:zaporizhzhia-nuclear-power-plant", \
    "local:russian-civilians", "local:new-york", "local:ukrainian-un-representative", "local:black-sea-grain-deal"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (JOURNALIST, "un journaliste de l’AFP", "an AFP journalist", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (ODESSA, "Odessa", "Odesa", "place", {"unlinked_reason": NOT_VERIFIED}),
    (REGIONAL, "autorités régionales d’Odessa", "Odesa regional authorities", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (ZNPP, "centrale nucléaire de Zaporijjia", "Zaporizhzhia Nuclear Power Plant", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (CIVILIANS, "civils russes", "Russian civilians", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (UKR_REP, "le représentant ukrainien au Conseil de sécurité", "the Ukrainian representative at the Security "
     "Council", "person", {"unlinked_reason": "not named in the article"}),
    (GRAIN_DEAL, "accord sur les céréales de la mer Noire", "Black Sea Grain Initiative", "object",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", 1, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("Kiev", "matin à Kiev", KIEV, "name"),
    ("Ukraine", "visite en Ukraine depuis", UKRAINE, "name"),
    ("un journaliste de l’AFP", None, JOURNALIST, "nominal"),
    ("AFP", None, AFP, "name"),
    # M. Guterres devait s’entretenir ...
    ("Guterres", "M. Guterres devait", GUTERRES, "name"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Odessa", None, ODESSA, "name"),
    ("les autorités régionales", None, REGIONAL, "nominal"),
    # « Je suis venu ... »
    ("Je", "Je suis venu", GUTERRES, "pronoun"),
    ("Nations unies", 1, UN, "name"),
    ("cette guerre", 1, INVASION, "nominal"),
    ("il", "a-t-il déclaré", GUTERRES, "pronoun"),
    ("Le patron de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", 2, UN, "name"),
    ("Kiev", "aborder avec Kiev", UKRAINE, "metonym"),
    ("la centrale nucléaire de Zaporijjia", None, ZNPP, "nominal"),
    ("les forces russes", None, RU_ARMY, "nominal"),
    # À Moscou ...
    ("Moscou", "À Moscou", MOSCOW, "name"),
    ("la diplomatie russe", None, RU_MFA, "nominal"),
    ("Son chef", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("secrétaire général", "au secrétaire général", GUTERRES, "nominal"),
    ("des civils russes", None, CIVILIANS, "nominal"),
    ("TASS", None, TASS, "name"),
    # L’ambassadeur russe ...
    ("L’ambassadeur russe auprès des Nations unies", None, NEBENZIA, "nominal"),
    ("Nations unies", 2, UN, "name"),
    ("Vassili Nebenzia", None, NEBENZIA, "name"),
    ("le chef de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", 3, UN, "name"),
    ("Conseil de sécurité", None, UNSC, "name"),
    ("New York", None, NEW_YORK, "name"),
    ("Le représentant ukrainien", None, UKR_REP, "nominal"),
    ("lui", "lui avait répondu", NEBENZIA, "pronoun"),
    ("Russie", "que la Russie", RUSSIA, "name"),
    ("cette guerre", 2, INVASION, "nominal"),
    # La dernière visite ...
    ("Guterres", "visite de M. Guterres", GUTERRES, "name"),
    ("Ukraine", "Guterres en Ukraine remontait", UKRAINE, "name"),
    ("Il", "Il avait alors", GUTERRES, "pronoun"),
    ("l’accord permettant l’exportation de céréales ukrainiennes par la mer Noire", None, GRAIN_DEAL, "nominal"),
    ("mer Noire", None, BLACK_SEA, "name"),
    ("Moscou", "dont Moscou", RUSSIA, "metonym"),
]

PUB_DAY = "The publication day, Thursday 12 June 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday-morning", ("jeudi matin", None), "2025-06-12", "day", "part-of-day",
     "The morning of the publication day. " + PUB_DAY),
    ("t-over-two-years", ("plus de deux ans", None), None, "duration", "explicit-duration",
     "« depuis plus de deux ans »: the gap since the last visit (March 2023), a duration attached to nothing."),
    ("t-afternoon", ("dans l’après-midi", None), "2025-06-12", "day", "part-of-day",
     "The afternoon of the arrival day, the publication day. " + PUB_DAY),
    ("t-tuesday-evening", ("mardi soir", None), "2025-06-10", "day", "part-of-day",
     "Past « a été visé mardi soir »: the Tuesday before the publication day: 10 June 2025."),
    ("t-march-2022", ("mars 2022", None), "2022-03", "month", "explicit-month-year",
     "« occupée ... depuis mars 2022 »: the start (« depuis X » is annotated as X)."),
    ("t-wednesday", ("mercredi", None), "2025-06-11", "day", "weekday-past",
     "« a reproché mercredi »: the Wednesday before the publication day: 11 June 2025."),
    ("t-monday", ("lundi", None), "2025-06-09", "day", "weekday-past",
     "Pluperfect « avait déjà accusé lundi »: the Monday before the publication day: 9 June 2025."),
    ("t-march-2023", ("mars 2023", None), "2023-03", "month", "explicit-month-year",
     "« remontait à mars 2023 »; « alors » refers back to it."),
    ("t-months-later", ("quelques mois plus tard", None), None, "vague", "vague",
     "A few months after March 2023: no value."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-arrival", "Event", "António Guterres arrives in Kyiv by night train", ("est arrivé", None),
          [("agent", GUTERRES)], place=KIEV, time="t-thursday-morning", according_to=[JOURNALIST],
          part_of="e-visit"),
    event("e-visit", "Visit", "Guterres's first visit to Ukraine in more than two years", ("visite", 1),
          [("agent", GUTERRES)], place=UKRAINE, according_to=[JOURNALIST],
          note="« sa première visite en Ukraine depuis plus de deux ans »: the duration is the gap, not the visit's "
               "time. « une visite « à sens unique » » restates it."),
    event("e-zelensky-talks", "Meeting", "Guterres to hold talks with Zelensky in the afternoon",
          ("s’entretenir", None), [("participant", GUTERRES), ("participant", ZELENSKY)], status="planned",
          place=KIEV, time="t-afternoon", part_of="e-visit", note="« devait s’entretenir »: planned."),
    event("e-odessa-trip", "Visit", "Guterres then to travel to Odessa", ("se rendre", None), [("agent", GUTERRES)],
          status="planned", place=ODESSA, part_of="e-visit"),
    event("e-drone-attack", "Event", "A Russian drone attack targeted Odessa's port on Tuesday evening",
          ("a été visé", None), [("agent", RUSSIA), ("recipient", ODESSA)], place=ODESSA,
          time="t-tuesday-evening", according_to=[REGIONAL],
          note="« dont le port a été visé ... par une attaque de drones russes »: « attaque » restates the same "
               "event; Russia as agent from the adjective, the port (not a mention) is Odessa's."),
    event("e-ceasefire", "Event", "An immediate and unconditional ceasefire", ("cessez-le-feu", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed", according_to=[GUTERRES],
          note="What Guterres calls for: proposed; the parties are implied by « cette guerre »."),
    event("e-znpp-talks", "Meeting", "Guterres to discuss the Zaporizhzhia plant's safety with Ukraine",
          ("aborder", None), [("participant", GUTERRES), ("participant", UKRAINE), ("theme", ZNPP)],
          status="planned", part_of="e-visit", note="« doit aussi aborder avec Kiev »: Kiev stands for Ukraine."),
    event("e-znpp-occupation", "Event", "Russian forces occupy the Zaporizhzhia plant since March 2022",
          ("occupée", None), [("agent", RU_ARMY), ("theme", ZNPP)], time="t-march-2022"),
    event("e-turning-blind-eye", "Event", "Guterres turns a blind eye to Ukrainian strikes (Lavrov)",
          ("fermer les yeux", None), [("agent", GUTERRES)], status="suspected", according_to=[LAVROV],
          note="A reproach the article does not endorse: suspected."),
    event("e-ukrainian-strikes", "Event", "Ukrainian strikes against Russian civilians (Lavrov)", ("frappes", None),
          [("agent", UKRAINE), ("recipient", CIVILIANS)], status="suspected", according_to=[LAVROV],
          note="« les frappes ukrainiennes contre des civils russes »: Lavrov's claim; Ukraine from the adjective."),
    event("e-unsc-meeting", "Meeting", "Security Council meeting on the humanitarian situation", ("réunion", None),
          [("participant", UNSC)], place=NEW_YORK, time="t-monday"),
    event("e-stop-war", "Event", "Russia could stop this war at any moment", ("arrêter", None),
          [("agent", RUSSIA), ("theme", INVASION)], status="hypothetical", according_to=[UKR_REP],
          note="« pouvait arrêter cette guerre à tout moment »: a possibility."),
    event("e-last-visit", "Visit", "Guterres's last visit to Ukraine, in March 2023", ("dernière visite", None),
          [("agent", GUTERRES)], place=UKRAINE, time="t-march-2023"),
    event("e-grain-extension", "Event", "Guterres helped extend the Black Sea grain deal", ("prolonger", None),
          [("agent", GUTERRES), ("theme", GRAIN_DEAL)], time="t-march-2023",
          note="« Il avait alors contribué à prolonger »: « alors » is March 2023; the time has no span here."),
    event("e-grain-exports", "Delivery", "Ukrainian grain exports across the Black Sea", ("exportation", None),
          [("agent", UKRAINE)], place=BLACK_SEA,
          note="What the deal allowed; Ukraine from the adjective « ukrainiennes »."),
    event("e-russia-withdrawal", "Event", "Russia withdrew from the grain deal a few months later",
          ("s’est retiré", None), [("agent", RUSSIA), ("theme", GRAIN_DEAL)], time="t-months-later"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-afp", "Report", "An AFP journalist witnesses Guterres's arrival", JOURNALIST, ("a constaté", None), [],
           time="t-thursday-morning", place=KIEV, about=["e-arrival", "e-visit"]),
    speech("s-regional-authorities", "Report", "Regional authorities report the drone attack on Odessa", REGIONAL,
           ("selon", "selon les autorités"), [], about=["e-drone-attack"]),
    speech("s-guterres-listen", "Statement", "Guterres: the UN does not resign itself to this war", GUTERRES,
           ("a-t-il déclaré", None),
           [("Je suis venu écouter et dire que les Nations unies ne se résignent pas à cette guerre", None)],
           time="t-thursday-morning", place=KIEV,
           note="« à sa descente du train »: on arrival, Thursday morning in Kyiv."),
    speech("s-guterres-ceasefire", "Statement", "Guterres calls for an immediate and unconditional ceasefire",
           GUTERRES, ("appelant", None), [("immédiat et inconditionnel", None)], time="t-thursday-morning",
           place=KIEV, about=["e-ceasefire"],
           note="A participle of speech with its own guillemets: a second speech act."),
    speech("s-ru-mfa", "Statement", "Russian diplomacy denounces a « one-sided » visit", RU_MFA,
           ("a dénoncé", None), [("à sens unique", None)], place=MOSCOW, about=["e-visit"]),
    speech("s-lavrov", "Statement", "Lavrov reproaches Guterres for turning a blind eye to Ukrainian strikes",
           LAVROV, ("a reproché", None), [("fermer les yeux", None)], addressee=GUTERRES, time="t-wednesday",
           according_to=[TASS], about=["e-turning-blind-eye", "e-ukrainian-strikes"]),
    speech("s-tass", "Report", "TASS reports Lavrov's reproach", TASS, ("selon", "selon l’agence TASS"), [],
           about=["s-lavrov"]),
    speech("s-nebenzia", "Statement", "Nebenzia accused the UN chief of bias on Monday", NEBENZIA,
           ("avait déjà accusé", None), [], addressee=GUTERRES, time="t-monday", place=NEW_YORK,
           about=["e-unsc-meeting"],
           note="« accusé ... de partialité »: an accusation without a quote; the bias is a state, not an event."),
    speech("s-ukrainian-reply", "Statement", "The Ukrainian representative: Russia could stop this war at any time",
           UKR_REP, ("avait répondu", None), [("pouvait arrêter cette guerre à tout moment", None)],
           addressee=NEBENZIA, time="t-monday", place=NEW_YORK, about=["e-stop-war"],
           note="A reply at the same meeting (pluperfect, after the accusation): Monday in New York."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
