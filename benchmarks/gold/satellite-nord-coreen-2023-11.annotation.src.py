"""Held-out annotation of satellite-nord-coreen-2023-11.txt (written for the fifteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/satellite-nord-coreen-2023-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/satellite-nord-coreen-2023-11.annotation.src.py --check

From held-out set 15 (moved to gold in session 14; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "satellite-nord-coreen-2023-11.txt"

PUBLISHED_INFERRED = {
    "value": "2023-11-22", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives November 2023. The South Korean suspension « entrera en vigueur jeudi 23 novembre » "
             "(future; 23 November 2023 is a Thursday, which confirms the year), so the article appeared before "
             "Thursday 23 November. North Korea « a annoncé mercredi » and the Kremlin « n’avait pas réagi mercredi "
             "en fin de journée » (past: a Wednesday on or before publication), and the satellite was « lancé mardi "
             "soir » (past). In the week the weekdays share, the only day on or after a Wednesday and before Thursday "
             "23 November is Wednesday 22 November 2023 itself; the Tuesday evening is 21 November."),
}

NOTE = """\
Held-out-15 article: North Korea says it put its first military reconnaissance satellite into orbit with a \
rocket launched on Tuesday evening, watched by Kim Jong-un according to KCNA; Japan tells Okinawa's residents to \
take shelter, Seoul partly suspends the 2018 inter-Korean military agreement, Washington condemns, and Seoul \
suspects Russian technical help after Kim's September visit to Russia; published in November 2023 (the file \
gives the month; the day, Wednesday 22 November, comes from past « mardi soir » and « mercredi » and a future « \
jeudi 23 novembre »: see PUBLISHED_INFERRED). What it exercises: a state announcing on the publication day an \
infinitive perfect (« La Corée du Nord a annoncé mercredi avoir mis en orbite son premier satellite espion »: a \
Statement of North Korea, the placing in orbit occurred according to North Korea and KCNA) with a participle \
apposition that carries the launch, its evening and its base (« lancé mardi soir depuis la base de Sohae »: the \
launch's trigger « lancé », the base its place); a quote first in KCNA's own wording whose subject is a thing \
with a title before its name (« La fusée Chollima-1 a placé le satellite de reconnaissance Malligyong-1 sur son \
orbite »: the placing in orbit restated, the rocket its participant; only « Chollima-1 » and « Malligyong-1 » are \
marked) and a relative « selon laquelle » over an attendance (a second Report of KCNA; « au tir » restates the \
launch); a promise by a role noun with the clitic « en » and a quote that holds both the theme and a vague time \
(« a promis d’en lancer « plusieurs autres dans un court laps de temps » »: the launches planned, « plusieurs \
autres » their theme); a pluperfect failure on two months joined by « puis » (« avait échoué à deux reprises, en \
mai puis en août »: two events, one trigger); a confirmation with a negated second object and a quote under « \
selon lui » (« a confirmé le tir, mais pas la mise en orbite, « toujours en cours d’analyse » selon lui »: three \
speech acts of the JCS, one negated; the analysis an event); « Au Japon » a call of a role noun with an \
infinitive (« le gouvernement a appelé les habitants d’Okinawa à se mettre à l’abri »: a Warning, the shelter \
proposed), « avant de lever son alerte une demi-heure plus tard » (the lifting occurred, the time vague) and a \
negated participle absolute (« aucun débris n’étant tombé sur l’archipel »: negated, « l’archipel » Okinawa); a \
quote split around its reporting clause with the title right before the name (« « Même s’il s’agit d’un \
satellite, a dénoncé le Premier ministre Fumio Kishida, ce tir viole les résolutions de l’ONU. » »: one speech \
act, two quotes; « il s’agit » impersonal; the violation occurred according to Kishida) and a protest by a \
metonym to a metonym; a riposte by a gerund (« Séoul a riposté en suspendant en partie l’accord militaire \
intercoréen de 2018 »: one event, trigger « suspendant », the agreement its theme, 2018 attached to nothing) with \
a relative imperfect (« qui limitait la surveillance aérienne »); a quote first with a role noun and a name in \
apposition and an occasion that is a nominal meeting (« à l’issue d’un conseil des ministres extraordinaire »); a \
future entry into force on a weekday with a date, sourced after the clause to a ministry (« La suspension \
entrera en vigueur jeudi 23 novembre, a précisé le ministère de la Défense »: planned, part of the suspension); \
an approval with an elided object clitic by a title-and-name subject with an apposed state visit (« Le président \
Yoon Suk-yeol, en visite d’État au Royaume-Uni, l’a approuvée depuis Londres »: an Acceptance, London its place; \
« l’ » not a mention); a condemnation by a metonym with a quoted adverbial (« Washington a condamné « avec \
fermeté » un lancement »: « un lancement » restates the launch) and « selon la Maison Blanche » inside the \
relative clause that follows (a Report of the White House about a use of ballistic technologies and a passive \
ban with its agent, « interdites par le Conseil de sécurité »: a Sanction); a possessive role noun with the name \
in apposition and a negated exclusion (« Sa porte-parole, Adrienne Watson, n’a pas exclu de nouvelles sanctions »: \
a Statement, the sanctions hypothetical); « Ce succès nourrit les soupçons » (no event, no speech act: the \
suspicion has no holder until the next sentence); an accusation by a metonym of a metonym (« Séoul accuse Moscou \
d’avoir transmis des données techniques à Pyongyang en échange d’obus destinés à la guerre en Ukraine »: two \
suspected Deliveries, the data and the shells); « Lors de la visite de Kim Jong-un en Russie en septembre » \
(September 2023, the visit's month, which the tour and Putin's words take) with a pluperfect causative and a \
dative clitic (« Vladimir Poutine lui avait fait visiter le cosmodrome de Vostotchny »: a Visit of Kim, Putin a \
participant) and a readiness without guillemets joined by « et » (« s’était dit prêt à aider le Nord à construire \
des satellites »: a Statement, the help and the building planned); a negated reaction with a part of the \
publication day (« Le Kremlin n’avait pas réagi mercredi en fin de journée »).
Places and metonyms. « Pyongyang » is North Korea each time (Q423: it failed, is protested to, receives data); « \
Séoul » is South Korea twice (Q884: it suspends, it accuses); « Tokyo » is Japan (Q17); « Washington » the \
United States (Q30); « Moscou » Russia (Q159); « Kremlin » the institution (Q2060629); « Maison Blanche » the US \
presidency (local, a metonym, marked without its article as « Kremlin » is). « Japon » in « Au Japon » is the \
country (Q17) and the place of the government's call; « le Nord » is North Korea (nominal, as in gold). « base de \
Sohae » and « cosmodrome de Vostotchny » are names of launch sites, marked without their article (as « cosmodrome \
de Vostotchny » in gold), « Sohae » inside not a mention of its own. « l’archipel » is Okinawa (nominal).
Mentions. « Le dirigeant nord-coréen » is Kim; « le Premier ministre sud-coréen » (in apposition) Han \
Duck-soo; « Sa porte-parole » (in apposition before the name) Adrienne Watson; titles right before a name are \
part of its phrase (« l’agence officielle KCNA », « La fusée Chollima-1 », « le satellite de reconnaissance \
Malligyong-1 », « le Premier ministre Fumio Kishida », « Le président Yoon Suk-yeol »); « son premier satellite \
espion » is Malligyong-1; « lui » is the JCS (« selon lui ») and Kim (dative, « lui avait fait visiter »). Things \
an event takes as its theme are marked: « plusieurs autres » (the further satellites, inside Kim's quote), « des \
technologies balistiques », « des données techniques », « obus », « des satellites ». « la guerre en Ukraine » is \
the invasion (Q110999040), with « Ukraine » (Q212) inside. Not mentions: « en » and « l’ » (clitics), « \
laquelle » (a relative pronoun), « son orbite », « son alerte » (the call restated), « aucun débris » (a negative \
quantifier), « la frontière » (as in gold), « les résolutions » (documents), « la surveillance aérienne », « \
une mesure défensive » and « d’un satellite » after « il s’agit » (predicates), « La suspension », « ce tir », « \
le tir », « un lancement », « la mise en orbite », « Ce succès » (events restated), « les soupçons », « la \
Défense » inside the ministry's name (a title without a name), « il » in « s’il s’agit » (impersonal).
Statuses and sources. The launch is stated in the article's voice and confirmed by the JCS (according_to the \
JCS); the placing in orbit is North Korea's and KCNA's claim, which the JCS does not confirm (occurred, \
according_to both: the article reports it without doubting it); the attendance is KCNA's. Kim's launches « dans \
un court laps de temps », the entry into force « jeudi 23 novembre », the help and the building Putin is ready \
for are planned; the sheltering is proposed; Watson's new sanctions are hypothetical (« n’a pas exclu »); the \
transfer of data and the delivery of shells are suspected, according to South Korea; the debris fall and the \
Kremlin's reaction are negated. The launches Kim promises and the help Putin offers have the states as agents \
(North Korea, Russia), as the launch and the suspected transfer have them elsewhere in the article (as the \
widening Kim is ready for in gold/lavrov-pyongyang-2024-11).
Times. « mercredi » (North Korea's announcement) and « mercredi en fin de journée » are the publication day, \
Wednesday 22 November 2023; KCNA's two Reports are the same announcement and take its Wednesday (as « a ajouté \
l’agence » takes the Thursday in the bundled article). « mardi soir » is Tuesday 21 November 2023, the launch's \
time, which the placing in orbit and Kim's attendance, parts of the launch, share. « en mai » and « en août » are \
May and August 2023 (pluperfect, the last May and August before November 2023). « une demi-heure plus tard » is \
counted from a call with no written time: vague (as « quelques heures plus tard » in gold). « 2018 » in « \
l’accord militaire intercoréen de 2018 » dates a document, attached to nothing (as « l’armistice de 1953 » in \
gold). « jeudi 23 novembre » is Thursday 23 November 2023; « en septembre » September 2023, the visit's month. « \
dans un court laps de temps » (inside Kim's quote) is vague future. « toujours » is not a time. Speech acts with \
no weekday of their own (the JCS, the Japanese government, Kishida, Tokyo's protest, Han, the ministry, \
Washington, the White House, Watson, Seoul's accusation) have no time.
The Malligyong-1 satellite, the Chollima-1 rocket, the Sohae base, the further satellites, the South Korean Joint \
Chiefs of Staff, the Japanese government, Okinawa and its residents, the 2018 inter-Korean military agreement, \
Han Duck-soo, the South Korean defence ministry, Yoon Suk-yeol, the United Kingdom, London, the White House, \
Adrienne Watson, the ballistic technologies, the technical data, the shells, the Vostochny cosmodrome and the \
satellites to be built are not in ids.tsv: local, unlinked. Kim Jong-un, KCNA, North Korea, South Korea, Japan, \
Fumio Kishida, the UN, the UN Security Council, the United States, Russia, the invasion of Ukraine, Ukraine, \
Vladimir Putin and the Kremlin are linked."""

KIM, PUTIN, KISHIDA = "Q56226", "Q7747", "Q359480"
NK, SK, JAPAN, US, RUSSIA, UKRAINE, INVASION = "Q423", "Q884", "Q17", "Q30", "Q159", "Q212", "Q110999040"
KCNA, UN, UNSC, KREMLIN = "Q326804", "Q1065", "Q37470", "Q2060629"
SATELLITE, ROCKET, SOHAE, MORE_SATELLITES = "local:malligyong-1", "local:chollima-1-rocket", \
    "local:sohae-launch-site", "local:further-reconnaissance-satellites"
JCS, JP_GOV, RESIDENTS, OKINAWA = "local:south-korea-jcs", "local:government-of-japan", \
    "local:okinawa-residents", "local:okinawa"
AGREEMENT, HAN, SK_MOD, YOON = "local:inter-korean-military-agreement-2018", "local:han-duck-soo", \
    "local:south-korean-defence-ministry", "local:yoon-suk-yeol"
UK, LONDON, WHITE_HOUSE, WATSON = "local:united-kingdom", "local:london", "local:white-house", \
    "local:adrienne-watson"
TECH, DATA, SHELLS, VOSTOCHNY, NEW_SATELLITES = "local:ballistic-technologies", "local:technical-data", \
    "local:north-korean-shells", "local:vostochny-cosmodrome", "local:satellites-to-build"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (SATELLITE, "satellite de reconnaissance Malligyong-1", "Malligyong-1 reconnaissance satellite", "object",
     {"description": "premier satellite espion nord-coréen, lancé mardi 21 novembre 2023",
      "unlinked_reason": NOT_VERIFIED}),
    (ROCKET, "fusée Chollima-1", "Chollima-1 rocket", "object",
     {"description": "le lanceur du satellite Malligyong-1", "unlinked_reason": NOT_VERIFIED}),
    (SOHAE, "base de Sohae", "Sohae Satellite Launching Station", "place",
     {"description": "base de lancement nord-coréenne", "unlinked_reason": NOT_VERIFIED}),
    (MORE_SATELLITES, "plusieurs autres satellites de reconnaissance", "several further reconnaissance satellites",
     "object", {"description": "les satellites que Kim Jong-un promet de lancer",
                "unlinked_reason": "unspecified future satellites, not one Wikidata item"}),
    (JCS, "état-major interarmées sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (JP_GOV, "gouvernement japonais", "Government of Japan", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (RESIDENTS, "les habitants d’Okinawa", "the residents of Okinawa", "group",
     {"unlinked_reason": "a population, not one Wikidata item"}),
    (OKINAWA, "Okinawa", "Okinawa", "place",
     {"description": "l’archipel et la préfecture japonaise d’Okinawa", "unlinked_reason": NOT_VERIFIED}),
    (AGREEMENT, "accord militaire intercoréen de 2018", "2018 inter-Korean Comprehensive Military Agreement",
     "other", {"description": "accord conclu en 2018 entre les deux Corées, qui limitait la surveillance aérienne "
                              "près de la frontière", "unlinked_reason": NOT_VERIFIED}),
    (HAN, "Han Duck-soo", "Han Duck-soo", "person",
     {"description": "Premier ministre sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (SK_MOD, "ministère sud-coréen de la Défense", "Ministry of National Defense (South Korea)", "organization",
     {"class_qid": "Q192350", "unlinked_reason": NOT_VERIFIED}),
    (YOON, "Yoon Suk-yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (UK, "Royaume-Uni", "United Kingdom", "country", {"unlinked_reason": NOT_VERIFIED}),
    (LONDON, "Londres", "London", "place", {"unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"description": "la présidence américaine, pour laquelle le bâtiment est mis",
      "unlinked_reason": NOT_VERIFIED}),
    (WATSON, "Adrienne Watson", "Adrienne Watson", "person",
     {"description": "porte-parole de la Maison Blanche", "unlinked_reason": NOT_VERIFIED}),
    (TECH, "technologies balistiques", "ballistic technologies", "object",
     {"description": "les technologies de missiles balistiques dont le lancement se sert, selon la Maison Blanche",
      "unlinked_reason": "unspecified technology, not one Wikidata item"}),
    (DATA, "données techniques", "technical data", "object",
     {"description": "données que Moscou aurait transmises à Pyongyang (soupçon de Séoul)",
      "unlinked_reason": "unspecified data, not one Wikidata item"}),
    (SHELLS, "obus nord-coréens", "North Korean artillery shells", "object",
     {"description": "obus que Pyongyang aurait livrés à la Russie pour la guerre en Ukraine (soupçon de Séoul)",
      "unlinked_reason": "an unspecified quantity of shells, not one Wikidata item"}),
    (VOSTOCHNY, "cosmodrome de Vostotchny", "Vostochny Cosmodrome", "place",
     {"class_qid": "Q194188", "unlinked_reason": NOT_VERIFIED}),
    (NEW_SATELLITES, "satellites à construire", "satellites to be built", "object",
     {"description": "les satellites que Vladimir Poutine s’est dit prêt à aider la Corée du Nord à construire",
      "unlinked_reason": "unspecified future satellites, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Corée du Nord a annoncé mercredi avoir mis en orbite son premier satellite espion, lancé mardi soir ...
    ("Corée du Nord", None, NK, "name"),
    ("son premier satellite espion", None, SATELLITE, "nominal"),
    ("base de Sohae", None, SOHAE, "name"),
    # « La fusée Chollima-1 a placé le satellite de reconnaissance Malligyong-1 ... », a rapporté ... KCNA, ...
    ("Chollima-1", None, ROCKET, "name"),
    ("Malligyong-1", None, SATELLITE, "name"),
    ("KCNA", None, KCNA, "name"),
    ("Kim Jong-un", "laquelle Kim Jong-un", KIM, "name"),
    # Le dirigeant nord-coréen a promis d’en lancer « plusieurs autres dans un court laps de temps ».
    ("Le dirigeant nord-coréen", None, KIM, "nominal"),
    ("plusieurs autres", None, MORE_SATELLITES, "nominal"),
    # Pyongyang avait échoué à deux reprises, en mai puis en août.
    ("Pyongyang", "Pyongyang avait échoué", NK, "metonym"),
    # L’état-major interarmées sud-coréen a confirmé le tir, mais pas la mise en orbite, « ... » selon lui.
    ("L’état-major interarmées sud-coréen", None, JCS, "nominal"),
    ("lui", "selon lui", JCS, "pronoun"),
    # Au Japon, le gouvernement a appelé les habitants d’Okinawa à se mettre à l’abri, ... sur l’archipel.
    ("Japon", None, JAPAN, "name"),
    ("le gouvernement", None, JP_GOV, "nominal"),
    ("les habitants d’Okinawa", None, RESIDENTS, "nominal"),
    ("Okinawa", None, OKINAWA, "name"),
    ("l’archipel", None, OKINAWA, "nominal"),
    # « Même s’il s’agit d’un satellite, a dénoncé le Premier ministre Fumio Kishida, ce tir viole ... l’ONU. »
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("ONU", None, UN, "name"),
    # Tokyo a protesté auprès de Pyongyang.
    ("Tokyo", None, JAPAN, "metonym"),
    ("Pyongyang", "auprès de Pyongyang", NK, "metonym"),
    # Séoul a riposté en suspendant en partie l’accord militaire intercoréen de 2018, ...
    ("Séoul", "Séoul a riposté", SK, "metonym"),
    ("l’accord militaire intercoréen de 2018", None, AGREEMENT, "nominal"),
    # « C’est une mesure défensive », a déclaré le Premier ministre sud-coréen, Han Duck-soo, ...
    ("le Premier ministre sud-coréen", None, HAN, "nominal"),
    ("Han Duck-soo", None, HAN, "name"),
    # La suspension entrera en vigueur jeudi 23 novembre, a précisé le ministère de la Défense.
    ("le ministère de la Défense", None, SK_MOD, "nominal"),
    # Le président Yoon Suk-yeol, en visite d’État au Royaume-Uni, l’a approuvée depuis Londres.
    ("Yoon Suk-yeol", None, YOON, "name"),
    ("Royaume-Uni", None, UK, "name"),
    ("Londres", None, LONDON, "name"),
    # Washington a condamné « avec fermeté » un lancement qui, selon la Maison Blanche, recourt à ...
    ("Washington", None, US, "metonym"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("des technologies balistiques", None, TECH, "nominal"),
    ("Conseil de sécurité", None, UNSC, "name"),
    # Sa porte-parole, Adrienne Watson, n’a pas exclu de nouvelles sanctions.
    ("Sa porte-parole", None, WATSON, "nominal"),
    ("Adrienne Watson", None, WATSON, "name"),
    # Séoul accuse Moscou d’avoir transmis des données techniques à Pyongyang en échange d’obus ...
    ("Séoul", "Séoul accuse", SK, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("des données techniques", None, DATA, "nominal"),
    ("Pyongyang", "techniques à Pyongyang", NK, "metonym"),
    ("obus", None, SHELLS, "nominal"),
    ("la guerre en Ukraine", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    # Lors de la visite de Kim Jong-un en Russie en septembre, Vladimir Poutine lui avait fait visiter ...
    ("Kim Jong-un", "la visite de Kim Jong-un", KIM, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("lui", "lui avait fait visiter", KIM, "pronoun"),
    ("cosmodrome de Vostotchny", None, VOSTOCHNY, "name"),
    ("le Nord", None, NK, "nominal"),
    ("des satellites", "construire des satellites", NEW_SATELLITES, "nominal"),
    # Le Kremlin n’avait pas réagi mercredi en fin de journée.
    ("Kremlin", None, KREMLIN, "metonym"),
]

PUB_DAY = "the publication day, Wednesday 22 November 2023 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", "annoncé mercredi"), "2023-11-22", "day", "weekday-publication-day",
     "« La Corée du Nord a annoncé mercredi »: " + PUB_DAY),
    ("t-tuesday-evening", ("mardi soir", None), "2023-11-21", "day", "part-of-day",
     "« lancé mardi soir »: the evening of the Tuesday before the publication day, 21 November 2023."),
    ("t-short-while", ("dans un court laps de temps", None), None, "vague", "vague-future",
     "Inside Kim's quote: « plusieurs autres dans un court laps de temps », soon after publication; no value."),
    ("t-may", ("en mai", None), "2023-05", "month", "month-past",
     "Pluperfect « avait échoué ... en mai », written in November 2023: May 2023."),
    ("t-august", ("en août", None), "2023-08", "month", "month-past",
     "Pluperfect « avait échoué ... puis en août », written in November 2023: August 2023."),
    ("t-half-hour-later", ("une demi-heure plus tard", None), None, "vague", "vague",
     "Half an hour after the government's call, whose own time is not written (the call follows the Tuesday "
     "evening launch, but the text gives no hour, so the day after half an hour is not fixed): no value (as « "
     "quelques heures plus tard » in gold)."),
    ("t-2018", ("2018", None), "2018", "year", "explicit-year",
     "« l’accord militaire intercoréen de 2018 »: the agreement is an entity here, not an event: attached to "
     "nothing (as « l’armistice de 1953 » in gold)."),
    ("t-thursday-23", ("jeudi 23 novembre", None), "2023-11-23", "day", "weekday-day-month",
     "« entrera en vigueur jeudi 23 novembre »: an explicit weekday and date in the publication year (23 November "
     "2023 is a Thursday), the day after publication."),
    ("t-september", ("en septembre", None), "2023-09", "month", "month-past",
     "« Lors de la visite de Kim Jong-un en Russie en septembre », written in November 2023: September 2023."),
    ("t-wednesday-late", ("mercredi en fin de journée", None), "2023-11-22", "day", "part-of-day",
     "« Le Kremlin n’avait pas réagi mercredi en fin de journée »: the end of " + PUB_DAY),
]

EVENTS: list[dict[str, Any]] = [
    event("e-launch", "Event", "North Korea launches a reconnaissance satellite from Sohae on Tuesday evening",
          ("lancé", None), [("agent", NK), ("theme", SATELLITE), ("participant", ROCKET)], place=SOHAE,
          time="t-tuesday-evening", according_to=[JCS],
          note="« son premier satellite espion, lancé mardi soir depuis la base de Sohae »: a participle apposition "
               "in the article's voice; the JCS « a confirmé le tir ». The rocket is named in KCNA's quote. The "
               "launch is restated by « au tir », « le tir », « ce tir », « un lancement » and « Ce succès » (no "
               "new event)."),
    event("e-orbit", "Event", "North Korea places its first reconnaissance satellite into orbit",
          ("mis en orbite", None), [("agent", NK), ("theme", SATELLITE), ("participant", ROCKET)],
          time="t-tuesday-evening", according_to=[NK, KCNA], part_of="e-launch",
          note="« a annoncé mercredi avoir mis en orbite »: North Korea's claim, restated in KCNA's quote (« La "
               "fusée Chollima-1 a placé le satellite ... sur son orbite »: the rocket a participant) and not "
               "confirmed by the JCS (« mais pas la mise en orbite »). The article does not doubt it: occurred, "
               "according to North Korea and KCNA. Part of the launch, whose evening it takes; no place (the orbit "
               "is not a place of the text, and the base is the launch's)."),
    event("e-attendance", "Event", "Kim Jong-un attended the launch", ("a assisté", None), [("participant", KIM)],
          place=SOHAE, time="t-tuesday-evening", according_to=[KCNA], part_of="e-launch",
          note="« selon laquelle Kim Jong-un a assisté au tir »: KCNA is the antecedent of « laquelle »."),
    event("e-more-launches", "Event", "North Korea to launch several more satellites soon", ("lancer", None),
          [("agent", NK), ("theme", MORE_SATELLITES)], status="planned", time="t-short-while", according_to=[KIM],
          note="« a promis d’en lancer « plusieurs autres dans un court laps de temps » »: a promise, planned. The "
               "launches are the state's (the launch's agent elsewhere), as the widening Kim is ready for in "
               "gold/lavrov-pyongyang-2024-11; « en » (satellites) is a clitic, not a mention."),
    event("e-failure-may", "Event", "North Korea's failed satellite launch in May", ("avait échoué", None),
          [("agent", NK)], time="t-may",
          note="« Pyongyang avait échoué à deux reprises, en mai puis en août »: two failures, two events with one "
               "trigger (as two speech acts with one trigger in gold)."),
    event("e-failure-august", "Event", "North Korea's failed satellite launch in August", ("avait échoué", None),
          [("agent", NK)], time="t-august"),
    event("e-analysis", "Event", "The JCS is still analysing whether the satellite reached orbit",
          ("analyse", None), [("agent", JCS)], according_to=[JCS],
          note="« « toujours en cours d’analyse » selon lui »: ongoing, occurred; what is analysed is the placing "
               "in orbit (la mise en orbite)."),
    event("e-shelter", "Event", "Okinawa's residents to take shelter (the Japanese government's call)",
          ("se mettre à l’abri", None), [("agent", RESIDENTS)], status="proposed", place=OKINAWA,
          according_to=[JP_GOV],
          note="« a appelé les habitants d’Okinawa à se mettre à l’abri »: a call, proposed."),
    event("e-alert-lifted", "Event", "The Japanese government lifts its alert half an hour later", ("lever", None),
          [("agent", JP_GOV)], time="t-half-hour-later",
          note="« avant de lever son alerte une demi-heure plus tard »: occurred. « son alerte » is the call "
               "(s-japan-alert) restated, not a mention."),
    event("e-debris", "Event", "No debris fell on Okinawa", ("tombé", None), [("recipient", OKINAWA)],
          status="negated", place=OKINAWA,
          note="« aucun débris n’étant tombé sur l’archipel »: a negated participle absolute in the article's own "
               "voice; « aucun débris » is not a mention (a negative quantifier), so the archipel (Okinawa), where "
               "nothing fell, is the recipient and the place (as « n’avait pas fait de victime » in gold)."),
    event("e-violation", "Event", "The launch violates the UN resolutions (Kishida)", ("viole", None),
          [("agent", NK)], status="occurred", according_to=[KISHIDA],
          note="« ce tir viole les résolutions de l’ONU »: « ce tir » is the launch, whose author, North Korea, is "
               "the agent; the resolutions are documents (not mentions). Stated as fact by Kishida."),
    event("e-suspension", "Event", "South Korea partly suspends the 2018 inter-Korean military agreement",
          ("suspendant", None), [("agent", SK), ("theme", AGREEMENT)],
          note="« Séoul a riposté en suspendant en partie »: the riposte is the suspension (one event, trigger the "
               "gerund). No weekday is written for the decision: no time. Restated by « une mesure défensive » "
               "(Han's quote), « La suspension » and « l’ » in « l’a approuvée »."),
    event("e-agreement-limits", "Event", "The 2018 agreement limited aerial surveillance near the border",
          ("limitait", None), [("agent", AGREEMENT)],
          note="« qui limitait la surveillance aérienne près de la frontière »: an imperfect relative whose subject "
               "is the agreement (an event, as « qui supervise l’armistice de 1953 » in gold); « la frontière » "
               "is not a mention (as in gold). No time: « 2018 » dates the agreement, not this."),
    event("e-cabinet", "Meeting", "An extraordinary cabinet meeting in South Korea", ("conseil des ministres", None),
          [("participant", HAN)],
          note="« à l’issue d’un conseil des ministres extraordinaire »: a nominal meeting, the occasion of Han's "
               "words; no time or place is written."),
    event("e-entry-into-force", "Event", "The suspension takes effect on Thursday 23 November",
          ("entrera en vigueur", None), [("participant", SK), ("theme", AGREEMENT)], status="planned",
          time="t-thursday-23", according_to=[SK_MOD], part_of="e-suspension",
          note="« La suspension entrera en vigueur jeudi 23 novembre, a précisé le ministère de la Défense »: "
               "future, planned; South Korea the party, the agreement its theme (as the entry into force in "
               "gold/lavrov-pyongyang-2024-11)."),
    event("e-yoon-visit", "Visit", "Yoon Suk-yeol on a state visit to the United Kingdom",
          ("visite", "en visite d’État"), [("agent", YOON)], place=UK,
          note="« en visite d’État au Royaume-Uni »: an apposition, ongoing at publication: occurred, no time."),
    event("e-approval", "Acceptance", "Yoon Suk-yeol approves the suspension from London", ("approuvée", None),
          [("agent", YOON)], place=LONDON, part_of="e-yoon-visit",
          note="« l’a approuvée depuis Londres »: the elided object clitic « l’ » is the suspension (an event, not "
               "a mention); an approval of a measure is an Acceptance (as Lukashenko's acceptance of a deployment "
               "in gold). London, from where he approves, is its place."),
    event("e-tech-use", "Event", "The launch uses ballistic technologies (White House)", ("recourt", None),
          [("agent", NK), ("theme", TECH)], according_to=[WHITE_HOUSE], part_of="e-launch",
          note="« un lancement qui, selon la Maison Blanche, recourt à des technologies balistiques »: the launch "
               "is the subject of the relative; its author, North Korea, the agent."),
    event("e-ban", "Sanction", "The UN Security Council bans ballistic technologies for North Korea",
          ("interdites", None), [("agent", UNSC), ("recipient", NK), ("theme", TECH)], according_to=[WHITE_HOUSE],
          note="« des technologies balistiques interdites par le Conseil de sécurité »: a passive participle with "
               "its agent, a prohibition (as « interdit » in the bundled article). North Korea, whom it targets, "
               "is implied."),
    event("e-new-sanctions", "Sanction", "Possible new sanctions on North Korea", ("sanctions", None),
          [("agent", US), ("recipient", NK)], status="hypothetical", according_to=[WATSON],
          note="« n’a pas exclu de nouvelles sanctions »: not ruled out, so hypothetical (as « n’exclut pas de "
               "reprendre » in gold). Neither who would impose them nor on whom is written: the United States, "
               "for whom she speaks, and North Korea are implied."),
    event("e-data-transfer", "Delivery", "Russia transmitted technical data to North Korea (Seoul's accusation)",
          ("transmis", None), [("agent", RUSSIA), ("recipient", NK), ("theme", DATA)], status="suspected",
          according_to=[SK],
          note="« Séoul accuse Moscou d’avoir transmis des données techniques à Pyongyang »: suspected."),
    event("e-shells", "Delivery", "North Korea supplied shells to Russia in exchange (Seoul's accusation)",
          ("échange", None), [("agent", NK), ("recipient", RUSSIA), ("theme", SHELLS)], status="suspected",
          according_to=[SK],
          note="« en échange d’obus destinés à la guerre en Ukraine »: the shells go the other way, from North "
               "Korea to Russia; part of the same accusation, suspected. « la guerre en Ukraine » is the invasion "
               "(an entity, not an event here)."),
    event("e-kim-visit", "Visit", "Kim Jong-un's visit to Russia in September", ("visite", "Lors de la visite"),
          [("agent", KIM)], place=RUSSIA, time="t-september",
          note="« Lors de la visite de Kim Jong-un en Russie en septembre »: in the article's own voice."),
    event("e-cosmodrome-tour", "Visit", "Putin showed Kim the Vostochny cosmodrome", ("fait visiter", None),
          [("agent", KIM), ("participant", PUTIN)], place=VOSTOCHNY, time="t-september", part_of="e-kim-visit",
          note="« Vladimir Poutine lui avait fait visiter le cosmodrome de Vostotchny »: a causative; the visitor "
               "(« lui », Kim) is the Visit's agent, Putin, who has him visit, a participant. « Lors de la visite "
               "... en septembre » gives it the visit's month."),
    event("e-help", "Event", "Russia ready to help North Korea build satellites (Putin)", ("aider", None),
          [("agent", RUSSIA), ("recipient", NK)], status="planned", according_to=[PUTIN],
          note="« s’était dit prêt à aider le Nord »: a readiness stated, planned (as « s’est dit prêt à élargir » "
               "in gold/lavrov-pyongyang-2024-11). The helper is the state, as in Seoul's suspicion the sentence "
               "before (« Moscou »)."),
    event("e-build-satellites", "Event", "North Korea to build satellites", ("construire", None),
          [("agent", NK), ("theme", NEW_SATELLITES)], status="planned", according_to=[PUTIN],
          note="« à construire des satellites »: the aim of the help, planned with it."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-nk-announcement", "Statement", "North Korea announces it put a reconnaissance satellite into orbit",
           NK, ("a annoncé", None), [], time="t-wednesday", about=["e-orbit", "e-launch"],
           note="« La Corée du Nord a annoncé mercredi avoir mis en orbite »: an infinitive perfect, no quote."),
    speech("s-kcna-report", "Report", "KCNA: the Chollima-1 rocket placed Malligyong-1 in its orbit", KCNA,
           ("a rapporté", None),
           [("La fusée Chollima-1 a placé le satellite de reconnaissance Malligyong-1 sur son orbite", None)],
           time="t-wednesday", about=["e-orbit"],
           note="A quote first in KCNA's own wording (third person), so the agency is the speaker, as in the "
                "bundled article. The same announcement as the lede's: it takes its Wednesday."),
    speech("s-kcna-attendance", "Report", "KCNA reports Kim Jong-un attended the launch", KCNA,
           ("selon", "selon laquelle"), [], time="t-wednesday", about=["e-attendance"],
           note="« selon laquelle »: the relative pronoun stands for KCNA (not a mention)."),
    speech("s-kim-promise", "Assurance", "Kim Jong-un promises several more launches soon", KIM,
           ("a promis", None), [("plusieurs autres dans un court laps de temps", None)],
           about=["e-more-launches"],
           note="No source is named for the promise (probably KCNA, but the article does not say so): no "
                "according_to, no time."),
    speech("s-jcs-confirmation", "Statement", "The JCS confirms the launch", JCS, ("a confirmé", None), [],
           about=["e-launch"]),
    speech("s-jcs-no-confirmation", "Statement", "The JCS does not confirm the placing in orbit", JCS,
           ("a confirmé", None), [], status="negated", about=["e-orbit"],
           note="« mais pas la mise en orbite »: the second object of the same verb, negated: a negated speech act "
                "sharing the trigger (as two speech acts with one trigger in gold)."),
    speech("s-jcs-analysis", "Statement", "The JCS: the placing in orbit is « still being analysed »", JCS,
           ("selon", "selon lui"), [("toujours en cours d’analyse", None)], about=["e-analysis", "e-orbit"],
           note="The quote comes before « selon lui » (« lui », the JCS): one speech act whose trigger is « selon », "
                "as « Selon lui » with quotes in gold."),
    speech("s-japan-alert", "Warning", "The Japanese government calls on Okinawa's residents to take shelter",
           JP_GOV, ("a appelé", None), [], addressee=RESIDENTS, place=JAPAN, about=["e-shelter", "e-launch"],
           note="« Au Japon, le gouvernement a appelé ... »: the country is where the call is made. No time of its "
                "own (it followed the launch; no word dates it)."),
    speech("s-kishida", "Statement", "Fumio Kishida: even if it is a satellite, the launch violates UN resolutions",
           KISHIDA, ("a dénoncé", None),
           [("Même s’il s’agit d’un satellite", None), ("ce tir viole les résolutions de l’ONU.", None)],
           evidence=("« Même s’il", "l’ONU. »"), about=["e-launch", "e-violation"],
           note="One pair of guillemets split around « a dénoncé le Premier ministre Fumio Kishida »: one speech "
                "act, two quotes; the second keeps its full stop, inside the guillemets."),
    speech("s-tokyo-protest", "Statement", "Japan protests to North Korea", JAPAN, ("a protesté", None), [],
           addressee=NK, about=["e-launch"]),
    speech("s-han", "Statement", "Han Duck-soo: « a defensive measure »", HAN, ("a déclaré", None),
           [("C’est une mesure défensive", None)], about=["e-suspension"],
           note="At the end of the cabinet meeting (e-cabinet), which has no written time: no time."),
    speech("s-mod", "Statement", "The defence ministry: the suspension takes effect on Thursday 23 November",
           SK_MOD, ("a précisé", None), [], about=["e-entry-into-force"],
           note="The source after the clause; no weekday of its own (« jeudi 23 novembre » dates the entry into "
                "force)."),
    speech("s-us-condemnation", "Statement", "Washington condemns the launch « firmly »", US, ("a condamné", None),
           [("avec fermeté", None)], about=["e-launch"],
           note="« Washington » stands for the United States; « un lancement » restates the launch."),
    speech("s-white-house", "Report", "The White House says the launch uses banned ballistic technologies",
           WHITE_HOUSE, ("selon", "selon la Maison Blanche"), [], about=["e-tech-use", "e-ban"],
           note="« selon la Maison Blanche » inside the relative clause: it sources the relative only (as « Selon "
                "New Delhi » in gold)."),
    speech("s-watson", "Statement", "Adrienne Watson does not rule out new sanctions", WATSON,
           ("n’a pas exclu", None), [], about=["e-new-sanctions"],
           note="A Statement (occurred) about hypothetical sanctions, not a negated speech act: the negation bears "
                "on the exclusion (as « n’exclut pas de reprendre » in gold). « Sa porte-parole » is the White "
                "House's."),
    speech("s-sk-accusation", "Statement", "Seoul accuses Moscow of transmitting technical data to Pyongyang", SK,
           ("accuse", None), [], addressee=RUSSIA, about=["e-data-transfer", "e-shells"],
           note="« Séoul accuse Moscou »: two metonyms; the accused is the addressee (as « accusent ... Pyongyang » "
                "in gold). No time."),
    speech("s-putin-ready", "Statement", "Putin said he was ready to help North Korea build satellites", PUTIN,
           ("s’était dit", None), [], time="t-september", place=RUSSIA, about=["e-help", "e-build-satellites"],
           note="A pluperfect readiness without guillemets joined by « et » to the tour; « Lors de la visite ... en "
                "septembre » is its occasion: the visit's month and country."),
    speech("s-kremlin-silence", "Statement", "The Kremlin had not reacted by Wednesday evening", KREMLIN,
           ("réagi", None), [], status="negated", time="t-wednesday-late",
           about=["s-sk-accusation", "e-data-transfer"],
           note="« Le Kremlin n’avait pas réagi mercredi en fin de journée »: a negated speech act of the "
                "institution; it follows Seoul's accusation, to which it has not reacted."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
