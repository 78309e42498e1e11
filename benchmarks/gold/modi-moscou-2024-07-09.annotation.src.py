"""Held-out annotation of modi-moscou-2024-07-09.txt (written for the fourteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/modi-moscou-2024-07-09.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/modi-moscou-2024-07-09.annotation.src.py --check

From held-out set 14 (moved to gold in session 13; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "modi-moscou-2024-07-09.txt"

NOTE = """\
Held-out-14 article: India's prime minister Narendra Modi, on his first visit to Russia since the invasion of \
Ukraine, received by Vladimir Putin at his residence near Moscow on Monday evening and holding official talks at \
the Kremlin on Tuesday; oil purchases, trade and rupee-rouble payments; Indians enlisted in the Russian army to be \
sent home; Zelensky's criticism of the hug on the day of a deadly strike on a children's hospital in Kyiv; \
Washington's concerns and the Kremlin spokesman's retort, published Tuesday 9 July 2024 (the file gives the day). \
What it exercises: a role noun and a name in apposition as the subject of talks begun on the publication day at \
the Kremlin (« Le Premier ministre indien, Narendra Modi, a entamé mardi au Kremlin des entretiens officiels avec \
Vladimir Poutine »: a Meeting, trigger « a entamé », the place Q133274), an ordinal that is no time (« au deuxième \
jour de ») and a first visit with a start in apposition (« sa première visite en Russie depuis le début de \
l’offensive russe en Ukraine, en février 2022 »: the Visit has the country as place and no time; « l’offensive \
russe en Ukraine » is the invasion Q110999040, an entity, so « en février 2022 » is attached to nothing, as « depuis \
avril 2022 » in gold); a pluperfect reception by a role noun with an elided object clitic, a part of day and a \
place near, not in, a city (« Le président russe l’avait accueilli lundi soir dans sa résidence de Novo-Ogarevo, \
près de Moscou, pour un dîner informel »: the residence the place, Moscow a mention with no role, the dinner a \
Banquet of the reception); a hug by a plural subject sourced to television images (« Les deux hommes se sont donné \
l’accolade devant les caméras, selon des images de la télévision russe »: the reception's Monday evening and \
residence, the television's Report); a negated speech act in a relative clause (« L’Inde, qui n’a jamais condamné \
l’invasion ») and purchases as a nominal Delivery with the seller from an adjective (« a depuis multiplié ses \
achats de pétrole russe »: « depuis » alone dates nothing); a quote split around its reporting clause with a \
weekday, an addressee and a source inside the split and a sentence end (« « Nos échanges ont atteint 65 milliards \
de dollars l’an dernier, a déclaré mardi M. Modi devant son hôte, cité par l’agence TASS. Nous voulons les porter \
à 100 milliards d’ici 2030. » »: one speech act, two quotes, the trade occurred in 2023, its raising planned by \
2030; « Nous » is both countries, not a mention); an aim of a plural subject joined to an existing practice (« Les \
deux pays veulent aussi développer leurs paiements en roupies et en roubles »: the development planned, the \
payments occurred; the currencies are not mentions); an acceptance by a metonym with an infinitive and a pronoun \
for a group (« Moscou a par ailleurs accepté de renvoyer chez eux les Indiens enrôlés dans l’armée russe »: an \
Acceptance, a planned return home, a passive enlistment with the army as agent) sourced after the clause with a \
role noun and a name in apposition (« a annoncé mardi le secrétaire indien aux Affaires étrangères, Vinay Kwatra \
»); « Selon New Delhi » (India's Report) over a conditional fight of a subgroup and a passive death of another \
with the place clitic « y » (« une trentaine d’entre eux combattraient encore en Ukraine, et au moins quatre y ont \
été tués »); a passive denunciation by a state and a relative strike with the attacker from an adjective (« La \
visite a été dénoncée par l’Ukraine, où un missile russe a frappé lundi l’hôpital pédiatrique Okhmatdyt de Kiev, \
tuant deux adultes, selon les autorités »: Russia the agent, the missile a participant, the hospital the recipient, \
Kyiv the place; the deaths part of the strike); a quote first whose descriptions refer to the two leaders and to \
India and whose « étreindre » and « Moscou bombarde un hôpital pour enfants » restate the hug and the strike (« le \
jour même » the Monday, attached to nothing), then « a écrit sur X le président ukrainien, Volodymyr Zelensky »; « \
À Washington » (the city) a spokesman's concern with a quoted noun about the ties between two metonyms (« entre New \
Delhi et Moscou ») and a participle call without guillemets, which stays inside his speech act (« appelant l’Inde à \
défendre la Charte des Nations unies »: the defence proposed); a quote first with « a rétorqué » and the spokesman's \
role noun after his name (« Dmitri Peskov, porte-parole du Kremlin »), whose « L’Occident suit ce voyage avec \
jalousie » is a suspected watching by the West (Peskov's opinion) and « ce voyage » the visit restated; a \
pluperfect earlier visit « en 2019 », a planned departure with the place left and the destination (« doit quitter \
Moscou dans la soirée pour Vienne »: Moscow the city, the departure's place) and a planned passive reception with \
no host written (« où il sera reçu mercredi »: Vienna the place, Modi the only participant).
Places and metonyms. « au Kremlin » where the talks are held is the Moscow Kremlin (Q133274), « porte-parole du \
Kremlin » the institution (Q2060629); « Moscou » is the city near which the residence lies and which Modi leaves \
(Q649) and Russia where it accepts, bombards (inside Zelensky's quote) and has ties (Q159); « New Delhi » is India \
(local) as a source and after « entre »; « Kiev » in « l’hôpital pédiatrique Okhmatdyt de Kiev » is the city (the \
hospital's city and the strike's place); « À Washington » is the city (Q61); « y » is Ukraine. « Ukraine » is \
the state as the place of the fighting and as the denouncer. The hug and the dinner take the residence (implied by \
the reception they belong to), the talks the Kremlin.
Mentions. Role nouns in apposition are nominal mentions (« Le Premier ministre indien », « le secrétaire indien aux \
Affaires étrangères », « le président ukrainien », « porte-parole du Kremlin », « le porte-parole du département \
d’État »), with « département d’État » inside the last (a name of its own, as in gold) and « Kremlin » inside \
Peskov's; « Le président russe » and « son hôte » are Putin; « le dirigeant de la plus grande démocratie du monde \
» (Modi, with « la plus grande démocratie du monde », India, inside it: a plain description) and « le pire \
criminel de la planète » (Putin) are nominal mentions inside Zelensky's quote, as « un criminel accusé » in gold, \
and « un hôpital pour enfants » there is Okhmatdyt (an indefinite description that refers). « sa résidence de \
Novo-Ogarevo » is one nominal mention of the residence (the estate's name inside only names it, as « l’île de \
Rebun » in gold). « l’hôpital pédiatrique Okhmatdyt » has a title before the name: only « Okhmatdyt » is marked \
(as « Le patrouilleur Setúbal »). « les Indiens enrôlés dans l’armée russe » is a local group with « l’armée russe \
» (Q193159) inside; « eux » (twice) is that group; « une trentaine d’entre eux » and « au moins quatre » are groups \
of their own because events take them (as « Deux des marins » and « 19 des 26 drones » in gold); « deux adultes » \
the strike's dead; « pétrole russe » the purchases' theme; « la télévision russe », « les autorités » (Ukraine's) \
and « L’Occident » are local; « Charte des Nations unies » is a name (local) with « Nations unies » (Q1065) inside; \
« X » is the social network (local). Not mentions: « Les deux hommes », « Les deux pays », « Nous » and « Nos » in \
Modi's quote (both countries), « les » (the trade, a clitic), « l’ » in « l’avait accueilli » (an elided object \
clitic), « les caméras », the currencies, « La visite » and « ce voyage » (the visit, an event), « des entretiens \
officiels » (the talks), « les liens » (no one entity), « où » (relative pronouns).
Statuses. The raising of trade (« Nous voulons »), the development of payments (« veulent »), the return home and \
the departure and reception « doit » / « sera » are planned; « combattraient » is hypothetical (unconfirmed news); \
the watching « avec jalousie » is suspected (Peskov's opinion); the defence of the Charter Miller calls for is \
proposed; « n’a jamais condamné » is a negated speech act. The fighting and the deaths are given « Selon New Delhi \
»: according to India.
Times. « mardi » (three times: the talks, Modi's words, Kwatra's announcement) and « dans la soirée » are the \
publication day, Tuesday 9 July 2024; « lundi soir » and « lundi » Monday 8 July 2024 (weekday-past); « le jour \
même » inside Zelensky's quote is the day of the hug, Monday 8 July, attached to nothing (the hug and the strike it \
restates have their own times); « l’an dernier » is 2023; « d’ici 2030 » the year 2030 (a deadline); « en 2019 » \
the year; « mercredi » Wednesday 10 July 2024 (weekday-future); « en février 2022 » February 2022, attached to \
nothing. « au deuxième jour », « depuis » (alone) and « encore » are not times. The acceptance, the enlistment, \
the purchases, the payments, the fighting and the deaths, the television's images, India's Report, Ukraine's \
denunciation, Zelensky's post, Miller's words and Peskov's retort have no weekday or occasion written: no time.
Narendra Modi, India, New Delhi, the Novo-Ogarevo residence, the Russian television, the Russian oil, the Indians \
enlisted in the Russian army and the two subgroups, Vinay Kwatra, the missile, Okhmatdyt hospital, the two dead \
adults, the Ukrainian authorities, Volodymyr Zelensky, X, the State Department, Matthew Miller, the UN Charter, \
the West and Vienna are not in ids.tsv: local, unlinked."""

MODI, INDIA, PUTIN, RUSSIA, UKRAINE, INVASION = "local:narendra-modi", "local:india", "Q7747", "Q159", "Q212", \
    "Q110999040"
KREMLIN_PLACE, KREMLIN, PESKOV, MOSCOW, KYIV, WASHINGTON = "Q133274", "Q2060629", "Q4359688", "Q649", "Q1899", \
    "Q61"
TASS, ARMY, UN = "Q223799", "Q193159", "Q1065"
RESIDENCE, RU_TV, OIL, INDIANS = "local:novo-ogarevo-residence", "local:russian-state-television", \
    "local:russian-oil", "local:indians-in-russian-army"
KWATRA, STILL_FIGHTING, KILLED = "local:vinay-kwatra", "local:indians-still-fighting-in-ukraine", \
    "local:indians-killed-in-ukraine"
MISSILE, HOSPITAL, ADULTS, UA_AUTH = "local:russian-missile-okhmatdyt", "local:okhmatdyt-hospital", \
    "local:okhmatdyt-dead-adults", "local:ukrainian-authorities"
ZELENSKY, X_NETWORK, STATE_DEPT, MILLER = "local:volodymyr-zelensky", "local:x-social-network", \
    "local:us-state-department", "local:matthew-miller"
CHARTER, WEST, VIENNA = "local:un-charter", "local:the-west", "local:vienna"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MODI, "Narendra Modi", "Narendra Modi", "person",
     {"description": "Premier ministre de l’Inde", "unlinked_reason": NOT_VERIFIED}),
    (INDIA, "Inde", "India", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RESIDENCE, "résidence de Novo-Ogarevo", "Novo-Ogaryovo residence", "place",
     {"description": "résidence de Vladimir Poutine près de Moscou", "unlinked_reason": NOT_VERIFIED}),
    (RU_TV, "la télévision russe", "Russian television", "organization",
     {"unlinked_reason": "an unnamed broadcaster, not one Wikidata item"}),
    (OIL, "pétrole russe", "Russian oil", "object",
     {"description": "pétrole russe acheté par l’Inde", "unlinked_reason": "an unspecified quantity of oil, not one "
                                                                           "Wikidata item"}),
    (INDIANS, "Indiens enrôlés dans l’armée russe", "Indians enlisted in the Russian army", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (KWATRA, "Vinay Kwatra", "Vinay Kwatra", "person",
     {"description": "secrétaire indien aux Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (STILL_FIGHTING, "une trentaine d’Indiens combattant encore en Ukraine", "some thirty Indians still fighting in "
     "Ukraine", "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (KILLED, "au moins quatre Indiens tués en Ukraine", "at least four Indians killed in Ukraine", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (MISSILE, "missile russe tombé sur l’hôpital Okhmatdyt", "the Russian missile that struck Okhmatdyt hospital",
     "object", {"unlinked_reason": "a single object with no Wikidata item"}),
    (HOSPITAL, "hôpital pédiatrique Okhmatdyt", "Okhmatdyt children's hospital", "place",
     {"description": "hôpital pour enfants de Kiev", "unlinked_reason": NOT_VERIFIED}),
    (ADULTS, "deux adultes tués à l’hôpital Okhmatdyt", "two adults killed at Okhmatdyt hospital", "group",
     {"unlinked_reason": "unnamed victims, not one Wikidata item"}),
    (UA_AUTH, "les autorités ukrainiennes", "Ukrainian authorities", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (X_NETWORK, "X", "X (social network)", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (CHARTER, "Charte des Nations unies", "Charter of the United Nations", "other",
     {"unlinked_reason": NOT_VERIFIED}),
    (WEST, "l’Occident", "the West", "group", {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (VIENNA, "Vienne", "Vienna", "place", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Premier ministre indien, Narendra Modi, a entamé mardi au Kremlin des entretiens officiels avec ...
    ("Le Premier ministre indien", None, MODI, "nominal"),
    ("Narendra Modi", None, MODI, "name"),
    ("Kremlin", "au Kremlin", KREMLIN_PLACE, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Russie", "première visite en Russie", RUSSIA, "name"),
    ("l’offensive russe en Ukraine", None, INVASION, "nominal"),
    ("Ukraine", "offensive russe en Ukraine", UKRAINE, "name"),
    # Le président russe l’avait accueilli lundi soir dans sa résidence de Novo-Ogarevo, près de Moscou, ...
    ("Le président russe", None, PUTIN, "nominal"),
    ("sa résidence de Novo-Ogarevo", None, RESIDENCE, "nominal"),
    ("Moscou", "près de Moscou", MOSCOW, "name"),
    ("la télévision russe", None, RU_TV, "nominal"),
    # L’Inde, qui n’a jamais condamné l’invasion, a depuis multiplié ses achats de pétrole russe.
    ("Inde", "L’Inde, qui", INDIA, "name"),
    ("l’invasion", None, INVASION, "nominal"),
    ("pétrole russe", None, OIL, "nominal"),
    # « Nos échanges ... », a déclaré mardi M. Modi devant son hôte, cité par l’agence TASS. ...
    ("Modi", "M. Modi devant", MODI, "name"),
    ("son hôte", None, PUTIN, "nominal"),
    ("TASS", None, TASS, "name"),
    # Moscou a par ailleurs accepté de renvoyer chez eux les Indiens enrôlés dans l’armée russe, ...
    ("Moscou", "Moscou a par ailleurs", RUSSIA, "metonym"),
    ("eux", "chez eux", INDIANS, "pronoun"),
    ("les Indiens enrôlés dans l’armée russe", None, INDIANS, "nominal"),
    ("l’armée russe", None, ARMY, "nominal"),
    ("le secrétaire indien aux Affaires étrangères", None, KWATRA, "nominal"),
    ("Vinay Kwatra", None, KWATRA, "name"),
    # Selon New Delhi, une trentaine d’entre eux combattraient encore en Ukraine, et au moins quatre y ont été tués.
    ("New Delhi", "Selon New Delhi", INDIA, "metonym"),
    ("une trentaine d’entre eux", None, STILL_FIGHTING, "nominal"),
    ("eux", "d’entre eux", INDIANS, "pronoun"),
    ("Ukraine", "encore en Ukraine", UKRAINE, "name"),
    ("au moins quatre", None, KILLED, "nominal"),
    ("y", "quatre y ont", UKRAINE, "pronoun"),
    # La visite a été dénoncée par l’Ukraine, où un missile russe a frappé lundi l’hôpital pédiatrique ...
    ("Ukraine", "dénoncée par l’Ukraine", UKRAINE, "name"),
    ("un missile russe", None, MISSILE, "nominal"),
    ("Okhmatdyt", None, HOSPITAL, "name"),
    ("Kiev", None, KYIV, "name"),
    ("deux adultes", None, ADULTS, "nominal"),
    ("les autorités", None, UA_AUTH, "nominal"),
    # « Voir le dirigeant de la plus grande démocratie du monde étreindre le pire criminel de la planète, ...
    ("le dirigeant de la plus grande démocratie du monde", None, MODI, "nominal"),
    ("la plus grande démocratie du monde", None, INDIA, "nominal"),
    ("le pire criminel de la planète", None, PUTIN, "nominal"),
    ("Moscou", "où Moscou bombarde", RUSSIA, "metonym"),
    ("un hôpital pour enfants", None, HOSPITAL, "nominal"),
    ("X", "sur X le", X_NETWORK, "name"),
    ("le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    # À Washington, le porte-parole du département d’État, Matthew Miller, a fait part de « préoccupations » ...
    ("Washington", None, WASHINGTON, "name"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    ("New Delhi", "entre New Delhi", INDIA, "metonym"),
    ("Moscou", "New Delhi et Moscou", RUSSIA, "metonym"),
    ("Inde", "appelant l’Inde", INDIA, "name"),
    ("Charte des Nations unies", None, CHARTER, "name"),
    ("Nations unies", None, UN, "name"),
    # « L’Occident suit ce voyage avec jalousie », a rétorqué Dmitri Peskov, porte-parole du Kremlin. ...
    ("Occident", None, WEST, "name"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "metonym"),
    ("Modi", "M. Modi, qui", MODI, "name"),
    ("Russie", "rendu en Russie", RUSSIA, "name"),
    ("Moscou", "quitter Moscou", MOSCOW, "name"),
    ("Vienne", None, VIENNA, "name"),
    ("il", "où il sera", MODI, "pronoun"),
]

PUB_DAY = "The publication day, Tuesday 9 July 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "a entamé mardi"), "2024-07-09", "day", "weekday-publication-day",
     "« a entamé mardi au Kremlin des entretiens »: " + PUB_DAY),
    ("t-february-2022", ("en février 2022", None), "2022-02", "month", "explicit-month-year",
     "« depuis le début de l’offensive russe en Ukraine, en février 2022 »: the invasion's start, in apposition. "
     "The invasion is an entity (Q110999040), not an event, and the visit it counts from has no time of its own: "
     "attached to nothing (as « depuis avril 2022 » and « depuis 2019 » in gold)."),
    ("t-monday-evening", ("lundi soir", None), "2024-07-08", "day", "weekday-past",
     "Pluperfect « l’avait accueilli lundi soir »: the evening of the Monday before the publication day: 8 July "
     "2024."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "Inside Modi's quote, « Nos échanges ont atteint 65 milliards de dollars l’an dernier »: the year before 2024."),
    ("t-tuesday-modi", ("mardi", "a déclaré mardi"), "2024-07-09", "day", "weekday-publication-day",
     "« a déclaré mardi M. Modi »: " + PUB_DAY),
    ("t-by-2030", ("d’ici 2030", None), "2030", "year", "explicit-year",
     "A deadline inside Modi's quote: the raising of trade by 2030; the year, as « d’ici 2035 » in gold."),
    ("t-tuesday-kwatra", ("mardi", "a annoncé mardi"), "2024-07-09", "day", "weekday-publication-day",
     "« a annoncé mardi le secrétaire indien aux Affaires étrangères »: " + PUB_DAY),
    ("t-monday", ("lundi", "a frappé lundi"), "2024-07-08", "day", "weekday-past",
     "« un missile russe a frappé lundi »: the Monday before the publication day: 8 July 2024."),
    ("t-same-day", ("le jour même", None), "2024-07-08", "day", "same-day-as-event",
     "Inside Zelensky's quote, « le jour même où Moscou bombarde un hôpital pour enfants »: the day of the hug he "
     "speaks of, Monday 8 July 2024 (the day of the strike too), not the publication day. Attached to nothing: the "
     "hug and the strike that « étreindre » and « bombarde » restate take their own times (« lundi soir », « "
     "lundi »)."),
    ("t-2019", ("en 2019", None), "2019", "year", "explicit-year",
     "Pluperfect « s’était rendu en Russie pour la dernière fois en 2019 »."),
    ("t-evening", ("dans la soirée", None), "2024-07-09", "day", "part-of-day",
     "« doit quitter Moscou dans la soirée »: the evening of the publication day. " + PUB_DAY),
    ("t-wednesday", ("mercredi", None), "2024-07-10", "day", "weekday-future",
     "Future « où il sera reçu mercredi »: the Wednesday after the publication day: 10 July 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Narendra Modi begins official talks with Vladimir Putin at the Kremlin",
          ("a entamé", None), [("participant", MODI), ("participant", PUTIN)], place=KREMLIN_PLACE,
          time="t-tuesday", part_of="e-visit",
          note="« a entamé ... des entretiens officiels avec Vladimir Poutine »: the talks began on the publication "
               "day; « des entretiens officiels » is the event, not a mention. « au Kremlin » where they are held is "
               "the place (Q133274), as in gold."),
    event("e-visit", "Visit", "Narendra Modi's first visit to Russia since the invasion of Ukraine",
          ("visite", "première visite"), [("agent", MODI)], place=RUSSIA,
          note="« au deuxième jour de sa première visite en Russie »: an ordinal, not a time; the visit's days are "
               "not written as such (Monday to Tuesday is only implied), so it has no time, as the visits of gold "
               "whose length is not written. « La visite » (Ukraine's denunciation) and « ce voyage » (Peskov's "
               "quote) restate it."),
    event("e-reception", "Meeting", "Vladimir Putin received Narendra Modi at his Novo-Ogarevo residence on Monday "
          "evening", ("avait accueilli", None), [("agent", PUTIN), ("participant", MODI)], place=RESIDENCE,
          time="t-monday-evening", part_of="e-visit",
          note="The elided object clitic « l’ » (Modi) is not a mention, as in gold. « près de Moscou » is near, not "
               "in, the city: the place is the residence."),
    event("e-dinner", "Banquet", "Informal dinner of Putin and Modi at the residence", ("dîner", None),
          [("participant", PUTIN), ("participant", MODI)], place=RESIDENCE, time="t-monday-evening",
          part_of="e-reception",
          note="« pour un dîner informel »: the purpose of a reception that happened, and the dinner took place: "
               "occurred, with the reception's evening and place."),
    event("e-hug", "Event", "Putin and Modi hug in front of the cameras", ("se sont donné l’accolade", None),
          [("participant", PUTIN), ("participant", MODI)], place=RESIDENCE, time="t-monday-evening",
          according_to=[RU_TV], part_of="e-reception",
          note="« Les deux hommes » (a plural phrase, not a mention) are Putin and Modi. No day of its own: it goes "
               "with the Monday-evening reception of the sentence before (as the welcome with its arrival in gold); "
               "Zelensky's « étreindre » restates it (one event)."),
    event("e-oil-purchases", "Delivery", "India has multiplied its purchases of Russian oil", ("achats", None),
          [("agent", RUSSIA), ("recipient", INDIA), ("theme", OIL)],
          note="« a depuis multiplié ses achats de pétrole russe »: the purchases are the event (as « a depuis "
               "multiplié les manœuvres » in gold); Russia, the seller, is the agent from the adjective (as China "
               "for Japan's imports in gold), India the buyer. « depuis » alone (since the invasion) gives no time."),
    event("e-trade", "Event", "Indian–Russian trade reached 65 billion dollars last year", ("échanges", None),
          [("participant", INDIA), ("participant", RUSSIA)], time="t-last-year", according_to=[MODI],
          note="« Nos échanges » inside Modi's quote: the trade between the two countries (« Nos » is both); the "
               "amount is a figure, not an event of its own."),
    event("e-trade-increase", "Event", "India and Russia want to raise their trade to 100 billion dollars by 2030",
          ("porter", None), [("participant", INDIA), ("participant", RUSSIA)], status="planned", time="t-by-2030",
          according_to=[MODI],
          note="« Nous voulons les porter à 100 milliards d’ici 2030 »: an aim stated by its holders: planned. « "
               "Nous » is both countries (not a mention), « les » the trade (a clitic)."),
    event("e-payments-development", "Event", "India and Russia want to develop their payments in rupees and roubles",
          ("développer", None), [("participant", INDIA), ("participant", RUSSIA)], status="planned",
          note="« Les deux pays veulent aussi développer »: an aim, planned, in the article's own voice."),
    event("e-payments", "Event", "Payments in rupees and roubles between India and Russia", ("paiements", None),
          [("participant", INDIA), ("participant", RUSSIA)],
          note="« leurs paiements en roupies et en roubles » exist already: occurred, as the existing cooperation "
               "beside the planned widening in gold. The currencies are the means, not mentions."),
    event("e-acceptance", "Acceptance", "Russia agrees to send home the Indians enlisted in its army",
          ("accepté", None), [("agent", RUSSIA), ("recipient", INDIA)], according_to=[KWATRA], part_of="e-visit",
          note="« Moscou a par ailleurs accepté »: Moscow is Russia. What it accepts is India's request, which is "
               "implied (India the recipient, as the inviter of a declined invitation in gold). « mardi » dates "
               "Kwatra's announcement, not the acceptance, which has no time of its own."),
    event("e-return-home", "Event", "Russia to send the Indians enlisted in its army back home",
          ("renvoyer", None), [("agent", RUSSIA), ("recipient", INDIANS)], status="planned", place=INDIA,
          according_to=[KWATRA],
          note="Accepted, not yet done: planned. « chez eux » is their home country, India: the destination is the "
               "place (as « se rendre à Odessa » in gold)."),
    event("e-enlistment", "Event", "Indians enlisted in the Russian army", ("enrôlés", None),
          [("agent", ARMY), ("recipient", INDIANS)], according_to=[KWATRA],
          note="« les Indiens enrôlés dans l’armée russe »: a passive participle; the army that enlisted them is the "
               "agent (« dans l’armée russe », Q193159), as the capturing army implied in gold. No time."),
    event("e-fighting", "Event", "Some thirty of them reportedly still fight in Ukraine", ("combattraient", None),
          [("agent", STILL_FIGHTING)], status="hypothetical", place=UKRAINE, according_to=[INDIA],
          note="« Selon New Delhi, une trentaine d’entre eux combattraient encore »: the conditional of unconfirmed "
               "news: hypothetical. « encore » is not a time."),
    event("e-deaths", "Event", "At least four of them were killed in Ukraine", ("ont été tués", None),
          [("recipient", KILLED)], place=UKRAINE, according_to=[INDIA],
          note="A passive with no agent: the dead are the recipient only; « y » is Ukraine, the place."),
    event("e-strike", "Event", "A Russian missile struck Okhmatdyt children's hospital in Kyiv on Monday",
          ("a frappé", None), [("agent", RUSSIA), ("participant", MISSILE), ("recipient", HOSPITAL)], place=KYIV,
          time="t-monday", according_to=[UA_AUTH],
          note="Russia is the agent from the adjective, the missile a participant and the hospital the recipient, "
               "as the drone strike on a ship in gold; the hospital's city, Kyiv, is the place. « Moscou bombarde un "
               "hôpital pour enfants » in Zelensky's quote restates it (one event)."),
    event("e-adult-deaths", "Event", "Two adults killed in the strike", ("tuant", None),
          [("agent", RUSSIA), ("recipient", ADULTS)], place=KYIV, time="t-monday", according_to=[UA_AUTH],
          part_of="e-strike",
          note="A participle of consequence: part of the strike, the dead the recipient (as in gold)."),
    event("e-charter-defence", "Event", "India to defend the UN Charter (Miller's call)", ("défendre", None),
          [("agent", INDIA), ("theme", CHARTER)], status="proposed", according_to=[MILLER],
          note="« appelant l’Inde à défendre la Charte des Nations unies »: what Miller urges: proposed. The "
               "participle has no guillemets, so it stays inside his speech act (gold)."),
    event("e-west-watching", "Event", "The West watches the trip with jealousy (Peskov's opinion)", ("suit", None),
          [("agent", WEST)], status="suspected", according_to=[PESKOV],
          note="« L’Occident suit ce voyage avec jalousie »: inside Peskov's quote, an attitude he ascribes to the "
               "West and the article does not endorse: suspected (as an opinion in gold). « ce voyage » is the visit, "
               "an event, so it takes no role."),
    event("e-visit-2019", "Visit", "Modi's previous visit to Russia in 2019", ("s’était rendu", None),
          [("agent", MODI)], place=RUSSIA, time="t-2019",
          note="A pluperfect relative: « pour la dernière fois en 2019 »."),
    event("e-departure", "Event", "Modi to leave Moscow for Vienna in the evening", ("doit quitter", None),
          [("agent", MODI)], status="planned", place=MOSCOW, time="t-evening", part_of="e-visit",
          note="« doit quitter Moscou dans la soirée pour Vienne »: planned; the place left is the place (the city, "
               "Q649), Vienna the destination of the next event (as « a quitté mardi Hanoï pour la Malaisie » in "
               "gold)."),
    event("e-vienna-reception", "Meeting", "Modi to be received in Vienna on Wednesday", ("sera reçu", None),
          [("participant", MODI)], status="planned", place=VIENNA, time="t-wednesday",
          note="A future passive with no host written: Modi is the only participant; « où » is Vienna."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-tv-images", "Report", "Russian television images show the two leaders hugging", RU_TV,
           ("selon", "selon des images"), [], about=["e-hug"],
           note="« selon des images de la télévision russe »: a Report by the television, as « selon des images de la "
                "télévision d’État » in gold; no time of its own."),
    speech("s-india-no-condemnation", "Statement", "India has never condemned the invasion of Ukraine", INDIA,
           ("condamné", None), [], status="negated",
           note="« qui n’a jamais condamné l’invasion »: a negated speech act, as in gold; the invasion is an entity, "
                "so the act is about no event."),
    speech("s-modi-trade", "Statement", "Modi: trade reached 65 billion dollars last year; we want 100 billion by "
           "2030", MODI, ("a déclaré", None),
           [("Nos échanges ont atteint 65 milliards de dollars l’an dernier", None),
            ("Nous voulons les porter à 100 milliards d’ici 2030.", None)],
           evidence=("« Nos échanges", "2030. »"), addressee=PUTIN, time="t-tuesday-modi", according_to=[TASS],
           about=["e-trade", "e-trade-increase"],
           note="One quote split around « a déclaré mardi M. Modi devant son hôte, cité par l’agence TASS. », with a "
                "sentence end inside the split: one speech act, two quotes (the second keeps its full stop), as in "
                "gold. « devant son hôte » names the addressee (Putin), not a place: no place is written."),
    speech("s-tass", "Report", "TASS quotes Modi", TASS, ("cité", None), [], about=["s-modi-trade"]),
    speech("s-kwatra", "Report", "Vinay Kwatra announces that Russia agreed to send the enlisted Indians home",
           KWATRA, ("a annoncé", None), [], time="t-tuesday-kwatra", about=["e-acceptance", "e-return-home"],
           note="The source after the clause, with its own « mardi »; no place written."),
    speech("s-india-fighters", "Report", "India says some thirty Indians still fight in Ukraine and at least four "
           "were killed", INDIA, ("Selon", "Selon New Delhi"), [], about=["e-fighting", "e-deaths"],
           note="« Selon New Delhi »: India (a metonym), as « Selon Séoul » in gold."),
    speech("s-ukraine-denounces", "Statement", "Ukraine denounces the visit", UKRAINE,
           ("a été dénoncée", None), [], about=["e-visit"],
           note="A passive with its agent in « par » and no quote: a speech act of Ukraine (the quote of the next "
                "sentence belongs to Zelensky's « a écrit »). No time written."),
    speech("s-ua-authorities", "Report", "The Ukrainian authorities report the strike and its two dead", UA_AUTH,
           ("selon", "selon les autorités"), [], time="t-monday", about=["e-strike", "e-adult-deaths"],
           note="The report takes the strike's Monday, as the rescue services in gold."),
    speech("s-zelensky-post", "Statement", "Zelensky: seeing Modi hug Putin on the day Russia bombs a children's "
           "hospital is an immense disappointment", ZELENSKY, ("a écrit", None),
           [("Voir le dirigeant de la plus grande démocratie du monde étreindre le pire criminel de la planète, le "
             "jour même où Moscou bombarde un hôpital pour enfants, est une immense déception", None)],
           about=["e-hug", "e-strike"],
           note="A quote first, written « sur X » (the medium, no role). « étreindre » and « bombarde » restate the "
                "hug and the strike; « est une immense déception » is a judgement, no event. No time of its own."),
    speech("s-miller", "Statement", "Miller voices « concerns » about India's ties with Russia and urges India to "
           "defend the UN Charter", MILLER, ("a fait part", None), [("préoccupations", None)], place=WASHINGTON,
           about=["e-charter-defence"],
           note="« À Washington » is the city (Q61). The ties (« les liens entre New Delhi et Moscou ») are a state, "
                "not an event; the participle call without guillemets stays inside this act, so it is about the "
                "defence it urges. No weekday: no time."),
    speech("s-peskov", "Statement", "Peskov retorts that the West follows the trip with jealousy", PESKOV,
           ("a rétorqué", None), [("L’Occident suit ce voyage avec jalousie", None)],
           about=["e-visit", "e-west-watching"],
           note="A quote first; « ce voyage » is the visit. A retort to Washington and Kyiv, but no addressee is "
                "written; no weekday: no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
