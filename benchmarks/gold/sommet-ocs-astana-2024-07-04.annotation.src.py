"""Held-out annotation of sommet-ocs-astana-2024-07-04.txt (written for the fourteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sommet-ocs-astana-2024-07-04.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sommet-ocs-astana-2024-07-04.annotation.src.py --check

From held-out set 14 (moved to gold in session 13; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-ocs-astana-2024-07-04.txt"

NOTE = """\
Held-out-14 article: Belarus joins the Shanghai Cooperation Organisation at its summit in Astana, where Xi Jinping \
and Vladimir Putin met on the sidelines, Narendra Modi sent his foreign minister and António Guterres addressed an \
enlarged session, published Thursday 4 July 2024 (the file gives the day). What it exercises: an accession on the \
publication day with a predicate role noun (« La Biélorussie est devenue jeudi le dixième membre de l’Organisation \
de coopération de Shanghai (OCS) »: the predicate is not a mention; the acronym in brackets is), a nominal summit \
with a place and no time of its own (« lors d’un sommet à Astana »), a relative « dont » whose subject adopts a \
declaration that calls with a quote (« dont les participants ont adopté une déclaration appelant à un « ordre \
mondial multipolaire plus juste » »: an Agreement event for the adoption and one speech act of the participants, \
trigger « déclaration », which owns the quote), sourced after the clause to an office (« a annoncé la présidence \
kazakhe »); a quote first with « Nous » for Belarus, « a lancé ... devant ses homologues » and « selon l’agence \
d’État Belta » (only « Belta » marked), and sanctions inside the quote with no imposer written (recipient only); « \
En marge du sommet » with a pluperfect meeting on a past weekday and a duration attached to nothing (« s’était \
entretenu mercredi pendant près de trois heures avec Xi Jinping »), and a visit counted back from it (« un mois et \
demi après sa visite d’État à Pékin »: May 2024, the month; « Pékin » the city, Q956); a quote first with « a \
déclaré le chef du Kremlin à l’ouverture de l’entretien, cité par l’agence TASS » (the occasion restates the \
Wednesday meeting, so the words take its day); a role noun and an emphatic « lui » with a call holding a quoted \
infinitive (« Son homologue chinois a, lui, appelé à « préserver l’élan » de la coopération »: the preservation \
proposed) relayed after the clause by a state television; a quote split around its reporting clause with two \
pairs of guillemets, a role noun and a name and a second role noun in apposition (« « L’OCS n’est pas une alliance \
militaire », a insisté le président kazakh, Kassym-Jomart Tokaïev, hôte de la réunion, « et elle n’est dirigée \
contre aucun pays » »: one speech act, two quotes; the negated predicates are states, no events; « elle » the SCO, \
« aucun pays » generic); a participle apposition with « le mois dernier » (« réélu le mois dernier »: June 2024), a \
negated trip and a causative representation joined by « et » (« n’a pas fait le déplacement et s’est fait \
représenter par son chef de la diplomatie, Subrahmanyam Jaishankar »); a negated speech act by a metonym without a \
verb of speech (« New Delhi n’a donné aucune explication »: India, local) set against a press's account by « mais \
» (« la presse indienne évoque un calendrier parlementaire chargé »: a Statement, the calendar no event); a \
relative participation on the publication day (« qui a participé jeudi à une séance élargie ») and an exhortation \
of a group with two pairs of guillemets for one verb (« a exhorté les dirigeants présents à « user de leur \
influence » pour ramener une paix « juste et durable » en Ukraine »: one speech act with two quotes; the use of \
influence and the peace proposed); an emphatic « elle » for a document and a negated speech act (« La déclaration \
finale, elle, ne mentionne pas le conflit ukrainien »: the participants' negated act; « elle » is the document, \
not a mention; « le conflit ukrainien » the invasion, Q110999040); « À Washington » (the city, Q61) a judgement \
with a one-word quote by an anonymous spokesman whose title holds a name (« un porte-parole du département d’État \
»), about the accession restated with a metonym (« l’adhésion de Minsk »: Belarus, Q184); a suspicion of two \
metonyms (« Les Occidentaux soupçonnent Pékin de fournir à Moscou des composants destinés à son industrie militaire \
»: a suspected Delivery, China the agent, Russia the recipient) and a denial in a relative « ce que » (« ce que la \
Chine dément »: a Statement of China, the delivery stays suspected); a planned state visit on a future weekday (« \
doit entamer vendredi une visite d’État au Tadjikistan »); a present take-over in a relative clause (« qui prend la \
présidence tournante de l’organisation »: occurred, no time) and a hosted summit in a future year (« accueillera le \
prochain sommet en 2025 »: China the host and the place, as « Tokyo accueillera » in gold); a conditional \
attendance with the clitic « y » for an event (« Vladimir Poutine pourrait y assister »: hypothetical; « y » is the \
summit, not a place: not a mention) under « selon son conseiller Iouri Ouchakov » (a title right before the name: \
only the name). « Pékin » is the city where Putin's state visit took place (Q956) and China where it is suspected \
(Q148); « Minsk » is Belarus (Q184); « Moscou » is Russia (Q159); « À Washington » is the city (Q61); « New Delhi \
» is India (local). « Kremlin » inside « le chef du Kremlin » is the institution (Q2060629), as in gold. « \
Shanghai » inside the SCO's name only names it (gold). « les participants », « ses homologues » and « les \
dirigeants présents » are one local group, the leaders gathered at the summit: the first two are the SCO leaders, \
the third the leaders at the enlarged session (with guests), and the article gives no way to tell the guests apart, \
so one group is kept. « une alliance militaire » and « le dixième membre de ... » are predicates (not mentions); « \
aucun pays » is generic; « la réunion » inside Tokayev's apposition and « l’entretien » restate events (not \
mentions), and the apposition « hôte de la réunion » makes Tokayev the summit's agent (its host); « la \
déclaration finale » is the declaration (a document: the speech act, not an entity); « la \
coopération » is Sino-Russian cooperation, a state (no event). Times: « jeudi » twice is the publication day \
(Thursday 4 July 2024); « mercredi » is Wednesday 3 July 2024; « près de trois heures » a duration attached to \
nothing (the meeting takes its Wednesday); « un mois et demi après » May 2024 (counted back from Wednesday 3 July: \
about 18 May, inside May); « le mois dernier » June 2024; « vendredi » Friday 5 July 2024; « en 2025 » the year. \
The summit has no time of its own (its days are not written: the Wednesday talks are on its sidelines, the \
Thursday accession during it), as the APEC and BRICS summits of gold; the adoption of the declaration, \
Lukashenko's and Tokayev's words, Modi's trip and his representation therefore have no time either; Putin's and \
Xi's words take the Wednesday of the talks they opened (« à l’ouverture de l’entretien »), Guterres's words the \
Thursday of the session. Places: the summit, the accession, the adoption, the Xi–Putin talks (on its sidelines), \
the enlarged session, Guterres's participation and words, Lukashenko's words « devant ses homologues » and the \
representation are placed in Astana (the summit's city, written once); Modi's negated trip has no destination \
written: no place (as Putin's in gold). Neighbouring story: gold/xi-poutine-pekin-2024-05 announces in its last \
sentence that Xi and Putin are to meet in July at the SCO summit in Kazakhstan; this is that summit, written as \
new text (Belarus's accession, Modi's absence and Guterres's presence are real background; the words, figures and \
most details are invented). Kazakhstan itself is not named (only the adjective « kazakh »), so it has no entity. \
The SCO, Astana, the summit participants, the Kazakh presidency, Belta, CCTV, Tokayev, Modi, Jaishankar, India, \
the Indian press, the State Department and its spokesman, the Western countries, the components, Russia's \
military industry, Tajikistan and Ushakov are not in ids.tsv: local, unlinked."""

BELARUS, LUK, PUTIN, XI, BEIJING, CHINA, RUSSIA = "Q184", "Q2866", "Q7747", "Q15031", "Q956", "Q148", "Q159"
KREMLIN, TASS, GUTERRES, UN, UKRAINE, INVASION, WASHINGTON = "Q2060629", "Q223799", "Q311440", "Q1065", "Q212", \
    "Q110999040", "Q61"
SCO, ASTANA, LEADERS, KZ_PRESIDENCY = "local:sco", "local:astana", "local:sco-summit-leaders", \
    "local:kazakh-presidency"
BELTA, CCTV, TOKAYEV, MODI = "local:belta", "local:cctv", "local:kassym-jomart-tokayev", "local:narendra-modi"
JAISHANKAR, INDIA, INDIAN_PRESS = "local:subrahmanyam-jaishankar", "local:india", "local:indian-press"
STATE_DEPT, US_SPOKESMAN, WEST = "local:us-state-department", "local:us-state-department-spokesman", "local:west"
COMPONENTS, RU_INDUSTRY, TAJIKISTAN, USHAKOV = "local:components-military", "local:russian-military-industry", \
    "local:tajikistan", "local:yuri-ushakov"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (SCO, "Organisation de coopération de Shanghai", "Shanghai Cooperation Organisation", "organization",
     {"description": "OCS; la Biélorussie en devient le dixième membre", "class_qid": "Q484652",
      "unlinked_reason": NOT_VERIFIED}),
    (ASTANA, "Astana", "Astana", "place",
     {"description": "capitale du Kazakhstan, ville du sommet", "unlinked_reason": NOT_VERIFIED}),
    (LEADERS, "dirigeants réunis au sommet de l’OCS à Astana", "leaders gathered at the SCO summit in Astana",
     "group", {"description": "« les participants », « ses homologues » (de Loukachenko), « les dirigeants présents »",
               "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (KZ_PRESIDENCY, "présidence kazakhe", "Kazakh presidential administration", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (BELTA, "Belta", "Belarusian Telegraph Agency", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (CCTV, "CCTV", "China Central Television", "organization",
     {"description": "télévision d’État chinoise", "unlinked_reason": NOT_VERIFIED}),
    (TOKAYEV, "Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev", "person",
     {"description": "président du Kazakhstan, hôte du sommet", "unlinked_reason": NOT_VERIFIED}),
    (MODI, "Narendra Modi", "Narendra Modi", "person",
     {"description": "Premier ministre de l’Inde", "unlinked_reason": NOT_VERIFIED}),
    (JAISHANKAR, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "person",
     {"description": "ministre indien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (INDIA, "Inde", "India", "country", {"unlinked_reason": NOT_VERIFIED}),
    (INDIAN_PRESS, "la presse indienne", "the Indian press", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (US_SPOKESMAN, "un porte-parole du département d’État", "a State Department spokesman", "person",
     {"class_qid": "Q17221", "unlinked_reason": "anonymous in the article"}),
    (WEST, "les Occidentaux", "the Western countries", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (COMPONENTS, "composants destinés à l’industrie militaire russe", "components for Russia's military industry",
     "object", {"description": "ce que les Occidentaux soupçonnent la Chine de fournir à la Russie",
                "unlinked_reason": "unspecified things, not one Wikidata item"}),
    (RU_INDUSTRY, "industrie militaire russe", "Russian military industry", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (TAJIKISTAN, "Tadjikistan", "Tajikistan", "country", {"unlinked_reason": NOT_VERIFIED}),
    (USHAKOV, "Iouri Ouchakov", "Yuri Ushakov", "person",
     {"description": "conseiller diplomatique du Kremlin", "unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    INVASION: "la guerre que l’article nomme « le conflit ukrainien »",
    KREMLIN: "l’institution que désigne « Kremlin » dans « le chef du Kremlin »",
}

MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Biélorussie est devenue jeudi le dixième membre de l’Organisation de coopération de Shanghai (OCS), ...
    ("Biélorussie", None, BELARUS, "name"),
    ("Organisation de coopération de Shanghai", None, SCO, "name"),
    ("OCS", 1, SCO, "name"),
    ("Astana", None, ASTANA, "name"),
    ("les participants", None, LEADERS, "nominal"),
    ("la présidence kazakhe", None, KZ_PRESIDENCY, "nominal"),
    # « Nous ne sommes plus seuls face aux sanctions », a lancé Alexandre Loukachenko devant ses homologues, ...
    ("Nous", "Nous ne sommes", BELARUS, "pronoun"),
    ("Alexandre Loukachenko", None, LUK, "name"),
    ("ses homologues", None, LEADERS, "nominal"),
    ("Belta", None, BELTA, "name"),
    # En marge du sommet, Vladimir Poutine s’était entretenu mercredi ... avec Xi Jinping, ...
    ("Vladimir Poutine", 1, PUTIN, "name"),
    ("Xi Jinping", 1, XI, "name"),
    ("Pékin", "visite d’État à Pékin", BEIJING, "name"),
    # « Les relations entre la Russie et la Chine ... », a déclaré le chef du Kremlin ..., cité par l’agence TASS.
    ("Russie", None, RUSSIA, "name"),
    ("Chine", "la Russie et la Chine", CHINA, "name"),
    ("le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("TASS", None, TASS, "name"),
    # Son homologue chinois a, lui, appelé à « préserver l’élan » de la coopération, a rapporté ... CCTV.
    ("Son homologue chinois", None, XI, "nominal"),
    ("lui", "a, lui,", XI, "pronoun"),
    ("CCTV", None, CCTV, "name"),
    # « L’OCS n’est pas une alliance militaire », a insisté le président kazakh, Kassym-Jomart Tokaïev, ...
    ("OCS", 2, SCO, "name"),
    ("le président kazakh", None, TOKAYEV, "nominal"),
    ("Kassym-Jomart Tokaïev", None, TOKAYEV, "name"),
    ("hôte de la réunion", None, TOKAYEV, "nominal"),
    ("elle", "et elle n’est", SCO, "pronoun"),
    # Le Premier ministre indien, Narendra Modi, réélu le mois dernier, n’a pas fait le déplacement ...
    ("Le Premier ministre indien", None, MODI, "nominal"),
    ("Narendra Modi", None, MODI, "name"),
    ("son chef de la diplomatie", None, JAISHANKAR, "nominal"),
    ("Subrahmanyam Jaishankar", None, JAISHANKAR, "name"),
    ("New Delhi", None, INDIA, "metonym"),
    ("la presse indienne", None, INDIAN_PRESS, "nominal"),
    # Le secrétaire général de l’ONU, António Guterres, qui a participé jeudi à une séance élargie, ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("les dirigeants présents", None, LEADERS, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("le conflit ukrainien", None, INVASION, "nominal"),
    # À Washington, un porte-parole du département d’État a jugé « préoccupante » l’adhésion de Minsk.
    ("Washington", None, WASHINGTON, "name"),
    ("un porte-parole du département d’État", None, US_SPOKESMAN, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Minsk", None, BELARUS, "metonym"),
    # Les Occidentaux soupçonnent Pékin de fournir à Moscou des composants ..., ce que la Chine dément.
    ("Les Occidentaux", None, WEST, "nominal"),
    ("Pékin", "soupçonnent Pékin", CHINA, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("des composants destinés à son industrie militaire", None, COMPONENTS, "nominal"),
    ("son industrie militaire", None, RU_INDUSTRY, "nominal"),
    ("Chine", "la Chine dément", CHINA, "name"),
    # Xi Jinping doit entamer vendredi une visite d’État au Tadjikistan. La Chine, qui prend ...
    ("Xi Jinping", 2, XI, "name"),
    ("Tadjikistan", None, TAJIKISTAN, "name"),
    ("Chine", "La Chine, qui prend", CHINA, "name"),
    ("l’organisation", None, SCO, "nominal"),
    # Vladimir Poutine pourrait y assister, selon son conseiller Iouri Ouchakov.
    ("Vladimir Poutine", 2, PUTIN, "name"),
    ("Iouri Ouchakov", None, USHAKOV, "name"),
]

PUB_DAY = "The publication day, Thursday 4 July 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "devenue jeudi"), "2024-07-04", "day", "weekday-publication-day",
     "« La Biélorussie est devenue jeudi »: " + PUB_DAY),
    ("t-wednesday", ("mercredi", None), "2024-07-03", "day", "weekday-past",
     "Pluperfect « s’était entretenu mercredi »: the Wednesday before the publication day: 3 July 2024."),
    ("t-three-hours", ("près de trois heures", None), None, "duration", "explicit-duration",
     "« pendant près de trois heures »: the talks' length, attached to nothing (the talks take their Wednesday)."),
    ("t-mid-may", ("un mois et demi après", None), "2024-05", "month", "relative-month-past",
     "« un mois et demi après sa visite d’État à Pékin », counted back from the Wednesday 3 July 2024 talks: about "
     "18 May 2024; only the month is true (as « un mois après la visite » in gold)."),
    ("t-last-month", ("le mois dernier", None), "2024-06", "month", "relative-month-past",
     "« réélu le mois dernier »: the month before July 2024: June 2024."),
    ("t-thursday-session", ("jeudi", "participé jeudi"), "2024-07-04", "day", "weekday-publication-day",
     "« qui a participé jeudi à une séance élargie »: " + PUB_DAY),
    ("t-friday", ("vendredi", None), "2024-07-05", "day", "weekday-future",
     "« doit entamer vendredi une visite d’État »: the Friday after the publication day: 5 July 2024."),
    ("t-2025", ("2025", None), "2025", "year", "explicit-year",
     "« accueillera le prochain sommet en 2025 »: the year."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-accession", "Event", "Belarus becomes the tenth member of the Shanghai Cooperation Organisation",
          ("est devenue", None), [("agent", BELARUS), ("recipient", SCO)], place=ASTANA, time="t-thursday",
          according_to=[KZ_PRESIDENCY], part_of="e-summit",
          note="« le dixième membre de l’Organisation ... » is a predicate, not a mention; the SCO it joins is the "
               "recipient, as the EU of Serbia's accession in gold. « l’adhésion de Minsk » (Washington's "
               "judgement) restates it. Placed in Astana, the summit's city (« lors d’un sommet à Astana »)."),
    event("e-summit", "Meeting", "The SCO summit in Astana", ("sommet", "lors d’un sommet"),
          [("agent", TOKAYEV), ("participant", SCO), ("participant", LEADERS)], place=ASTANA,
          note="Tokayev is its host (« hôte de la réunion », a role noun in apposition: the agent, as the host of "
               "a summit in gold). A nominal summit with no time of its own (its days are not written: the "
               "Wednesday talks are on its sidelines, the Thursday accession during it), as the APEC and BRICS "
               "summits of gold. « du sommet » "
               "(« En marge du sommet ») and « la réunion » (inside Tokayev's apposition) restate it."),
    event("e-adoption", "Agreement", "The summit participants adopt a declaration", ("ont adopté", None),
          [("participant", LEADERS)], place=ASTANA, part_of="e-summit",
          note="Adopting a text is agreeing on it (as a signing); what the declaration says is its speech act "
               "(s-declaration). No weekday of its own: no time."),
    event("e-sanctions", "Sanction", "The sanctions Belarus faces", ("sanctions", None), [("recipient", BELARUS)],
          according_to=[LUK],
          note="« Nous ne sommes plus seuls face aux sanctions »: « Nous » is Belarus; no imposer is written (the "
               "Western sanctions are background): recipient only."),
    event("e-xi-putin", "Meeting", "Vladimir Putin and Xi Jinping hold talks on Wednesday on the sidelines of the "
          "summit", ("s’était entretenu", None), [("participant", PUTIN), ("participant", XI)], place=ASTANA,
          time="t-wednesday",
          note="« En marge du sommet »: placed in Astana, the summit's city. « l’entretien » (« à l’ouverture de "
               "l’entretien ») restates it. « près de trois heures » is its length, attached to nothing."),
    event("e-beijing-visit", "Visit", "Putin's state visit to Beijing in May", ("visite", "sa visite d’État"),
          [("agent", PUTIN)], place=BEIJING, time="t-mid-may",
          note="« sa visite d’État à Pékin »: « sa » is Putin's (the subject of the sentence); the host is not "
               "written. Beijing is the city visited (Q956)."),
    event("e-momentum", "Event", "Preserving the momentum of Sino-Russian cooperation (Xi's call)",
          ("préserver", None), [("participant", CHINA), ("participant", RUSSIA)], status="proposed",
          according_to=[XI, CCTV],
          note="« appelé à « préserver l’élan » de la coopération »: what Xi calls for: proposed; the two states "
               "are implied by the bilateral talks."),
    event("e-modi-no-trip", "Visit", "Narendra Modi did not travel to the summit", ("fait le déplacement", None),
          [("agent", MODI)], status="negated",
          note="« n’a pas fait le déplacement »: no destination written (as Putin's trip in gold): no place; the "
               "summit has no time, so neither has the trip."),
    event("e-representation", "Event", "Subrahmanyam Jaishankar represents Narendra Modi at the summit",
          ("représenter", None), [("agent", JAISHANKAR), ("recipient", MODI)], place=ASTANA, part_of="e-summit",
          note="« s’est fait représenter par son chef de la diplomatie »: a causative; the one who represents (the "
               "agent of « par ») acts, the one represented is the recipient. Joined to the negated trip by « et »."),
    event("e-modi-reelection", "Event", "Narendra Modi re-elected last month", ("réélu", None),
          [("recipient", MODI)], place=INDIA, time="t-last-month",
          note="A participle apposition; as « Réélu en janvier » in gold: recipient, the country the place (India "
               "implied)."),
    event("e-session", "Meeting", "An enlarged session of the summit on Thursday", ("séance élargie", None),
          [("participant", LEADERS), ("participant", GUTERRES)], place=ASTANA, time="t-thursday-session",
          part_of="e-summit",
          note="« les dirigeants présents » are the leaders at the session (the summit's group)."),
    event("e-guterres-attendance", "Event", "António Guterres took part in the enlarged session on Thursday",
          ("a participé", None), [("participant", GUTERRES)], place=ASTANA, time="t-thursday-session",
          part_of="e-session", note="As « avait participé ... à une séance plénière » in gold."),
    event("e-influence", "Event", "The leaders to use their influence for peace (Guterres's exhortation)",
          ("user", None), [("agent", LEADERS)], status="proposed", according_to=[GUTERRES],
          note="« a exhorté les dirigeants présents à « user de leur influence » »: what he urges: proposed."),
    event("e-peace", "Event", "A just and lasting peace in Ukraine (urged by Guterres)", ("paix", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed", place=UKRAINE,
          according_to=[GUTERRES],
          note="« pour ramener une paix « juste et durable » en Ukraine »: the aim of the urged influence: proposed; "
               "the two warring states are implied (as the UN's « paix « juste » » in gold)."),
    event("e-components", "Delivery", "China supplying Russia with components for its military industry "
          "(suspected by the West)", ("fournir", None),
          [("agent", CHINA), ("recipient", RUSSIA), ("theme", COMPONENTS)], status="suspected",
          according_to=[WEST],
          note="« Les Occidentaux soupçonnent Pékin de fournir à Moscou »: a suspicion; China's denial (« ce que la "
               "Chine dément ») is a speech act about it and does not change its status (a contested charge stays "
               "suspected)."),
    event("e-tajikistan-visit", "Visit", "Xi Jinping to begin a state visit to Tajikistan on Friday",
          ("visite", "visite d’État au Tadjikistan"), [("agent", XI)], status="planned", place=TAJIKISTAN,
          time="t-friday", note="« doit entamer vendredi »: planned (« doit »)."),
    event("e-chairmanship", "Event", "China takes over the SCO's rotating presidency", ("prend", None),
          [("agent", CHINA), ("participant", SCO)],
          note="« qui prend la présidence tournante de l’organisation »: the present in a relative clause, stated in "
               "the article's own voice: occurred; no weekday: no time (as the present trends of gold)."),
    event("e-next-summit", "Meeting", "China to host the next SCO summit in 2025", ("sommet", "le prochain sommet"),
          [("agent", CHINA), ("participant", SCO)], status="planned", place=CHINA, time="t-2025",
          note="« La Chine ... accueillera le prochain sommet en 2025 »: China the host; no city is written, so the "
               "place is the country (as « Tokyo accueillera » in gold)."),
    event("e-putin-attendance", "Event", "Vladimir Putin could attend the next summit", ("assister", None),
          [("participant", PUTIN)], status="hypothetical", place=CHINA, time="t-2025", according_to=[USHAKOV],
          part_of="e-next-summit",
          note="« pourrait y assister »: a conditional: hypothetical. « y » is the next summit (an event), not a "
               "place: not a mention; the attendance takes the summit's year and place."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-declaration", "Statement", "The summit declaration calls for « a fairer multipolar world order »",
           LEADERS, ("déclaration", "une déclaration appelant"), [("ordre mondial multipolaire plus juste", None)],
           place=ASTANA,
           note="« dont les participants ont adopté une déclaration appelant à un « ... » »: the document speaks for "
                "its authors, the participants (one group, one speech act); the trigger is the nominal « "
                "déclaration », as in gold, and the participle « appelant » carries its content (no second act). "
                "The order it calls for is a state, not an event. No weekday of its own: no time."),
    speech("s-kz-presidency", "Report", "The Kazakh presidency announces Belarus's accession", KZ_PRESIDENCY,
           ("a annoncé", None), [], about=["e-accession", "e-adoption", "s-declaration"],
           note="The source after the clause; no weekday of its own: no time."),
    speech("s-lukashenko", "Statement", "Lukashenko: « We are no longer alone in the face of sanctions »", LUK,
           ("a lancé", None), [("Nous ne sommes plus seuls face aux sanctions", None)], addressee=LEADERS,
           place=ASTANA, according_to=[BELTA], about=["e-accession", "e-sanctions"],
           note="« devant ses homologues »: the summit's leaders hear it (addressee), at the summit (Astana); the "
                "summit has no time, so neither have his words."),
    speech("s-belta", "Report", "Belta reports Lukashenko's words", BELTA, ("selon", "selon l’agence d’État"), [],
           about=["s-lukashenko"]),
    speech("s-putin", "Statement", "Putin: Russian–Chinese relations are at their best in history", PUTIN,
           ("a déclaré", None),
           [("Les relations entre la Russie et la Chine traversent la meilleure période de leur histoire", None)],
           place=ASTANA, time="t-wednesday", according_to=[TASS],
           note="« à l’ouverture de l’entretien »: the occasion restates the Wednesday talks, so the words take "
                "their day and place. Relations that « traversent » a period are a state: no event."),
    speech("s-tass", "Report", "TASS quotes Putin", TASS, ("cité", None), [], about=["s-putin"]),
    speech("s-xi", "Statement", "Xi calls for « preserving the momentum » of cooperation", XI, ("appelé", None),
           [("préserver l’élan", None)], place=ASTANA, time="t-wednesday", according_to=[CCTV],
           about=["e-momentum"],
           note="« Son homologue chinois a, lui, appelé »: at the same talks (« Son homologue » is Putin's "
                "counterpart in the talks of the sentence before): their Wednesday and place."),
    speech("s-cctv", "Report", "CCTV reports Xi's call", CCTV, ("a rapporté", None), [], about=["s-xi"]),
    speech("s-tokayev", "Statement", "Tokayev: the SCO is no military alliance and is aimed at no country", TOKAYEV,
           ("a insisté", None),
           [("L’OCS n’est pas une alliance militaire", None), ("et elle n’est dirigée contre aucun pays", None)],
           note="A quote split around its reporting clause with two pairs of guillemets: one verb, one speech act, "
                "two quotes (as in gold). What it says are states (negated predicates), not events. No occasion "
                "or weekday written: no time, no place."),
    speech("s-india-silence", "SpeechAct", "India gave no explanation for Modi's absence", INDIA,
           ("n’a donné aucune explication", None), [], status="negated", about=["e-modi-no-trip"],
           note="« New Delhi n’a donné aucune explication »: a negated speech act without a verb of speech, as « "
                "n’a fait aucun commentaire » in gold; New Delhi is India (local)."),
    speech("s-indian-press", "Statement", "The Indian press points to a busy parliamentary calendar",
           INDIAN_PRESS, ("évoque", None), [], about=["e-modi-no-trip"],
           note="A stance with no quote; the calendar is no event (a state)."),
    speech("s-guterres", "Statement", "Guterres urges the leaders to « use their influence » for a « just and "
           "lasting » peace in Ukraine", GUTERRES, ("a exhorté", None),
           [("user de leur influence", None), ("juste et durable", None)], addressee=LEADERS, place=ASTANA,
           time="t-thursday-session", about=["e-influence", "e-peace"],
           note="One verb, two pairs of guillemets: one speech act with two quotes. Said at the session he attended "
                "(the relative clause just before): its Thursday."),
    speech("s-declaration-silence", "SpeechAct", "The final declaration does not mention the war in Ukraine",
           LEADERS, ("ne mentionne pas", None), [], status="negated", place=ASTANA,
           note="« La déclaration finale, elle, ne mentionne pas le conflit ukrainien »: the document's authors' "
                "negated act (as « Sans jamais nommer » in gold); « elle » is the document, not a mention."),
    speech("s-us-spokesman", "Statement", "A State Department spokesman calls Belarus's accession « worrying »",
           US_SPOKESMAN, ("a jugé", None), [("préoccupante", None)], place=WASHINGTON, about=["e-accession"],
           note="« À Washington » (the city where he speaks, Q61); « l’adhésion de Minsk » restates the accession. "
                "No weekday: no time."),
    speech("s-west-suspicion", "SpeechAct", "The Western countries suspect China of supplying Russia's military "
           "industry", WEST, ("soupçonnent", None), [], about=["e-components"],
           note="A stance the article gives to the Western countries, no quote (as « les États-Unis soupçonnent » "
                "in the bundled article)."),
    speech("s-china-denial", "Statement", "China denies supplying components", CHINA, ("dément", None), [],
           about=["e-components"], note="« ce que la Chine dément »: a denial in a relative « ce que »."),
    speech("s-ushakov", "Report", "Ushakov says Putin could attend the next summit", USHAKOV,
           ("selon", "selon son conseiller"), [], about=["e-putin-attendance"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
