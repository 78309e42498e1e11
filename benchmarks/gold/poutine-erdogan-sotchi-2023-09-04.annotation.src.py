"""Held-out annotation of poutine-erdogan-sotchi-2023-09-04.txt (written for the fifteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/poutine-erdogan-sotchi-2023-09-04.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/poutine-erdogan-sotchi-2023-09-04.annotation.src.py --check

From held-out set 15 (moved to gold in session 14; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "poutine-erdogan-sotchi-2023-09-04.txt"

NOTE = """\
Held-out-15 article: Recep Tayyip Erdogan meets Vladimir Putin in Sochi on the publication day, Monday 4 September \
2023 (the file gives the day), to try to revive the Black Sea grain deal Russia left in mid-July; Putin's condition \
(the lifting of the restrictions on Russian farm exports, the reconnection of Rosselkhozbank to Swift) and his plan to \
send a million tonnes of Russian grain to Turkey for processing and shipment to the poorest African countries, \
financed by Qatar; Erdogan's plea; no agreement; Kyiv's rejection and Dmytro Kuleba's jibe after a night drone attack \
on Izmail; the UN spokesman's assurance, Guterres's unanswered proposals and a possible Guterres–Erdogan meeting at \
the G20 on Saturday. The facts are partly invented (the figures, the quotes, the wording of the proposals and the \
Saturday meeting). What it exercises: a meeting on the publication day with a role noun and a name in apposition as \
subject and the place followed by a sea in apposition (« a rencontré lundi Vladimir Poutine à Sotchi, sur la mer Noire \
»: the sea a mention with no role) and a purpose of attempt (« pour tenter de ressusciter l’accord céréalier »: \
planned, the aim of its subject, as « espère relancer » in gold) with a relative pluperfect withdrawal by a metonym \
and a mid-month (« que Moscou avait dénoncé à la mi-juillet »: « dénoncer » an agreement is to leave it, an event, not \
a speech act; July 2023); a quote first with « Nous » for Russia, a future under a temporal condition (« Nous \
reviendrons à l’accord dès que les restrictions ... seront levées »: the return and the lifting hypothetical, the \
restrictions an existing Sanction according to Putin), reported by a role noun with the institution inside (« le chef \
du Kremlin », « Kremlin » a metonym) and an occasion that restates the meeting and a duration (« à l’issue de près de \
trois heures d’entretiens »: the words take the meeting's day and place; the duration attached to nothing); a demand \
by a metonym in a subjunctive clause (« Moscou exige notamment que la banque Rosselkhozbank soit reconnectée au réseau \
international Swift »: a Statement of Russia without a quote, the reconnection proposed; titles before the names); a \
nominal project announced by a role noun (« a en revanche évoqué un projet d’envoi d’un million de tonnes de céréales \
russes vers la Turquie »: a planned Delivery, Russia the sender from the adjective), a relative conditional with a \
pronoun for the grain and an infinitive sharing the conditional (« où elles seraient transformées avant d’être \
acheminées vers les pays africains les plus pauvres »: both hypothetical); a quote first with an inverted pronoun (« \
a-t-il affirmé ») whose « est prêt à financer » is planned (as « prêt à élargir » in gold) and whose « cette opération \
» restates the project, then a negated infinitive clause (« sans en préciser le montant »: a negated speech act, as « \
sans en chiffrer le coût »); a pluperfect promise by a pronoun with « fin juillet » and a nominal summit with a \
hyphenated two-name title in a city (« lors d’un sommet Russie-Afrique à Saint-Pétersbourg »: Russia and Africa \
mentions inside, as « Russie-RPDC » in the bundled article) and a planned Delivery to a group taken up by a \
description of the continent (« six pays du continent »); a role noun with a possessive for the guest (« Son invité ») \
and a quote split around its reporting clause with a sentence end inside the split (« « Le corridor ... fermé, a \
insisté M. Erdogan. Le monde entier, et d’abord l’Afrique, en paie le prix. » »: one speech act, two quotes; a state \
and a judgement, no event); a possessive role noun and a name in apposition with a pluperfect preparatory meeting on a \
past weekday in Moscow, the city (« Son ministre des Affaires étrangères, Hakan Fidan, avait préparé la rencontre \
jeudi à Moscou avec Sergueï Lavrov »: « la rencontre » restates the Sochi meeting, not a mention); a negated agreement \
with a plural subject (« Les deux dirigeants n’ont toutefois conclu aucun accord »: not a mention); a rejection by a \
metonym of a hypothetical arrangement (« Kiev a aussitôt rejeté tout arrangement conclu dans son dos »); a quote after \
a colon with its role noun and name before the verb and a medium (« a ironisé sur Telegram : « ... » »), whose « parle \
de céréales » restates the meeting and « ses drones frappent nos ports » is an ongoing campaign according to Kuleba; a \
night that is the publication day (« Dans la nuit de dimanche à lundi ») with a nominal attack by things with a \
nationality adjective and a damage it causes (« une attaque de drones russes a endommagé des installations portuaires \
d’Izmaïl, sur le Danube »: Russia the agent, the drones a participant, the installations the recipient, Izmail the \
place) sourced after the clause (« selon les autorités régionales »); « À New York » (the place of the words) with a \
spokesman in apposition, an assurance with a quoted participle and a nominal resumption (« restaient « pleinement \
engagées » en faveur d’une reprise des exportations ukrainiennes »: proposed, Ukraine the exporter from the \
adjective); a role noun and a name in apposition with a pluperfect Proposal to a metonym « le mois dernier » (August \
2023) and a participle of non-response (« restées sans réponse »: a negated speech act of Russia, as « Aucune réaction \
n’était venue de Pyongyang » in gold); a conditional meeting on a future weekday « en marge du sommet du G20 à New \
Delhi » (the summit a nominal planned Meeting with no time of its own, as the APEC summit in gold).
Places and metonyms. « Moscou » is Russia where it had left the deal, demands and is sent proposals (Q159, metonym) \
and the city where Fidan met Lavrov (Q649); « Kiev » is Ukraine as the one who rejects (Q212, metonym); « Sotchi » is \
the city, the place of the meeting (Q39420), also inside Kuleba's quote; « Kremlin » inside « le chef du Kremlin » is \
the institution (Q2060629), as in gold; « mer Noire » (Q166) after « Sotchi, sur » and inside « Le corridor de la mer \
Noire » (the corridor is located in the sea, not named after it alone: a mention, as « Dniepr » in « rive gauche du \
Dniepr »); « Turquie » is the recipient of the shipment and the place of the processing; « à New York » places \
Dujarric's words (the city, local); « à New Delhi » is the summit's and the conditional meeting's place (the city, \
local).
Mentions. « Le président turc », « Son invité » (Erdogan), « le chef du Kremlin », « Le président russe » (Putin), « \
Son ministre des Affaires étrangères » (Fidan), « Le chef de la diplomatie ukrainienne » (Kuleba; « la diplomatie \
ukrainienne » inside a title is not a mention, as in gold), « le porte-parole de l’ONU » (Dujarric, with « ONU » \
inside) and « Le secrétaire général » (Guterres, a role noun in apposition before the name) are nominal mentions; « \
Nous » in Putin's quote is Russia; « il » in « a-t-il affirmé », « Il avait déjà promis » (Putin) and « Il pourrait » \
(Guterres) are pronouns; « elles » is the grain. « l’accord céréalier » (its relative clause left out: the definite \
noun phrase identifies the deal alone) and « l’accord » in Putin's quote are the grain deal, a local object as in \
gold/drones-novorossiisk-2023-08-04. Things and groups events take are mentions: « un million de tonnes de céréales \
russes », « les pays africains les plus pauvres », « six pays du continent » (with « continent », Africa, inside), « \
ses drones » and « nos ports » (in Kuleba's quote), « drones russes » (the attack's drones: the text does not say they \
are the drones of the quote), « des installations portuaires d’Izmaïl » (with « Izmaïl » inside), « les autorités \
régionales ». Titles before names: only « Rosselkhozbank » and « Swift » are marked. Not mentions: « Les deux \
dirigeants », « Le monde entier » (generic), « nos » in « nos exportations agricoles » and in « nos ports » \
(possessives), « son dos », « en » (the clitic of « en paie »), « cette opération », « la rencontre », « entretiens », \
« aucun accord », « tout arrangement » (events), « des propositions concrètes » (documents, as « les résolutions » in \
gold), « nos exportations agricoles » and « exportations ukrainiennes » (a topic and an event).
Statuses. The revival (Erdogan's aim), the shipment to Turkey (a project Russia announces for its own grain), Qatar's \
financing (« est prêt à »), the free deliveries Putin promised and the G20 summit are planned; the return to the deal \
and the lifting of the restrictions (a future under « dès que »), the processing and the shipment to Africa (« \
seraient ... avant d’être »), the arrangement Kyiv rejects (« tout arrangement ») and the Guterres–Erdogan meeting (« \
pourrait ») are hypothetical; the Swift reconnection Moscow demands and the resumption of exports the UN is committed \
to are proposed; the agreement the leaders did not conclude is negated, part of the meeting. The restrictions are an \
occurred Sanction according to Putin, the port strikes occurred according to Kuleba, the Izmail attack and its damage \
according to the regional authorities.
Times. « lundi » (the meeting) is the publication day, Monday 4 September 2023; « Dans la nuit de dimanche à lundi » \
is the Monday too (the attack is after midnight, as « dans la nuit de mardi à mercredi » in gold); « à la mi-juillet » \
and « fin juillet » are July 2023 (month); « jeudi » (pluperfect) is Thursday 31 August 2023; « le mois dernier » is \
August 2023; « samedi » (conditional future) is Saturday 9 September 2023; « près de trois heures » is a duration \
attached to nothing. Putin's first quote takes the meeting's Monday and Sochi through « à l’issue de ... entretiens »; \
his other words, Moscow's demand, Kyiv's rejection, Kuleba's post and Dujarric's words have no weekday of their own: \
no time. « aussitôt » and « déjà » are not times.
Recep Tayyip Erdogan, the grain deal, Rosselkhozbank, Swift, the Russian grain, Turkey, the poorest African countries, \
Qatar, Saint Petersburg, Africa, the six countries, the corridor, Hakan Fidan, Dmytro Kuleba, Telegram, the drones \
(two sets), the Ukrainian ports, the Izmail port installations, Izmail, the Danube, the regional authorities, New \
York, Stéphane Dujarric, the G20 and New Delhi are not in ids.tsv: local, unlinked."""

ERDOGAN, PUTIN, LAVROV, GUTERRES = "local:recep-tayyip-erdogan", "Q7747", "Q58217", "Q311440"
RUSSIA, UKRAINE, SOCHI, MOSCOW, BLACK_SEA = "Q159", "Q212", "Q39420", "Q649", "Q166"
KREMLIN, UN = "Q2060629", "Q1065"
GRAIN_DEAL, ROSSEL, SWIFT = "local:black-sea-grain-deal", "local:rosselkhozbank", "local:swift"
GRAIN, TURKEY, POOREST = "local:russian-grain-for-africa", "local:turkey", "local:poorest-african-countries"
QATAR, SPB, AFRICA, SIX = "local:qatar", "local:saint-petersburg", "local:africa", "local:six-african-countries"
CORRIDOR, FIDAN, KULEBA, TELEGRAM = "local:black-sea-grain-corridor", "local:hakan-fidan", "local:dmytro-kuleba", \
    "local:telegram"
DRONES, UA_PORTS, IZ_DRONES = "local:russian-drones-striking-ports", "local:ukrainian-ports", \
    "local:izmail-attack-drones"
FACILITIES, IZMAIL, DANUBE, REG_AUTH = "local:izmail-port-facilities", "local:izmail", "local:danube", \
    "local:ukrainian-regional-authorities"
NEW_YORK, DUJARRIC, G20, NEW_DELHI = "local:new-york", "local:stephane-dujarric", "local:g20", "local:new-delhi"

DESCRIPTIONS = {
    GUTERRES: "secrétaire général de l’ONU",
    KREMLIN: "l’institution que désigne « le Kremlin » dans « le chef du Kremlin »",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ERDOGAN, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "person",
     {"description": "président de la Turquie", "unlinked_reason": NOT_VERIFIED}),
    (GRAIN_DEAL, "accord sur les céréales de la mer Noire", "Black Sea Grain Initiative", "object",
     {"description": "l’accord céréalier que la Russie a quitté en juillet 2023", "unlinked_reason": NOT_VERIFIED}),
    (ROSSEL, "Rosselkhozbank", "Rosselkhozbank", "organization",
     {"description": "banque agricole publique russe", "unlinked_reason": NOT_VERIFIED}),
    (SWIFT, "Swift", "SWIFT", "organization",
     {"description": "réseau international de messagerie bancaire", "unlinked_reason": NOT_VERIFIED}),
    (GRAIN, "un million de tonnes de céréales russes", "a million tonnes of Russian grain", "object",
     {"description": "céréales que la Russie propose d’envoyer en Turquie pour les pays africains les plus pauvres",
      "unlinked_reason": "an unspecified quantity of grain, not one Wikidata item"}),
    (TURKEY, "Turquie", "Turkey", "country", {"unlinked_reason": NOT_VERIFIED}),
    (POOREST, "les pays africains les plus pauvres", "the poorest African countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (QATAR, "Qatar", "Qatar", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SPB, "Saint-Pétersbourg", "Saint Petersburg", "place", {"unlinked_reason": NOT_VERIFIED}),
    (AFRICA, "Afrique", "Africa", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SIX, "six pays africains", "six African countries", "group",
     {"description": "pays à qui Vladimir Poutine a promis des livraisons gratuites de céréales en juillet 2023",
      "unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (CORRIDOR, "corridor céréalier de la mer Noire", "Black Sea grain corridor", "place",
     {"description": "la route maritime des exportations de céréales ukrainiennes",
      "unlinked_reason": NOT_VERIFIED}),
    (FIDAN, "Hakan Fidan", "Hakan Fidan", "person",
     {"description": "ministre turc des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (KULEBA, "Dmytro Kouleba", "Dmytro Kuleba", "person",
     {"description": "ministre ukrainien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (TELEGRAM, "Telegram", "Telegram", "organization",
     {"description": "messagerie en ligne", "unlinked_reason": NOT_VERIFIED}),
    (DRONES, "drones russes frappant les ports ukrainiens", "Russian drones striking Ukrainian ports", "object",
     {"description": "« ses drones » dans la citation de Dmytro Kouleba",
      "unlinked_reason": "unnamed drones, not one Wikidata item"}),
    (UA_PORTS, "ports ukrainiens", "Ukrainian ports", "place",
     {"description": "« nos ports » dans la citation de Dmytro Kouleba",
      "unlinked_reason": "several unnamed ports, not one Wikidata item"}),
    (IZ_DRONES, "drones russes de l’attaque contre Izmaïl", "Russian drones of the attack on Izmail", "object",
     {"unlinked_reason": "unnamed drones, not one Wikidata item"}),
    (FACILITIES, "installations portuaires d’Izmaïl", "Izmail port facilities", "object",
     {"unlinked_reason": "unnamed facilities, not one Wikidata item"}),
    (IZMAIL, "Izmaïl", "Izmail", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DANUBE, "Danube", "Danube", "place", {"unlinked_reason": NOT_VERIFIED}),
    (REG_AUTH, "les autorités régionales ukrainiennes", "Ukrainian regional authorities", "group",
     {"description": "autorités de la région d’Odessa, dont dépend Izmaïl",
      "unlinked_reason": "unnamed authorities, not one Wikidata item"}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DUJARRIC, "Stéphane Dujarric", "Stéphane Dujarric", "person",
     {"description": "porte-parole du secrétaire général de l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (G20, "G20", "G20", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (NEW_DELHI, "New Delhi", "New Delhi", "place", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président turc, Recep Tayyip Erdogan, a rencontré lundi Vladimir Poutine à Sotchi, sur la mer Noire, ...
    ("Le président turc", None, ERDOGAN, "nominal"),
    ("Recep Tayyip Erdogan", None, ERDOGAN, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Sotchi", "à Sotchi, sur", SOCHI, "name"),
    ("mer Noire", "Sotchi, sur la mer Noire", BLACK_SEA, "name"),
    ("l’accord céréalier", None, GRAIN_DEAL, "nominal"),
    ("Moscou", "que Moscou avait", RUSSIA, "metonym"),
    # « Nous reviendrons à l’accord dès que ... », a déclaré le chef du Kremlin ...
    ("Nous", "« Nous reviendrons", RUSSIA, "pronoun"),
    ("l’accord", "reviendrons à l’accord", GRAIN_DEAL, "nominal"),
    ("le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "chef du Kremlin", KREMLIN, "metonym"),
    # Moscou exige notamment que la banque Rosselkhozbank soit reconnectée au réseau international Swift.
    ("Moscou", "Moscou exige", RUSSIA, "metonym"),
    ("Rosselkhozbank", None, ROSSEL, "name"),
    ("Swift", None, SWIFT, "name"),
    # Le président russe a en revanche évoqué un projet d’envoi d’un million de tonnes de céréales russes ...
    ("Le président russe", None, PUTIN, "nominal"),
    ("un million de tonnes de céréales russes", None, GRAIN, "nominal"),
    ("Turquie", None, TURKEY, "name"),
    ("elles", "où elles seraient", GRAIN, "pronoun"),
    ("les pays africains les plus pauvres", None, POOREST, "nominal"),
    # « Le Qatar est prêt à financer cette opération », a-t-il affirmé, sans en préciser le montant.
    ("Qatar", None, QATAR, "name"),
    ("il", "a-t-il affirmé", PUTIN, "pronoun"),
    # Il avait déjà promis fin juillet, lors d’un sommet Russie-Afrique à Saint-Pétersbourg, ...
    ("Il", "Il avait déjà promis", PUTIN, "pronoun"),
    ("Russie", "Russie-Afrique", RUSSIA, "name"),
    ("Afrique", "Russie-Afrique", AFRICA, "name"),
    ("Saint-Pétersbourg", None, SPB, "name"),
    ("six pays du continent", None, SIX, "nominal"),
    ("continent", "pays du continent", AFRICA, "nominal"),
    # Son invité s’est montré prudent. « Le corridor de la mer Noire ne peut pas rester fermé, a insisté ...
    ("Son invité", None, ERDOGAN, "nominal"),
    ("Le corridor de la mer Noire", None, CORRIDOR, "nominal"),
    ("mer Noire", "corridor de la mer Noire", BLACK_SEA, "name"),
    ("Erdogan", "a insisté M. Erdogan", ERDOGAN, "name"),
    ("Afrique", "d’abord l’Afrique", AFRICA, "name"),
    # Son ministre des Affaires étrangères, Hakan Fidan, avait préparé la rencontre jeudi à Moscou avec ...
    ("Son ministre des Affaires étrangères", None, FIDAN, "nominal"),
    ("Hakan Fidan", None, FIDAN, "name"),
    ("Moscou", "jeudi à Moscou", MOSCOW, "name"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    # Kiev a aussitôt rejeté tout arrangement conclu dans son dos.
    ("Kiev", None, UKRAINE, "metonym"),
    # Le chef de la diplomatie ukrainienne, Dmytro Kouleba, a ironisé sur Telegram : « ... »
    ("Le chef de la diplomatie ukrainienne", None, KULEBA, "nominal"),
    ("Dmytro Kouleba", None, KULEBA, "name"),
    ("Telegram", None, TELEGRAM, "name"),
    ("Poutine", "que Poutine parle", PUTIN, "name"),
    ("Sotchi", "céréales à Sotchi", SOCHI, "name"),
    ("ses drones", None, DRONES, "nominal"),
    ("nos ports", None, UA_PORTS, "nominal"),
    # Dans la nuit de dimanche à lundi, une attaque de drones russes a endommagé des installations portuaires ...
    ("drones russes", None, IZ_DRONES, "nominal"),
    ("des installations portuaires d’Izmaïl", None, FACILITIES, "nominal"),
    ("Izmaïl", None, IZMAIL, "name"),
    ("Danube", None, DANUBE, "name"),
    ("les autorités régionales", None, REG_AUTH, "nominal"),
    # À New York, le porte-parole de l’ONU, Stéphane Dujarric, a assuré que les Nations unies restaient ...
    ("New York", None, NEW_YORK, "name"),
    ("le porte-parole de l’ONU", None, DUJARRIC, "nominal"),
    ("ONU", None, UN, "name"),
    ("Stéphane Dujarric", None, DUJARRIC, "name"),
    ("Nations unies", None, UN, "name"),
    # Le secrétaire général, António Guterres, avait adressé le mois dernier à Moscou des propositions ...
    ("Le secrétaire général", None, GUTERRES, "nominal"),
    ("António Guterres", None, GUTERRES, "name"),
    ("Moscou", "dernier à Moscou", RUSSIA, "metonym"),
    # Il pourrait s’entretenir samedi avec M. Erdogan en marge du sommet du G20 à New Delhi.
    ("Il", "Il pourrait", GUTERRES, "pronoun"),
    ("Erdogan", "avec M. Erdogan", ERDOGAN, "name"),
    ("G20", None, G20, "name"),
    ("New Delhi", None, NEW_DELHI, "name"),
]

PUB_DAY = "The publication day, Monday 4 September 2023 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "a rencontré lundi"), "2023-09-04", "day", "weekday-publication-day",
     "« a rencontré lundi Vladimir Poutine à Sotchi »: " + PUB_DAY),
    ("t-mid-july", ("à la mi-juillet", None), "2023-07", "month", "month-past",
     "Pluperfect « que Moscou avait dénoncé à la mi-juillet »: the middle of the last July, July 2023 (the month "
     "is the finest precision the words give)."),
    ("t-three-hours", ("près de trois heures", None), None, "duration", "explicit-duration",
     "« à l’issue de près de trois heures d’entretiens »: the length of the meeting, attached to nothing (as « "
     "pendant près de trois heures » in gold)."),
    ("t-end-july", ("fin juillet", None), "2023-07", "month", "month-past",
     "Pluperfect « Il avait déjà promis fin juillet »: the end of the last July, July 2023 (month)."),
    ("t-thursday", ("jeudi", None), "2023-08-31", "day", "weekday-past",
     "Pluperfect « avait préparé la rencontre jeudi à Moscou »: the Thursday before the publication day, 31 August "
     "2023."),
    ("t-night", ("Dans la nuit de dimanche à lundi", None), "2023-09-04", "day", "night-span",
     "« Dans la nuit de dimanche à lundi »: one time, the Monday, because the attack is after midnight (as « dans la "
     "nuit de mardi à mercredi » in gold). " + PUB_DAY),
    ("t-last-month", ("le mois dernier", None), "2023-08", "month", "relative-month-past",
     "Pluperfect « avait adressé le mois dernier à Moscou des propositions »: the month before September 2023."),
    ("t-saturday", ("samedi", None), "2023-09-09", "day", "weekday-future",
     "Conditional « Il pourrait s’entretenir samedi »: the Saturday after the publication day, 9 September 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-meeting", "Meeting", "Recep Tayyip Erdogan meets Vladimir Putin in Sochi on Monday",
          ("a rencontré", None), [("participant", ERDOGAN), ("participant", PUTIN)], place=SOCHI, time="t-monday",
          note="« sur la mer Noire » locates the city (the sea is a mention with no role). « entretiens » (Putin's "
               "occasion), « parle de céréales à Sotchi » (Kuleba's quote) and « la rencontre » (Fidan's "
               "preparation) restate this meeting: no events of their own."),
    event("e-revival", "Event", "Erdogan tries to revive the Black Sea grain deal", ("ressusciter", None),
          [("agent", ERDOGAN), ("theme", GRAIN_DEAL)], status="planned",
          note="« pour tenter de ressusciter l’accord céréalier »: the aim of the meeting's subject, in the article's "
               "own voice: planned, as « qui espère relancer l’accord céréalier » in gold."),
    event("e-withdrawal", "Event", "Russia left the grain deal in mid-July", ("avait dénoncé", None),
          [("agent", RUSSIA), ("theme", GRAIN_DEAL)], time="t-mid-july",
          note="« que Moscou avait dénoncé à la mi-juillet »: « dénoncer » an agreement is to terminate it, an event "
               "(as « a quitté le 17 juillet l’accord » in gold), not a speech act; Moscow is Russia."),
    event("e-return", "Event", "Russia will return to the grain deal once the restrictions are lifted",
          ("reviendrons", None), [("agent", RUSSIA), ("theme", GRAIN_DEAL)], status="hypothetical",
          according_to=[PUTIN],
          note="« Nous reviendrons à l’accord dès que ... seront levées »: a future bound to a condition that is not "
               "met, hypothetical (as Peskov's condition « qu’après un accord » in gold). « Nous » is Russia."),
    event("e-restrictions", "Sanction", "Restrictions on Russian agricultural exports", ("restrictions", None),
          [("recipient", RUSSIA)], according_to=[PUTIN],
          note="« les restrictions visant nos exportations agricoles »: existing measures, occurred according to "
               "Putin; who imposed them is not written, Russia (« nos ») is what they target. The exports are their "
               "topic, not an event of their own."),
    event("e-lifting", "Event", "The lifting of the restrictions on Russian agricultural exports",
          ("seront levées", None), [("recipient", RUSSIA)], status="hypothetical", according_to=[PUTIN],
          note="The condition of the return, in a « dès que » clause: hypothetical (a case, as « si quelqu’un s’en "
               "prend » in gold). No lifter is written; Russia, whose exports are freed, is the recipient."),
    event("e-reconnection", "Event", "Rosselkhozbank to be reconnected to Swift (Moscow's demand)",
          ("soit reconnectée", None), [("recipient", ROSSEL), ("participant", SWIFT)], status="proposed",
          according_to=[RUSSIA],
          note="« Moscou exige notamment que la banque Rosselkhozbank soit reconnectée au réseau international Swift "
               "»: what Russia demands, proposed (as the lifting of the embargo Kishida asks for in gold). No one who "
               "would reconnect it is written."),
    event("e-shipment", "Delivery", "Russia's project to send a million tonnes of grain to Turkey",
          ("envoi", None), [("agent", RUSSIA), ("recipient", TURKEY), ("theme", GRAIN)], status="planned",
          according_to=[PUTIN],
          note="« un projet d’envoi d’un million de tonnes de céréales russes vers la Turquie »: a project Russia "
               "announces for its own grain, planned; Russia the sender from the adjective (as the seller of « "
               "pétrole russe » in gold). « cette opération » in the next quote restates it."),
    event("e-processing", "Event", "The grain would be processed in Turkey", ("seraient transformées", None),
          [("participant", GRAIN)], status="hypothetical", place=TURKEY, according_to=[PUTIN],
          note="« où elles seraient transformées »: a conditional step of the project, hypothetical; « où » is Turkey "
               "(the place), « elles » the grain (the only participant: no processor is written)."),
    event("e-africa-shipment", "Delivery", "The processed grain would be shipped to the poorest African countries",
          ("acheminées", None), [("recipient", POOREST), ("theme", GRAIN)], status="hypothetical",
          according_to=[PUTIN],
          note="« avant d’être acheminées vers les pays africains les plus pauvres »: the infinitive shares the "
               "conditional of « seraient transformées », hypothetical. No shipper is written."),
    event("e-qatar-financing", "Event", "Qatar ready to finance the operation", ("financer", None),
          [("agent", QATAR)], status="planned", according_to=[PUTIN],
          note="« Le Qatar est prêt à financer cette opération »: a readiness stated, planned (as « prêt à élargir » "
               "in gold); « cette opération » is the shipment project (an event, not a mention)."),
    event("e-africa-summit", "Meeting", "Russia–Africa summit in Saint Petersburg at the end of July",
          ("sommet", "sommet Russie-Afrique"), [("participant", RUSSIA), ("participant", AFRICA)], place=SPB,
          time="t-end-july",
          note="« lors d’un sommet Russie-Afrique à Saint-Pétersbourg »: the occasion of Putin's promise, with its « "
               "fin juillet »; the two names in its title are its participants (as the « amitié Russie-RPDC » of the "
               "bundled article)."),
    event("e-free-deliveries", "Delivery", "Free grain deliveries Putin promised to six African countries",
          ("livraisons", None), [("agent", PUTIN), ("recipient", SIX)], status="planned", according_to=[PUTIN],
          note="« Il avait déjà promis ... des livraisons gratuites à six pays du continent »: what a leader promises "
               "is planned, the promiser the agent (as « lui a promis de nouvelles livraisons » in gold). The grain "
               "is implied, not written: no theme."),
    event("e-fidan-lavrov", "Meeting", "Hakan Fidan prepared the Sochi meeting with Sergei Lavrov in Moscow on "
          "Thursday", ("avait préparé", None), [("participant", FIDAN), ("participant", LAVROV)], place=MOSCOW,
          time="t-thursday",
          note="« avait préparé la rencontre jeudi à Moscou avec Sergueï Lavrov »: a pluperfect meeting of the two "
               "ministers; « la rencontre » (the Sochi meeting) is its topic, not a mention; « Moscou » is the city."),
    event("e-no-agreement", "Agreement", "Erdogan and Putin concluded no agreement", ("conclu", "n’ont toutefois "
          "conclu"), [("participant", ERDOGAN), ("participant", PUTIN)], status="negated", part_of="e-meeting",
          note="« Les deux dirigeants n’ont toutefois conclu aucun accord »: a negated agreement of the meeting (as « "
               "sans parvenir à un accord » in gold); « Les deux dirigeants » is a plural phrase, not a mention. No "
               "weekday of its own."),
    event("e-arrangement", "Agreement", "Any arrangement concluded behind Ukraine's back", ("arrangement", None),
          [("participant", RUSSIA), ("participant", TURKEY)], status="hypothetical", according_to=[UKRAINE],
          note="« tout arrangement conclu dans son dos »: any such arrangement, hypothetical (as « tout transfert » "
               "in gold); its parties are implied by the story (the two states of the Sochi talks), « son dos » is "
               "Ukraine's (a possessive)."),
    event("e-port-strikes", "Event", "Russian drones strike Ukrainian ports (Kuleba)", ("frappent", None),
          [("agent", RUSSIA), ("participant", DRONES), ("recipient", UA_PORTS)], according_to=[KULEBA],
          note="« ses drones frappent nos ports »: an ongoing campaign in the present, occurred according to Kuleba "
               "(nobody contests it). « ses » is Putin's: the drones are Russia's, the agent, as a strike by « un "
               "missile russe » in gold; the drones a participant, the ports the recipient."),
    event("e-izmail-attack", "Event", "Russian drone attack on Izmail in the night of Sunday to Monday",
          ("attaque", "une attaque de drones"), [("agent", RUSSIA), ("participant", IZ_DRONES)], place=IZMAIL,
          time="t-night", according_to=[REG_AUTH], part_of="e-port-strikes",
          note="A nominal attack, Russia the agent from the adjective, the drones a participant; Izmail (whose port is "
               "struck) the place. Part of the strikes on Ukrainian ports that Kuleba's quote speaks of."),
    event("e-damage", "Event", "The attack damaged port facilities in Izmail", ("a endommagé", None),
          [("agent", RUSSIA), ("recipient", FACILITIES)], place=IZMAIL, time="t-night", according_to=[REG_AUTH],
          part_of="e-izmail-attack",
          note="« une attaque de drones russes a endommagé des installations portuaires d’Izmaïl, sur le Danube »: "
               "the damage the attack caused, part of it, with its night and place; « sur le Danube » locates the "
               "city (a mention with no role)."),
    event("e-exports-resumption", "Event", "A resumption of Ukrainian grain exports, which the UN supports",
          ("reprise", None), [("agent", UKRAINE)], status="proposed", according_to=[DUJARRIC],
          note="« en faveur d’une reprise des exportations ukrainiennes »: what the UN is committed to, proposed (as "
               "the plea for the grain exports in gold); Ukraine the exporter from the adjective."),
    event("e-guterres-proposals", "Proposal", "Guterres sent concrete proposals to Moscow last month",
          ("avait adressé", None), [("agent", GUTERRES), ("recipient", RUSSIA)], time="t-last-month",
          note="« avait adressé le mois dernier à Moscou des propositions concrètes »: a Proposal (as « Moscou a "
               "proposé à Pyongyang » in the bundled article), Moscow the Russian state; the proposals are documents "
               "(not mentions) and their content is not written: no theme."),
    event("e-guterres-erdogan", "Meeting", "Guterres could meet Erdogan on Saturday on the sidelines of the G20 "
          "summit in New Delhi", ("s’entretenir", None), [("participant", GUTERRES), ("participant", ERDOGAN)],
          status="hypothetical", place=NEW_DELHI, time="t-saturday",
          note="« Il pourrait s’entretenir samedi »: hypothetical, in the article's own voice; « en marge du sommet "
               "... à New Delhi » gives the place."),
    event("e-g20-summit", "Meeting", "The G20 summit in New Delhi", ("sommet", "sommet du G20"),
          [("participant", G20)], status="planned", place=NEW_DELHI,
          note="A nominal summit still to come: planned, with no time of its own (as « en marge du sommet de l’Apec "
               "» in gold; « samedi » dates the conditional talks)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-putin-return", "Statement", "Putin: Russia will return to the deal once the restrictions on its farm "
           "exports are lifted", PUTIN, ("a déclaré", None),
           [("Nous reviendrons à l’accord dès que les restrictions visant nos exportations agricoles seront levées",
             None)],
           time="t-monday", place=SOCHI, about=["e-return", "e-lifting", "e-restrictions"],
           note="A quote first, with « le chef du Kremlin » after the verb. « à l’issue de près de trois heures "
                "d’entretiens » makes the meeting the occasion: its Monday and Sochi (as « à l’issue de l’entretien "
                "» in gold)."),
    speech("s-russia-demand", "Statement", "Moscow demands that Rosselkhozbank be reconnected to Swift", RUSSIA,
           ("exige", None), [], about=["e-reconnection"],
           note="« Moscou exige notamment »: a demand of the Russian state without a quote; no time written."),
    speech("s-putin-project", "Statement", "Putin speaks of a project to send Russian grain to Africa via Turkey",
           PUTIN, ("évoqué", None), [], about=["e-shipment", "e-processing", "e-africa-shipment"],
           note="« Le président russe a en revanche évoqué un projet »: no quote and no weekday of its own."),
    speech("s-putin-qatar", "Statement", "Putin: Qatar is ready to finance the operation", PUTIN,
           ("a-t-il affirmé", None), [("Le Qatar est prêt à financer cette opération", None)],
           about=["e-qatar-financing", "e-shipment"],
           note="A quote first with an inverted pronoun; « cette opération » is the shipment project."),
    speech("s-putin-no-amount", "SpeechAct", "Putin does not give the amount of the financing", PUTIN,
           ("préciser", None), [], status="negated", about=["e-qatar-financing"],
           note="« sans en préciser le montant »: a negated speech act, as « sans en chiffrer le coût » in gold."),
    speech("s-putin-promise", "Assurance", "Putin had promised free grain deliveries to six African countries in "
           "July", PUTIN, ("avait déjà promis", None), [], addressee=SIX, place=SPB, time="t-end-july",
           about=["e-free-deliveries"],
           note="A pluperfect promise made « lors d’un sommet Russie-Afrique à Saint-Pétersbourg » (its place and "
                "its « fin juillet »); the six countries are whom it is made to."),
    speech("s-erdogan-corridor", "Statement", "Erdogan: the Black Sea corridor cannot stay closed, the whole world "
           "pays the price", ERDOGAN, ("a insisté", None),
           [("Le corridor de la mer Noire ne peut pas rester fermé", None),
            ("Le monde entier, et d’abord l’Afrique, en paie le prix.", None)],
           evidence=("« Le corridor", "le prix. »"),
           note="One pair of guillemets around « a insisté M. Erdogan. », with a sentence end inside the split: one "
                "speech act, two quotes (the second keeps its full stop), as in gold. « rester fermé » is a state "
                "and « en paie le prix » a judgement: no events. « Son invité s’est montré prudent » before it is "
                "a description, not a speech act. No weekday: no time."),
    speech("s-ukraine-rejects", "Statement", "Kyiv rejects any arrangement concluded behind its back", UKRAINE,
           ("a aussitôt rejeté", None), [], about=["e-arrangement"],
           note="« Kiev » is the Ukrainian state; « aussitôt » is not a time."),
    speech("s-kuleba", "Statement", "Kuleba: while Putin talks grain in Sochi, his drones strike our ports", KULEBA,
           ("a ironisé", None),
           [("Pendant que Poutine parle de céréales à Sotchi, ses drones frappent nos ports.", None)],
           about=["e-meeting", "e-port-strikes"],
           note="A quote after a colon, written « sur Telegram » (the medium, no role); it keeps its full stop, which "
                "stands inside the guillemets. « parle de céréales à Sotchi » restates the meeting."),
    speech("s-regional-authorities", "Report", "The regional authorities report the drone attack on Izmail",
           REG_AUTH, ("selon", "selon les autorités"), [], time="t-night", about=["e-izmail-attack", "e-damage"],
           note="The source after the clause; the report takes the attack's night, as the rescue services in gold."),
    speech("s-dujarric", "Assurance", "Dujarric: the UN remains « fully committed » to a resumption of Ukrainian "
           "exports", DUJARRIC, ("a assuré", None), [("pleinement engagées", None)], place=NEW_YORK,
           about=["e-exports-resumption"],
           note="« À New York » places the words (the city). The spokesman speaks for the UN (« les Nations unies "
                "»); no weekday: no time."),
    speech("s-russia-no-reply", "SpeechAct", "Russia has not answered Guterres's proposals", RUSSIA,
           ("réponse", None), [], status="negated", about=["e-guterres-proposals"],
           note="« restées sans réponse »: a negated speech act of the state the proposals were sent to (« Moscou », "
                "written in the same sentence), as « Aucune réaction n’était venue de Pyongyang » in gold."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
