"""Held-out annotation of loukachenko-xi-pekin-2023-03-01.txt (written for the sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/loukachenko-xi-pekin-2023-03-01.annotation.src.py [--check]

Held-out set 6: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "loukachenko-xi-pekin-2023-03-01.txt"

NOTE = """\
Held-out-6 article 1: Alexander Lukashenko's state visit to Beijing, published Wednesday 1 March 2023 (the file \
gives the day). What it exercises: a reception in the active voice with a role noun and a name in apposition, a \
second apposition (« proche allié de Moscou ») and a dative clitic (« et lui a assuré que la Chine était prête à « \
approfondir la confiance politique » »: an assurance, the deepening planned) sourced after the clause to a state \
television; a participle opening the sentence (« Arrivé mardi pour une visite d’État de trois jours »: a visit \
whose only time is its length); support with a quoted noun phrase for a plan « publié vendredi dernier par Pékin, \
qui appelle à un cessez-le-feu » (a document that speaks for China: the ceasefire proposed); two quotes, each \
with its own verb, the second after a descriptive role noun (« a ajouté l’ancien directeur de sovkhoze ») with « \
au pouvoir depuis près de trois décennies » (a duration attached to nothing); a signing by a plural subject, an \
attendance at a nominal signing (« assisté à la signature d’une quinzaine d’accords »), a nominal invitation and \
its acceptance, and « sans qu’aucune date ne soit avancée » (no actor: no event); a judgement with a one-word \
quote by an institution « À Washington » and a suspicion by « les États-Unis » (the arms deliveries suspected); \
a denial and a stance joined by « et » (two speech acts); the Kremlin's welcome, its spokesman's quote with « Nous \
» for the Kremlin, « selon l’agence TASS »; « Pour Kiev » with a one-word quote and a participle of cause with a \
month (« son territoire ayant servi de base arrière aux troupes de Moscou en février 2022 »); a pluperfect meeting \
« il y a deux semaines » (counted back: the week of 13 to 19 February, inside February 2023: the month) « près de \
Moscou » (near, not in, the city: no place); a planned meeting « jeudi » and a planned return to a capital named \
by a role noun. « Pékin » is the city where Xi receives (Q956) and China where it publishes the plan or is \
suspected (Q148); « Minsk » is the city Xi is invited to (Q2280) and Belarus where it stays « complice » (Q184); \
« Moscou » is Russia inside « proche allié de Moscou » and « troupes de Moscou » (Q159), the city in « près de \
Moscou » (Q649); « À Washington » is the city (Q61). « département d’État » is a name of its own (a mention, as in \
benchmarks/gold). « l’offensive russe » and « le conflit » are the invasion (Q110999040). « troupes de Moscou » \
is the Russian armed forces (Q193159), as « des forces russes » in benchmarks/gold. Not mentions: « les deux \
pays », « les deux délégations », « Les deux dirigeants », « une quinzaine d’accords » (plural), « ce \
déplacement » and « la visite » (the visit, an event), « son territoire » (not a name; Belarus takes the role). \
CCTV, the plan, Lukashenko's press service, the joint declaration, the State Department, the lethal weapons and \
Li Keqiang are not in ids.tsv: local, unlinked."""

XI, LUKASHENKO, PUTIN, PESKOV = "Q15031", "Q2866", "Q7747", "Q4359688"
CHINA, BELARUS, RUSSIA, UKRAINE, US = "Q148", "Q184", "Q159", "Q212", "Q30"
BEIJING, MINSK, MOSCOW, WASHINGTON = "Q956", "Q2280", "Q649", "Q61"
KREMLIN, TASS, RU_ARMY, INVASION = "Q2060629", "Q223799", "Q193159", "Q110999040"
CCTV, PLAN, PRESS_SERVICE, DECLARATION = "local:cctv", "local:chinese-twelve-point-plan", \
    "local:lukashenko-press-service", "local:china-belarus-joint-declaration"
STATE_DEPT, WEAPONS, LI = "local:us-state-department", "local:lethal-weapons", "local:li-keqiang"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CCTV, "CCTV", "China Central Television", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PLAN, "plan chinois en douze points pour l’Ukraine", "China's twelve-point plan on Ukraine", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (PRESS_SERVICE, "service de presse d’Alexandre Loukachenko", "Alexander Lukashenko's press service",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DECLARATION, "déclaration commune sino-biélorusse", "China-Belarus joint declaration", "object",
     {"unlinked_reason": "a document not among the verified identifiers"}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (WEAPONS, "armes létales", "lethal weapons", "object",
     {"unlinked_reason": "unspecified weapons, not one Wikidata item"}),
    (LI, "Li Keqiang", "Li Keqiang", "person",
     {"description": "Premier ministre chinois", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le président chinois", None, XI, "nominal"),
    ("Xi Jinping", None, XI, "name"),
    ("Pékin", "mercredi à Pékin", BEIJING, "name"),
    ("son homologue biélorusse", None, LUKASHENKO, "nominal"),
    ("Alexandre Loukachenko", None, LUKASHENKO, "name"),
    ("proche allié de Moscou", None, LUKASHENKO, "nominal"),
    ("Moscou", "allié de Moscou", RUSSIA, "metonym"),
    ("lui", "et lui a assuré", LUKASHENKO, "pronoun"),
    ("Chine", "que la Chine", CHINA, "name"),
    ("CCTV", None, CCTV, "name"),
    # Arrivé mardi ...
    ("le dirigeant biélorusse", None, LUKASHENKO, "nominal"),
    ("plan en douze points", None, PLAN, "nominal"),
    ("Pékin", "publié vendredi dernier par Pékin", CHINA, "metonym"),
    ("Ukraine", None, UKRAINE, "name"),
    # « La Biélorussie ... »
    ("Biélorussie", None, BELARUS, "name"),
    ("il", "a-t-il déclaré", LUKASHENKO, "pronoun"),
    ("son service de presse", None, PRESS_SERVICE, "nominal"),
    ("Nous", "« Nous soutenons", BELARUS, "pronoun"),
    ("l’ancien directeur de sovkhoze", None, LUKASHENKO, "nominal"),
    # Les deux dirigeants ont signé ...
    ("une déclaration commune", None, DECLARATION, "nominal"),
    ("Xi", "M. Xi a par ailleurs", XI, "name"),
    ("Minsk", "se rendre à Minsk", MINSK, "name"),
    # À Washington ...
    ("Washington", None, WASHINGTON, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("États-Unis", None, US, "name"),
    ("Pékin", "soupçonnent Pékin", CHINA, "metonym"),
    ("armes létales", None, WEAPONS, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("Chine", "La Chine dément", CHINA, "name"),
    ("le conflit", None, INVASION, "nominal"),
    # Le Kremlin a salué ...
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Nous", "« Nous ne pouvons", KREMLIN, "pronoun"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    ("Kiev", None, UKRAINE, "metonym"),
    ("Minsk", "Minsk reste", BELARUS, "metonym"),
    ("l’offensive russe", None, INVASION, "nominal"),
    ("troupes de Moscou", None, RU_ARMY, "nominal"),
    ("Moscou", "troupes de Moscou", RUSSIA, "metonym"),
    # M. Loukachenko, qui s’était entretenu ...
    ("Loukachenko", "M. Loukachenko, qui", LUKASHENKO, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Moscou", "près de Moscou", MOSCOW, "name"),
    ("le Premier ministre chinois", None, LI, "nominal"),
    ("Li Keqiang", None, LI, "name"),
    ("la capitale biélorusse", None, MINSK, "nominal"),
]

PUB_DAY = "The publication day, Wednesday 1 March 2023."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2023-03-01", "day", "weekday-publication-day",
     "« a reçu mercredi »: " + PUB_DAY),
    ("t-tuesday", ("mardi", None), "2023-02-28", "day", "weekday-past",
     "« Arrivé mardi »: the Tuesday before the publication day, 28 February 2023."),
    ("t-three-days", ("trois jours", None), None, "duration", "explicit-duration",
     "« une visite d’État de trois jours »: the visit's length, its only time."),
    ("t-last-friday", ("vendredi dernier", None), "2023-02-24", "day", "weekday-past",
     "« publié vendredi dernier »: the Friday before Wednesday 1 March 2023, 24 February 2023."),
    ("t-three-decades", ("près de trois décennies", None), None, "duration", "explicit-duration",
     "« au pouvoir depuis près de trois décennies »: a duration attached to nothing (« au pouvoir » has no "
     "trigger), as « au pouvoir depuis 1994 » in benchmarks/gold."),
    ("t-february-2022", ("février 2022", None), "2022-02", "month", "explicit-month-year",
     "« en février 2022 »: when Belarus served as a rear base."),
    ("t-two-weeks-ago", ("il y a deux semaines", None), "2023-02", "month", "relative-week-past",
     "Two weeks before Wednesday 1 March 2023: the week of 13 to 19 February 2023, inside February: the month "
     "(a round unit gives the finest precision that is true, as weeks do in benchmarks/gold)."),
    ("t-thursday", ("jeudi", None), "2023-03-02", "day", "weekday-future",
     "« doit rencontrer jeudi »: the Thursday after the publication day, 2 March 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Xi Jinping receives Alexander Lukashenko in Beijing", ("a reçu", None),
          [("agent", XI), ("participant", LUKASHENKO)], place=BEIJING, time="t-wednesday", according_to=[CCTV],
          part_of="e-state-visit"),
    event("e-deepen-trust", "Event", "China to deepen political trust with Belarus", ("approfondir", None),
          [("participant", CHINA), ("participant", BELARUS)], status="planned", according_to=[XI],
          note="What Xi assures China is ready to do: planned, as a promise."),
    event("e-arrival", "Event", "Lukashenko arrived on Tuesday", ("Arrivé", None), [("agent", LUKASHENKO)],
          place=BEIJING, time="t-tuesday", part_of="e-state-visit",
          note="A participle opening the sentence; Beijing is implied by the reception."),
    event("e-state-visit", "Visit", "Lukashenko's three-day state visit to China", ("visite d’État", None),
          [("agent", LUKASHENKO)], place=CHINA, time="t-three-days",
          note="« ce déplacement » and « la visite » (Kremlin) restate it."),
    event("e-plan-publication", "Proposal", "China published a twelve-point plan last Friday", ("publié", None),
          [("agent", CHINA), ("theme", PLAN)], time="t-last-friday"),
    event("e-ceasefire", "Event", "A ceasefire in Ukraine", ("cessez-le-feu", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed", place=UKRAINE,
          according_to=[CHINA], note="What the plan calls for: proposed; the parties are implied by the war."),
    event("e-joint-declaration", "Agreement", "Xi and Lukashenko sign a joint declaration", ("ont signé", None),
          [("participant", XI), ("participant", LUKASHENKO), ("theme", DECLARATION)], place=BEIJING,
          time="t-wednesday", part_of="e-state-visit",
          note="« Les deux dirigeants » (plural, not a mention): Xi and Lukashenko; the day is the talks' day."),
    event("e-attendance", "Event", "The two leaders attend the signing of some fifteen agreements",
          ("assisté", None), [("participant", XI), ("participant", LUKASHENKO)], place=BEIJING, time="t-wednesday",
          part_of="e-state-visit"),
    event("e-accords", "Agreement", "China and Belarus sign some fifteen agreements", ("signature", None),
          [("participant", CHINA), ("participant", BELARUS)], place=BEIJING, time="t-wednesday",
          part_of="e-state-visit",
          note="The signatories are not named; the states are implied (as the 45 agreements in benchmarks/gold)."),
    event("e-invitation", "Invitation", "Lukashenko invites Xi to Minsk", ("invitation", None),
          [("agent", LUKASHENKO), ("recipient", XI)], place=MINSK,
          note="The inviter is implied (the visitor, whose capital it is); no day is written."),
    event("e-acceptance", "Acceptance", "Xi accepts the invitation to Minsk", ("accepté", None),
          [("agent", XI)], time="t-wednesday", part_of="e-state-visit",
          note="The day of the talks (the sentence is about them). « sans qu’aucune date ne soit avancée » has no "
               "actor: no event."),
    event("e-xi-minsk", "Visit", "Xi to travel to Minsk, no date set", ("se rendre", None), [("agent", XI)],
          status="planned", place=MINSK),
    event("e-arms-deliveries", "Delivery", "China contemplating lethal arms deliveries to Russia (US suspicion)",
          ("livraisons", None), [("agent", CHINA), ("recipient", RUSSIA), ("theme", WEAPONS)],
          status="suspected", according_to=[US],
          note="« soupçonnent Pékin d’envisager des livraisons »: suspected by the United States, denied by China."),
    event("e-rear-base", "Event", "Belarus's territory served as a rear base for Russian troops in February 2022",
          ("servi", "ayant servi"), [("participant", BELARUS), ("recipient", RU_ARMY)], time="t-february-2022",
          according_to=[UKRAINE],
          note="A participle of cause inside Kyiv's reading (« Pour Kiev »); not contested in the article: occurred."),
    event("e-putin-talks", "Meeting", "Lukashenko held talks with Putin two weeks earlier near Moscow",
          ("s’était entretenu", None), [("participant", LUKASHENKO), ("participant", PUTIN)],
          time="t-two-weeks-ago",
          note="« près de Moscou »: near, not in, the city: no place is given."),
    event("e-li-meeting", "Meeting", "Lukashenko to meet Chinese Premier Li Keqiang on Thursday",
          ("rencontrer", None), [("participant", LUKASHENKO), ("participant", LI)], status="planned",
          time="t-thursday", part_of="e-state-visit"),
    event("e-return", "Event", "Lukashenko to return to Minsk", ("regagner", None), [("agent", LUKASHENKO)],
          status="planned", place=MINSK, part_of="e-state-visit",
          note="« avant de regagner la capitale biélorusse »: after Thursday's meeting; no day of its own."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-xi-assurance", "Assurance", "Xi: China is ready to « deepen political trust »", XI,
           ("a assuré", None), [("approfondir la confiance politique", None)], addressee=LUKASHENKO,
           time="t-wednesday", place=BEIJING, according_to=[CCTV], about=["e-deepen-trust"]),
    speech("s-cctv", "Report", "CCTV reports the reception and Xi's assurance", CCTV, ("a rapporté", None), [],
           about=["e-reception", "s-xi-assurance"]),
    speech("s-luk-support", "Statement", "Lukashenko gives his « total support » to the Chinese plan", LUKASHENKO,
           ("a apporté", None), [("soutien total", None)], about=["e-plan-publication", "e-ceasefire"],
           note="Support expressed in words, with a quoted noun phrase; no day is written."),
    speech("s-plan-call", "Statement", "China's plan calls for a ceasefire in Ukraine", CHINA, ("appelle", None), [],
           about=["e-ceasefire"],
           note="« qui appelle à un cessez-le-feu »: the plan speaks for China, which published it."),
    speech("s-luk-world-war", "Statement", "Lukashenko: Belarus does not want a third world war", LUKASHENKO,
           ("a-t-il déclaré", None), [("La Biélorussie ne veut pas d’une troisième guerre mondiale", None)],
           time="t-wednesday", place=BEIJING, according_to=[PRESS_SERVICE],
           note="« devant les deux délégations »: at Wednesday's talks."),
    speech("s-press-service", "Report", "Lukashenko's press service reports his words", PRESS_SERVICE,
           ("selon", "selon son service"), [], about=["s-luk-world-war"]),
    speech("s-luk-peace", "Statement", "Lukashenko: we support any initiative leading to peace", LUKASHENKO,
           ("a ajouté", None), [("Nous soutenons toute initiative qui mène à la paix", None)], time="t-wednesday",
           place=BEIJING),
    speech("s-state-dept", "Statement", "The State Department judges the trip « troubling »", STATE_DEPT,
           ("a jugé", None), [("troublant", None)], place=WASHINGTON, about=["e-state-visit"]),
    speech("s-us-suspicion", "Statement", "The United States suspect China of contemplating arms deliveries", US,
           ("soupçonnent", None), [], about=["e-arms-deliveries"]),
    speech("s-china-denial", "Statement", "China denies contemplating arms deliveries", CHINA, ("dément", None), [],
           about=["e-arms-deliveries"]),
    speech("s-china-neutral", "Statement", "China says it is neutral in the conflict", CHINA, ("se dit", None), []),
    speech("s-kremlin-welcome", "Statement", "The Kremlin welcomes the visit", KREMLIN, ("a salué", None), [],
           about=["e-state-visit"]),
    speech("s-peskov", "Statement", "Peskov: we can only rejoice", PESKOV, ("a déclaré", None),
           [("Nous ne pouvons que nous en réjouir", None)], according_to=[TASS], about=["e-state-visit"]),
    speech("s-tass", "Report", "TASS reports Peskov's words", TASS, ("selon", "selon l’agence TASS"), [],
           about=["s-peskov"]),
    speech("s-kyiv-accomplice", "Statement", "For Kyiv, Minsk remains an « accomplice » of the Russian offensive",
           UKRAINE, ("Pour", "Pour Kiev"), [("complice", None)], about=["e-rear-base"],
           note="« Pour Kiev » with no verb of speech, as « Pour la Maison Blanche » in benchmarks/gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
