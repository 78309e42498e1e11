"""Held-out annotation of starmer-bruxelles-2024-10-02.txt (written for the twenty-fifth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/starmer-bruxelles-2024-10-02.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/starmer-bruxelles-2024-10-02.annotation.src.py --check

From held-out set 25 (moved to gold in session 23; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "starmer-bruxelles-2024-10-02.txt"

NOTE = """\
Held-out-25 article: British Prime Minister Keir Starmer, on his first official visit since taking office in July, \
argues in Brussels on Wednesday 2 October 2024 for a « remise à plat » of relations between the United Kingdom and \
the European Union; received at the Commission's headquarters by its president Ursula von der Leyen, he proposes a \
security and defence pact to the Twenty-Seven and says « we » want to turn the page; the two agree to hold an \
annual summit, the first expected in early 2025 (a joint communiqué); London rejects a youth mobility scheme \
Brussels had proposed in April (a Downing Street spokesman: no plan); the fisheries access arrangement expires in \
2026 and the EU might tie any defence pact to its renewal (diplomats); Starmer assures there is no going back on \
Brexit and rules out a return to the single market; von der Leyen welcomes a « volonté sincère » but warns \
Brussels would not accept an « à la carte » relationship; Paris welcomes an « encourageant » step through Benjamin \
Haddad, who demands guarantees for French fishermen; in London the Conservative opposition denounces a « trahison » \
of the 2016 referendum and James Cleverly, a leadership candidate, says the Prime Minister is selling off \
sovereignty; in the afternoon Starmer talks with Mark Rutte, who had taken office as NATO secretary general on \
Tuesday, about support for Ukraine; Downing Street says Starmer will not attend the European summit of 17 October. \
Published Wednesday 2 October 2024 (the file gives the day). The visit, the meeting with von der Leyen, the reset, \
the annual summit, the refusal of youth mobility, the 2026 fisheries deadline and the Rutte meeting follow the real \
events loosely; the quotes, the communiqué, the diplomats' linkage, Haddad's and Cleverly's words and the 17 \
October absence are invented or simplified.
What it exercises: a lede with a title right before the name (« Le Premier ministre britannique Keir Starmer ») \
and a quoted noun phrase after « a plaidé mercredi à Bruxelles pour » (the reset proposed; Brussels the city, the \
place); a nominal visit with « depuis son arrivée au pouvoir en juillet » (a past month, the rise to power its own \
event); a fronted passive participle with its agent after « par » and a role noun in apposition before the name \
(« Reçu au siège de la Commission par sa présidente, Ursula von der Leyen »: a Meeting, the host agent; « siège de \
la Commission » a place with the Commission inside it); a Proposal to « aux Vingt-Sept » (the EU, nominal) with \
the pact its own proposed Agreement; a quote first with « Nous » under an inverted « a-t-il déclaré »; a plural \
subject with no mention agreeing on a planned annual summit whose first meeting « devrait avoir lieu début 2025 » \
(planned, the year), sourced to « un communiqué commun » (two speech acts, one trigger); « Londres » and \
« Bruxelles » as metonyms (the United Kingdom, the EU) in a rejection and a relative pluperfect proposal with a \
past month; a negated plan in a quote under « a insisté un porte-parole de Downing Street » (Downing Street the \
British government, inside the role noun, as the Kremlin in « porte-parole du Kremlin »); a relative present \
guarantee, a dated expiry (« expire en 2026 », planned) and a conditional linkage sourced to anonymous \
diplomats; a quote first with a negated event (« Il ne s’agit pas de revenir sur le Brexit », impersonal « Il » \
no mention) and a relative « qui exclut tout retour » (a negated event, a speech act without quote); « Mme von \
der Leyen » (the title part of the name's phrase) with a welcome and a warning in a « que » clause with a \
conditional negated acceptance; « Paris s’est félicité ... par la voix du ministre délégué ..., Benjamin Haddad » \
(a metonym speaker with the quote, the minister a second speech act on « voix » without quote) and a relative \
demand; « À Londres » the city; a denounced « trahison » of a dated referendum; a quote first with a role noun \
(« Le Premier ministre ») under « a accusé » with a former title before the name and an apposition (« candidat à la \
direction du parti », « parti » the Conservative Party); a part-of-day talk with a relative pluperfect taking of \
office on a past weekday; a plural speaker phrase (« Les deux hommes ont évoqué »: two speech acts); a negated \
future participation in a dated summit, sourced after the clause to Downing Street.
Places and metonyms. « à Bruxelles » (the lede) is the city, the place of the plea and the visit; « Bruxelles » in \
« que Bruxelles avait proposé » and « Bruxelles n’accepterait pas » is the European Union (metonym), as are « les \
Vingt-Sept » (nominal: the member states taken as the Union, acting as one) and « l’UE ». « Londres » that rejects \
is the United Kingdom (metonym); « À Londres » where the opposition speaks is the city. « Downing Street » is the \
British government (metonym, twice). « Paris » is France (metonym). The Commission is an organisation of its own \
(inside « siège de la Commission », which is the headquarters, a place).
Mentions. Starmer is « Keir Starmer » (three times), « le dirigeant travailliste », « il » (« a-t-il »), « Le \
Premier ministre » (in Cleverly's quote) and « Le chef du gouvernement britannique ». Von der Leyen is « sa \
présidente » (apposition before the name), « Ursula von der Leyen » and « von der Leyen » (after « Mme »). The \
first « Nous » (Starmer speaking for his country) is the United Kingdom; the second (the spokesman's) is the \
British government he speaks for. « l’accord » is the fisheries arrangement (local); « tout pacte de défense » is \
the proposed pact again; « navires européens » (fused « aux »), « eaux britanniques », « des diplomates », « le \
marché unique », « Brexit », « les pêcheurs français », « l’opposition conservatrice » and « parti » are mentions of \
local entities. « candidat à la direction du parti » is a nominal mention of Cleverly (apposition). « Otan » \
(in « secrétaire général de l’Otan », a position, no mention of Rutte) is NATO. « un programme de mobilité pour \
les jeunes » is a mention (the scheme, theme of the proposal and the rejection). Not mentions: « Les deux \
responsables », « Les deux hommes » (plural), « un communiqué commun » (the medium), « Il » in « Il ne s’agit pas » \
(impersonal), « Europe » in the minister's title (it only gives its name to the office), « notre souveraineté », \
possessives.
Statuses. The plea, the visit, the rise to power, the reception, the pact proposal, the agreement on a summit, the \
rejection, the April proposal, the guarantee of access, the referendum, the talks with Rutte, Rutte's taking office \
and the support for Ukraine are occurred; the reset and the pact (proposed, not agreed) are proposed; turning the \
page (« Nous voulons »), the annual summit, its first meeting (« devrait »), the accord's expiry in 2026 and the \
17 October summit are planned; the linkage (« pourrait ») and the renewal are hypothetical; a plan for youth \
mobility, going back on Brexit, a return to the single market, the acceptance of an « à la carte » relation and \
Starmer's attendance at the summit are negated; the betrayal and the selling off of sovereignty are accusations \
(suspected); the guarantees Haddad demands are proposed.
Times. « mercredi » is the publication day, Wednesday 2 October 2024; « juillet » July 2024; « début 2025 » the \
year 2025; « avril » April 2024; « 2026 » and « 2016 » years; « Dans l’après-midi » the Wednesday afternoon; \
« mardi » Tuesday 1 October 2024 (pluperfect); « 17 octobre » 17 October 2024. Speech acts whose occasion the text \
does not date have no time.
Linked: Ukraine (Q212). Unlinked (not in ids.tsv): Starmer, Brussels, the United Kingdom, the European Union, the \
European Commission, its headquarters, von der Leyen, the pact, the annual summit, the youth mobility scheme, the \
British government, its spokesman, the fisheries accord, European vessels, British waters, the diplomats, Brexit, \
the single market, France, Haddad, French fishermen, London, the Conservative Party, Cleverly, Mark Rutte, NATO."""

UKRAINE = "Q212"
STARMER, BRUSSELS, UK, EU = "local:keir-starmer", "local:brussels", "local:united-kingdom", "local:european-union"
COMMISSION, BERLAYMONT, VDL, PACT = "local:european-commission", "local:commission-headquarters", \
    "local:ursula-von-der-leyen", "local:uk-eu-security-pact"
YOUTH, UK_GOV, SPOKESMAN, FISH_ACCORD = "local:youth-mobility-scheme", "local:uk-government", \
    "local:downing-street-spokesman", "local:fisheries-access-accord"
EU_VESSELS, UK_WATERS, DIPLOMATS, BREXIT = "local:european-vessels", "local:british-waters", "local:diplomats", \
    "local:brexit"
SINGLE_MARKET, FRANCE, HADDAD, FR_FISHERS = "local:eu-single-market", "local:france", "local:benjamin-haddad", \
    "local:french-fishermen"
LONDON, TORIES, CLEVERLY, RUTTE, NATO = "local:london", "local:conservative-party", "local:james-cleverly", \
    "local:mark-rutte", "local:nato"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (STARMER, "Keir Starmer", "Keir Starmer", "person",
     {"description": "Premier ministre du Royaume-Uni, travailliste", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place",
     {"description": "capitale de la Belgique, siège des institutions européennes", "class_qid": "Q5119",
      "unlinked_reason": NOT_VERIFIED}),
    (UK, "Royaume-Uni", "United Kingdom", "country",
     {"description": "aussi désigné par « Londres » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization",
     {"description": "aussi désignée par « les Vingt-Sept », « l’UE » et « Bruxelles » (métonymie)",
      "class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (BERLAYMONT, "siège de la Commission européenne", "European Commission headquarters", "place",
     {"description": "le bâtiment du Berlaymont à Bruxelles", "unlinked_reason": NOT_VERIFIED}),
    (COMMISSION, "Commission européenne", "European Commission", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (PACT, "pacte de sécurité et de défense", "UK–EU security and defence pact", "other",
     {"description": "pacte proposé par Keir Starmer aux Vingt-Sept", "unlinked_reason": NOT_VERIFIED}),
    (YOUTH, "programme de mobilité pour les jeunes", "youth mobility scheme", "other",
     {"description": "proposé par la Commission en avril 2024, écarté par Londres",
      "unlinked_reason": NOT_VERIFIED}),
    (UK_GOV, "gouvernement du Royaume-Uni", "Government of the United Kingdom", "organization",
     {"description": "désigné par « Downing Street » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (SPOKESMAN, "un porte-parole de Downing Street", "a Downing Street spokesman", "person",
     {"description": "porte-parole anonyme", "class_qid": "Q17221",
      "unlinked_reason": "an anonymous person, not one Wikidata item"}),
    (FISH_ACCORD, "accord sur l’accès aux eaux britanniques", "UK–EU fisheries access arrangement", "other",
     {"description": "l’accord qui garantit aux navires européens l’accès aux eaux britanniques jusqu’en 2026",
      "unlinked_reason": NOT_VERIFIED}),
    (EU_VESSELS, "navires européens", "European fishing vessels", "group", {"unlinked_reason": NOT_GROUP}),
    (UK_WATERS, "eaux britanniques", "British waters", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "des diplomates", "diplomats", "group",
     {"description": "diplomates anonymes", "unlinked_reason": NOT_GROUP}),
    (BREXIT, "Brexit", "Brexit", "other",
     {"description": "la sortie du Royaume-Uni de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (SINGLE_MARKET, "marché unique", "European single market", "other", {"unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "désignée par « Paris » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (HADDAD, "Benjamin Haddad", "Benjamin Haddad", "person",
     {"description": "ministre délégué français chargé de l’Europe", "unlinked_reason": NOT_VERIFIED}),
    (FR_FISHERS, "les pêcheurs français", "French fishermen", "group", {"unlinked_reason": NOT_GROUP}),
    (LONDON, "Londres", "London", "place",
     {"description": "capitale du Royaume-Uni", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (TORIES, "Parti conservateur", "Conservative Party", "organization",
     {"description": "désigné par « l’opposition conservatrice » et « parti »", "class_qid": "Q7278",
      "unlinked_reason": NOT_VERIFIED}),
    (CLEVERLY, "James Cleverly", "James Cleverly", "person",
     {"description": "ancien ministre de l’Intérieur britannique, candidat à la direction du Parti conservateur",
      "unlinked_reason": NOT_VERIFIED}),
    (RUTTE, "Mark Rutte", "Mark Rutte", "person",
     {"description": "secrétaire général de l’Otan depuis le 1er octobre 2024", "unlinked_reason": NOT_VERIFIED}),
    (NATO, "Organisation du traité de l’Atlantique nord", "NATO", "organization",
     {"class_qid": "Q1127126", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Premier ministre britannique Keir Starmer a plaidé mercredi à Bruxelles pour une « remise à plat » ...
    ("Keir Starmer", 1, STARMER, "name"),
    ("Bruxelles", "plaidé mercredi à Bruxelles", BRUSSELS, "name"),
    ("Royaume-Uni", None, UK, "name"),
    ("Union européenne", None, EU, "name"),
    # Reçu au siège de la Commission par sa présidente, Ursula von der Leyen, le dirigeant travailliste ...
    ("siège de la Commission", None, BERLAYMONT, "nominal"),
    ("Commission", "siège de la Commission", COMMISSION, "name"),
    ("sa présidente", None, VDL, "nominal"),
    ("Ursula von der Leyen", None, VDL, "name"),
    ("le dirigeant travailliste", None, STARMER, "nominal"),
    ("un pacte de sécurité et de défense", None, PACT, "nominal"),
    ("Vingt-Sept", None, EU, "nominal"),
    # « Nous voulons tourner la page des années de division », a-t-il déclaré.
    ("Nous", "« Nous voulons", UK, "pronoun"),
    ("il", "a-t-il déclaré", STARMER, "pronoun"),
    # Londres a écarté un programme de mobilité pour les jeunes, que Bruxelles avait proposé en avril.
    ("Londres", "Londres a écarté", UK, "metonym"),
    ("un programme de mobilité pour les jeunes", None, YOUTH, "nominal"),
    ("Bruxelles", "que Bruxelles avait", EU, "metonym"),
    # « Nous n’avons aucun projet en ce sens », a insisté un porte-parole de Downing Street.
    ("Nous", "« Nous n’avons", UK_GOV, "pronoun"),
    ("un porte-parole de Downing Street", None, SPOKESMAN, "nominal"),
    ("Downing Street", "porte-parole de Downing Street", UK_GOV, "metonym"),
    # La pêche reste un sujet sensible : l’accord qui garantit aux navires européens l’accès aux eaux ...
    ("l’accord", None, FISH_ACCORD, "nominal"),
    ("navires européens", None, EU_VESSELS, "nominal"),
    ("eaux britanniques", None, UK_WATERS, "nominal"),
    ("UE", None, EU, "name"),
    ("tout pacte de défense", None, PACT, "nominal"),
    ("des diplomates", None, DIPLOMATS, "nominal"),
    # « Il ne s’agit pas de revenir sur le Brexit », a assuré Keir Starmer, qui exclut tout retour ...
    ("Brexit", None, BREXIT, "name"),
    ("Keir Starmer", 2, STARMER, "name"),
    ("le marché unique", None, SINGLE_MARKET, "nominal"),
    # Mme von der Leyen a salué une « volonté sincère », mais a prévenu que Bruxelles n’accepterait pas ...
    ("von der Leyen", "Mme von der Leyen", VDL, "name"),
    ("Bruxelles", "que Bruxelles n’accepterait", EU, "metonym"),
    # Paris s’est félicité d’un pas « encourageant », par la voix du ministre délégué chargé de l’Europe, ...
    ("Paris", None, FRANCE, "metonym"),
    ("ministre délégué chargé de l’Europe", None, HADDAD, "nominal"),
    ("Benjamin Haddad", None, HADDAD, "name"),
    ("les pêcheurs français", None, FR_FISHERS, "nominal"),
    # À Londres, l’opposition conservatrice a dénoncé une « trahison » du référendum de 2016.
    ("Londres", "À Londres", LONDON, "name"),
    ("l’opposition conservatrice", None, TORIES, "nominal"),
    # « Le Premier ministre brade notre souveraineté », a accusé l’ancien ministre de l’Intérieur James ...
    ("Le Premier ministre", "« Le Premier ministre", STARMER, "nominal"),
    ("James Cleverly", None, CLEVERLY, "name"),
    ("candidat à la direction du parti", None, CLEVERLY, "nominal"),
    ("parti", "direction du parti", TORIES, "nominal"),
    # Dans l’après-midi, Keir Starmer s’est entretenu avec Mark Rutte, qui avait pris mardi ses fonctions ...
    ("Keir Starmer", 3, STARMER, "name"),
    ("Mark Rutte", None, RUTTE, "name"),
    ("Otan", None, NATO, "name"),
    # Les deux hommes ont évoqué le soutien à l’Ukraine.
    ("Ukraine", None, UKRAINE, "name"),
    # Le chef du gouvernement britannique ne participera pas au sommet européen prévu le 17 octobre, a ...
    ("Le chef du gouvernement britannique", None, STARMER, "nominal"),
    ("Downing Street", "a précisé Downing Street", UK_GOV, "metonym"),
]

PUB_DAY = "The publication day, Wednesday 2 October 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-10-02", "day", "weekday-publication-day",
     "« a plaidé mercredi à Bruxelles » in an article of Wednesday 2 October 2024: that same day. " + PUB_DAY),
    ("t-july", ("juillet", None), "2024-07", "month", "month-past",
     "« depuis son arrivée au pouvoir en juillet », written in October 2024: July 2024 (no day given)."),
    ("t-early-2025", ("début 2025", None), "2025", "year", "explicit-year",
     "« devrait avoir lieu début 2025 »: the beginning of a written year; no month is fixed, so it stays the "
     "year."),
    ("t-april", ("avril", None), "2024-04", "month", "month-past",
     "Pluperfect « avait proposé en avril », written in October 2024: April 2024."),
    ("t-2026", ("2026", None), "2026", "year", "explicit-year",
     "« expire en 2026 »: a year written out; it stays a year."),
    ("t-2016", ("2016", None), "2016", "year", "explicit-year",
     "« du référendum de 2016 »: a year written out; it stays a year."),
    ("t-afternoon", ("Dans l’après-midi", None), "2024-10-02", "day", "part-of-day",
     "« Dans l’après-midi, Keir Starmer s’est entretenu »: the afternoon of the article's Wednesday, 2 October "
     "2024. " + PUB_DAY),
    ("t-tuesday", ("mardi", None), "2024-10-01", "day", "weekday-past",
     "Pluperfect « qui avait pris mardi ses fonctions »: the Tuesday before Wednesday 2 October 2024: 1 October."),
    ("t-october-17", ("17 octobre", None), "2024-10-17", "day", "day-month-future",
     "« au sommet européen prévu le 17 octobre », written on 2 October 2024: 17 October 2024."),
]

LEDE = ("Le Premier ministre britannique", "en juillet.")
FISH = ("La pêche reste", "selon des diplomates.")

EVENTS: list[dict[str, Any]] = [
    event("e-visit", "Visit", "Keir Starmer's first official visit to Brussels as Prime Minister",
          ("visite", None), [("agent", STARMER)], place=BRUSSELS, time="t-wednesday", evidence=LEDE,
          note="« lors de sa première visite officielle »: the visit the plea belongs to; its place and day are "
               "the lede's « mercredi à Bruxelles »."),
    event("e-reset", "Event", "A reset of relations between the United Kingdom and the European Union",
          ("remise à plat", None), [("participant", UK), ("participant", EU)], status="proposed",
          according_to=[STARMER], evidence=LEDE,
          note="« a plaidé ... pour une « remise à plat » des relations entre le Royaume-Uni et l’Union "
               "européenne »: advocated, not agreed, so proposed."),
    event("e-rise-to-power", "Event", "Keir Starmer came to power in July 2024", ("arrivée", None),
          [("agent", STARMER)], place=UK, time="t-july", evidence=LEDE,
          note="« depuis son arrivée au pouvoir en juillet »: a past event with its month; « depuis X » is "
               "annotated as X. The country is implied (« britannique »)."),
    event("e-reception", "Meeting", "Ursula von der Leyen receives Keir Starmer at the Commission's headquarters",
          ("Reçu", None), [("agent", VDL), ("participant", STARMER)], place=BERLAYMONT, time="t-wednesday",
          part_of="e-visit",
          note="A fronted passive participle with its agent after « par »: the host is the agent, the guest the "
               "participant (as « avait été accueilli ... par » in gold/macron-rabat-2024-10-29). The day is the "
               "visit's Wednesday."),
    event("e-pact-proposal", "Proposal", "Starmer proposes a security and defence pact to the EU",
          ("a proposé", None), [("agent", STARMER), ("recipient", EU), ("theme", PACT)], time="t-wednesday",
          part_of="e-visit",
          note="« a proposé un pacte de sécurité et de défense aux Vingt-Sept »: the offer is made (occurred); "
               "« les Vingt-Sept » is the Union."),
    event("e-pact", "Agreement", "A UK–EU security and defence pact (proposed)", ("pacte", "un pacte de sécurité"),
          [("participant", UK), ("participant", EU), ("theme", PACT)], status="proposed",
          according_to=[STARMER],
          note="The pact itself, offered and not agreed: proposed (as the cosmonaut's flight beside Moscow's "
               "proposal in the bundled article)."),
    event("e-turn-page", "Event", "The United Kingdom wants to turn the page of the years of division",
          ("tourner la page", None), [("agent", UK)], status="planned", according_to=[STARMER],
          note="« Nous voulons tourner la page des années de division »: a stated intention in Starmer's words, "
               "planned; « Nous » is his country."),
    event("e-summit-agreement", "Agreement", "Starmer and von der Leyen agree to hold an annual summit",
          ("sont convenus", None), [("participant", STARMER), ("participant", VDL)], time="t-wednesday",
          according_to=[STARMER, VDL], part_of="e-visit",
          note="« Les deux responsables sont convenus de tenir un sommet annuel »: the plural subject is not a "
               "mention, but the two are the participants; sourced to their joint communiqué."),
    event("e-annual-summit", "Meeting", "An annual UK–EU summit", ("sommet annuel", None),
          [("participant", UK), ("participant", EU)], status="planned", according_to=[STARMER, VDL],
          note="Agreed, to be held every year: planned. The parties are the Union and the United Kingdom, implied "
               "by the paragraph."),
    event("e-first-summit", "Meeting", "The first annual summit expected in early 2025", ("avoir lieu", None),
          [("participant", UK), ("participant", EU)], status="planned", time="t-early-2025",
          according_to=[STARMER, VDL], part_of="e-annual-summit",
          note="« dont le premier devrait avoir lieu début 2025 »: « devrait » states an expectation of a "
               "scheduled meeting, planned (not a condition)."),
    event("e-youth-rejection", "Event", "London rejects a youth mobility scheme", ("a écarté", None),
          [("agent", UK), ("theme", YOUTH)], time="t-wednesday",
          note="« Londres a écarté un programme de mobilité pour les jeunes »: « Londres » is the United Kingdom "
               "(metonym). No weekday of its own; the paragraph follows the Wednesday talks, so it takes that day "
               "(the rejection is the day's news)."),
    event("e-youth-proposal", "Proposal", "Brussels proposed a youth mobility scheme in April", ("avait proposé", None),
          [("agent", EU), ("recipient", UK), ("theme", YOUTH)], time="t-april",
          note="A relative pluperfect, « que Bruxelles avait proposé en avril »: « Bruxelles » is the Union "
               "(metonym); the recipient is the United Kingdom, implied."),
    event("e-youth-plan", "Event", "No British plan for youth mobility", ("projet", None),
          [("agent", UK_GOV), ("theme", YOUTH)], status="negated", according_to=[SPOKESMAN],
          note="« Nous n’avons aucun projet en ce sens »: negated; « en ce sens » is the youth scheme."),
    event("e-fish-access", "Event", "The accord guarantees European vessels access to British waters",
          ("garantit", None), [("agent", FISH_ACCORD), ("recipient", EU_VESSELS)], place=UK_WATERS, evidence=FISH,
          note="« l’accord qui garantit aux navires européens l’accès aux eaux britanniques »: a standing "
               "guarantee stated as fact (occurred), no time; the waters are the place."),
    event("e-accord-expiry", "Event", "The fisheries accord expires in 2026", ("expire", None),
          [("participant", FISH_ACCORD)], status="planned", time="t-2026", evidence=FISH,
          note="A present tense with a future year: scheduled, so planned. An event with only a thing in it gives "
               "it the participant role."),
    event("e-linkage", "Event", "The EU might tie any defence pact to the accord's renewal", ("lier", None),
          [("agent", EU), ("theme", PACT)], status="hypothetical", according_to=[DIPLOMATS], evidence=FISH,
          note="« l’UE pourrait lier tout pacte de défense à son renouvellement »: conditional, hypothetical."),
    event("e-renewal", "Event", "Renewal of the fisheries accord", ("renouvellement", None),
          [("participant", FISH_ACCORD)], status="hypothetical", according_to=[DIPLOMATS], evidence=FISH,
          note="« son renouvellement »: « son » is the accord; a possible renewal, the condition of the "
               "linkage, not scheduled: hypothetical. Only a thing in it, so the participant role."),
    event("e-brexit-reversal", "Event", "No going back on Brexit", ("revenir", None),
          [("agent", UK), ("theme", BREXIT)], status="negated", according_to=[STARMER],
          note="« Il ne s’agit pas de revenir sur le Brexit »: negated; « Il » is impersonal (no mention). The "
               "agent, the United Kingdom, is implied."),
    event("e-single-market-return", "Event", "No return of the UK to the single market", ("retour", None),
          [("agent", UK), ("theme", SINGLE_MARKET)], status="negated", according_to=[STARMER],
          note="« qui exclut tout retour dans le marché unique »: ruled out, negated."),
    event("e-a-la-carte", "Acceptance", "Brussels would not accept an « à la carte » relationship",
          ("accepterait", None), [("agent", EU)], status="negated", according_to=[VDL],
          note="« a prévenu que Bruxelles n’accepterait pas une relation « à la carte » »: a negated conditional "
               "of the future in the past (a refusal in advance), negated; « Bruxelles » is the Union."),
    event("e-guarantees", "Event", "Guarantees for French fishermen (demanded by Haddad)", ("garanties", None),
          [("recipient", FR_FISHERS)], status="proposed", according_to=[HADDAD],
          note="« qui réclame des garanties pour les pêcheurs français »: demanded, not granted, so proposed (as "
               "the Polisario's demanded referendum in gold/macron-rabat-2024-10-29)."),
    event("e-referendum", "Event", "The 2016 Brexit referendum", ("référendum", None), [("participant", UK)],
          place=UK, time="t-2016",
          note="« du référendum de 2016 »: a past event with its year; the country is implied."),
    event("e-betrayal", "Event", "A betrayal of the 2016 referendum (the Conservatives' charge)",
          ("trahison", None), [("agent", STARMER)], status="suspected", according_to=[TORIES],
          note="« a dénoncé une « trahison » du référendum de 2016 »: an accusation, suspected; who betrays is "
               "implied (the Prime Minister, as Cleverly's quote says)."),
    event("e-sell-off", "Event", "The Prime Minister sells off British sovereignty (Cleverly's charge)",
          ("brade", None), [("agent", STARMER)], status="suspected", according_to=[CLEVERLY],
          note="« Le Premier ministre brade notre souveraineté »: an accusation in the speaker's words, "
               "suspected; « notre souveraineté » is no entity."),
    event("e-leadership-bid", "Event", "James Cleverly runs for the Conservative Party leadership",
          ("candidat", None), [("agent", CLEVERLY), ("participant", TORIES)],
          note="« candidat à la direction du parti »: his candidacy, stated as fact, no time."),
    event("e-rutte-talks", "Meeting", "Keir Starmer talks with Mark Rutte on Wednesday afternoon",
          ("s’est entretenu", None), [("participant", STARMER), ("participant", RUTTE)], place=BRUSSELS,
          time="t-afternoon", part_of="e-visit",
          note="« Dans l’après-midi, Keir Starmer s’est entretenu avec Mark Rutte »: the place is not written in "
               "the sentence; it is part of the Brussels visit, so Brussels."),
    event("e-rutte-office", "Event", "Mark Rutte took office as NATO secretary general on Tuesday",
          ("pris", "avait pris mardi"), [("agent", RUTTE), ("participant", NATO)], time="t-tuesday",
          note="« qui avait pris mardi ses fonctions de secrétaire général de l’Otan »: a relative pluperfect; "
               "« mardi » stands between the auxiliary and the participle, so the trigger is the participle."),
    event("e-ukraine-support", "Event", "Support for Ukraine", ("soutien", None), [("recipient", UKRAINE)],
          note="« le soutien à l’Ukraine »: the ongoing support the two men discussed, stated as fact; who gives "
               "it is not written."),
    event("e-eu-summit", "Meeting", "The European summit of 17 October 2024", ("sommet européen", None),
          [("participant", EU)], status="planned", time="t-october-17",
          note="« au sommet européen prévu le 17 octobre »: scheduled, planned."),
    event("e-starmer-absence", "Event", "Starmer will not attend the European summit of 17 October",
          ("participera", None), [("agent", STARMER)], status="negated", time="t-october-17",
          according_to=[UK_GOV],
          note="« ne participera pas au sommet européen prévu le 17 octobre »: a negated future, negated; "
               "sourced after the clause to Downing Street (the British government)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-starmer-plea", "Statement", "Starmer argues in Brussels for a reset of UK–EU relations", STARMER,
           ("a plaidé", None), [("remise à plat", None)], time="t-wednesday", place=BRUSSELS, evidence=LEDE,
           about=["e-reset"],
           note="« a plaidé mercredi à Bruxelles pour une « remise à plat » »: a quoted noun phrase; the city is "
                "the place."),
    speech("s-starmer-turn-page", "Statement", "Starmer: we want to turn the page of the years of division",
           STARMER, ("a-t-il déclaré", None), [("Nous voulons tourner la page des années de division", None)],
           about=["e-turn-page"],
           note="A quote first under an inverted « a-t-il déclaré »; « il » is Starmer. The text gives no occasion "
                "or day for these words, so no time."),
    speech("s-communique-starmer", "Report", "The joint communiqué (Starmer) on the annual summit", STARMER,
           ("selon", "selon un communiqué"), [], about=["e-summit-agreement", "e-annual-summit", "e-first-summit"],
           note="« selon un communiqué commun »: the communiqué is the medium, its authors are the two leaders; "
                "two speech acts (one speaker each) with one trigger, as « Washington et Séoul soupçonnent » in "
                "gold."),
    speech("s-communique-vdl", "Report", "The joint communiqué (von der Leyen) on the annual summit", VDL,
           ("selon", "selon un communiqué"), [], about=["e-summit-agreement", "e-annual-summit", "e-first-summit"],
           note="The second author of the joint communiqué; same trigger as s-communique-starmer."),
    speech("s-spokesman", "Statement", "Downing Street spokesman: no plan for youth mobility", SPOKESMAN,
           ("a insisté", None), [("Nous n’avons aucun projet en ce sens", None)], about=["e-youth-plan"],
           note="A quote first; « Nous » is the government he speaks for. No time."),
    speech("s-diplomats", "Report", "Diplomats say the EU might tie a defence pact to the fisheries accord",
           DIPLOMATS, ("selon", "selon des diplomates"), [], about=["e-linkage", "e-renewal"],
           note="« selon des diplomates »: anonymous, a local group."),
    speech("s-starmer-brexit", "Assurance", "Starmer: no going back on Brexit", STARMER, ("a assuré", None),
           [("Il ne s’agit pas de revenir sur le Brexit", None)], about=["e-brexit-reversal"],
           note="A quote first under « a assuré Keir Starmer »; no time."),
    speech("s-starmer-rules-out", "Statement", "Starmer rules out a return to the single market", STARMER,
           ("exclut", None), [], about=["e-single-market-return"],
           note="« qui exclut tout retour dans le marché unique »: a relative, no quote; the exclusion is said "
                "(occurred), what it excludes is negated."),
    speech("s-vdl-welcome", "Statement", "Von der Leyen welcomes a sincere will", VDL, ("a salué", None),
           [("volonté sincère", None)], about=["s-starmer-plea"],
           note="« Mme von der Leyen a salué une « volonté sincère » »: what she hails is Starmer's stance; a "
                "quoted noun phrase, no mention."),
    speech("s-vdl-warning", "Warning", "Von der Leyen warns Brussels would not accept an à la carte relationship",
           VDL, ("a prévenu", None), [("à la carte", None)], about=["e-a-la-carte"],
           note="« mais a prévenu que Bruxelles n’accepterait pas une relation « à la carte » »: a « que » clause "
                "with a one-phrase quote."),
    speech("s-paris", "Statement", "Paris welcomes an encouraging step", FRANCE, ("s’est félicité", None),
           [("encourageant", None)], about=["s-starmer-plea"],
           note="« Paris s’est félicité d’un pas « encourageant » »: France (metonym) is the first-named speaker, "
                "so it keeps the quote; the minister through whom it speaks has his own speech act."),
    speech("s-haddad-voice", "Statement", "Benjamin Haddad voices France's welcome", HADDAD, ("voix", None), [],
           about=["s-starmer-plea"],
           note="« par la voix du ministre délégué chargé de l’Europe, Benjamin Haddad »: the minister speaks for "
                "Paris; the quote belongs to the first-named speaker (s-paris), as the README says of shared "
                "quotes."),
    speech("s-haddad-demand", "Statement", "Haddad demands guarantees for French fishermen", HADDAD,
           ("réclame", None), [], about=["e-guarantees"],
           note="« qui réclame des garanties pour les pêcheurs français »: a relative present demand, no quote."),
    speech("s-tories", "Statement", "The Conservative opposition denounces a betrayal of the 2016 referendum",
           TORIES, ("a dénoncé", None), [("trahison", None)], place=LONDON, about=["e-betrayal"],
           note="« À Londres, l’opposition conservatrice a dénoncé une « trahison » »: the city is where it speaks; "
                "no weekday, so no time."),
    speech("s-cleverly", "Statement", "James Cleverly: the Prime Minister is selling off our sovereignty", CLEVERLY,
           ("a accusé", None), [("Le Premier ministre brade notre souveraineté", None)], about=["e-sell-off"],
           note="A quote first under « a accusé », with a former title right before the name (part of the name's "
                "phrase) and an apposition after it (a nominal mention)."),
    speech("s-starmer-ukraine", "Statement", "Starmer discusses support for Ukraine with Rutte", STARMER,
           ("ont évoqué", None), [], time="t-afternoon", addressee=RUTTE, about=["e-ukraine-support"],
           note="« Les deux hommes ont évoqué le soutien à l’Ukraine »: a plural subject (no mention), two speech "
                "acts with one trigger; the afternoon of the talks."),
    speech("s-rutte-ukraine", "Statement", "Rutte discusses support for Ukraine with Starmer", RUTTE,
           ("ont évoqué", None), [], time="t-afternoon", addressee=STARMER, about=["e-ukraine-support"],
           note="The second speaker of « ont évoqué »."),
    speech("s-downing-street", "Statement", "Downing Street: Starmer will not attend the 17 October summit",
           UK_GOV, ("a précisé", None), [], about=["e-starmer-absence", "e-eu-summit"],
           note="Indirect speech without guillemets, the reporting clause after it; « Downing Street » is the "
                "British government (metonym)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
