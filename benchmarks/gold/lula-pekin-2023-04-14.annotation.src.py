"""Held-out annotation of lula-pekin-2023-04-14.txt (written for the sixteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/lula-pekin-2023-04-14.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/lula-pekin-2023-04-14.annotation.src.py --check

From held-out set 16 (moved to gold in session 15; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "lula-pekin-2023-04-14.txt"

NOTE = """\
Held-out-16 article: the Brazilian president Luiz Inácio Lula da Silva received in Beijing by Xi Jinping, with whom he \
signs some fifteen agreements, on a state visit postponed at the end of March by a pneumonia; his words before his \
host and Xi's praise; the eve in Shanghai, where he attended Dilma Rousseff's investiture at the head of the New \
Development Bank and pleaded for the BRICS to trade without the dollar; his proposed « club de la paix » to mediate \
between Moscow and Kyiv, which he reportedly discussed with Xi, with no joint initiative announced; Washington's \
irritation (John Kirby on Thursday, the State Department), Beijing's silence; his planned departure for the United \
Arab Emirates on Saturday and Sergei Lavrov's planned visit to Brasilia on Monday, which Kyiv judges « inopportune »; \
published Friday 14 April 2023 (the file gives the day). The visit, the Shanghai investiture, the dollar remark \
(reworded), the peace club, the trip to the Emirates and Lavrov's visit follow the real events loosely; the number of \
agreements, the quotes at the reception, Xi's words, the adviser, the dating and wording of Kirby's criticism (in \
reality of 17 April), the State Department's reminder, Beijing's silence and Kyiv's judgement are invented. What it \
exercises: a passive reception with a role noun and a name in apposition as its subject (« Le président brésilien, \
Luiz Inácio Lula da Silva, a été reçu vendredi à Pékin par Xi Jinping »: a Meeting, Xi the agent, Beijing the city) \
and a relative signing with « avec qui » and a pronoun (« avec qui il a signé une quinzaine d’accords »: an Agreement, \
both leaders agents; the agreements are the signing, not a mention; the domains no mentions); a nominal visit taken up \
by a demonstrative with a relative pluperfect passive and a cause (« Ce voyage, qui avait été reporté fin mars à cause \
d’une pneumonie »: a Visit with no time of its own, a postponement in March 2023, a pneumonia, Lula's by implication) \
and a planned purpose (« doit relancer les liens avec le premier partenaire commercial du Brésil »: a role noun for \
China with Brazil inside); a quote first with a negated future and an infinitive (« Personne n’interdira au Brésil \
d’améliorer ses relations avec la Chine »: the forbidding negated, the improvement planned, according to Lula) and « a \
lancé Lula devant son hôte, selon la présidence brésilienne » (Xi the addressee; the presidency's Report); a praise \
with a dative-like « en lui » and a quoted predicate (« a salué en lui « un vieil ami du peuple chinois » »: the \
predicate no mention, « peuple chinois » a group) sourced after the clause to an agency with a title before its name; \
« La veille » (the eve of the reception, Thursday 13 April) with a fronted city, a pluperfect attendance at a nominal \
investiture with a title before the name (« l’ancienne présidente Dilma Rousseff ») and a relative passive participle \
with an agent (« créée par les Brics »); a plea with « y » and a « que » clause (« Il y avait plaidé pour que les \
Brics commercent sans la monnaie américaine »: a proposed trade with the BRICS the agent, the dollar a local entity \
named by a role noun) and a quote first with « je » and a frequency (« Chaque nuit, je me demande ... », « a-t-il dit \
»: the eve and Shanghai); a proposal with a quoted noun phrase and an apposition (« M. Lula propose de réunir un « \
club de la paix », un groupe de pays neutres qui pourraient servir de médiateurs entre Moscou et Kiev »: a Statement, \
the gathering proposed, the mediation hypothetical, Moscow and Kyiv the states); a conditional talk on a past-tense \
publication-day weekday with an inserted source and a negated announcement (« Il en aurait parlé vendredi avec M. Xi, \
selon un conseiller brésilien, mais aucune initiative commune n’a été annoncée »: a hypothetical speech act, the \
adviser's Report, the initiative negated); a stance of a metonym (« Ces positions irritent Washington »: a SpeechAct \
of the United States about Lula's words, « Ces positions » no mention); a quote split around its reporting clause with \
a sentence end in the split, an accusation and a negated « sans » infinitive with « Il » for Brazil (« Le Brésil \
répète la propagande russe et chinoise, a estimé jeudi John Kirby, porte-parole du Conseil de sécurité nationale \
américain. Il le fait sans regarder les faits. »: one speech act, two quotes); an emphatic « lui » after a body (« Le \
département d’État a, lui, rappelé que Moscou était l’agresseur »: « l’agresseur » a predicate); a negated reaction (« \
Pékin n’a pas réagi à ces critiques », no time); a planned departure on a future weekday with a destination and a \
relative future meeting (« Lula doit quitter la Chine samedi pour les Émirats arabes unis, où il rencontrera le \
président Mohammed ben Zayed »); a planned visit on a future weekday with « quant à lui » and a restating apposition \
judged with a one-word quote (« est quant à lui attendu lundi à Brasilia, une visite que Kiev a jugée « inopportune » \
»).
Places and metonyms. « Pékin » is the city where Lula is received (Q956) and China that does not react (Q148, a \
metonym). « Washington » is the United States (Q30). « Moscou » is Russia twice (Q159) and « Kiev » Ukraine twice \
(Q212), as the parties to mediate between, as the aggressor and as the state that judges. « y » is Shanghai. « \
Brasilia » is the city of Lavrov's visit (local). The signing, Lula's words before his host, Xi's praise and the talk \
on the peace club take Beijing (the reception's place) and its Friday; the attendance, the plea and the dollar quote \
take Shanghai and the eve.
Mentions. « Le président brésilien », « son hôte », « Le numéro un chinois », « le chef de l’État », « un conseiller \
brésilien », « porte-parole du Conseil de sécurité nationale américain » and « Le ministre russe des Affaires \
étrangères » are role nouns (nominal mentions); « le premier partenaire commercial du Brésil » is China and « la \
monnaie américaine » the dollar (nominal). « l’agence Chine nouvelle », « l’ancienne présidente Dilma Rousseff » and « \
le président Mohammed ben Zayed » have a title right before the name: only the name. « M. Lula » and « M. Xi » are \
marked without « M. ». « il », « Il » (Lula; Brazil inside Kirby's quote), « lui » (Lula in « en lui », the State \
Department and Lavrov in the emphatic « a, lui, » and « quant à lui »), « je » inside Lula's quote and « y » are \
pronouns. « club de la paix » (the words inside the guillemets) and « un groupe de pays neutres » are the proposed \
club (a local group). « dollars » inside the quote is the currency (a local entity, as its role noun). Not mentions: « \
une quinzaine d’accords » (the signing), « l’agriculture », « les télécommunications », « la recherche spatiale », « \
Ce voyage » and « une visite » (events), « les liens », « ses relations », « un vieil ami du peuple chinois » (a \
predicate; « peuple chinois » inside is), « tous les pays », « pays neutres », « médiateurs », « aucune initiative \
commune », « Ces positions », « la propagande russe et chinoise », « les faits », « l’agresseur » (a predicate), « ces \
critiques » (speech acts); « Chine » inside « Chine nouvelle » gives its name only.
Statuses. The reception, signing, postponement, pneumonia, attendance, investiture and the NDB's creation are occurred \
in the article's voice; the renewal of ties is planned (« doit relancer »); the forbidding is negated and the \
improvement planned, according to Lula; the dollar-free trade and the gathering of the club are proposed, the \
mediation hypothetical (« pourraient »), according to Lula; the obligation to trade in dollars occurred according to \
Lula; the talk with Xi is a hypothetical speech act (the conditional of unconfirmed news), according to the adviser; \
the joint initiative negated; Brazil's repeating of propaganda suspected (Kirby's accusation) and its not looking at \
the facts negated, according to Kirby; Beijing's reaction is a negated speech act; the departure, the meeting with \
Mohammed bin Zayed and Lavrov's visit are planned.
Times. « vendredi » twice is the publication day, Friday 14 April 2023; « fin mars » March 2023 (the month); « La \
veille » the eve of the reception, Thursday 13 April 2023; « Chaque nuit » a frequency (no value, attached to \
nothing); « jeudi » Thursday 13 April 2023 (weekday-past); « samedi » 15 April and « lundi » 17 April 2023 \
(weekday-future). The visit, the pneumonia, the NDB's creation, the proposal, the irritation, the State Department's \
words, Beijing's silence, the meeting in the Emirates and Kyiv's judgement have no time written.
Luiz Inácio Lula da Silva, Brazil, the Brazilian presidency, the Chinese people, Xinhua, Shanghai, Dilma Rousseff, the \
New Development Bank, the BRICS, the US dollar, the peace club, the Brazilian adviser, John Kirby, the US National \
Security Council, the State Department, the United Arab Emirates, Mohammed bin Zayed and Brasilia are not in ids.tsv: \
local, unlinked. Xi Jinping, Beijing, China, the United States, Russia, Ukraine and Sergei Lavrov are linked."""

LULA, BRAZIL, PRESIDENCY, PEOPLE = "local:lula", "local:brazil", "local:brazilian-presidency", "local:chinese-people"
XI, BEIJING, CHINA, US, RUSSIA, UKRAINE, LAVROV = "Q15031", "Q956", "Q148", "Q30", "Q159", "Q212", "Q58217"
XINHUA, SHANGHAI, ROUSSEFF, NDB, BRICS = "local:xinhua", "local:shanghai", "local:dilma-rousseff", \
    "local:new-development-bank", "local:brics"
DOLLAR, CLUB, ADVISER = "local:us-dollar", "local:peace-club", "local:brazilian-adviser"
KIRBY, NSC, STATE_DEPT = "local:john-kirby", "local:us-national-security-council", "local:us-state-department"
UAE, MBZ, BRASILIA = "local:united-arab-emirates", "local:mohammed-bin-zayed", "local:brasilia"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (LULA, "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "person",
     {"description": "président brésilien", "unlinked_reason": NOT_VERIFIED}),
    (BRAZIL, "Brésil", "Brazil", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence brésilienne", "Presidency of Brazil", "organization",
     {"description": "la présidence de la République du Brésil", "unlinked_reason": NOT_VERIFIED}),
    (PEOPLE, "peuple chinois", "Chinese people", "group",
     {"unlinked_reason": "a people named inside a quoted predicate; not among the verified identifiers"}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "unlinked_reason": NOT_VERIFIED}),
    (SHANGHAI, "Shanghai", "Shanghai", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ROUSSEFF, "Dilma Rousseff", "Dilma Rousseff", "person",
     {"description": "ancienne présidente du Brésil, à la tête de la Nouvelle banque de développement",
      "unlinked_reason": NOT_VERIFIED}),
    (NDB, "Nouvelle banque de développement", "New Development Bank", "organization",
     {"description": "banque créée par les Brics", "unlinked_reason": NOT_VERIFIED}),
    (BRICS, "Brics", "BRICS", "organization",
     {"description": "groupe formé par le Brésil, la Russie, l’Inde, la Chine et l’Afrique du Sud",
      "unlinked_reason": NOT_VERIFIED}),
    (DOLLAR, "dollar américain", "United States dollar", "other",
     {"description": "la monnaie américaine", "unlinked_reason": NOT_VERIFIED}),
    (CLUB, "club de la paix", "peace club", "group",
     {"description": "groupe de pays neutres que Lula propose de réunir pour une médiation entre la Russie et "
                     "l’Ukraine",
      "unlinked_reason": "a proposed group that does not exist; no Wikidata item"}),
    (ADVISER, "conseiller brésilien", "Brazilian adviser", "person",
     {"description": "un conseiller brésilien que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (KIRBY, "John Kirby", "John Kirby", "person",
     {"description": "porte-parole du Conseil de sécurité nationale américain", "unlinked_reason": NOT_VERIFIED}),
    (NSC, "Conseil de sécurité nationale américain", "United States National Security Council", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (UAE, "Émirats arabes unis", "United Arab Emirates", "country", {"unlinked_reason": NOT_VERIFIED}),
    (MBZ, "Mohammed ben Zayed", "Mohamed bin Zayed Al Nahyan", "person",
     {"description": "président des Émirats arabes unis", "unlinked_reason": NOT_VERIFIED}),
    (BRASILIA, "Brasilia", "Brasília", "place", {"unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {XI: "président chinois", LAVROV: "ministre russe des Affaires étrangères"}

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président brésilien, Luiz Inácio Lula da Silva, a été reçu vendredi à Pékin par Xi Jinping, avec qui il ...
    ("Le président brésilien", None, LULA, "nominal"),
    ("Luiz Inácio Lula da Silva", None, LULA, "name"),
    ("Pékin", "vendredi à Pékin", BEIJING, "name"),
    ("Xi Jinping", None, XI, "name"),
    ("il", "avec qui il a signé", LULA, "pronoun"),
    # Ce voyage, qui avait été reporté fin mars ..., doit relancer les liens avec le premier partenaire ...
    ("le premier partenaire commercial du Brésil", None, CHINA, "nominal"),
    ("Brésil", "partenaire commercial du Brésil", BRAZIL, "name"),
    # « Personne n’interdira au Brésil ... », a lancé Lula devant son hôte, selon la présidence brésilienne.
    ("Brésil", "interdira au Brésil", BRAZIL, "name"),
    ("Chine", "relations avec la Chine", CHINA, "name"),
    ("Lula", "a lancé Lula", LULA, "name"),
    ("son hôte", None, XI, "nominal"),
    ("la présidence brésilienne", None, PRESIDENCY, "nominal"),
    # Le numéro un chinois a salué en lui « un vieil ami du peuple chinois », a rapporté l’agence Chine nouvelle.
    ("Le numéro un chinois", None, XI, "nominal"),
    ("lui", "salué en lui", LULA, "pronoun"),
    ("peuple chinois", None, PEOPLE, "nominal"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # La veille, à Shanghai, le chef de l’État avait assisté à l’investiture de l’ancienne présidente Dilma ...
    ("Shanghai", None, SHANGHAI, "name"),
    ("le chef de l’État", None, LULA, "nominal"),
    ("Dilma Rousseff", None, ROUSSEFF, "name"),
    ("Nouvelle banque de développement", None, NDB, "name"),
    ("Brics", "créée par les Brics", BRICS, "name"),
    # Il y avait plaidé pour que les Brics commercent sans la monnaie américaine.
    ("Il", "Il y avait plaidé", LULA, "pronoun"),
    ("y", "Il y avait plaidé", SHANGHAI, "pronoun"),
    ("Brics", "que les Brics commercent", BRICS, "name"),
    ("la monnaie américaine", None, DOLLAR, "nominal"),
    # « Chaque nuit, je me demande pourquoi tous les pays sont obligés de commercer en dollars », a-t-il dit.
    ("je", "je me demande", LULA, "pronoun"),
    ("dollars", None, DOLLAR, "name"),
    ("il", "a-t-il dit", LULA, "pronoun"),
    # Sur l’Ukraine, M. Lula propose de réunir un « club de la paix », un groupe de pays neutres ...
    ("Ukraine", "Sur l’Ukraine", UKRAINE, "name"),
    ("Lula", "M. Lula propose", LULA, "name"),
    ("club de la paix", None, CLUB, "nominal"),
    ("un groupe de pays neutres", None, CLUB, "nominal"),
    ("Moscou", "entre Moscou et Kiev", RUSSIA, "metonym"),
    ("Kiev", "entre Moscou et Kiev", UKRAINE, "metonym"),
    # Il en aurait parlé vendredi avec M. Xi, selon un conseiller brésilien, mais aucune initiative ...
    ("Il", "Il en aurait parlé", LULA, "pronoun"),
    ("Xi", "avec M. Xi", XI, "name"),
    ("un conseiller brésilien", None, ADVISER, "nominal"),
    # Ces positions irritent Washington. « Le Brésil répète ..., a estimé jeudi John Kirby, porte-parole ... Il ... »
    ("Washington", None, US, "metonym"),
    ("Brésil", "Le Brésil répète", BRAZIL, "name"),
    ("John Kirby", None, KIRBY, "name"),
    ("porte-parole du Conseil de sécurité nationale américain", None, KIRBY, "nominal"),
    ("Conseil de sécurité nationale américain", None, NSC, "name"),
    ("Il", "Il le fait", BRAZIL, "pronoun"),
    # Le département d’État a, lui, rappelé que Moscou était l’agresseur. Pékin n’a pas réagi à ces critiques.
    ("département d’État", None, STATE_DEPT, "name"),
    ("lui", "a, lui, rappelé", STATE_DEPT, "pronoun"),
    ("Moscou", "que Moscou était", RUSSIA, "metonym"),
    ("Pékin", "Pékin n’a pas réagi", CHINA, "metonym"),
    # Lula doit quitter la Chine samedi pour les Émirats arabes unis, où il rencontrera le président Mohammed ...
    ("Lula", "Lula doit quitter", LULA, "name"),
    ("Chine", "quitter la Chine", CHINA, "name"),
    ("Émirats arabes unis", None, UAE, "name"),
    ("il", "où il rencontrera", LULA, "pronoun"),
    ("Mohammed ben Zayed", None, MBZ, "name"),
    # Le ministre russe des Affaires étrangères, Sergueï Lavrov, est quant à lui attendu lundi à Brasilia, ...
    ("Le ministre russe des Affaires étrangères", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("lui", "quant à lui", LAVROV, "pronoun"),
    ("Brasilia", None, BRASILIA, "name"),
    ("Kiev", "que Kiev a jugée", UKRAINE, "metonym"),
]

PUB_DAY = "The publication day, Friday 14 April 2023 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", "reçu vendredi"), "2023-04-14", "day", "weekday-publication-day",
     "« a été reçu vendredi à Pékin »: " + PUB_DAY),
    ("t-end-march", ("fin mars", None), "2023-03", "month", "month-past",
     "Pluperfect « avait été reporté fin mars », written in April 2023: the end of March 2023; the finest "
     "precision that is true is the month."),
    ("t-eve", ("La veille", None), "2023-04-13", "day", "eve-of-event",
     "The day before the reception of the lede (Friday 14 April), which the pluperfect « avait assisté » goes back "
     "from: Thursday 13 April 2023 (here also the eve of publication)."),
    ("t-every-night", ("Chaque nuit", None), None, "vague", "recurrence",
     "« Chaque nuit, je me demande »: a frequency inside Lula's quote, not a date; no value, attached to nothing."),
    ("t-friday-2", ("vendredi", "parlé vendredi"), "2023-04-14", "day", "weekday-publication-day",
     "« Il en aurait parlé vendredi avec M. Xi »: the past tense and the reception's day. " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2023-04-13", "day", "weekday-past",
     "« a estimé jeudi John Kirby »: the Thursday before the publication day: 13 April 2023."),
    ("t-saturday", ("samedi", None), "2023-04-15", "day", "weekday-future",
     "Future « Lula doit quitter la Chine samedi »: the Saturday after the publication day: 15 April 2023."),
    ("t-monday", ("lundi", None), "2023-04-17", "day", "weekday-future",
     "« est quant à lui attendu lundi à Brasilia »: the Monday after the publication day: 17 April 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Xi Jinping receives Lula in Beijing on Friday", ("a été reçu", None),
          [("agent", XI), ("participant", LULA)], place=BEIJING, time="t-friday", part_of="e-state-visit",
          note="A passive reception with its agent in « par » (as in blinken-pekin-2024-04-26): the host is the "
               "agent, the guest a participant; the subject is a role noun and a name in apposition."),
    event("e-signing", "Agreement", "Lula and Xi Jinping sign some fifteen agreements", ("a signé", None),
          [("agent", LULA), ("agent", XI)], place=BEIJING, time="t-friday", part_of="e-state-visit",
          note="« avec qui il a signé une quinzaine d’accords »: « qui » is Xi, « il » Lula; both signatories are "
               "agents (as the two signatories in gold). « une quinzaine d’accords » is the signing's object, not a "
               "mention; the domains (agriculture, telecommunications, space research) are no entities. The "
               "reception's day and city."),
    event("e-state-visit", "Visit", "Lula's state visit to China", ("voyage", None), [("agent", LULA)],
          place=CHINA,
          note="« Ce voyage » takes up the visit of the lede; the destination, China, is implied by the paragraph "
               "(the first trading partner of Brazil, Beijing, the eve in Shanghai). It has no time of its own."),
    event("e-postponement", "Event", "The trip had been postponed at the end of March", ("reporté", None),
          [("participant", LULA)], time="t-end-march",
          note="« qui avait été reporté fin mars »: a relative pluperfect passive with no agent written; the trip "
               "postponed is Lula's (his visit is an event, so it cannot be a theme: he is the participant)."),
    event("e-pneumonia", "Event", "Lula's pneumonia", ("pneumonie", None), [("participant", LULA)],
          note="« à cause d’une pneumonie »: the cause of the postponement; whose it is is implied (Lula's), and it "
               "has no time of its own."),
    event("e-revive-ties", "Event", "The trip is to revive ties between Brazil and China", ("relancer", None),
          [("participant", BRAZIL), ("participant", CHINA)], status="planned",
          note="« doit relancer les liens avec le premier partenaire commercial du Brésil »: the purpose of the "
               "trip, planned, in the article's voice; « le premier partenaire commercial du Brésil » is China."),
    event("e-no-ban", "Event", "Nobody will forbid Brazil to improve its relations with China",
          ("interdira", None), [("recipient", BRAZIL)], status="negated", according_to=[LULA],
          note="« Personne n’interdira au Brésil »: a negated future inside Lula's quote; « Personne » is no agent."),
    event("e-improve-relations", "Event", "Brazil to improve its relations with China", ("améliorer", None),
          [("agent", BRAZIL), ("participant", CHINA)], status="planned", according_to=[LULA],
          note="« d’améliorer ses relations avec la Chine »: what Brazil means to do and nobody will forbid: "
               "planned, according to Lula."),
    event("e-attendance", "Event", "Lula attended Dilma Rousseff's investiture in Shanghai the day before",
          ("avait assisté", None), [("participant", LULA)], place=SHANGHAI, time="t-eve", part_of="e-investiture",
          note="« La veille, à Shanghai, le chef de l’État avait assisté à l’investiture »: as Kim's attendance at "
               "the launch in gold, part of the event attended."),
    event("e-investiture", "Event", "Dilma Rousseff invested at the head of the New Development Bank",
          ("investiture", None), [("recipient", ROUSSEFF), ("participant", NDB)], place=SHANGHAI, time="t-eve",
          note="« l’investiture de l’ancienne présidente Dilma Rousseff à la tête de la Nouvelle banque de "
               "développement »: she takes the post (recipient, as an appointment in the bundled article); the bank "
               "is the body she heads. « l’ancienne présidente » is a title before the name."),
    event("e-ndb-creation", "Event", "The BRICS created the New Development Bank", ("créée", None),
          [("agent", BRICS), ("theme", NDB)],
          note="« créée par les Brics »: a relative passive participle with its agent; no time written."),
    event("e-dollar-free-trade", "Event", "The BRICS to trade without the US dollar (Lula's plea)",
          ("commercent", None), [("agent", BRICS)], status="proposed", according_to=[LULA],
          note="« Il y avait plaidé pour que les Brics commercent sans la monnaie américaine »: what he pleads for, "
               "proposed. The dollar, which the trade is to do without, has no role; « la monnaie américaine » is a "
               "role noun for it (a nominal mention)."),
    event("e-dollar-trade", "Event", "All countries are obliged to trade in dollars", ("commercer", None),
          [("participant", DOLLAR)], according_to=[LULA],
          note="« pourquoi tous les pays sont obligés de commercer en dollars »: a state of affairs Lula takes for "
               "granted inside his quote (occurred, according to him); « tous les pays » is generic, no entity, so "
               "the currency the trade is done in is the only role (a participant, as things that take part in gold)."),
    event("e-club-gathering", "Event", "Lula proposes to gather a « peace club » of neutral countries",
          ("réunir", None), [("agent", LULA), ("theme", CLUB)], status="proposed", according_to=[LULA],
          note="« M. Lula propose de réunir un « club de la paix » »: proposed; the club (a local group) is what he "
               "would gather. « propose » is the speech act that carries the guillemets (s-lula-club)."),
    event("e-mediation", "Event", "The club could mediate between Russia and Ukraine", ("servir de médiateurs", None),
          [("agent", CLUB), ("participant", RUSSIA), ("participant", UKRAINE)], status="hypothetical",
          according_to=[LULA],
          note="« qui pourraient servir de médiateurs entre Moscou et Kiev »: conditional, hypothetical; « Moscou » "
               "and « Kiev » are the states; « médiateurs » is a predicate."),
    event("e-joint-initiative", "Event", "No joint initiative of Lula and Xi has been announced", ("initiative", None),
          [("participant", LULA), ("participant", XI)], status="negated",
          note="« mais aucune initiative commune n’a été annoncée »: nothing announced, in the article's own voice: "
               "negated, as « Aucune date n’a été fixée pour un nouveau sommet » in gold; « commune » is Lula's and "
               "Xi's. No time."),
    event("e-propaganda", "Event", "Brazil repeats Russian and Chinese propaganda (Kirby's accusation)",
          ("répète", None), [("agent", BRAZIL)], status="suspected", according_to=[KIRBY],
          note="« Le Brésil répète la propagande russe et chinoise »: an accusation inside Kirby's quote, suspected; "
               "« la propagande russe et chinoise » is no entity (adjectives)."),
    event("e-no-facts", "Event", "Brazil does not look at the facts (Kirby)", ("regarder", None),
          [("agent", BRAZIL)], status="negated", according_to=[KIRBY],
          note="« Il le fait sans regarder les faits »: a negated infinitive inside the second part of the quote, "
               "according to Kirby; « Il » is Brazil, « le » the repeating (not annotated)."),
    event("e-departure", "Event", "Lula is to leave China for the United Arab Emirates on Saturday",
          ("doit quitter", None), [("agent", LULA)], status="planned", place=CHINA, time="t-saturday",
          part_of="e-state-visit",
          note="« Lula doit quitter la Chine samedi pour les Émirats arabes unis »: planned; the place left is the "
               "place (as « a quitté mardi Hanoï pour la Malaisie » in gold); the Emirates are where the next "
               "meeting is (e-mbz-meeting)."),
    event("e-mbz-meeting", "Meeting", "Lula is to meet Mohammed bin Zayed in the Emirates", ("rencontrera", None),
          [("participant", LULA), ("participant", MBZ)], status="planned", place=UAE,
          note="« où il rencontrera le président Mohammed ben Zayed »: « où » is the Emirates; a title before the "
               "name. The day is not written (Saturday or after): no time."),
    event("e-lavrov-visit", "Visit", "Sergei Lavrov is expected in Brasilia on Monday", ("attendu", None),
          [("agent", LAVROV)], status="planned", place=BRASILIA, time="t-monday",
          note="« est quant à lui attendu lundi à Brasilia »: a planned visit (as « attendu mardi prochain à Pékin » "
               "in gold); « une visite » in apposition restates it (not a mention)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-lula-nobody", "Statement", "Lula: nobody will forbid Brazil to improve its relations with China", LULA,
           ("a lancé", None), [("Personne n’interdira au Brésil d’améliorer ses relations avec la Chine", None)],
           addressee=XI, time="t-friday", place=BEIJING, according_to=[PRESIDENCY],
           about=["e-no-ban", "e-improve-relations"],
           note="A quote first; « devant son hôte » is Xi, so the words were said at the reception and take its "
                "Friday and Beijing (as « à son visiteur » in gold); the presidency reports them (« selon »)."),
    speech("s-presidency", "Report", "The Brazilian presidency reports Lula's words", PRESIDENCY,
           ("selon", "selon la présidence"), [], about=["s-lula-nobody"]),
    speech("s-xi-old-friend", "Statement", "Xi hails Lula as « an old friend of the Chinese people »", XI,
           ("a salué", None), [("un vieil ami du peuple chinois", None)], time="t-friday", place=BEIJING,
           according_to=[XINHUA],
           note="« a salué en lui »: « lui » is Lula, of whom the praise is said (no addressee written: « en lui » "
                "is not « à lui »). The same occasion as the quote before (his guest in front of him): the "
                "reception's Friday and Beijing. The quote is a predicate, no event."),
    speech("s-xinhua", "Report", "Xinhua reports Xi's praise", XINHUA, ("a rapporté", None), [],
           about=["s-xi-old-friend"],
           note="« a rapporté l’agence Chine nouvelle »: a title before the name."),
    speech("s-lula-plea", "Statement", "Lula pleaded in Shanghai for trade freed from the dollar", LULA,
           ("avait plaidé", None), [], time="t-eve", place=SHANGHAI, about=["e-dollar-free-trade"],
           note="« Il y avait plaidé »: « y » is Shanghai, the pluperfect and the paragraph give the eve."),
    speech("s-lula-dollar", "Statement", "Lula: every night I ask myself why all countries must trade in dollars",
           LULA, ("a-t-il dit", None),
           [("Chaque nuit, je me demande pourquoi tous les pays sont obligés de commercer en dollars", None)],
           time="t-eve", place=SHANGHAI, about=["e-dollar-trade"],
           note="A quote first with « a-t-il dit »: the same occasion as the plea it illustrates (Shanghai, the "
                "eve). « Chaque nuit » is a frequency inside the quote, not the time of the speech act."),
    speech("s-lula-club", "Statement", "Lula proposes a « peace club » to mediate between Moscow and Kyiv", LULA,
           ("propose", None), [("club de la paix", None)], about=["e-club-gathering", "e-mediation"],
           note="« M. Lula propose de réunir un « club de la paix » »: the guillemets need a speech act, and « "
                "propose » is its verb (a proposal with a quote is a Statement; without guillemets gold makes it a "
                "Proposal event). A present with no weekday: no time."),
    speech("s-lula-xi-talk", "SpeechAct", "Lula reportedly discussed the club with Xi on Friday", LULA,
           ("aurait parlé", None), [], status="hypothetical", addressee=XI, time="t-friday-2", place=BEIJING,
           according_to=[ADVISER], about=["e-club-gathering"],
           note="« Il en aurait parlé vendredi avec M. Xi »: the conditional of unconfirmed news, hypothetical (as « "
                "le Trésor américain préparerait » in gold), according to the adviser; « en » is the club (not "
                "annotated). Beijing is implied by the reception of the same Friday."),
    speech("s-adviser", "Report", "A Brazilian adviser reports the talk on the club", ADVISER,
           ("selon", "selon un conseiller"), [], about=["s-lula-xi-talk"]),
    speech("s-us-irritation", "SpeechAct", "Lula's positions irritate Washington", US, ("irritent", None), [],
           about=["s-lula-plea", "s-lula-dollar", "s-lula-club"],
           note="« Ces positions irritent Washington »: a stance the article gives to the United States (as « "
                "Washington en est persuadée » in the bundled article); « Ces positions » restates Lula's words "
                "(speech acts, not a mention)."),
    speech("s-kirby", "Statement", "John Kirby: Brazil repeats Russian and Chinese propaganda", KIRBY,
           ("a estimé", None),
           [("Le Brésil répète la propagande russe et chinoise", None), ("Il le fait sans regarder les faits.", None)],
           evidence=("« Le Brésil répète", "les faits. »"), time="t-thursday", about=["e-propaganda", "e-no-facts"],
           note="One quote split around « a estimé jeudi John Kirby, porte-parole du ... américain. » with a sentence "
                "end in the split: one speech act, two quotes (the second keeps its full stop), as in gold. « "
                "porte-parole du Conseil de sécurité nationale américain » is a role noun in apposition; « Il » "
                "inside the quote is Brazil. No place written."),
    speech("s-state-dept", "Statement", "The State Department recalls that Moscow is the aggressor", STATE_DEPT,
           ("rappelé", None), [],
           note="« Le département d’État a, lui, rappelé que Moscou était l’agresseur »: an emphatic « lui » inside "
                "the verb; « l’agresseur » is a predicate about Russia (the war is not named), so the speech act is "
                "about no event. No time."),
    speech("s-china-no-reaction", "SpeechAct", "Beijing has not reacted to the criticism", CHINA,
           ("n’a pas réagi", None), [], status="negated", about=["s-kirby", "s-state-dept"],
           note="« Pékin n’a pas réagi à ces critiques »: a negated speech act (as « n’a pas réagi » in gold), China "
                "a metonym; « ces critiques » restates the American words. No « dans l’immédiat »: no time."),
    speech("s-kyiv", "Statement", "Kyiv judges Lavrov's visit « inopportune »", UKRAINE, ("a jugée", None),
           [("inopportune", None)], about=["e-lavrov-visit"],
           note="« une visite que Kiev a jugée « inopportune » »: a relative on the apposition that restates the "
                "visit; « Kiev » is Ukraine. No time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
