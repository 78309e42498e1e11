"""Held-out annotation of traite-russie-coree-ratification-2024-11.txt (written for the twenty-second held-out set,
not a real article; the facts are partly invented).

  python tools/annotate_offsets.py benchmarks/gold/traite-russie-coree-ratification-2024-11.annotation.src.py
  python tools/annotate_offsets.py benchmarks/gold/traite-russie-coree-ratification-2024-11.annotation.src.py --check

From held-out set 22 (moved to gold in session 20; see benchmarks/gold/README.md).

The story follows Vladimir Putin's signature, on Saturday 9 November 2024, of the law ratifying the comprehensive
strategic partnership treaty with North Korea (signed in Pyongyang in June 2024; State Duma vote on 24 October,
Federation Council approval on Wednesday 6 November). The quotes of Dmitry Peskov, Kim Jong-un's « alliance
invincible » on the Friday, the South Korean ministry's warning, the presidential official's words, the State
Department's Friday statement, Matthew Miller's call to Beijing and the Sunday meeting of the National Security
Council are invented or simplified.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "traite-russie-coree-ratification-2024-11.txt"

PUBLISHED_INFERRED = {
    "value": "2024-11-09", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives November 2024. The Federation Council approved the treaty « mercredi 6 novembre » (6 "
             "November 2024 is a Wednesday, which confirms the year and fixes the week). Putin « a signé samedi » "
             "and the South Korean ministry « a prévenu samedi » (past: a Saturday on or before publication); Kim "
             "« avait ... qualifié vendredi » and the State Department « s’est dit vendredi » (past: a Friday "
             "before it); the National Security Council « doit se réunir dimanche » (future: a Sunday after "
             "publication). In the week the weekdays share, the only day on or after the Saturday and before the "
             "Sunday is Saturday 9 November 2024 itself; the Friday is 8 November and the Sunday 10 November."),
}

NOTE = """\
Held-out-22 article: Vladimir Putin signs on Saturday the law ratifying the comprehensive strategic partnership \
treaty with North Korea, whose clause provides for mutual military assistance in case of aggression, according to \
a document published on the official portal of legal acts; the State Duma had ratified the treaty unanimously on \
24 October and the Federation Council approved it on Wednesday 6 November; the Kremlin says it will enter into \
force upon the exchange of the instruments of ratification; Dmitry Peskov, quoted by TASS, assures that the \
treaty, signed in June in Pyongyang during Putin's visit, targets no third country and is purely defensive; \
Pyongyang has not reacted yet, but Kim Jong-un had called the ties with Moscow an « invincible alliance » on \
Friday, according to KCNA, and the Supreme People's Assembly is expected to ratify the text in turn; Seoul, \
Washington and Kyiv say more than 10,000 North Korean soldiers have been deployed in Russia, some in the Kursk \
region, where the Ukrainian army has held ground since August, which Moscow has never confirmed; the South Korean \
foreign ministry warns on Saturday that Seoul will not stand idle and judges that the treaty « directly threatens \
» the peninsula's security, and a presidential official says Seoul no longer rules out arming Ukraine; the State \
Department said on Friday it was « deeply concerned » by the troops' presence, and Matthew Miller calls on \
Beijing to use its influence on North Korea, which could receive Russian military technology in exchange; South \
Korea's National Security Council is to meet on Sunday to examine a riposte, according to Yonhap. Published in \
November 2024 (the file gives the month; the day, Saturday 9 November, comes from « mercredi 6 novembre », past \
« samedi » and « vendredi » and a future « dimanche »: see PUBLISHED_INFERRED). The dates of the signature and of \
the two parliamentary votes are real; the quotes, KCNA's Friday report, the South Korean and American reactions \
and the Sunday meeting are invented or simplified. What it exercises: a signature on the publication day's \
weekday whose theme carries a present participle (« la loi ratifiant le traité »: the ratification an event of \
its own, the law its agent) and a passive participle of conclusion with a country (« conclu avec la Corée du Nord \
», restated in the third paragraph with its month and city), a relative « dont une clause prévoit » with a case \
(« une assistance militaire mutuelle en cas d’agression contre l’un des deux pays »: both hypothetical, the \
aggression distributive) and a source after the clause that is a document with a participle of publication (« \
selon un document publié sur le portail officiel des actes juridiques »); « Ce traité » with a pluperfect passive \
vote and its agent and an explicit date, then « puis » with an elided auxiliary, a weekday with a date and a role \
noun in apposition (« approuvé mercredi 6 novembre par le Conseil de la Fédération, la chambre haute du Parlement \
»); a future entry into force with « Il » for the treaty, conditioned on a nominal exchange (« dès l’échange des \
instruments de ratification »: both planned) and sourced after the clause to the Kremlin; a passive participle \
opening the sentence with a month, a city and a nominal visit after a role noun fused with « du » (« Signé en \
juin à Pyongyang lors de la visite du président russe, l’accord »), a quote that begins after its subject with a \
negated predicate (no event), a possessive role noun and a name in apposition and « cité par l’agence TASS »; a \
quote split around « a-t-il ajouté » with an impersonal « Il s’agit » and a predicate noun (not a mention); a \
negated speech act by a metonym with « pas encore » and, with « toutefois », a pluperfect qualification on a past \
weekday with a quoted noun phrase after an elided « de » (« d’« alliance invincible » ») sourced after the clause \
to KCNA, joined by « et » to an expectation in the conditional (« devrait à son tour ratifier le texte »: \
hypothetical); « La signature intervient » (the signature restated, no new event) and three metonyms sharing one \
verb (three speech acts) over a passive deployment with no agent in a country and an elided second deployment in \
a region (« dont une partie dans la région de Koursk »: two events, one trigger) with a relative present \
occupation dated by its start (« depuis août »); a negated confirmation with « jamais »; a quote first with « Nous \
» for the state and a negated future (« ne resterons pas les bras croisés »), the ministry after the verb on the \
publication day's weekday and a relative verb of opinion with a quoted verb phrase (« qui juge que le traité « \
menace directement » la sécurité de la péninsule »: a second speech act, the threat occurred according to the \
ministry); « Selon » with an official of an institution over a metonym's stance with « n’exclut plus » (the \
delivery hypothetical); « À Washington » (the city) with a quoted adjective phrase on a past weekday; a \
possessive role noun and a name in apposition with a call to a metonym (proposed), « son voisin » for North \
Korea and a relative with « selon lui » inside it over a conditional reception (« pourrait recevoir en échange \
des technologies militaires russes »: a hypothetical Delivery whose giver, Russia, comes from an adjective); a \
planned meeting on a future weekday with a purpose (the riposte hypothetical) sourced after the clause to Yonhap.
Places and metonyms. « Pyongyang » is the city where the treaty was signed and Putin visited (Q18808, « à \
Pyongyang ») and North Korea where it has not reacted (Q423, a metonym); « Moscou » is Russia twice (Q159: Kim's \
ties with it, it never confirmed); « Séoul » is South Korea twice (Q884: it says, it does not rule out); « \
Washington » is the United States in « Séoul, Washington et Kiev affirment » (Q30, a metonym) and the city in « À \
Washington » (Q61), as in gold; « Kiev » is Ukraine (Q212, a metonym); « Pékin » is China (Q148, a metonym: it is \
called upon); « le Kremlin » is the presidential administration (Q2060629). « la région de Koursk » is Kursk \
Oblast (a nominal mention, local) and « Koursk » inside it the city (local), as « Moscou » in « région de Moscou \
» in the bundled article and « la région frontalière de Koursk » in gold/nord-coree-salve-2024-11. « Russie » \
(« déployés en Russie ») is the country as the deployment's place.
Mentions. The treaty is « le traité de partenariat stratégique global » (a descriptive name, lowercase: nominal, \
with its determiner, as in gold/lavrov-pyongyang-2024-11), « Ce traité », « Il » (« Il entrera en vigueur »), « \
l’accord », « le texte » and « le traité » (in the South Korean sentence); « la loi » is the ratification law, a \
thing of its own (the theme of the signature, the agent of « ratifiant »); « une clause » is the mutual defence \
clause (the agent of « prévoit »). « un document » is the source, « le portail officiel des actes juridiques » \
the website it is published on (both local). « la chambre haute du Parlement » is the Federation Council (a role \
noun in apposition; « Parlement » inside it not a mention of its own, as in gold/choigou-belooussov-2024-05-13). « \
instruments de ratification » is marked from the noun after the fused « des » (the theme of the exchange). « \
président russe » (after the fused « du ») is Putin; « son porte-parole » Peskov (« son » is Putin's), « il » in « \
a-t-il ajouté » Peskov. « plus de 10 000 soldats nord-coréens » and « ces troupes » are one local group; « une \
partie » (of them) the soldiers in the Kursk region, a group of its own (the theme of the second deployment). « \
Nous » in the ministry's quote is South Korea (a ministry speaking for its state, as « Nous » for Japan in the \
bundled article); « le ministère sud-coréen des Affaires étrangères » is nominal with its determiner; « la \
péninsule » is the Korean Peninsula (nominal, as in gold). « un responsable de la présidence » is an unnamed \
official and « la présidence » inside it the South Korean presidency (an entity of its own). « le département \
d’État » is the State Department (« département d’État » a name, as in gold, here with its determiner since it \
is not fused); « Son porte-parole » is Miller, « lui » (« selon lui ») Miller, « son voisin » North Korea (« son » \
is China's). « des armes » and « des technologies militaires russes » are themes of deliveries (marked). « Le \
Conseil de sécurité nationale sud-coréen » is a name with its adjective (« Conseil de sécurité nationale \
sud-coréen », without the determiner, as « Gardiens de la révolution iraniens » in gold). Not mentions: « \
l’un des deux pays » (distributive), « dont » and « qui » (relatives), « Il » in « Il s’agit » (impersonal), « d’un \
traité purement défensif » (a predicate inside the quote), « les liens » and « cette alliance » (the relation \
between two states, as « leurs liens » in the bundled article), « leur présence » (the deployment restated), « \
La signature » (the signature restated), « la sécurité », « du terrain », « une riposte », « son influence ».
Statuses and sources. The signature is stated in the article's voice and sourced to the document (according_to); the \
ratification the law makes and the publication (the portal its participant) occurred with it. The June conclusion, \
the visit, the Duma vote, the Federation Council approval and the Kursk occupation are the article's own facts \
(occurred, no according_to). The clause's provision is a state of the treaty stated as fact (occurred); the \
assistance and the aggression it covers are hypothetical (a case). The entry into force and the exchange are planned, \
according to the Kremlin. The Supreme People's Assembly's ratification (« devrait ») is expected, not scheduled: \
hypothetical (as « devrait se tenir » in gold), in the article's voice: « a rapporté l’agence officielle KCNA » \
closes the first half of the sentence, and the second half after « et » is not given to KCNA. The deployment and its \
Kursk part are claims by three states that Moscow never confirmed: suspected, according to South Korea, the United \
States and Ukraine (as « accusent ... d’avoir envoyé » in gold). South Korea's standing idle is negated according to \
the ministry; the treaty's threat to the peninsula occurred according to the ministry (as Yoon's « qui menace » in \
gold); the arms delivery is hypothetical (« n’exclut plus »), according to the official; China's use of its influence \
proposed (a call), according to Miller; the technology transfer hypothetical (« pourrait »), according to Miller; the \
Sunday meeting planned and the riposte hypothetical, according to Yonhap.
Times. Both « samedi » are the publication day, Saturday 9 November 2024; both « vendredi » Friday 8 November; « \
le 24 octobre » Thursday 24 October 2024 (a pluperfect, before November); « mercredi 6 novembre » Wednesday 6 \
November 2024; « en juin » June 2024 (the month); « depuis août » August 2024 (the month, the occupation's \
start, as in gold); « dimanche » Sunday 10 November 2024 (future). « pas encore », « à son tour », « dès \
l’échange », « en échange », « plus » (« n’exclut plus ») and « jamais » are not times. The signing's Saturday \
goes to the signature; the June signing takes its month from the restatement « Signé en juin » (as the departure \
in gold/cables-baltique-2024-11). Speech acts with no weekday of their own (the document, the Kremlin, Peskov, \
TASS, Pyongyang's silence, KCNA's report, the three claims, Moscow, the official, Seoul's stance, Miller's two \
speech acts, Yonhap) have no time; Peskov's second quote takes no more than his first.
Linked: Putin, Kim Jong-un, Peskov, North Korea, Russia, South Korea, the United States, Ukraine, China, the \
Kremlin, TASS, KCNA, Pyongyang (the city) and Washington (the city). Local, unlinked: the ratification law, the \
treaty, its mutual defence clause, the document, the legal portal, the State Duma, the Federation Council, the \
instruments of ratification, the Supreme People's Assembly, the North Korean soldiers and those in the Kursk \
region, Kursk Oblast, Kursk, the Ukrainian army, the South Korean foreign ministry, the Korean Peninsula, the \
presidential official, the South Korean presidency, the arms, the State Department, Matthew Miller, the Russian \
military technology, the South Korean National Security Council and Yonhap."""

PUTIN, KIM, PESKOV = "Q7747", "Q56226", "Q4359688"
NK, RUSSIA, SK, US, UKRAINE, CHINA = "Q423", "Q159", "Q884", "Q30", "Q212", "Q148"
KREMLIN, TASS, KCNA = "Q2060629", "Q223799", "Q326804"
PYONGYANG_CITY, WASHINGTON_CITY = "Q18808", "Q61"
LAW, TREATY, CLAUSE = "local:russian-ratification-law", "local:russia-north-korea-treaty-2024", \
    "local:mutual-defence-clause"
DOCUMENT, PORTAL = "local:ratification-law-document", "local:legal-acts-portal"
DUMA, FED_COUNCIL, INSTRUMENTS = "local:state-duma", "local:federation-council", "local:instruments-of-ratification"
SPA, SOLDIERS, SOLDIERS_KURSK = "local:supreme-peoples-assembly", "local:north-korean-soldiers-in-russia", \
    "local:north-korean-soldiers-kursk"
KURSK_OBLAST, KURSK, UKR_ARMY = "local:kursk-oblast", "local:kursk", "local:ukrainian-army"
SK_MFA, PENINSULA, OFFICIAL, PRESIDENCY = "local:south-korean-foreign-ministry", "local:korean-peninsula", \
    "local:south-korean-presidential-official", "local:south-korean-presidency"
ARMS, STATE_DEPT, MILLER, TECH = "local:arms-for-ukraine", "local:us-state-department", "local:matthew-miller", \
    "local:russian-military-technology"
NSC, YONHAP = "local:south-korea-nsc", "local:yonhap"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (LAW, "loi de ratification du traité russo-nord-coréen", "Russian law ratifying the treaty with North Korea",
     "other", {"description": "la loi fédérale que Vladimir Poutine a signée le 9 novembre 2024",
               "unlinked_reason": "a document with no verified Wikidata item"}),
    (TREATY, "traité de partenariat stratégique global entre la Russie et la Corée du Nord",
     "Russia–North Korea Comprehensive Strategic Partnership Treaty", "other",
     {"description": "traité signé en juin 2024 à Pyongyang, qui prévoit une assistance militaire mutuelle en cas "
                     "d’agression", "class_qid": "Q131569",
      "unlinked_reason": "a document with no verified Wikidata item"}),
    (CLAUSE, "clause d’assistance mutuelle du traité", "the treaty's mutual defence clause", "other",
     {"description": "la clause qui prévoit une assistance militaire mutuelle en cas d’agression",
      "unlinked_reason": "a part of a document, not one Wikidata item"}),
    (DOCUMENT, "document publié sur le portail officiel des actes juridiques",
     "document published on the official legal-acts portal", "object",
     {"description": "le document que l’article cite comme source de la signature",
      "unlinked_reason": "an unnamed document, not one Wikidata item"}),
    (PORTAL, "portail officiel des actes juridiques", "official internet portal of legal information (Russia)",
     "other", {"description": "le site où sont publiés les actes juridiques russes", "unlinked_reason": NOT_VERIFIED}),
    (DUMA, "Douma d’État", "State Duma", "organization",
     {"description": "la chambre basse du Parlement russe", "unlinked_reason": NOT_VERIFIED}),
    (FED_COUNCIL, "Conseil de la Fédération", "Federation Council", "organization",
     {"description": "la chambre haute du Parlement russe", "unlinked_reason": NOT_VERIFIED}),
    (INSTRUMENTS, "instruments de ratification du traité", "instruments of ratification of the treaty", "object",
     {"description": "les documents que la Russie et la Corée du Nord doivent échanger",
      "unlinked_reason": "unnamed documents, not one Wikidata item"}),
    (SPA, "Assemblée populaire suprême", "Supreme People's Assembly", "organization",
     {"description": "le parlement nord-coréen", "unlinked_reason": NOT_VERIFIED}),
    (SOLDIERS, "plus de 10 000 soldats nord-coréens déployés en Russie",
     "more than 10,000 North Korean soldiers deployed in Russia", "group",
     {"unlinked_reason": "a group of soldiers, not one Wikidata item"}),
    (SOLDIERS_KURSK, "soldats nord-coréens déployés dans la région de Koursk",
     "North Korean soldiers deployed in the Kursk region", "group",
     {"description": "« une partie » des soldats nord-coréens, selon Séoul, Washington et Kiev",
      "unlinked_reason": "a group of soldiers, not one Wikidata item"}),
    (KURSK_OBLAST, "oblast de Koursk", "Kursk Oblast", "place",
     {"class_qid": "Q835714", "unlinked_reason": NOT_VERIFIED}),
    (KURSK, "Koursk", "Kursk", "place", {"unlinked_reason": NOT_VERIFIED}),
    (UKR_ARMY, "armée ukrainienne", "Armed Forces of Ukraine", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SK_MFA, "ministère sud-coréen des Affaires étrangères", "Ministry of Foreign Affairs (South Korea)",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (PENINSULA, "péninsule coréenne", "Korean Peninsula", "place", {"unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "un responsable de la présidence sud-coréenne", "a South Korean presidential official", "person",
     {"description": "responsable de la présidence sud-coréenne que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person"}),
    (PRESIDENCY, "présidence sud-coréenne", "South Korean presidency", "organization",
     {"description": "le bureau du président sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (ARMS, "armes pour l’Ukraine", "arms for Ukraine", "object",
     {"description": "les armes que la Corée du Sud n’exclut plus de livrer à l’Ukraine",
      "unlinked_reason": "unspecified weapons, not one Wikidata item"}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (TECH, "technologies militaires russes", "Russian military technology", "object",
     {"description": "ce que la Corée du Nord pourrait recevoir en échange, selon Matthew Miller",
      "unlinked_reason": "unspecified technology, not one Wikidata item"}),
    (NSC, "Conseil de sécurité nationale (Corée du Sud)", "National Security Council (South Korea)",
     "organization", {"description": "le Conseil de sécurité nationale sud-coréen, pas celui de l’ONU",
                      "unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"description": "agence de presse sud-coréenne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Vladimir Poutine a signé samedi la loi ratifiant le traité de partenariat stratégique global conclu avec la
    # Corée du Nord, dont une clause prévoit ..., selon un document publié sur le portail officiel des actes juridiques.
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("la loi", None, LAW, "nominal"),
    ("le traité de partenariat stratégique global", None, TREATY, "nominal"),
    ("Corée du Nord", None, NK, "name"),
    ("une clause", None, CLAUSE, "nominal"),
    ("un document", None, DOCUMENT, "nominal"),
    ("le portail officiel des actes juridiques", None, PORTAL, "nominal"),
    # Ce traité avait été ratifié ... par la Douma le 24 octobre, puis approuvé mercredi 6 novembre par le Conseil de
    # la Fédération, la chambre haute du Parlement.
    ("Ce traité", None, TREATY, "nominal"),
    ("Douma", None, DUMA, "name"),
    ("Conseil de la Fédération", None, FED_COUNCIL, "name"),
    ("la chambre haute du Parlement", None, FED_COUNCIL, "nominal"),
    # Il entrera en vigueur dès l’échange des instruments de ratification, a précisé le Kremlin.
    ("Il", "Il entrera", TREATY, "pronoun"),
    ("instruments de ratification", None, INSTRUMENTS, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    # Signé en juin à Pyongyang lors de la visite du président russe, l’accord « ... », a assuré son porte-parole,
    # Dmitri Peskov, cité par l’agence TASS. « Il s’agit, a-t-il ajouté, d’un traité purement défensif. »
    ("Pyongyang", "juin à Pyongyang", PYONGYANG_CITY, "name"),
    ("président russe", None, PUTIN, "nominal"),
    ("l’accord", None, TREATY, "nominal"),
    ("son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("TASS", None, TASS, "name"),
    ("il", "a-t-il ajouté", PESKOV, "pronoun"),
    # Pyongyang n’a pas encore réagi. Kim Jong-un avait toutefois qualifié vendredi les liens avec Moscou d’« alliance
    # invincible », a rapporté l’agence officielle KCNA, et l’Assemblée populaire suprême devrait ... ratifier le texte.
    ("Pyongyang", "Pyongyang n’a pas", NK, "metonym"),
    ("Kim Jong-un", None, KIM, "name"),
    ("Moscou", "avec Moscou", RUSSIA, "metonym"),
    ("KCNA", None, KCNA, "name"),
    ("Assemblée populaire suprême", None, SPA, "name"),
    ("le texte", None, TREATY, "nominal"),
    # La signature intervient alors que Séoul, Washington et Kiev affirment que plus de 10 000 soldats nord-coréens
    # ont été déployés en Russie, dont une partie dans la région de Koursk, où l’armée ukrainienne occupe ...
    ("Séoul", "Séoul, Washington", SK, "metonym"),
    ("Washington", "Séoul, Washington", US, "metonym"),
    ("Kiev", None, UKRAINE, "metonym"),
    ("plus de 10 000 soldats nord-coréens", None, SOLDIERS, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("une partie", None, SOLDIERS_KURSK, "nominal"),
    ("la région de Koursk", None, KURSK_OBLAST, "nominal"),
    ("Koursk", None, KURSK, "name"),
    ("l’armée ukrainienne", None, UKR_ARMY, "nominal"),
    # Moscou n’a jamais officiellement confirmé leur présence.
    ("Moscou", "Moscou n’a jamais", RUSSIA, "metonym"),
    # « Nous ne resterons pas ... », a prévenu samedi le ministère sud-coréen des Affaires étrangères, qui juge que le
    # traité « menace directement » la sécurité de la péninsule.
    ("Nous", None, SK, "pronoun"),
    ("le ministère sud-coréen des Affaires étrangères", None, SK_MFA, "nominal"),
    ("le traité", "que le traité", TREATY, "nominal"),
    ("la péninsule", None, PENINSULA, "nominal"),
    # Selon un responsable de la présidence, Séoul n’exclut plus de livrer des armes à l’Ukraine.
    ("un responsable de la présidence", None, OFFICIAL, "nominal"),
    ("la présidence", None, PRESIDENCY, "nominal"),
    ("Séoul", "Séoul n’exclut", SK, "metonym"),
    ("des armes", None, ARMS, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    # À Washington, le département d’État s’est dit vendredi « profondément préoccupé » par la présence de ces troupes.
    ("Washington", "À Washington", WASHINGTON_CITY, "name"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("ces troupes", None, SOLDIERS, "nominal"),
    # Son porte-parole, Matthew Miller, a appelé Pékin à user de son influence sur son voisin, qui, selon lui,
    # pourrait recevoir en échange des technologies militaires russes.
    ("Son porte-parole", None, MILLER, "nominal"),
    ("Matthew Miller", None, MILLER, "name"),
    ("Pékin", None, CHINA, "metonym"),
    ("son voisin", None, NK, "nominal"),
    ("lui", "selon lui", MILLER, "pronoun"),
    ("des technologies militaires russes", None, TECH, "nominal"),
    # Le Conseil de sécurité nationale sud-coréen doit se réunir dimanche ..., a annoncé l’agence Yonhap.
    ("Conseil de sécurité nationale sud-coréen", None, NSC, "name"),
    ("Yonhap", None, YONHAP, "name"),
]

PUB_DAY = "the publication day, Saturday 9 November 2024 (inferred: see PUBLISHED_INFERRED)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday", ("samedi", "a signé samedi"), "2024-11-09", "day", "weekday-publication-day",
     "« a signé samedi »: " + PUB_DAY),
    ("t-october-24", ("le 24 octobre", None), "2024-10-24", "day", "day-month-publication-year",
     "« avait été ratifié ... le 24 octobre »: day and month, in the publication year (a pluperfect before "
     "November): Thursday 24 October 2024."),
    ("t-wednesday-6", ("mercredi 6 novembre", None), "2024-11-06", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year (6 November 2024 is a Wednesday)."),
    ("t-june", ("en juin", None), "2024-06", "month", "month-past",
     "« Signé en juin », written in November 2024: June 2024."),
    ("t-friday-kim", ("vendredi", "qualifié vendredi"), "2024-11-08", "day", "weekday-past",
     "« avait toutefois qualifié vendredi »: a past weekday, the day before " + PUB_DAY),
    ("t-august", ("depuis août", None), "2024-08", "month", "month-past",
     "« occupe du terrain depuis août », written in November 2024: August 2024, the start of the occupation."),
    ("t-saturday-mfa", ("samedi", "a prévenu samedi"), "2024-11-09", "day", "weekday-publication-day",
     "« a prévenu samedi le ministère »: " + PUB_DAY),
    ("t-friday-dos", ("vendredi", "s’est dit vendredi"), "2024-11-08", "day", "weekday-past",
     "« s’est dit vendredi « profondément préoccupé » »: a past weekday, the day before " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2024-11-10", "day", "weekday-future",
     "« doit se réunir dimanche »: a future weekday, the first Sunday after publication: Sunday 10 November "
     "2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-law-signing", "Event", "Vladimir Putin signs the law ratifying the treaty with North Korea on Saturday",
          ("a signé", None), [("agent", PUTIN), ("theme", LAW)], time="t-saturday", according_to=[DOCUMENT],
          note="« Vladimir Poutine a signé samedi la loi ratifiant le traité ..., selon un document publié sur le "
               "portail officiel des actes juridiques »: the source after the clause is a document (as « Selon des "
               "données de suivi maritime » in gold). Restated by « La signature intervient » (no new event). No "
               "place is written."),
    event("e-ratification", "Event", "The law ratifies the treaty", ("ratifiant", None),
          [("agent", LAW), ("theme", TREATY)], time="t-saturday", according_to=[DOCUMENT],
          note="« la loi ratifiant le traité »: a present participle whose subject is the law (a thing as agent, "
               "as « un traité qui prévoit » in gold); the signature makes the ratification effective, so it "
               "takes the signature's Saturday and source."),
    event("e-treaty-signing", "Agreement", "The treaty concluded with North Korea, signed in Pyongyang in June "
          "during Putin's visit", ("conclu", None),
          [("participant", PUTIN), ("participant", NK), ("theme", TREATY)], place=PYONGYANG_CITY, time="t-june",
          note="« le traité ... conclu avec la Corée du Nord » (lede) and « Signé en juin à Pyongyang lors de la "
               "visite du président russe, l’accord » (third paragraph) are the same signing: one event with the "
               "lede's trigger and the restatement's month and city (as the departure in "
               "gold/cables-baltique-2024-11). No agent is written; Putin, whose visit it was and whose law "
               "ratifies it, and North Korea (« avec la Corée du Nord ») take part. Stated in the article's voice."),
    event("e-treaty-provides", "Event", "A clause of the treaty provides for mutual military assistance",
          ("prévoit", None), [("agent", CLAUSE)],
          note="« dont une clause prévoit »: a relative present whose subject is the clause (as « un traité qui "
               "prévoit » in gold/soldats-nord-coreens-russie-2024-10-18); « dont » is a relative pronoun."),
    event("e-assistance", "Event", "Mutual military assistance between Russia and North Korea (in case of "
          "aggression)", ("assistance", None), [("participant", RUSSIA), ("participant", NK)],
          status="hypothetical",
          note="« une assistance militaire mutuelle en cas d’agression contre l’un des deux pays »: only in a case, "
               "hypothetical (as in gold). The two countries are the treaty's parties."),
    event("e-aggression", "Event", "An aggression against Russia or North Korea (a case)", ("agression", None),
          [("recipient", RUSSIA), ("recipient", NK)], status="hypothetical",
          note="« contre l’un des deux pays »: distributive, so both are recipients (as in gold)."),
    event("e-publication", "Event", "The document is published on the official legal-acts portal",
          ("publié", None), [("participant", PORTAL), ("theme", DOCUMENT)],
          note="« un document publié sur le portail officiel des actes juridiques »: a passive participle with no "
               "agent; the portal is a website, not a place, so it is a participant (the shapes need one), not the "
               "place. No time of its own."),
    event("e-duma-ratification", "Event", "The State Duma ratified the treaty unanimously on 24 October",
          ("avait été ratifié", None), [("agent", DUMA), ("theme", TREATY)], time="t-october-24",
          note="« Ce traité avait été ratifié à l’unanimité par la Douma le 24 octobre »: a pluperfect passive with "
               "its agent after « par », in the article's voice."),
    event("e-fc-approval", "Event", "The Federation Council approved the treaty on Wednesday 6 November",
          ("approuvé", None), [("agent", FED_COUNCIL), ("theme", TREATY)], time="t-wednesday-6",
          note="« puis approuvé mercredi 6 novembre par le Conseil de la Fédération »: the auxiliary « avait été » "
               "is elided after « puis »; a second passive with its own agent and date."),
    event("e-entry-into-force", "Event", "The treaty will enter into force upon the exchange of the instruments of "
          "ratification", ("entrera en vigueur", None), [("participant", TREATY)], status="planned",
          according_to=[KREMLIN],
          note="« Il entrera en vigueur dès l’échange des instruments de ratification, a précisé le Kremlin »: a "
               "future, planned; « Il » is the treaty; « dès l’échange » ties it to the exchange but is not a time "
               "expression."),
    event("e-exchange", "Event", "Russia and North Korea to exchange the instruments of ratification",
          ("échange", "l’échange"), [("participant", RUSSIA), ("participant", NK), ("theme", INSTRUMENTS)],
          status="planned", according_to=[KREMLIN],
          note="« dès l’échange des instruments de ratification »: a nominal exchange still to come (planned, with "
               "the entry into force); the two parties are implied by the treaty."),
    event("e-putin-visit", "Visit", "Vladimir Putin's visit to Pyongyang in June", ("visite", None),
          [("agent", PUTIN)], place=PYONGYANG_CITY, time="t-june",
          note="« lors de la visite du président russe »: a nominal visit, the occasion of the signing, with the "
               "signing's month and city (« Signé en juin à Pyongyang »)."),
    event("e-spa-ratification", "Event", "North Korea's Supreme People's Assembly expected to ratify the treaty",
          ("ratifier", None), [("agent", SPA), ("theme", TREATY)], status="hypothetical",
          note="« l’Assemblée populaire suprême devrait à son tour ratifier le texte »: expected, not scheduled: "
               "hypothetical (as « devrait se tenir » in gold). In the article's voice: « a rapporté l’agence "
               "officielle KCNA » reports Kim's Friday words, and the clause after « et » is not given to KCNA. « à "
               "son tour » is not a time."),
    event("e-deployment", "Event", "More than 10,000 North Korean soldiers deployed in Russia (Seoul, Washington, "
          "Kyiv)", ("ont été déployés", None), [("agent", NK), ("theme", SOLDIERS)], status="suspected",
          place=RUSSIA, according_to=[SK, US, UKRAINE],
          note="« Séoul, Washington et Kiev affirment que plus de 10 000 soldats nord-coréens ont été déployés en "
               "Russie »: a claim of three states that « Moscou n’a jamais officiellement confirmé »: suspected "
               "(as « accusent ... d’avoir envoyé » in gold/lavrov-pyongyang-2024-11). A passive with no agent; North "
               "Korea, whose soldiers they are, is implied. Restated by « leur présence » and « la présence de ces "
               "troupes »."),
    event("e-kursk-deployment", "Event", "Some of the North Korean soldiers deployed in the Kursk region",
          ("déployés", None), [("agent", NK), ("theme", SOLDIERS_KURSK)], status="suspected", place=KURSK_OBLAST,
          according_to=[SK, US, UKRAINE], part_of="e-deployment",
          note="« dont une partie dans la région de Koursk »: the verb is elided, so the deployment's participle is "
               "the trigger of both events (two events, one trigger, as three forced departures in one noun in "
               "gold); part of the deployment in Russia, under the same claim."),
    event("e-kursk-occupation", "Event", "The Ukrainian army has held ground in the Kursk region since August",
          ("occupe", None), [("agent", UKR_ARMY)], place=KURSK_OBLAST, time="t-august",
          note="« où l’armée ukrainienne occupe du terrain depuis août »: a relative present in the article's "
               "voice, dated by its start (as in gold/nord-coree-salve-2024-11); « du terrain » is not a mention."),
    event("e-sk-idle", "Event", "South Korea will not stand idle in the face of the alliance", ("resterons", None),
          [("agent", SK)], status="negated", according_to=[SK_MFA],
          note="« Nous ne resterons pas les bras croisés face à cette alliance »: a negated future (the ministry "
               "rules out inaction); « Nous » is South Korea. No response is named, so no other event."),
    event("e-treaty-threat", "Event", "The treaty directly threatens the security of the peninsula (South Korean "
          "ministry)", ("menace", None), [("agent", TREATY), ("recipient", PENINSULA)], according_to=[SK_MFA],
          note="« qui juge que le traité « menace directement » la sécurité de la péninsule »: stated as fact by "
               "the ministry (occurred, according to it, as Yoon's « qui menace » in gold); the peninsula, whose "
               "security is threatened, is the recipient."),
    event("e-arms-delivery", "Delivery", "South Korea could deliver arms to Ukraine", ("livrer", None),
          [("agent", SK), ("recipient", UKRAINE), ("theme", ARMS)], status="hypothetical", according_to=[OFFICIAL],
          note="« Séoul n’exclut plus de livrer des armes à l’Ukraine »: no longer ruled out, so possible: "
               "hypothetical (as « n’exclut pas de reprendre » in gold), according to the official."),
    event("e-china-influence", "Event", "China to use its influence on North Korea (Miller's call)",
          ("user", None), [("agent", CHINA), ("recipient", NK)], status="proposed", according_to=[MILLER],
          note="« a appelé Pékin à user de son influence sur son voisin »: a call, proposed; « son voisin » is North "
               "Korea, on which the influence would bear (recipient)."),
    event("e-tech-transfer", "Delivery", "North Korea could receive Russian military technology in exchange",
          ("recevoir", None), [("agent", RUSSIA), ("recipient", NK), ("theme", TECH)], status="hypothetical",
          according_to=[MILLER],
          note="« qui, selon lui, pourrait recevoir en échange des technologies militaires russes »: a conditional "
               "(« pourrait »), hypothetical, according to Miller; the giver, Russia, comes from the adjective « "
               "russes » (implied). « en échange » (for the soldiers) is not a time."),
    event("e-nsc-meeting", "Meeting", "South Korea's National Security Council to meet on Sunday",
          ("se réunir", None), [("participant", NSC)], status="planned", time="t-sunday", according_to=[YONHAP],
          note="« doit se réunir dimanche ..., a annoncé l’agence Yonhap »: planned."),
    event("e-riposte", "Event", "A South Korean riposte (to be examined)", ("riposte", None), [("agent", SK)],
          status="hypothetical", according_to=[YONHAP],
          note="« pour examiner une riposte »: only to be examined, hypothetical (as in "
               "gold/soldats-nord-coreens-russie-2024-10-18); its author is South Korea, whose council meets."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-document", "Report", "A document on the legal-acts portal reports Putin's signature", DOCUMENT,
           ("selon", "selon un document"), [], about=["e-law-signing", "e-ratification"],
           note="« selon un document publié sur le portail officiel des actes juridiques »: a document as the "
                "source (as the tracking data in gold); a Report with no quote and no time of its own."),
    speech("s-kremlin", "Statement", "The Kremlin: the treaty enters into force upon the exchange of instruments",
           KREMLIN, ("a précisé", None), [], about=["e-entry-into-force", "e-exchange"],
           note="The source after the clause, without guillemets; « le Kremlin » is the presidential "
                "administration (a metonym)."),
    speech("s-peskov-third-country", "Assurance", "Dmitry Peskov: the treaty targets no third country", PESKOV,
           ("a assuré", None), [("n’est dirigé contre aucun pays tiers", None)], according_to=[TASS],
           about=["e-treaty-signing"],
           note="The quote starts after its subject (« l’accord « n’est dirigé ... » »); « son porte-parole, Dmitri "
                "Peskov » after the verb (« son » is Putin's). « n’est dirigé contre aucun pays tiers » is a "
                "negated state of the treaty, no event (as in gold/lavrov-pyongyang-2024-11). No weekday: no "
                "time."),
    speech("s-tass", "Report", "TASS quotes Dmitry Peskov", TASS, ("cité", None), [],
           about=["s-peskov-third-country", "s-peskov-defensive"],
           note="« cité par l’agence TASS »: it closes the first sentence; the split quote that follows is the "
                "same interview (« a-t-il ajouté »), so TASS carries both."),
    speech("s-peskov-defensive", "Statement", "Dmitry Peskov: a purely defensive treaty", PESKOV,
           ("a-t-il ajouté", None), [("Il s’agit", None), ("d’un traité purement défensif.", None)],
           evidence=("« Il s’agit", "défensif. »"), according_to=[TASS],
           note="One pair of guillemets split around « a-t-il ajouté »: one speech act, two quotes (the second keeps "
                "its full stop, as in gold). « Il s’agit » is impersonal and « d’un traité purement défensif » a "
                "predicate (no mention, no event)."),
    speech("s-pyongyang-silence", "SpeechAct", "Pyongyang has not reacted yet", NK, ("n’a pas encore réagi", None),
           [], status="negated", about=["e-law-signing"],
           note="« Pyongyang n’a pas encore réagi »: a negated speech act of the state (as « n’a pas réagi » in "
                "gold); « pas encore » is not a time."),
    speech("s-kim-alliance", "Statement", "Kim Jong-un called the ties with Moscow an « invincible alliance » on "
           "Friday", KIM, ("qualifié", None), [("alliance invincible", None)], time="t-friday-kim",
           according_to=[KCNA],
           note="« avait toutefois qualifié vendredi les liens avec Moscou d’« alliance invincible » »: a pluperfect "
                "speech act on a past weekday with a quoted noun phrase after the elided « d’ » (outside the "
                "guillemets); « les liens » are a relation, no event and no mention. Sourced after the clause to "
                "KCNA."),
    speech("s-kcna", "Report", "KCNA reports Kim Jong-un's words", KCNA, ("a rapporté", None), [],
           about=["s-kim-alliance"],
           note="« a rapporté l’agence officielle KCNA »: the report that carries Kim's words; « vendredi » dates "
                "Kim's words, not the report, so no time."),
    speech("s-sk-claim", "Statement", "Seoul says North Korean soldiers have been deployed in Russia", SK,
           ("affirment", None), [], about=["e-deployment", "e-kursk-deployment"],
           note="« Séoul, Washington et Kiev affirment »: one trigger, three speakers (three speech acts, as « "
                "Washington et Séoul accusent » in gold). A present of ongoing claims: no time."),
    speech("s-us-claim", "Statement", "Washington says North Korean soldiers have been deployed in Russia", US,
           ("affirment", None), [], about=["e-deployment", "e-kursk-deployment"],
           note="The second of the three metonyms; « Washington » is the United States here."),
    speech("s-kyiv-claim", "Statement", "Kyiv says North Korean soldiers have been deployed in Russia", UKRAINE,
           ("affirment", None), [], about=["e-deployment", "e-kursk-deployment"],
           note="The third of the three metonyms; « Kiev » is Ukraine."),
    speech("s-moscow-no-confirmation", "Statement", "Moscow has never confirmed the soldiers' presence", RUSSIA,
           ("confirmé", None), [], status="negated", about=["e-deployment"],
           note="« Moscou n’a jamais officiellement confirmé leur présence »: a negated speech act of Russia (as in "
                "gold/lavrov-pyongyang-2024-11); « leur présence » restates the deployment."),
    speech("s-mfa-warning", "Warning", "South Korea's foreign ministry warns Seoul will not stand idle",
           SK_MFA, ("a prévenu", None), [("Nous ne resterons pas les bras croisés face à cette alliance", None)],
           time="t-saturday-mfa", about=["e-sk-idle", "e-law-signing"],
           note="A quote first, the weekday and the ministry after the verb; « Nous » is South Korea; « cette "
                "alliance » is the Russia–North Korea relation, not a mention."),
    speech("s-mfa-threat", "Statement", "South Korea's foreign ministry judges the treaty « directly threatens » "
           "the peninsula", SK_MFA, ("juge", None), [("menace directement", None)], time="t-saturday-mfa",
           about=["e-treaty-threat"],
           note="« qui juge que le traité « menace directement » la sécurité de la péninsule »: a relative verb of "
                "opinion with its own guillemets, a second speech act (as « jugeant ... « le droit souverain » » in "
                "gold); the same occasion as the warning, so its Saturday."),
    speech("s-official", "Report", "A presidential official says Seoul no longer rules out arming Ukraine",
           OFFICIAL, ("Selon", None), [], about=["s-sk-not-ruled-out", "e-arms-delivery"],
           note="« Selon un responsable de la présidence »: an unnamed official relaying the state's stance (as an "
                "official relaying the presidency's in gold/ballons-coree-du-nord-2024-05-29)."),
    speech("s-sk-not-ruled-out", "Statement", "Seoul no longer rules out delivering arms to Ukraine", SK,
           ("n’exclut plus", None), [], according_to=[OFFICIAL], about=["e-arms-delivery"],
           note="« Séoul n’exclut plus de livrer des armes »: a stance of the state relayed by the official (as « "
                "n’exclut pas » in gold): the speech act occurred, the delivery it leaves open is hypothetical. « "
                "plus » marks a change of position, not a time."),
    speech("s-state-dept", "Statement", "The State Department says it is « deeply concerned » by the troops' "
           "presence", STATE_DEPT, ("s’est dit", None), [("profondément préoccupé", None)], time="t-friday-dos",
           place=WASHINGTON_CITY, about=["e-deployment"],
           note="« À Washington » fronted: the city where it speaks (as in gold). « la présence de ces troupes » "
                "restates the deployment."),
    speech("s-miller-call", "Statement", "Matthew Miller calls on Beijing to use its influence on North Korea",
           MILLER, ("a appelé", None), [], addressee=CHINA, about=["e-china-influence"],
           note="« Son porte-parole, Matthew Miller, a appelé Pékin à user de son influence sur son voisin »: a "
                "call to a metonym (the addressee, as an exhortation to a metonym in gold); « Son » is the State "
                "Department's. No weekday of its own: no time; « À Washington » belongs to the sentence before."),
    speech("s-miller-tech", "Statement", "Matthew Miller: North Korea could receive Russian military technology",
           MILLER, ("selon", "selon lui"), [], about=["e-tech-transfer"],
           note="« qui, selon lui, pourrait recevoir ... »: « selon lui » inside the relative gives the conditional "
                "to Miller, a speech act of its own (as « selon lui » mid-clause in gold)."),
    speech("s-yonhap", "Report", "Yonhap announces the National Security Council meeting on Sunday", YONHAP,
           ("a annoncé", None), [], about=["e-nsc-meeting", "e-riposte"],
           note="The source after the clause; « dimanche » dates the meeting, not the report."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
