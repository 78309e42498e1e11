"""Held-out annotation of centrale-ninh-thuan-2025-11-18.txt (written for the thirteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/centrale-ninh-thuan-2025-11-18.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/centrale-ninh-thuan-2025-11-18.annotation.src.py --check

From held-out set 13 (moved to gold in session 12; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "centrale-ninh-thuan-2025-11-18.txt"

NOTE = """\
Held-out-13 article 4: Vietnam and Russia sign an agreement on the construction of Vietnam's first nuclear \
power plant, at Ninh Thuan, by the Russian state group Rosatom, published Tuesday 18 November 2025 (the file \
gives the day). What it exercises: two states as one subject of a signing on the publication day « à Hanoï » \
(the city), sourced after the clause to a company whose title is part of its name's phrase (« a annoncé le \
groupe russe Rosatom »: only « Rosatom » is marked); a planned nominal construction and a planned commissioning \
with a deadline year in a relative « dont » (« dont le premier réacteur doit entrer en service d’ici 2030 »: the \
year 2030); figures with no event (« comptera deux réacteurs de 1.200 mégawatts », « un coût estimé à 10 \
milliards de dollars »: states and estimates, no events, no mentions); a planned financing by a metonym (« \
Moscou en financera l’essentiel par un prêt »), and « dont le montant n’a pas été dévoilé » (no actor written: \
no event, as « le prix ... n’a pas été rendu public » in benchmarks/gold); a quote first with a role noun and a \
name in apposition and « lors de la cérémonie » (the signing restated: the words take its Tuesday and Hanoi); « \
Selon lui » with a hypothetical start « dès 2027 » and a quoted condition (« si les études sont validées à temps »: \
the validation hypothetical, a case, as « s’ils le demandent » in gold); two planned deliveries with a duration \
and a figure in tonnes (« fournira le combustible pendant 60 ans et rapatriera quelque 40 tonnes de combustible \
usé par an »: « 60 ans » the supply's only time, a duration; « par an » is no time) under « a précisé son \
directeur général, Alexeï Likhatchev, cité par l’agence TASS »; a fronted start date « À partir du 1er janvier » \
(1 January 2026, the start) with a passive planned training and no agent, « a-t-il ajouté » and a participle \
proposal without guillemets (« proposant de livrer au Viêt Nam des centrales flottantes »: a Proposal event, as « \
proposé de rencontrer » in gold, and a proposed Delivery); a fronted passive participle with a metonym and a year \
(« Confié à Moscou en 2010 »), a pluperfect passive freeze with no agent, and a nominal event with its agent in « \
par » and a year (« l’abandon du programme nucléaire par Hanoï en 2016 »); a vote of a parliament whose object is \
a nominal relaunch with a clitic « en » (« en a voté la relance l’an dernier »: 2024; two events, the vote and the \
relaunch it decides); a past plan that the abandonment cancelled (« Le Japon, qui devait bâtir une seconde \
centrale »: negated, as the cancelled exercise of gold) and a negated passive participation (« n’a pas été \
associé à l’accord »); an assurance « À Tokyo » by an anonymous spokesman with a quoted adjective, « son pays » and \
a condition in the imperfect (« si Hanoï relançait ce second projet »: hypothetical); « À Moscou » Peskov's welcome \
with a quoted adjective; a standing demand with a vague time in a relative clause (« Kiev, qui réclame depuis des \
années des sanctions contre Rosatom »: the sanctions proposed, the demand dated « depuis des années », vague), a \
denunciation whose quote lies in a relative clause (« un contrat qui « alimente la machine de guerre russe » »: \
suspected, according to Ukraine) and a call joined by « et » without a quote (« et appelé Hanoï à y renoncer »: \
two speech acts; the renunciation proposed); a pluperfect warning « en mars » (March 2025) with a quoted noun to a \
group of countries named by a region, and « n’a pas réagi dans l’immédiat » (a negated speech act, the \
publication day); a future passive reception « jeudi » (20 November 2025) with a title before the name (« le \
Premier ministre Pham Minh Chinh »: only the name is marked) and a pluperfect relative talk « la semaine dernière \
» (10 to 16 November 2025: the month). « Hanoï » is the city where the agreement is signed (Q1858) and Vietnam \
where it abandons its programme, may relaunch the second project and is called on to renounce (Q881); « Moscou » \
is Russia where it finances and is entrusted with the project (Q159) and the city where Peskov speaks (Q649); « \
Tokyo » is the city where the spokesman speaks (Q1490); « Kiev » is Ukraine (Q212); « Washington » the United \
States (Q30); « Kremlin » inside Peskov's title is the institution (Q2060629), as in gold. Documents are events, \
not entities (gold, set 8): « un accord », « l’accord », « un accord « mutuellement avantageux » » and « un \
contrat » restate the signing (an Agreement) and are not mentions (the older lunar-plant article of gold marked « \
un accord » as a thing; the later convention is followed); the signing's theme is the plant, as the pipeline is \
the theme of Gazprom's memorandum in gold. « La centrale », « la première centrale nucléaire vietnamienne » and « \
le projet » are the Ninh Thuan 1 plant (a local object, as « le programme » is the lunar station in gold); « une \
seconde centrale » and « ce second projet » are the second plant (Ninh Thuan 2, unnamed in the article); « la \
province de Ninh Thuan » is one nominal mention of the province (« Ninh Thuan » inside only names it, as « la \
province de Nam Dinh » in gold); « Asie du Sud-Est » inside « les pays d’Asie du Sud-Est » is a mention (a region \
with a name of its own, where the countries lie, as « Dniepr » in « rive gauche du Dniepr »); « Assemblée \
nationale vietnamienne » is one name (the adjective belongs to it, as « Parti communiste vietnamien »). « la \
machine de guerre russe » inside Kyiv's quote is a local entity (a metaphor for Russia's war effort, not linked to \
the armed forces Q193159 nor to the invasion Q110999040), the recipient of the suspected funding. Implied parties: \
the construction has Russia as agent (« Confié à Moscou ») and Vietnam as recipient; the fuel is supplied to \
Vietnam; « rapatriera » takes the spent fuel back to Russia (the recipient); the works' start has Russia as \
participant and the plant as theme (as Gazprom's works in gold); the construction and the works' start are placed \
in the province where « implantée » sets the plant (a place from the next sentence, as the reception in Minsk of \
gold); the 2010 entrusting has Vietnam as agent; the \
relaunch has Vietnam as agent, the vote the Assembly; the sanctions Kyiv demands have no imposer written \
(recipient Rosatom only). Not mentions: « notre » (possessive), « deux réacteurs » \
(no event takes them), « un prêt » (the means of the financing, as « des réparations » in gold), « le montant », \
« le chantier » (the construction restated), « la cérémonie » (the signing restated), « sécurité énergétique », « \
le nucléaire russe » (generic), the clitics « en » (twice) and « y » (the cost, the programme, the contract: no \
entities). Times: « mardi » the publication day; « d’ici 2030 » and « dès 2027 » years; « 60 ans » a duration; « \
1er janvier » 2026-01-01 (rule day-month-future); « en 2010 », « en 2016 » years; « l’an dernier » 2024; « depuis \
des années » vague (the demand's start, « depuis X » annotated as X); « en mars » March 2025; « dans l’immédiat » \
the publication day; « jeudi » Thursday 20 November; « la semaine dernière » November 2025. The freeze (« après \
l’abandon ... en 2016 ») has no time of its own: « en 2016 » dates the abandonment. Likhatchev's words, the \
Japanese spokesman's, Peskov's and Kyiv's denunciation and call have no weekday or occasion written: no time. \
Rosatom, the plant, its first reactor, Ninh Thuan province, Nguyen Hong Dien, the site studies, the fuel, the \
spent fuel, Likhatchev, the students, the floating plants, the Vietnamese nuclear programme, the National \
Assembly, the second plant, the Japanese spokesman, the Russian war machine, the Southeast Asian countries, \
Southeast Asia and Pham Minh Chinh are not in ids.tsv: local, unlinked."""

VIETNAM, RUSSIA, HANOI, MOSCOW, JAPAN, TOKYO = "Q881", "Q159", "Q1858", "Q649", "Q17", "Q1490"
UKRAINE, US, PESKOV, KREMLIN, TASS, PUTIN = "Q212", "Q30", "Q4359688", "Q2060629", "Q223799", "Q7747"
ROSATOM, PLANT, REACTOR, PROVINCE = "local:rosatom", "local:ninh-thuan-1-nuclear-plant", \
    "local:ninh-thuan-1-first-reactor", "local:ninh-thuan-province"
DIEN, STUDIES, FUEL, SPENT_FUEL = "local:nguyen-hong-dien", "local:ninh-thuan-1-site-studies", \
    "local:ninh-thuan-1-nuclear-fuel", "local:ninh-thuan-1-spent-fuel"
LIKHACHEV, STUDENTS, FLOATING = "local:alexei-likhachev", "local:vietnamese-nuclear-students", \
    "local:floating-nuclear-plants"
PROGRAMME, ASSEMBLY, PLANT2 = "local:vietnam-civil-nuclear-programme", "local:vietnam-national-assembly", \
    "local:ninh-thuan-2-nuclear-plant"
JP_SPOKES, WAR_MACHINE, SEA_COUNTRIES, SEA = "local:japanese-government-spokesperson", \
    "local:russian-war-machine", "local:southeast-asian-countries", "local:southeast-asia"
PMC = "local:pham-minh-chinh"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ROSATOM, "Rosatom", "Rosatom", "organization",
     {"description": "groupe public russe du nucléaire", "unlinked_reason": NOT_VERIFIED}),
    (PLANT, "centrale nucléaire de Ninh Thuan 1", "Ninh Thuan 1 nuclear power plant", "object",
     {"description": "première centrale nucléaire vietnamienne, à construire par la Russie",
      "unlinked_reason": "a planned installation with no Wikidata item"}),
    (REACTOR, "premier réacteur de la centrale de Ninh Thuan 1", "first reactor of the Ninh Thuan 1 plant",
     "object", {"unlinked_reason": "a planned reactor with no Wikidata item"}),
    (PROVINCE, "province de Ninh Thuan", "Ninh Thuận province", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DIEN, "Nguyen Hong Dien", "Nguyễn Hồng Diên", "person",
     {"description": "ministre vietnamien de l’Industrie et du Commerce", "unlinked_reason": NOT_VERIFIED}),
    (STUDIES, "études de site de la centrale de Ninh Thuan 1", "site studies for the Ninh Thuan 1 plant",
     "object", {"unlinked_reason": "unnamed studies, not one Wikidata item"}),
    (FUEL, "combustible nucléaire de la centrale de Ninh Thuan 1", "nuclear fuel for the Ninh Thuan 1 plant",
     "object", {"unlinked_reason": "an unspecified quantity of fuel, not one Wikidata item"}),
    (SPENT_FUEL, "combustible usé de la centrale de Ninh Thuan 1", "spent fuel of the Ninh Thuan 1 plant",
     "object", {"unlinked_reason": "an unspecified quantity of spent fuel, not one Wikidata item"}),
    (LIKHACHEV, "Alexeï Likhatchev", "Alexey Likhachev", "person",
     {"description": "directeur général de Rosatom", "unlinked_reason": NOT_VERIFIED}),
    (STUDENTS, "400 étudiants vietnamiens", "400 Vietnamese students", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (FLOATING, "centrales nucléaires flottantes russes", "Russian floating nuclear power plants", "object",
     {"unlinked_reason": "unspecified installations, not one Wikidata item"}),
    (PROGRAMME, "programme nucléaire civil vietnamien", "Vietnam's civil nuclear programme", "other",
     {"unlinked_reason": NOT_VERIFIED}),
    (ASSEMBLY, "Assemblée nationale vietnamienne", "National Assembly of Vietnam", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PLANT2, "seconde centrale nucléaire de Ninh Thuan (Ninh Thuan 2)", "Ninh Thuan 2 nuclear power plant",
     "object", {"description": "seconde centrale que le Japon devait construire",
                "unlinked_reason": "an abandoned project with no Wikidata item"}),
    (JP_SPOKES, "un porte-parole du gouvernement japonais", "a Japanese government spokesperson", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (WAR_MACHINE, "machine de guerre russe", "the Russian war machine", "other",
     {"unlinked_reason": "a metaphor for Russia's war effort, not one Wikidata item"}),
    (SEA_COUNTRIES, "pays d’Asie du Sud-Est", "Southeast Asian countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (SEA, "Asie du Sud-Est", "Southeast Asia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PMC, "Pham Minh Chinh", "Phạm Minh Chính", "person",
     {"description": "Premier ministre vietnamien", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Viêt Nam et la Russie ont signé mardi à Hanoï ... a annoncé le groupe russe Rosatom.
    ("Viêt Nam", "Le Viêt Nam et", VIETNAM, "name"),
    ("Russie", "la Russie ont signé", RUSSIA, "name"),
    ("Hanoï", "mardi à Hanoï", HANOI, "name"),
    ("la première centrale nucléaire vietnamienne", None, PLANT, "nominal"),
    ("le premier réacteur", None, REACTOR, "nominal"),
    ("Rosatom", "le groupe russe Rosatom", ROSATOM, "name"),
    # La centrale, implantée dans la province de Ninh Thuan ...
    ("La centrale", None, PLANT, "nominal"),
    ("la province de Ninh Thuan", None, PROVINCE, "nominal"),
    ("Moscou", "Moscou en financera", RUSSIA, "metonym"),
    # « C’est un tournant ... », a déclaré le ministre ...
    ("le ministre vietnamien de l’Industrie et du Commerce", None, DIEN, "nominal"),
    ("Nguyen Hong Dien", None, DIEN, "name"),
    ("lui", "Selon lui", DIEN, "pronoun"),
    ("les études", None, STUDIES, "nominal"),
    # Rosatom fournira le combustible ...
    ("Rosatom", "Rosatom fournira", ROSATOM, "name"),
    ("le combustible", None, FUEL, "nominal"),
    ("quelque 40 tonnes de combustible usé", None, SPENT_FUEL, "nominal"),
    ("son directeur général", None, LIKHACHEV, "nominal"),
    ("Alexeï Likhatchev", None, LIKHACHEV, "name"),
    ("TASS", None, TASS, "name"),
    # À partir du 1er janvier, 400 étudiants vietnamiens ...
    ("400 étudiants vietnamiens", None, STUDENTS, "nominal"),
    ("Russie", "formés en Russie", RUSSIA, "name"),
    ("il", "a-t-il ajouté", LIKHACHEV, "pronoun"),
    ("Viêt Nam", "au Viêt Nam", VIETNAM, "name"),
    ("des centrales flottantes", None, FLOATING, "nominal"),
    # Confié à Moscou en 2010 ...
    ("Moscou", "Confié à Moscou", RUSSIA, "metonym"),
    ("le projet", None, PLANT, "nominal"),
    ("programme nucléaire", None, PROGRAMME, "nominal"),
    ("Hanoï", "par Hanoï", VIETNAM, "metonym"),
    ("Assemblée nationale vietnamienne", None, ASSEMBLY, "name"),
    # Le Japon, qui devait bâtir une seconde centrale ...
    ("Japon", None, JAPAN, "name"),
    ("une seconde centrale", None, PLANT2, "nominal"),
    ("Tokyo", None, TOKYO, "name"),
    ("un porte-parole du gouvernement", None, JP_SPOKES, "nominal"),
    ("son pays", None, JAPAN, "nominal"),
    ("Hanoï", "si Hanoï", VIETNAM, "metonym"),
    ("ce second projet", None, PLANT2, "nominal"),
    # À Moscou, le porte-parole du Kremlin, Dmitri Peskov ...
    ("Moscou", "À Moscou", MOSCOW, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Kiev", None, UKRAINE, "metonym"),
    ("Rosatom", "contre Rosatom", ROSATOM, "name"),
    ("la machine de guerre russe", None, WAR_MACHINE, "nominal"),
    ("Hanoï", "appelé Hanoï", VIETNAM, "metonym"),
    # Washington, qui avait mis en garde en mars ...
    ("Washington", None, US, "metonym"),
    ("les pays d’Asie du Sud-Est", None, SEA_COUNTRIES, "nominal"),
    ("Asie du Sud-Est", None, SEA, "name"),
    ("Likhatchev", "M. Likhatchev", LIKHACHEV, "name"),
    ("Pham Minh Chinh", None, PMC, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
]

PUB_DAY = "The publication day, Tuesday 18 November 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", None), "2025-11-18", "day", "weekday-publication-day",
     "« ont signé mardi »: " + PUB_DAY),
    ("t-by-2030", ("d’ici 2030", None), "2030", "year", "explicit-year",
     "A deadline: the first reactor is to enter service by 2030; the year, as « d’ici 2035 » in benchmarks/gold."),
    ("t-2027", ("dès 2027", None), "2027", "year", "explicit-year",
     "« le chantier pourrait démarrer dès 2027 »: the year of the possible start."),
    ("t-60-years", ("60 ans", None), None, "duration", "explicit-duration",
     "« fournira le combustible pendant 60 ans »: the supply's length, its only time."),
    ("t-january-1", ("1er janvier", None), "2026-01-01", "day", "day-month-future",
     "« À partir du 1er janvier », written on 18 November 2025: the next 1 January, 2026 (the start, as « à partir "
     "du 1er avril » in benchmarks/gold)."),
    ("t-2010", ("en 2010", None), "2010", "year", "explicit-year", "« Confié à Moscou en 2010 »."),
    ("t-2016", ("en 2016", None), "2016", "year", "explicit-year",
     "« l’abandon du programme nucléaire par Hanoï en 2016 »: the abandonment's year."),
    ("t-last-year", ("l’an dernier", None), "2024", "year", "relative-year-past", "The year before 2025."),
    ("t-for-years", ("depuis des années", None), None, "vague", "vague",
     "« qui réclame depuis des années »: the start of a standing demand, no value."),
    ("t-march", ("en mars", None), "2025-03", "month", "month-past",
     "Pluperfect « avait mis en garde en mars », written in November 2025: March 2025."),
    ("t-immediate", ("dans l’immédiat", None), "2025-11-18", "day", "publication-day",
     "« n’a pas réagi dans l’immédiat »: as of the publication day. " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2025-11-20", "day", "weekday-future",
     "« doit être reçu jeudi »: the Thursday after the publication day: 20 November 2025."),
    ("t-last-week", ("la semaine dernière", None), "2025-11", "month", "relative-week-past",
     "The week before Tuesday 18 November 2025 runs from Monday 10 to Sunday 16 November: all in November 2025, "
     "so the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-signing", "Agreement", "Vietnam and Russia sign an agreement on Vietnam's first nuclear power plant",
          ("ont signé", None), [("participant", VIETNAM), ("participant", RUSSIA), ("theme", PLANT)],
          place=HANOI, time="t-tuesday", according_to=[ROSATOM],
          note="« un accord » (a document: the signing itself, not a mention) is restated by « la cérémonie », « "
               "l’accord », « un accord « mutuellement avantageux » » and « un contrat »: one event."),
    event("e-construction", "Event", "Construction of Vietnam's first nuclear power plant by Russia",
          ("construction", None), [("agent", RUSSIA), ("recipient", VIETNAM), ("theme", PLANT)], status="planned",
          place=PROVINCE, according_to=[ROSATOM],
          note="What the agreement is about: planned. The builder, Russia, comes from « Confié à Moscou »; the place "
               "is the province where the next sentence sets the plant (« implantée dans la province de Ninh Thuan "
               "»); « le chantier » below restates the construction."),
    event("e-commissioning", "Event", "The plant's first reactor is to enter service by 2030",
          ("entrer en service", None), [("participant", REACTOR)], status="planned", time="t-by-2030",
          according_to=[ROSATOM], note="« dont le premier réacteur doit entrer en service d’ici 2030 »: planned."),
    event("e-financing", "Event", "Russia will finance most of the plant's cost with a loan", ("financera", None),
          [("agent", RUSSIA), ("recipient", VIETNAM), ("theme", PLANT)], status="planned",
          note="« Moscou en financera l’essentiel par un prêt »: a future, planned; stated in the article's own "
               "voice. « dont le montant n’a pas été dévoilé » has no actor written: no event."),
    event("e-works-start", "Event", "Construction works could start as early as 2027", ("démarrer", None),
          [("participant", RUSSIA), ("theme", PLANT)], status="hypothetical", place=PROVINCE, time="t-2027",
          according_to=[DIEN],
          note="« le chantier pourrait démarrer »: a conditional; the builder is implied, as Gazprom for « les travaux "
               "pourraient commencer » in benchmarks/gold."),
    event("e-studies-validation", "Event", "The site studies are validated in time (a condition)",
          ("validées", None), [("recipient", STUDIES)], status="hypothetical", according_to=[DIEN],
          note="« si les études sont validées à temps »: a case, hypothetical; a passive with no agent gives the thing "
               "validated the recipient role. « à temps » is not a time."),
    event("e-fuel-supply", "Delivery", "Rosatom will supply the plant's fuel for 60 years", ("fournira", None),
          [("agent", ROSATOM), ("recipient", VIETNAM), ("theme", FUEL)], status="planned", time="t-60-years",
          according_to=[LIKHACHEV], note="Vietnam, the plant's owner, is the implied recipient."),
    event("e-spent-fuel", "Delivery", "Rosatom will take back some 40 tonnes of spent fuel a year",
          ("rapatriera", None), [("agent", ROSATOM), ("recipient", RUSSIA), ("theme", SPENT_FUEL)],
          status="planned", according_to=[LIKHACHEV],
          note="« rapatriera » brings the spent fuel back home: Russia is the recipient, implied by the verb. « par "
               "an » is a frequency, not a time."),
    event("e-training", "Event", "400 Vietnamese students to be trained in Russia from 1 January",
          ("seront formés", None), [("recipient", STUDENTS)], status="planned", place=RUSSIA, time="t-january-1",
          according_to=[LIKHACHEV], note="A future passive with no agent: the students are the recipient only."),
    event("e-floating-proposal", "Proposal", "Likhachev proposes to deliver floating nuclear plants to Vietnam",
          ("proposant", None), [("agent", LIKHACHEV), ("recipient", VIETNAM), ("theme", FLOATING)],
          according_to=[TASS],
          note="A participle without guillemets after « a-t-il ajouté »: a Proposal event, as « proposé de rencontrer "
               "» in benchmarks/gold, not a speech act of its own."),
    event("e-floating-delivery", "Delivery", "Delivery of floating nuclear plants to Vietnam (proposed)",
          ("livrer", None), [("agent", ROSATOM), ("recipient", VIETNAM), ("theme", FLOATING)], status="proposed",
          according_to=[LIKHACHEV], note="What Likhachev offers on behalf of his group: proposed."),
    event("e-entrusting", "Event", "Vietnam entrusted the plant project to Russia in 2010", ("Confié", None),
          [("agent", VIETNAM), ("recipient", RUSSIA), ("theme", PLANT)], time="t-2010",
          note="A fronted passive participle; the agent, Vietnam (the owner of the project), is implied."),
    event("e-freeze", "Event", "The project was frozen after the programme's abandonment", ("avait été gelé", None),
          [("recipient", PLANT)],
          note="A passive with no agent: the thing frozen takes the recipient role. « après l’abandon ... en 2016 »: "
               "the year dates the abandonment, not the freeze, which has no time of its own."),
    event("e-abandonment", "Event", "Vietnam abandoned its nuclear programme in 2016", ("abandon", None),
          [("agent", VIETNAM), ("theme", PROGRAMME)], time="t-2016",
          note="A nominal event with its agent in « par » (« l’abandon du programme nucléaire par Hanoï »)."),
    event("e-relaunch-vote", "Event", "The Vietnamese National Assembly voted to relaunch the programme last year",
          ("a voté", None), [("agent", ASSEMBLY), ("theme", PROGRAMME)], time="t-last-year",
          note="« en » (not a mention) is the programme."),
    event("e-relaunch", "Event", "Relaunch of Vietnam's nuclear programme", ("relance", None),
          [("agent", VIETNAM), ("theme", PROGRAMME)], time="t-last-year",
          note="The object of the vote, decided by it and carried out (the signing follows from it): occurred; the "
               "state whose programme it is is the agent."),
    event("e-japan-second-plant", "Event", "Japan was to build a second plant (a plan cancelled by the abandonment)",
          ("bâtir", None), [("agent", JAPAN), ("theme", PLANT2)], status="negated",
          note="« qui devait bâtir »: a past plan that the 2016 abandonment called off, and « si Hanoï relançait ce "
               "second projet » says it is not revived: negated, as the exercise « qui devait débuter » and was "
               "cancelled in benchmarks/gold."),
    event("e-japan-not-associated", "Event", "Japan was not associated with the agreement", ("associé", None),
          [("participant", JAPAN)], status="negated",
          note="« n’a pas été associé à l’accord »: a negated participation; no associating party written."),
    event("e-second-relaunch", "Event", "Vietnam relaunches the second plant project (a condition)",
          ("relançait", None), [("agent", VIETNAM), ("theme", PLANT2)], status="hypothetical",
          according_to=[JP_SPOKES], note="« si Hanoï relançait »: a condition in the imperfect, hypothetical."),
    event("e-rosatom-sanctions", "Sanction", "Sanctions against Rosatom (demanded by Kyiv)", ("sanctions", None),
          [("recipient", ROSATOM)], status="proposed", according_to=[UKRAINE],
          note="What Kyiv demands: proposed; no imposer written (its partners are implied, not named)."),
    event("e-war-funding", "Event", "The contract feeds the Russian war machine (Kyiv's accusation)",
          ("alimente", None), [("recipient", WAR_MACHINE)], status="suspected", according_to=[UKRAINE],
          note="An accusation the article does not endorse: suspected. Its subject, the contract, is the signing (an "
               "event), so only the thing fed takes a role."),
    event("e-renunciation", "Event", "Vietnam to renounce the contract (Kyiv's call)", ("renoncer", None),
          [("agent", VIETNAM)], status="proposed", according_to=[UKRAINE],
          note="« appelé Hanoï à y renoncer »: what Kyiv calls for: proposed; « y » is the contract (no entity)."),
    event("e-reception", "Meeting", "Pham Minh Chinh to receive Likhachev on Thursday", ("doit être reçu", None),
          [("agent", PMC), ("participant", LIKHACHEV)], status="planned", time="t-thursday",
          note="A future passive with its agent; no place written."),
    event("e-pmc-putin", "Meeting", "Pham Minh Chinh talked with Vladimir Putin last week",
          ("s’était entretenu", None), [("participant", PMC), ("participant", PUTIN)], time="t-last-week",
          note="The relative attaches to the nearest noun, Pham Minh Chinh."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-rosatom", "Report", "Rosatom announces the agreement", ROSATOM, ("a annoncé", None), [],
           time="t-tuesday", about=["e-signing", "e-construction", "e-commissioning"],
           note="The source after the clause: its announcement of the Tuesday signing takes that Tuesday, as Miller's "
                "in benchmarks/gold."),
    speech("s-dien-turning-point", "Statement", "Nguyen Hong Dien: a turning point for Vietnam's energy security",
           DIEN, ("a déclaré", None), [("C’est un tournant pour notre sécurité énergétique", None)],
           time="t-tuesday", place=HANOI, about=["e-signing"],
           note="« lors de la cérémonie »: the signing's ceremony (restated, no event of its own) gives the words "
                "its Tuesday and Hanoi."),
    speech("s-dien-start", "Statement", "Nguyen Hong Dien: the works could start in 2027 if the studies are "
           "validated in time", DIEN, ("Selon", "Selon lui"), [("si les études sont validées à temps", None)],
           time="t-tuesday", place=HANOI, about=["e-works-start", "e-studies-validation"],
           note="No weekday of its own: the day and place of the ceremony it belongs to."),
    speech("s-likhachev-fuel", "Statement", "Likhachev details the fuel supply and the return of spent fuel",
           LIKHACHEV, ("a précisé", None), [], according_to=[TASS], about=["e-fuel-supply", "e-spent-fuel"],
           note="No quote; no weekday or occasion written: no time."),
    speech("s-tass", "Report", "TASS quotes Likhachev", TASS, ("cité", "cité par l’agence"), [],
           about=["s-likhachev-fuel", "s-likhachev-training"]),
    speech("s-likhachev-training", "Statement", "Likhachev: 400 Vietnamese students to be trained in Russia from "
           "1 January", LIKHACHEV, ("a-t-il ajouté", None), [], according_to=[TASS], about=["e-training"],
           note="The same TASS dispatch as the sentence before; the participle « proposant » is a Proposal event."),
    speech("s-japan-available", "Assurance", "A Japanese government spokesman: Japan remains « available » if "
           "Hanoi relaunches the second project", JP_SPOKES, ("a assuré", None), [("disponible", None)],
           place=TOKYO, about=["e-second-relaunch"],
           note="« À Tokyo »: the city where he speaks; no weekday: no time."),
    speech("s-peskov", "Statement", "Peskov hails a « mutually beneficial » agreement", PESKOV, ("a salué", None),
           [("mutuellement avantageux", None)], place=MOSCOW, about=["e-signing"]),
    speech("s-kyiv-demand", "Statement", "Kyiv has demanded sanctions against Rosatom for years", UKRAINE,
           ("réclame", None), [], time="t-for-years", about=["e-rosatom-sanctions"],
           note="A standing demand in a relative clause: a speech act without a quote, dated by its vague start."),
    speech("s-kyiv-denounce", "Statement", "Kyiv denounces a contract that « feeds the Russian war machine »",
           UKRAINE, ("a dénoncé", None), [("alimente la machine de guerre russe", None)],
           about=["e-signing", "e-war-funding"],
           note="The quote lies in the relative clause on « un contrat »: it belongs to the denunciation."),
    speech("s-kyiv-call", "Statement", "Kyiv calls on Hanoi to renounce the contract", UKRAINE, ("appelé", None), [],
           addressee=VIETNAM, about=["e-renunciation"],
           note="A second verb joined by « et », without a quote: a second speech act."),
    speech("s-us-warning", "Warning", "Washington warned Southeast Asian countries against a « dependence » on "
           "Russian nuclear power", US, ("avait mis en garde", None), [("dépendance", None)],
           addressee=SEA_COUNTRIES, time="t-march",
           note="The dependence is a state, not an event: the warning is about no event."),
    speech("s-us-no-reaction", "SpeechAct", "Washington has not reacted", US, ("n’a pas réagi", None), [],
           status="negated", time="t-immediate", about=["e-signing"],
           note="« n’a pas réagi dans l’immédiat »: a negated speech act, as in benchmarks/gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
