"""Held-out annotation of garde-cotes-ayungin-2024-06-18.txt (written for the fourteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/garde-cotes-ayungin-2024-06-18.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/garde-cotes-ayungin-2024-06-18.annotation.src.py --check

From held-out set 14 (moved to gold in session 13; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "garde-cotes-ayungin-2024-06-18.txt"

NOTE = """\
Held-out-14 article: Chinese coast guard vessels ram and board Philippine navy boats resupplying the Philippine \
outpost on Second Thomas Shoal (Ayungin) in the South China Sea, injuring a sailor, with Manila's protest, \
Beijing's counter-accusation and US and Japanese reactions, published Tuesday 18 June 2024 (the file gives the \
day). What it exercises: vessels named by their owner as the subject of two verbs joined by « puis » on a past \
weekday (« Des navires des garde-côtes chinois ont percuté lundi puis abordé deux embarcations de la marine \
philippine »: the coast guard the agent, the vessels a participant, the boats the recipient, as the drone of \
benchmarks/gold/drone-izmail-2024-10-10; both verbs take the Monday), with a relative imperfect (« qui \
ravitaillaient l’avant-poste philippin du récif de Second Thomas (Ayungin) »: a Delivery, the outpost its \
recipient, the reef its place) and a participle of consequence (« blessant un marin »: part of the ramming), \
sourced after the clause on the publication day (« a annoncé mardi l’armée philippine »); « Selon son porte-parole, \
le colonel Ramon Dizon » (the army's spokesman, a title before the name) over a restated boarding with a second \
agent (« des garde-côtes armés de haches sont montés à bord »: the boarding of the lede, the boarding party a \
local group beside the coast guard) and a seizure joined by « et »; the injury restated by a participle (« Le \
marin, touché à la main, ») and a passive evacuation with no agent to an island (the destination the place); a \
negated riposte in a quote with « Nos hommes » and « a-t-il précisé »; a summons by a capital for its state on the \
publication day with a role noun and a name in apposition (« Manille a convoqué mardi l’ambassadeur de Chine, \
Huang Xilian ») and a purpose of speech with a quote (« pour protester contre des actes « illégaux et agressifs » \
»: an occurred speech act of the Philippines, as « pour protester » in benchmarks/gold), sourced after the clause \
to a ministry; a negated speech act with a part of the publication day in a relative clause (« qui ne s’était pas \
exprimé mardi en fin d’après-midi ») and a planned meeting on a future weekday (« doit réunir mercredi son conseil \
de sécurité nationale »); a quote first with a role noun and a name in apposition, a place and the publication day \
(« a affirmé mardi devant la presse à Pékin le porte-parole de la diplomatie chinoise, Lin Jian ») and a \
participle accusation with its own quote (« accusant Manille de « provocation » »: two speech acts; the \
provocation suspected); « Selon lui » with two quoted fragments (one speech act, two quotes: the coast guard's \
« mesures » restate the boarding, the « intrusion » philippine is suspected, the Philippines the agent from the \
adjective); a territorial claim in the present (a speech act of China with no quote) judged by a court in a \
concessive subjunctive (« bien qu’un tribunal international ait jugé cette revendication sans fondement en 2016 \
»: courts speak; the judgement is about the claim) and a refusal by a metonym (« ce que Pékin refuse de \
reconnaître »: a negated recognition); « À Washington » a department's denunciation with a quoted noun on a past \
weekday with a part of day (« a dénoncé lundi soir une « escalade » ») joined by « et » to a reminder without a \
quote of a named treaty with its year (« rappelé que le traité de défense mutuelle de 1951 engageait les États-Unis \
à défendre les Philippines en cas d’attaque armée contre leurs forces »: two speech acts sharing the Monday \
evening; the defence and the attack hypothetical, a case); « À Tokyo » a minister's concern with a quoted noun \
phrase and a role noun in apposition before her name, a relative planned signing « le mois prochain » (July \
2024) by the state she speaks for with a metonym (« avec Manille »); a pronoun subject of a talk with « son \
homologue philippin, Enrique Manalo »; a fronted participle of a deliberate grounding « en 1999 » with no agent \
written and a state in the present (« abrite depuis une poignée de soldats »: no event); a conditional nominal \
mission « la semaine prochaine » (24 to 30 June 2024: the month) under double sourcing (« selon une source \
militaire citée par l’agence Reuters »). « Pékin » is the city where Lin speaks (Q956) and China as the state that \
refuses (Q148); « Manille » is the Philippines (local) each time it acts, is accused or signs; « Washington » and \
« Tokyo » are the cities where the speakers are (Q61, Q1490). « Chine » inside « l’ambassadeur de Chine » is the \
state (as « Japon » in « l’ambassadeur du Japon »), inside « mer de Chine méridionale » it only names the sea. « \
garde-côtes chinois » inside the vessels' description is the China Coast Guard (a description holding an \
institution, as « les garde-côtes nippons » in benchmarks/gold), and « les garde-côtes » in Lin's words the same \
institution; « des garde-côtes armés de haches » is the boarding party (a local group: an indefinite plural of \
men who act as one). « la marine philippine » inside the boats' description is the Philippine Navy; « \
l’armée philippine » and « leurs forces » are the Armed Forces of the Philippines. « l’avant-poste philippin du \
récif de Second Thomas » is the BRP Sierra Madre, the grounded ship the last paragraph names (one local object), \
with « récif de Second Thomas » and « Ayungin » (two names of the reef) inside and after it; « le récif » is the \
reef again. Titles right before a name are part of its phrase (« le colonel Ramon Dizon », « Le président \
Ferdinand Marcos », « le navire BRP Sierra Madre », « l’agence Reuters »: only the names); « la diplomatie \
chinoise » inside Lin's title is not a mention (no name); « ministère philippin des Affaires étrangères » is (an \
institution with a name of its own, as « ministère chinois des Affaires étrangères » in benchmarks/gold), and so is \
« département d’État » (without its article). « le traité de défense mutuelle de 1951 » is a named treaty: a local \
object (as the Outer Space Treaty in benchmarks/gold), « 1951 » a year attached to nothing. Not mentions: « des \
actes », « cet incident », « une « escalade » », « cette revendication » (events and speech restated), « haches » \
and « la main » (no event takes them), « la presse » (generic), « la quasi-totalité de » (a part of the sea, « mer \
de Chine méridionale » inside is the mention), « un accord de défense » (a document: the signing itself), « une \
poignée de soldats » (no event takes them: « abrite » is a state). Times: « lundi » (17 June 2024) dates the \
ramming, the boarding, the resupply, the injury and the seizure; the four « mardi » are the publication day; « \
mardi en fin d’après-midi » the publication day; « mercredi » 19 June; « lundi soir » 17 June; « en 2016 », « \
1951 », « en 1999 » years; « le mois prochain » July 2024; « la semaine prochaine » June 2024. Dizon's account and \
quote, the evacuation, the riposte, China's claim, Beijing's refusal and the Kamikawa–Manalo talk have no weekday \
or occasion written: no time. The China Coast Guard, its vessels, the boarding party, the seized rifles, the \
Philippine boats, the Philippine Navy, the BRP Sierra Madre, Second Thomas Shoal, the South China Sea, the injured \
sailor, the Armed Forces of the Philippines, Ramon Dizon (an invented name), Palawan, the boats' crews, the \
Philippines, Huang Xilian, the Philippine foreign ministry, Ferdinand Marcos, the Philippine National Security \
Council, Lin Jian, the arbitral tribunal, the State Department, the 1951 treaty, Enrique Manalo and the military \
source are not in ids.tsv: local, unlinked."""

CHINA, BEIJING, JAPAN, TOKYO, US, WASHINGTON = "Q148", "Q956", "Q17", "Q1490", "Q30", "Q61"
KAMIKAWA, REUTERS = "Q276275", "Q130879"
CCG, CCG_VESSELS, BOARDERS, RIFLES = "local:china-coast-guard", "local:china-coast-guard-vessels", \
    "local:coast-guard-boarding-party", "local:seized-philippine-rifles"
PH_BOATS, PH_NAVY, SIERRA_MADRE, SHOAL = "local:philippine-navy-boats", "local:philippine-navy", \
    "local:brp-sierra-madre", "local:second-thomas-shoal"
SCS, SAILOR, PH_ARMY, DIZON = "local:south-china-sea", "local:injured-filipino-sailor", \
    "local:armed-forces-of-the-philippines", "local:ramon-dizon"
PALAWAN, CREWS, PHILIPPINES, HUANG = "local:palawan", "local:philippine-boat-crews", "local:philippines", \
    "local:huang-xilian"
PH_DFA, MARCOS, PH_NSC, LIN = "local:philippines-foreign-ministry", "local:ferdinand-marcos-jr", \
    "local:philippines-national-security-council", "local:lin-jian"
TRIBUNAL, STATE_DEPT, MDT, MANALO = "local:south-china-sea-arbitral-tribunal", "local:us-state-department", \
    "local:us-philippines-mutual-defense-treaty", "local:enrique-manalo"
SOURCE = "local:military-source"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CCG, "garde-côtes chinois", "China Coast Guard", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CCG_VESSELS, "navires des garde-côtes chinois", "China Coast Guard vessels", "object",
     {"unlinked_reason": "unnamed vessels, not one Wikidata item"}),
    (BOARDERS, "garde-côtes chinois montés à bord", "the Chinese coast guards who boarded the boats", "group",
     {"description": "des garde-côtes armés de haches", "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (RIFLES, "huit fusils", "eight rifles", "object",
     {"description": "fusils saisis à bord des embarcations philippines",
      "unlinked_reason": "unnamed weapons, not one Wikidata item"}),
    (PH_BOATS, "deux embarcations de la marine philippine", "two Philippine navy boats", "object",
     {"unlinked_reason": "unnamed boats, not one Wikidata item"}),
    (PH_NAVY, "marine philippine", "Philippine Navy", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SIERRA_MADRE, "BRP Sierra Madre", "BRP Sierra Madre", "object",
     {"description": "navire philippin échoué en 1999 sur le récif de Second Thomas, avant-poste philippin",
      "unlinked_reason": NOT_VERIFIED}),
    (SHOAL, "récif de Second Thomas", "Second Thomas Shoal", "place",
     {"description": "appelé Ayungin par les Philippines", "unlinked_reason": NOT_VERIFIED}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SAILOR, "un marin philippin blessé", "an injured Filipino sailor", "person",
     {"unlinked_reason": "not named in the article"}),
    (PH_ARMY, "armée philippine", "Armed Forces of the Philippines", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (DIZON, "Ramon Dizon", "Ramon Dizon", "person",
     {"description": "colonel, porte-parole de l’armée philippine (nom inventé pour l’article)",
      "unlinked_reason": NOT_VERIFIED}),
    (PALAWAN, "île de Palawan", "Palawan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CREWS, "soldats philippins des embarcations", "the Filipino soldiers on the boats", "group",
     {"description": "« Nos hommes » dans la citation du porte-parole de l’armée",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (PHILIPPINES, "Philippines", "Philippines", "country", {"unlinked_reason": NOT_VERIFIED}),
    (HUANG, "Huang Xilian", "Huang Xilian", "person",
     {"description": "ambassadeur de Chine aux Philippines", "unlinked_reason": NOT_VERIFIED}),
    (PH_DFA, "ministère philippin des Affaires étrangères", "Department of Foreign Affairs of the Philippines",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (MARCOS, "Ferdinand Marcos", "Ferdinand Marcos Jr.", "person",
     {"description": "président des Philippines", "unlinked_reason": NOT_VERIFIED}),
    (PH_NSC, "conseil de sécurité nationale des Philippines", "National Security Council of the Philippines",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (LIN, "Lin Jian", "Lin Jian", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (TRIBUNAL, "tribunal international (arbitrage de 2016 sur la mer de Chine méridionale)",
     "the 2016 South China Sea arbitral tribunal", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MDT, "traité de défense mutuelle de 1951", "1951 Mutual Defense Treaty between the Philippines and the United "
     "States", "object", {"class_qid": "Q131569", "unlinked_reason": NOT_VERIFIED}),
    (MANALO, "Enrique Manalo", "Enrique Manalo", "person",
     {"description": "ministre philippin des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source militaire", "a military source", "person", {"unlinked_reason": "anonymous in the article"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Des navires des garde-côtes chinois ont percuté lundi puis abordé deux embarcations ...
    ("Des navires des garde-côtes chinois", None, CCG_VESSELS, "nominal"),
    ("garde-côtes chinois", None, CCG, "nominal"),
    ("deux embarcations de la marine philippine", None, PH_BOATS, "nominal"),
    ("la marine philippine", None, PH_NAVY, "nominal"),
    ("l’avant-poste philippin du récif de Second Thomas", None, SIERRA_MADRE, "nominal"),
    ("récif de Second Thomas", None, SHOAL, "name"),
    ("Ayungin", None, SHOAL, "name"),
    ("mer de Chine méridionale", 1, SCS, "name"),
    ("un marin", None, SAILOR, "nominal"),
    ("l’armée philippine", None, PH_ARMY, "nominal"),
    # Selon son porte-parole, le colonel Ramon Dizon, des garde-côtes armés de haches ...
    ("son porte-parole", None, DIZON, "nominal"),
    ("Ramon Dizon", None, DIZON, "name"),
    ("des garde-côtes armés de haches", None, BOARDERS, "nominal"),
    ("huit fusils", None, RIFLES, "nominal"),
    ("Le marin", None, SAILOR, "nominal"),
    ("île de Palawan", None, PALAWAN, "name"),
    ("Nos hommes", None, CREWS, "nominal"),
    ("il", "a-t-il précisé", DIZON, "pronoun"),
    # Manille a convoqué mardi l’ambassadeur de Chine, Huang Xilian, ...
    ("Manille", "Manille a convoqué", PHILIPPINES, "metonym"),
    ("l’ambassadeur de Chine", None, HUANG, "nominal"),
    ("Chine", "ambassadeur de Chine", CHINA, "name"),
    ("Huang Xilian", None, HUANG, "name"),
    ("ministère philippin des Affaires étrangères", None, PH_DFA, "name"),
    ("Ferdinand Marcos", None, MARCOS, "name"),
    ("son conseil de sécurité nationale", None, PH_NSC, "nominal"),
    # « Les Philippines portent ... », a affirmé mardi devant la presse à Pékin le porte-parole ...
    ("Philippines", "Les Philippines portent", PHILIPPINES, "name"),
    ("Pékin", "à Pékin le porte-parole", BEIJING, "name"),
    ("le porte-parole de la diplomatie chinoise", None, LIN, "nominal"),
    ("Lin Jian", None, LIN, "name"),
    ("Manille", "accusant Manille", PHILIPPINES, "metonym"),
    ("lui", "Selon lui", LIN, "pronoun"),
    ("les garde-côtes", "les garde-côtes ont pris", CCG, "nominal"),
    ("Chine", "La Chine revendique", CHINA, "name"),
    ("mer de Chine méridionale", 2, SCS, "name"),
    ("un tribunal international", None, TRIBUNAL, "nominal"),
    ("Pékin", "ce que Pékin refuse", CHINA, "metonym"),
    # À Washington, le département d’État a dénoncé lundi soir une « escalade » et rappelé ...
    ("Washington", None, WASHINGTON, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("le traité de défense mutuelle de 1951", None, MDT, "nominal"),
    ("États-Unis", None, US, "name"),
    ("Philippines", "défendre les Philippines", PHILIPPINES, "name"),
    ("leurs forces", None, PH_ARMY, "nominal"),
    # À Tokyo, la ministre des Affaires étrangères, Yōko Kamikawa, ...
    ("Tokyo", None, TOKYO, "name"),
    ("la ministre des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yōko Kamikawa", None, KAMIKAWA, "name"),
    ("Japon", None, JAPAN, "name"),
    ("Manille", "avec Manille", PHILIPPINES, "metonym"),
    ("Elle", "Elle s’est entretenue", KAMIKAWA, "pronoun"),
    ("son homologue philippin", None, MANALO, "nominal"),
    ("Enrique Manalo", None, MANALO, "name"),
    # Échoué volontairement sur le récif en 1999, le navire BRP Sierra Madre ...
    ("le récif", "sur le récif", SHOAL, "nominal"),
    ("BRP Sierra Madre", None, SIERRA_MADRE, "name"),
    ("une source militaire", None, SOURCE, "nominal"),
    ("Reuters", None, REUTERS, "name"),
]

PUB_DAY = "The publication day, Tuesday 18 June 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "percuté lundi"), "2024-06-17", "day", "weekday-past",
     "« ont percuté lundi puis abordé »: the Monday before the publication day, 17 June 2024; both verbs share it."),
    ("t-tuesday-army", ("mardi", "a annoncé mardi"), "2024-06-18", "day", "weekday-publication-day",
     "« a annoncé mardi l’armée philippine ». " + PUB_DAY),
    ("t-tuesday-summons", ("mardi", "convoqué mardi"), "2024-06-18", "day", "weekday-publication-day",
     "« Manille a convoqué mardi ». " + PUB_DAY),
    ("t-tuesday-late", ("mardi en fin d’après-midi", None), "2024-06-18", "day", "part-of-day",
     "« qui ne s’était pas exprimé mardi en fin d’après-midi »: late on the publication day (as « jeudi en fin "
     "d’après-midi » in benchmarks/gold). " + PUB_DAY),
    ("t-wednesday", ("mercredi", None), "2024-06-19", "day", "weekday-future",
     "« doit réunir mercredi »: the Wednesday after the publication day, 19 June 2024."),
    ("t-tuesday-lin", ("mardi", "a affirmé mardi"), "2024-06-18", "day", "weekday-publication-day",
     "« a affirmé mardi devant la presse à Pékin ». " + PUB_DAY),
    ("t-2016", ("en 2016", None), "2016", "year", "explicit-year",
     "« bien qu’un tribunal international ait jugé cette revendication sans fondement en 2016 »: the judgement's "
     "year."),
    ("t-monday-evening", ("lundi soir", None), "2024-06-17", "day", "part-of-day",
     "« a dénoncé lundi soir »: the evening of the Monday before the publication day, 17 June 2024; the reminder "
     "joined by « et » shares it."),
    ("t-1951", ("1951", None), "1951", "year", "explicit-year",
     "« le traité de défense mutuelle de 1951 »: the treaty is an entity, not an event here; attached to nothing "
     "(as « Le traité de 1967 » in benchmarks/gold)."),
    ("t-tuesday-kamikawa", ("mardi", "a fait part mardi"), "2024-06-18", "day", "weekday-publication-day",
     "« a fait part mardi ». " + PUB_DAY),
    ("t-next-month", ("le mois prochain", None), "2024-07", "month", "relative-month-future",
     "« qui doit signer le mois prochain », written in June 2024: July 2024."),
    ("t-1999", ("en 1999", None), "1999", "year", "explicit-year", "« Échoué volontairement sur le récif en 1999 »."),
    ("t-next-week", ("la semaine prochaine", None), "2024-06", "month", "relative-week-future",
     "The week after Tuesday 18 June 2024 runs from Monday 24 to Sunday 30 June: all in June 2024, so the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-ramming", "Event", "Chinese coast guard vessels ram two Philippine navy boats on Monday",
          ("ont percuté", None), [("agent", CCG), ("participant", CCG_VESSELS), ("recipient", PH_BOATS)],
          place=SCS, time="t-monday", according_to=[PH_ARMY],
          note="The coast guard, written inside the vessels' description, is the agent and the vessels a "
               "participant (as Russia and the drone in benchmarks/gold/drone-izmail-2024-10-10); the boats rammed "
               "are the recipient. « en mer de Chine méridionale » is the only place written with « en »: the sea, "
               "as in benchmarks/gold/pecheurs-paracels-2024-10-02 (the reef locates the outpost being resupplied). "
               "« des actes « illégaux et agressifs » », « cet incident » and « une « escalade » » restate it and the "
               "boarding."),
    event("e-boarding", "Event", "The Chinese coast guard boards the Philippine boats", ("abordé", None),
          [("agent", CCG), ("agent", BOARDERS), ("recipient", PH_BOATS)], place=SCS, time="t-monday",
          according_to=[PH_ARMY, DIZON],
          note="Second verb of « ont percuté lundi puis abordé », sharing its subject and its Monday. « des "
               "garde-côtes armés de haches sont montés à bord » (Dizon) restates it and gives the boarding party "
               "as a second agent (as « Le patrouilleur Setúbal a suivi » in benchmarks/gold); Lin Jian's « les "
               "garde-côtes ont pris des mesures » restates it in Beijing's words (as « avaient agi » in "
               "benchmarks/gold)."),
    event("e-resupply", "Delivery", "Philippine navy boats were resupplying the Philippine outpost on Second Thomas "
          "Shoal", ("ravitaillaient", None),
          [("agent", PH_NAVY), ("participant", PH_BOATS), ("recipient", SIERRA_MADRE)], place=SHOAL, time="t-monday",
          according_to=[PH_ARMY],
          note="An imperfect in a relative clause: under way when the boats were rammed on Monday. The navy, written "
               "inside the boats' description, is the agent, the boats a participant; the outpost (the BRP Sierra "
               "Madre) is the recipient and its reef the place (a destination). No supplies are written: no theme."),
    event("e-injury", "Event", "A Filipino sailor is injured", ("blessant", None),
          [("agent", CCG), ("recipient", SAILOR)], place=SCS, time="t-monday", according_to=[PH_ARMY],
          part_of="e-ramming",
          note="A participle of consequence whose subject is the vessels', as « tuant ... et en blessant » in "
               "benchmarks/gold; it follows both verbs and is given to the first, the ramming. « Le marin, touché à "
               "la main, » restates the injury: no second event."),
    event("e-seizure", "Event", "The boarding party seizes eight rifles", ("ont saisi", None),
          [("agent", BOARDERS), ("theme", RIFLES)], place=SCS, time="t-monday", according_to=[DIZON],
          part_of="e-boarding",
          note="Joined by « et » to the restated boarding; the rifles are the Philippines' (not written as a role)."),
    event("e-evacuation", "Event", "The injured sailor is evacuated to Palawan", ("a été évacué", None),
          [("recipient", SAILOR)], place=PALAWAN,
          note="A passive with no agent: the sailor is the recipient only; the destination is the place (as « "
               "rejoignaient la Méditerranée » in benchmarks/gold). The article's own voice; no day written."),
    event("e-no-riposte", "Event", "The Filipino soldiers did not fight back", ("riposté", None),
          [("agent", CREWS)], status="negated", according_to=[DIZON],
          note="« Nos hommes n’ont pas riposté »: negated; « Nos hommes » are the soldiers on the boats. No word dates "
               "it."),
    event("e-summons", "Event", "Manila summons the Chinese ambassador on Tuesday", ("a convoqué", None),
          [("agent", PHILIPPINES), ("recipient", HUANG)], time="t-tuesday-summons", according_to=[PH_DFA],
          note="« Manille » stands for the Philippines. No city is written for the summons."),
    event("e-nsc-meeting", "Meeting", "Marcos to convene his National Security Council on Wednesday",
          ("réunir", None), [("agent", MARCOS), ("participant", PH_NSC)], status="planned", time="t-wednesday",
          note="« doit réunir mercredi »: planned (as « doit réunir » in benchmarks/gold); the article's own voice."),
    event("e-provocation", "Event", "A Philippine « provocation » (Lin Jian's accusation)", ("provocation", None),
          [("agent", PHILIPPINES)], status="suspected", according_to=[LIN],
          note="« accusant Manille de « provocation » »: an accusation the article does not endorse: suspected."),
    event("e-intrusion", "Event", "A Philippine « intrusion » (Lin Jian's charge)", ("intrusion", None),
          [("agent", PHILIPPINES)], status="suspected", according_to=[LIN],
          note="« une « intrusion » philippine »: the Philippines the agent from the adjective (as « droits de douane "
               "américains » in benchmarks/gold); Beijing's charge, which Manila contests: suspected, as « pêchant "
               "illégalement » in benchmarks/gold/pecheurs-paracels-2024-10-02."),
    event("e-recognition", "Event", "China refuses to recognise the 2016 ruling", ("reconnaître", None),
          [("agent", CHINA)], status="negated",
          note="« ce que Pékin refuse de reconnaître »: a negated recognition (as « refuse de reconnaître "
               "l’indépendance » in benchmarks/gold); « Pékin » is China. The ruling is a speech act, not an "
               "entity: no theme. A standing refusal in the present: no time."),
    event("e-us-defence", "Event", "The United States would defend the Philippines (treaty obligation)",
          ("défendre", None), [("agent", US), ("recipient", PHILIPPINES)], status="hypothetical",
          according_to=[STATE_DEPT],
          note="« engageait les États-Unis à défendre les Philippines en cas d’attaque armée »: what the treaty binds "
               "them to do in a case: hypothetical (as « en cas d’agression » in benchmarks/gold)."),
    event("e-armed-attack", "Event", "An armed attack on the Philippine forces (the treaty's case)",
          ("attaque armée", None), [("recipient", PH_ARMY)], status="hypothetical", according_to=[STATE_DEPT],
          note="A case, hypothetical; no attacker written: the forces attacked are the recipient only."),
    event("e-jp-ph-agreement", "Agreement", "Japan to sign a defence agreement with the Philippines next month",
          ("signer", None), [("participant", JAPAN), ("participant", PHILIPPINES)], status="planned",
          time="t-next-month",
          note="« du Japon, qui doit signer le mois prochain un accord de défense avec Manille »: planned; « un accord "
               "de défense » is the document, the signing itself (not a mention); « Manille » is the Philippines."),
    event("e-kamikawa-manalo", "Meeting", "Kamikawa talks with her Philippine counterpart Enrique Manalo",
          ("s’est entretenue", None), [("participant", KAMIKAWA), ("participant", MANALO)],
          note="« Elle » is Kamikawa. No day or place is written for the talk (the Tuesday dates her concern)."),
    event("e-grounding", "Event", "The BRP Sierra Madre was deliberately run aground on the reef in 1999",
          ("Échoué", None), [("recipient", SIERRA_MADRE)], place=SHOAL, time="t-1999",
          note="A fronted participle with no agent written (« volontairement » says it was deliberate, not by whom): "
               "the ship is the recipient only, as passives without an agent in benchmarks/gold. « abrite depuis une "
               "poignée de soldats » is a state: no event."),
    event("e-next-mission", "Delivery", "A new resupply mission could take place next week",
          ("mission de ravitaillement", None), [("agent", PH_NAVY), ("recipient", SIERRA_MADRE)],
          status="hypothetical", place=SHOAL, time="t-next-week", according_to=[SOURCE, REUTERS],
          note="« pourrait avoir lieu »: hypothetical. « nouvelle » makes it a second mission like the Monday one: "
               "the navy and the outpost are implied from it, and its reef the place."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-army", "Report", "The Philippine army announces the ramming and boarding", PH_ARMY,
           ("a annoncé", None), [], time="t-tuesday-army", about=["e-ramming", "e-boarding", "e-injury", "e-resupply"],
           note="The source after the clause, with its own « mardi »."),
    speech("s-dizon-account", "Report", "The army spokesman describes the boarding and the seizure", DIZON,
           ("Selon", "Selon son porte-parole"), [], about=["e-boarding", "e-seizure"],
           note="« son porte-parole » is the army's (the body of the sentence before). No day of its own: no time."),
    speech("s-dizon-quote", "Statement", "Ramon Dizon: « Our men did not fight back »", DIZON,
           ("a-t-il précisé", None), [("Nos hommes n’ont pas riposté", None)], about=["e-no-riposte"]),
    speech("s-manila-protest", "Statement", "Manila protests against « illegal and aggressive » acts", PHILIPPINES,
           ("protester", None), [("illégaux et agressifs", None)], addressee=HUANG, time="t-tuesday-summons",
           according_to=[PH_DFA], about=["e-ramming", "e-boarding"],
           note="« pour protester » after a summons that happened: an occurred speech act of the Philippines to the "
                "ambassador summoned (as in benchmarks/gold), with the summons's Tuesday."),
    speech("s-dfa", "Report", "The Philippine foreign ministry reports the summons", PH_DFA, ("a indiqué", None), [],
           time="t-tuesday-summons", about=["e-summons", "s-manila-protest"],
           note="The source after the clause takes the day of what it announces, as Rosatom's in benchmarks/gold."),
    speech("s-marcos-silence", "SpeechAct", "Marcos had not spoken publicly by late Tuesday afternoon", MARCOS,
           ("exprimé", None), [], status="negated", time="t-tuesday-late", about=["e-ramming", "e-boarding"],
           note="« qui ne s’était pas exprimé »: a negated speech act (trigger « exprimé », as in benchmarks/gold)."),
    speech("s-lin-responsibility", "Statement", "Lin Jian: the Philippines bear full responsibility for the incident",
           LIN, ("a affirmé", None), [("Les Philippines portent l’entière responsabilité de cet incident", None)],
           time="t-tuesday-lin", place=BEIJING, about=["e-ramming", "e-boarding"],
           note="A quote first; « à Pékin » the city where he speaks (Q956); « la presse » is generic. A "
                "responsibility is not an event."),
    speech("s-lin-provocation", "Statement", "Lin Jian accuses Manila of « provocation »", LIN, ("accusant", None),
           [("provocation", None)], time="t-tuesday-lin", place=BEIJING, about=["e-provocation"],
           note="A participle with its own guillemets: a second speech act, on the same occasion."),
    speech("s-lin-measures", "Statement", "Lin Jian: the coast guard's measures were « lawful » against an "
           "« intrusion »", LIN, ("Selon", "Selon lui"), [("conformes à la loi", None), ("intrusion", None)],
           time="t-tuesday-lin", place=BEIJING, about=["e-boarding", "e-intrusion"],
           note="Two quoted fragments under one « Selon »: one speech act, two quotes. « Selon lui » in the next "
                "sentence keeps the occasion (the Tuesday, Beijing)."),
    speech("s-china-claim", "SpeechAct", "China claims almost all of the South China Sea", CHINA,
           ("revendique", None), [],
           note="A territorial claim is a stance given in words (as « revendique » in benchmarks/gold), in the "
                "present: no time; a claim over a sea is about no event."),
    speech("s-tribunal", "Statement", "An international tribunal ruled China's claim baseless in 2016", TRIBUNAL,
           ("ait jugé", None), [], time="t-2016", about=["s-china-claim"],
           note="Courts speak (benchmarks/gold): the judgement is a Statement; « bien que » with the subjunctive "
                "states a fact: occurred. « cette revendication » restates China's claim, which it is about."),
    speech("s-us-escalation", "Statement", "The State Department denounces an « escalation »", STATE_DEPT,
           ("a dénoncé", None), [("escalade", None)], time="t-monday-evening", place=WASHINGTON,
           about=["e-ramming", "e-boarding"],
           note="« À Washington »: the city (Q61). « une « escalade » » restates the incident: no event of its own."),
    speech("s-us-treaty", "Statement", "The State Department recalls the 1951 mutual defence treaty", STATE_DEPT,
           ("rappelé", None), [], time="t-monday-evening", place=WASHINGTON, about=["e-us-defence", "e-armed-attack"],
           note="A second verb joined by « et », without a quote: a second speech act, sharing « lundi soir » and the "
                "place. A reminder of what a treaty says: a Statement."),
    speech("s-kamikawa", "Statement", "Yōko Kamikawa voices Japan's « serious concern »", KAMIKAWA,
           ("a fait part", None), [("grave préoccupation", None)], time="t-tuesday-kamikawa", place=TOKYO,
           about=["e-ramming", "e-boarding"],
           note="She is the subject and speaks for Japan (« du Japon »): she is the speaker. « À Tokyo »: the city."),
    speech("s-source", "Report", "A military source, cited by Reuters, on a possible new mission next week", SOURCE,
           ("selon", "selon une source"), [], according_to=[REUTERS], about=["e-next-mission"],
           note="Double sourcing: the source's Report with the agency in according_to, plus the agency's Report (as "
                "in benchmarks/gold)."),
    speech("s-reuters", "Report", "Reuters cites the military source", REUTERS, ("citée", None), [],
           about=["s-source", "e-next-mission"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
