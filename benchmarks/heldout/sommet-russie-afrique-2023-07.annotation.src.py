"""Held-out annotation of sommet-russie-afrique-2023-07.txt (written for the twenty-sixth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/heldout/sommet-russie-afrique-2023-07.annotation.src.py
    python tools/annotate_offsets.py benchmarks/heldout/sommet-russie-afrique-2023-07.annotation.src.py --check

Held-out set 26: never tune extraction rules on this article (see benchmarks/heldout/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-russie-afrique-2023-07.txt"

PUBLISHED_INFERRED = {
    "value": "2023-07-28", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives July 2023. Putin « doit assister dimanche 30 juillet » (future; 30 July 2023 is a Sunday, "
             "which confirms the year), so the article appeared on or before Sunday 30 July. The participants « "
             "doivent adopter vendredi soir » a declaration (future: a Friday on or after publication), while « "
             "Vendredi, ... Cyril Ramaphosa, a exhorté » (past: a Friday on or before publication); Putin « a promis "
             "jeudi » and Miller « a estimé jeudi » (past). In the week before Sunday 30 July, the only day that is "
             "both on or after a past Friday and on or before a future Friday is Friday 28 July 2023 itself; the "
             "Thursday is 27 July. « le 17 juillet » (past) agrees."),
}

NOTE = """\
Held-out-26 article: at the opening of the second Russia–Africa summit in Saint Petersburg, Vladimir Putin promises on \
Thursday 27 July 2023 to deliver grain free of charge to six African countries (Burkina Faso, Zimbabwe, Mali, Somalia, \
the Central African Republic, Eritrea: 25,000 to 50,000 tonnes within three to four months), says Russia can replace \
Ukrainian grain and accuses the West of having taken most of it; Moscow had refused on 17 July to extend the Black Sea \
grain deal negotiated in 2022 by the UN and Turkey; the African Union's chairman, the Comorian president Azali \
Assoumani, says Africa needs peace rather than charity and pleads for the deal's resumption; on Friday Cyril \
Ramaphosa urges his host to end the war in Ukraine (he had submitted an African peace plan to Putin in June), and \
Putin promises to study the proposals without committing to a timetable; only seventeen heads of state came, against \
43 at the first summit in Sochi in 2019, which the Kremlin's foreign-policy adviser Yuri Ushakov blames on « \
unprecedented » pressure from Washington and Paris; Washington rejects the charge, State Department spokesman \
Matthew Miller says on Thursday the gifts will not make up for the end of the deal and accuses Moscow of using hunger \
as a weapon, and Josep Borrell had accused Russia the day before of taking the poorest countries hostage; the \
participants are to adopt a final declaration on Friday evening, a third summit could be held in Africa in 2026 \
(Ushakov), and Putin is to attend the Navy Day parade in his home city on Sunday 30 July. Published in July 2023 (the \
file gives the month; the day, Friday 28 July, comes from past « jeudi » and « Vendredi », a future « vendredi soir » \
and a future « dimanche 30 juillet »: see PUBLISHED_INFERRED). The summit, the six countries, the tonnages, the « \
three to four months », the 17 heads of state against 43, Ushakov's charge of pressure, the Sunday parade and the 2026 \
summit follow the real events loosely; all the quotes, Azali's and Ramaphosa's words, the Friday exchange, Miller's \
and Borrell's reactions and Washington's rejection are invented or simplified.
What it exercises: a promise with an infinitive of delivery to a plural phrase on a past weekday in a city, and a \
nominal summit with a hyphenated two-name title and a nominal end of a deal with a sea inside its name (« Vladimir \
Poutine a promis jeudi à Saint-Pétersbourg de livrer gratuitement des céréales à six pays africains, à l’ouverture \
d’un sommet Russie-Afrique assombri par la fin de l’accord céréalier de la mer Noire »: a planned Delivery, the \
summit a Meeting with Russia and Africa inside its name, the end of the deal an event); six country names as the \
subject of a future that restates the delivery, a quoted window of months and a role noun after the verb (« Le \
Burkina Faso, ... l’Érythrée recevront de 25.000 à 50.000 tonnes « dans les trois à quatre prochains mois », a \
précisé le président russe »: the receiving restates the Delivery, the six its recipients); a quote first with « \
Notre pays » and a capability (« est en mesure de remplacer »: hypothetical) under an inverted « a-t-il assuré »; an \
accusation by a pronoun with an infinitive perfect (« Il a accusé les Occidentaux d’avoir accaparé l’essentiel du \
grain ukrainien »: suspected); a refusal by a metonym with a day and month and an apposed participle with a year and \
two agents in « par » (« Moscou a refusé le 17 juillet de prolonger cet accord, négocié en 2022 par l’ONU et la \
Turquie »: the extension negated, the negotiation an Agreement); a quote first with a negated need (no event) under « \
a lancé » with a role noun holding an organisation in apposition and a nationality noun before the name (« le \
président en exercice de l’Union africaine, le Comorien Azali Assoumani »), then a relative plea for a nominal \
resumption (proposed); a fronted publication-day weekday with a role noun and a name in apposition and an \
exhortation of a role noun for the host (« Vendredi, le président sud-africain, Cyril Ramaphosa, a exhorté son hôte à \
mettre fin à la guerre en Ukraine »: the ending proposed, the war the invasion with Ukraine inside); a quote first \
under « a-t-il déclaré » that restates the urged end (« Cette guerre doit cesser »); a pluperfect submission with two \
clitics and a month (« Il lui avait soumis en juin un plan de paix africain »: a Proposal); a promise with a quoted \
adverbial and a possessive plural object, then a negated commitment (« Le chef du Kremlin a promis d’étudier « avec \
attention » leurs propositions, sans s’engager sur un calendrier »); a restrictive « Seuls » over a trip by a \
numbered group and a nominal earlier summit with a city and a year (« Seuls dix-sept chefs d’État ont fait le \
déplacement, contre 43 au premier sommet, à Sotchi en 2019 »); an accusation of two metonyms with an infinitive \
perfect and a quoted adjective (« a accusé Washington et Paris d’avoir exercé des pressions « sans précédent » »: \
suspected), a rejection by a metonym (« Washington a rejeté ces accusations »); indirect speech first with a negated \
future and a quoted « en rien » (no event for the compensation), a past weekday and a role noun holding a department \
with a name in apposition, then a participle accusation with the quote opening after an elided « d’ » (« accusant \
Moscou d’« utiliser la faim comme une arme » »); a pluperfect reproach with « la veille » (the eve of Miller's \
Thursday) and a quoted infinitive (« avait reproché la veille à la Russie de « prendre en otage » les pays les plus \
pauvres »); a planned adoption of a declaration « vendredi soir » by a plural subject; a conditional summit with a \
place and a year sourced after the clause (« selon M. Ouchakov »); a planned attendance at a parade on a weekday with \
a date and a nominal home city (« doit assister dimanche 30 juillet au défilé de la Marine russe dans sa ville natale \
»).
Places and metonyms. « Moscou » is Russia (Q159, metonym) where it refuses and is accused; « Washington » is the \
United States (Q30, metonym) twice; « Paris » is France (local, metonym); « Kremlin » inside « Le chef du Kremlin » \
and « Le conseiller diplomatique du Kremlin » is the institution (Q2060629, as in gold). « Saint-Pétersbourg » (name) \
and « sa ville natale » (nominal, Putin's) are the city (local); « Sotchi » is the city (Q39420), the first summit's \
place; « Afrique » is the continent (local:africa, as in gold/poutine-erdogan-sotchi-2023-09-04) inside « sommet \
Russie-Afrique » (with « Russie », Q159, as « Russie-RPDC » in the bundled article), in Azali's quote and as the place \
of the third summit. « mer Noire » (Q166) is a name inside the deal's phrase.
Mentions. Putin is « Vladimir Poutine » (twice), « le président russe », « il » (« a-t-il assuré »), « Il » (« Il a \
accusé »), « son hôte », « lui » (« Il lui avait soumis ») and « Le chef du Kremlin »; « Notre pays » in his quote is \
Russia. Ramaphosa is « le président sud-africain », « Cyril Ramaphosa », « il » (« a-t-il déclaré ») and « Il » (« Il \
lui avait soumis »). Azali is « le président en exercice de l’Union africaine » (with « Union africaine » inside) and \
« Azali Assoumani » (« le Comorien » is a nationality noun before the name, part of its phrase, as « le Biélorusse \
Alexandre Loukachenko » in gold; Comoros is therefore no entity). Ushakov is « Le conseiller diplomatique du Kremlin \
», « Iouri Ouchakov » and « Ouchakov » (« M. Ouchakov »); Miller « le porte-parole du département d’État » (with « \
département d’État » inside, a name) and « Matthew Miller »; Borrell « Le chef de la diplomatie européenne » (« la \
diplomatie européenne » inside a title is no mention, as in gold) and « Josep Borrell ». The grain deal is « \
l’accord céréalier de la mer Noire », « cet accord », « l’accord » (Azali's plea) and « l’accord » (Miller's). « la \
guerre en Ukraine » and « Cette guerre » are the invasion (Q110999040, with « Ukraine », Q212, inside). Things and \
groups events take are mentions: « des céréales » (the grain promised), « l’essentiel du grain ukrainien », « un plan \
de paix africain », « les Occidentaux », « dix-sept chefs d’État », « les pays les plus pauvres », « Les \
participants », « la Marine russe ». Not mentions: « six pays africains » (a plural phrase for the six countries \
named in the next sentence, as « les deux pays »), « de 25.000 à 50.000 tonnes » (each country's share, distributive), \
« les céréales ukrainiennes » (goods in general, as « l’orge australienne » in gold), « charité », « paix », « leurs \
propositions » (possessive plural), « un calendrier », « 43 », « ces accusations » and « Les dons promis » (speech \
and events restated), « la faim », « une arme », « une déclaration finale » (a document: its authors speak).
Statuses. The summit, the attendance, the end of the deal, the 2022 negotiation, the June plan and the 2019 summit \
are occurred; the free deliveries (a promise), Putin's study of the proposals, the adoption of the declaration, the \
parade and Putin's attendance are planned; the replacement of Ukrainian grain (« est en mesure de ») and the third \
summit (« pourrait ») are hypothetical; the resumption Azali pleads for and the end of the war Ramaphosa urges are \
proposed; the grabbing of the grain (Putin), the pressure (Ushakov), the use of hunger as a weapon (Miller) and the \
hostage-taking (Borrell) are suspected; the extension is negated (« a refusé de prolonger »), and Putin's commitment \
to a timetable is a negated speech act.
Times. « jeudi » (Putin's promise) and « jeudi » (Miller) are Thursday 27 July 2023; « Vendredi » (Ramaphosa) and « \
vendredi soir » (the adoption, future) are the publication day, Friday 28 July; « la veille » is the eve of Miller's \
Thursday, Wednesday 26 July; « le 17 juillet » 17 July 2023; « en 2022 », « en 2019 » and « en 2026 » years; « en juin \
» June 2023; « dans les trois à quatre prochains mois » (counted from 27 July, ending by late November 2023) the year \
2023; « dimanche 30 juillet » 30 July 2023. Putin's « a précisé », « a-t-il assuré » and « Il a accusé » continue the \
Thursday speech of the lede (its day and city); Ramaphosa's quote takes his Friday. Azali's words, Putin's promise to \
study and his negated commitment, Ushakov's two speech acts and Washington's rejection have no weekday of their own: \
no time. Words said at the summit (Putin's, Azali's, Ramaphosa's, the declaration) take Saint Petersburg, the \
summit's city (implied places, as in gold/sommet-ocs-astana-2024-07-04); Ushakov's, Washington's, Miller's and \
Borrell's words get no place.
Linked: Vladimir Putin (Q7747), Russia (Q159), the Black Sea (Q166), Ukraine (Q212), the invasion (Q110999040), the \
United Nations (Q1065), the Kremlin (Q2060629), Sochi (Q39420) and the United States (Q30). Unlinked (not in \
ids.tsv): Saint Petersburg, Africa, the six countries, the promised grain, the grain deal, the West, the bulk of \
Ukrainian grain, Turkey, the African Union, Azali Assoumani, Cyril Ramaphosa, the African peace plan, the seventeen \
heads of state, Yuri Ushakov, France, the State Department, Matthew Miller, Josep Borrell, the poorest countries, the \
summit participants and the Russian Navy."""

PUTIN, RUSSIA, BLACK_SEA, UKRAINE, INVASION = "Q7747", "Q159", "Q166", "Q212", "Q110999040"
UN, KREMLIN, SOCHI, US = "Q1065", "Q2060629", "Q39420", "Q30"
SPB, AFRICA, GRAIN, GRAIN_DEAL = "local:saint-petersburg", "local:africa", "local:promised-russian-grain", \
    "local:black-sea-grain-deal"
BURKINA, ZIMBABWE, MALI, SOMALIA = "local:burkina-faso", "local:zimbabwe", "local:mali", "local:somalia"
CAR, ERITREA, WEST, UA_GRAIN = "local:central-african-republic", "local:eritrea", "local:western-countries", \
    "local:bulk-of-ukrainian-grain"
TURKEY, AU, AZALI, RAMAPHOSA = "local:turkey", "local:african-union", "local:azali-assoumani", "local:cyril-ramaphosa"
PLAN, HEADS, USHAKOV, FRANCE = "local:african-peace-plan", "local:attending-heads-of-state", "local:yuri-ushakov", \
    "local:france"
STATE_DEPT, MILLER, BORRELL, POOREST = "local:us-state-department", "local:matthew-miller", "local:josep-borrell", \
    "local:poorest-countries"
PARTICIPANTS, NAVY = "local:summit-participants", "local:russian-navy"

DESCRIPTIONS = {
    RUSSIA: "aussi désignée par « Moscou » (métonymie) et « Notre pays »",
    US: "aussi désignés par « Washington » (métonymie)",
    KREMLIN: "l’institution que désigne « le Kremlin » dans « Le chef du Kremlin » et « Le conseiller diplomatique "
             "du Kremlin »",
    INVASION: "désignée par « la guerre en Ukraine » et « Cette guerre »",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (SPB, "Saint-Pétersbourg", "Saint Petersburg", "place",
     {"description": "ville natale de Vladimir Poutine, où se tient le sommet Russie-Afrique", "class_qid": "Q515",
      "unlinked_reason": NOT_VERIFIED}),
    (AFRICA, "Afrique", "Africa", "place",
     {"description": "le continent africain (et ses États, dans le nom du sommet)", "unlinked_reason": NOT_VERIFIED}),
    (GRAIN, "céréales russes promises gratuitement à six pays africains", "Russian grain promised free of charge "
     "to six African countries", "object",
     {"description": "de 25.000 à 50.000 tonnes par pays, selon Vladimir Poutine",
      "unlinked_reason": "unspecified consignments, not one Wikidata item"}),
    (GRAIN_DEAL, "accord sur les céréales de la mer Noire", "Black Sea Grain Initiative", "object",
     {"description": "l’accord de 2022 sur les exportations de céréales ukrainiennes par la mer Noire, négocié par "
                     "l’ONU et la Turquie, que la Russie a refusé de prolonger le 17 juillet 2023",
      "unlinked_reason": NOT_VERIFIED}),
    (BURKINA, "Burkina Faso", "Burkina Faso", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ZIMBABWE, "Zimbabwe", "Zimbabwe", "country", {"unlinked_reason": NOT_VERIFIED}),
    (MALI, "Mali", "Mali", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SOMALIA, "Somalie", "Somalia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CAR, "Centrafrique", "Central African Republic", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ERITREA, "Érythrée", "Eritrea", "country", {"unlinked_reason": NOT_VERIFIED}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"description": "les pays occidentaux, accusés par Vladimir Poutine", "unlinked_reason": "a group of states, "
                     "not one Wikidata item"}),
    (UA_GRAIN, "l’essentiel du grain ukrainien", "the bulk of Ukrainian grain", "object",
     {"description": "la plus grande part du grain exporté d’Ukraine dans le cadre de l’accord, selon Vladimir "
                     "Poutine", "unlinked_reason": "unspecified cargoes, not one Wikidata item"}),
    (TURKEY, "Turquie", "Turkey", "country", {"unlinked_reason": NOT_VERIFIED}),
    (AU, "Union africaine", "African Union", "organization",
     {"class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (AZALI, "Azali Assoumani", "Azali Assoumani", "person",
     {"description": "président des Comores, président en exercice de l’Union africaine",
      "unlinked_reason": NOT_VERIFIED}),
    (RAMAPHOSA, "Cyril Ramaphosa", "Cyril Ramaphosa", "person",
     {"description": "président de l’Afrique du Sud", "unlinked_reason": NOT_VERIFIED}),
    (PLAN, "plan de paix africain", "African peace plan", "other",
     {"description": "le plan de paix pour l’Ukraine présenté en juin 2023 par une mission de dirigeants africains",
      "unlinked_reason": NOT_VERIFIED}),
    (HEADS, "dix-sept chefs d’État africains présents au sommet", "seventeen heads of state at the summit", "group",
     {"unlinked_reason": "a group of people, not one Wikidata item"}),
    (USHAKOV, "Iouri Ouchakov", "Yuri Ushakov", "person",
     {"description": "conseiller diplomatique du Kremlin", "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "désignée par « Paris » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État américain", "United States Department of State", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (BORRELL, "Josep Borrell", "Josep Borrell", "person",
     {"description": "chef de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (POOREST, "les pays les plus pauvres", "the poorest countries", "group",
     {"unlinked_reason": "a group of states, not one Wikidata item"}),
    (PARTICIPANTS, "participants au sommet Russie-Afrique", "Russia–Africa summit participants", "group",
     {"description": "les dirigeants et délégations réunis à Saint-Pétersbourg",
      "unlinked_reason": "a group of people, not one Wikidata item"}),
    (NAVY, "Marine russe", "Russian Navy", "organization", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Vladimir Poutine a promis jeudi à Saint-Pétersbourg de livrer gratuitement des céréales à six pays africains,
    # à l’ouverture d’un sommet Russie-Afrique assombri par la fin de l’accord céréalier de la mer Noire.
    ("Vladimir Poutine", 1, PUTIN, "name"),
    ("Saint-Pétersbourg", None, SPB, "name"),
    ("des céréales", None, GRAIN, "nominal"),
    ("Russie", "Russie-Afrique", RUSSIA, "name"),
    ("Afrique", "Russie-Afrique", AFRICA, "name"),
    ("l’accord céréalier de la mer Noire", None, GRAIN_DEAL, "nominal"),
    ("mer Noire", None, BLACK_SEA, "name"),
    # Le Burkina Faso, le Zimbabwe, le Mali, la Somalie, la Centrafrique et l’Érythrée recevront ..., a précisé ...
    ("Burkina Faso", None, BURKINA, "name"),
    ("Zimbabwe", None, ZIMBABWE, "name"),
    ("Mali", None, MALI, "name"),
    ("Somalie", None, SOMALIA, "name"),
    ("Centrafrique", None, CAR, "name"),
    ("Érythrée", None, ERITREA, "name"),
    ("le président russe", None, PUTIN, "nominal"),
    # « Notre pays est en mesure de remplacer les céréales ukrainiennes », a-t-il assuré.
    ("Notre pays", None, RUSSIA, "nominal"),
    ("il", "a-t-il assuré", PUTIN, "pronoun"),
    # Il a accusé les Occidentaux d’avoir accaparé l’essentiel du grain ukrainien.
    ("Il", "Il a accusé", PUTIN, "pronoun"),
    ("les Occidentaux", None, WEST, "nominal"),
    ("l’essentiel du grain ukrainien", None, UA_GRAIN, "nominal"),
    # Moscou a refusé le 17 juillet de prolonger cet accord, négocié en 2022 par l’ONU et la Turquie.
    ("Moscou", "Moscou a refusé", RUSSIA, "metonym"),
    ("cet accord", None, GRAIN_DEAL, "nominal"),
    ("ONU", None, UN, "name"),
    ("Turquie", None, TURKEY, "name"),
    # « L’Afrique n’a pas besoin ... », a lancé le président en exercice de l’Union africaine, le Comorien Azali
    # Assoumani, qui a plaidé pour une reprise de l’accord.
    ("Afrique", "L’Afrique n’a pas", AFRICA, "name"),
    ("le président en exercice de l’Union africaine", None, AZALI, "nominal"),
    ("Union africaine", None, AU, "name"),
    ("Azali Assoumani", None, AZALI, "name"),
    ("l’accord", "reprise de l’accord", GRAIN_DEAL, "nominal"),
    # Vendredi, le président sud-africain, Cyril Ramaphosa, a exhorté son hôte à mettre fin à la guerre en Ukraine.
    ("le président sud-africain", None, RAMAPHOSA, "nominal"),
    ("Cyril Ramaphosa", None, RAMAPHOSA, "name"),
    ("son hôte", None, PUTIN, "nominal"),
    ("la guerre en Ukraine", None, INVASION, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    # « Cette guerre doit cesser », a-t-il déclaré. Il lui avait soumis en juin un plan de paix africain.
    ("Cette guerre", None, INVASION, "nominal"),
    ("il", "a-t-il déclaré", RAMAPHOSA, "pronoun"),
    ("Il", "Il lui avait", RAMAPHOSA, "pronoun"),
    ("lui", "Il lui avait", PUTIN, "pronoun"),
    ("un plan de paix africain", None, PLAN, "nominal"),
    # Le chef du Kremlin a promis d’étudier « avec attention » leurs propositions, sans s’engager sur un calendrier.
    ("Le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "Le chef du Kremlin", KREMLIN, "metonym"),
    # Seuls dix-sept chefs d’État ont fait le déplacement, contre 43 au premier sommet, à Sotchi en 2019.
    ("dix-sept chefs d’État", None, HEADS, "nominal"),
    ("Sotchi", None, SOCHI, "name"),
    # Le conseiller diplomatique du Kremlin, Iouri Ouchakov, a accusé Washington et Paris d’avoir exercé ...
    ("Le conseiller diplomatique du Kremlin", None, USHAKOV, "nominal"),
    ("Kremlin", "conseiller diplomatique du Kremlin", KREMLIN, "metonym"),
    ("Iouri Ouchakov", None, USHAKOV, "name"),
    ("Washington", "accusé Washington", US, "metonym"),
    ("Paris", None, FRANCE, "metonym"),
    # Washington a rejeté ces accusations. Les dons promis ne compenseront « en rien » la fin de l’accord, a estimé
    # jeudi le porte-parole du département d’État, Matthew Miller, accusant Moscou d’« utiliser ... »
    ("Washington", "Washington a rejeté", US, "metonym"),
    ("l’accord", "la fin de l’accord, a estimé", GRAIN_DEAL, "nominal"),
    ("le porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    ("Moscou", "accusant Moscou", RUSSIA, "metonym"),
    # Le chef de la diplomatie européenne, Josep Borrell, avait reproché la veille à la Russie de « prendre en
    # otage » les pays les plus pauvres.
    ("Le chef de la diplomatie européenne", None, BORRELL, "nominal"),
    ("Josep Borrell", None, BORRELL, "name"),
    ("Russie", "à la Russie de", RUSSIA, "name"),
    ("les pays les plus pauvres", None, POOREST, "nominal"),
    # Les participants doivent adopter vendredi soir une déclaration finale. Un troisième sommet pourrait se tenir
    # en Afrique en 2026, selon M. Ouchakov.
    ("Les participants", None, PARTICIPANTS, "nominal"),
    ("Afrique", "en Afrique en 2026", AFRICA, "name"),
    ("Ouchakov", "M. Ouchakov", USHAKOV, "name"),
    # Vladimir Poutine doit assister dimanche 30 juillet au défilé de la Marine russe dans sa ville natale.
    ("Vladimir Poutine", 2, PUTIN, "name"),
    ("la Marine russe", None, NAVY, "nominal"),
    ("sa ville natale", None, SPB, "nominal"),
]

PUB = "the publication day, Friday 28 July 2023 (inferred: see PUBLISHED_INFERRED)"

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "a promis jeudi"), "2023-07-27", "day", "weekday-past",
     "« Vladimir Poutine a promis jeudi »: the Thursday before " + PUB + ": 27 July 2023."),
    ("t-months", ("dans les trois à quatre prochains mois", None), "2023", "year", "deadline",
     "Inside Putin's quoted words, counted from his Thursday 27 July 2023: the deliveries are to come by late "
     "October to late November 2023, so the year 2023 is the finest precision that is true (as « d’ici la fin juin » "
     "gets the year in gold); a reviewer may prefer vague-future, as « dans les prochains mois » in gold, which "
     "gives no number."),
    ("t-july-17", ("le 17 juillet", None), "2023-07-17", "day", "day-month-past",
     "« Moscou a refusé le 17 juillet »: a day and month written out, in the publication year, before publication: "
     "17 July 2023."),
    ("t-2022", ("en 2022", None), "2022", "year", "explicit-year",
     "« négocié en 2022 »: a year written out; it stays a year."),
    ("t-friday", ("Vendredi", None), "2023-07-28", "day", "weekday-publication-day",
     "« Vendredi, le président sud-africain ... a exhorté »: a past Friday that is " + PUB + "."),
    ("t-june", ("en juin", None), "2023-06", "month", "month-past",
     "Pluperfect « Il lui avait soumis en juin »: the last June before July 2023: June 2023."),
    ("t-2019", ("en 2019", None), "2019", "year", "explicit-year",
     "« au premier sommet, à Sotchi en 2019 »: a year written out; it stays a year."),
    ("t-thursday-miller", ("jeudi", "a estimé jeudi"), "2023-07-27", "day", "weekday-past",
     "« a estimé jeudi le porte-parole du département d’État »: the Thursday before " + PUB + ": 27 July 2023."),
    ("t-eve", ("la veille", None), "2023-07-26", "day", "eve-of-event",
     "« avait reproché la veille »: the eve of Miller's Thursday words in the sentence before (as « La veille » in "
     "gold counts back from the event just told): Wednesday 26 July 2023."),
    ("t-friday-evening", ("vendredi soir", None), "2023-07-28", "day", "part-of-day",
     "« doivent adopter vendredi soir »: the evening of " + PUB + " (a future on the same day)."),
    ("t-2026", ("en 2026", None), "2026", "year", "explicit-year",
     "« pourrait se tenir en Afrique en 2026 »: a year written out; it stays a year."),
    ("t-sunday-30", ("dimanche 30 juillet", None), "2023-07-30", "day", "weekday-day-month",
     "« doit assister dimanche 30 juillet »: an explicit weekday and date in the publication year (30 July 2023 is a "
     "Sunday), two days after publication."),
]

LEDE = ("Vladimir Poutine a promis", "mer Noire.")

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "The Russia–Africa summit in Saint Petersburg", ("sommet", "sommet Russie-Afrique"),
          [("agent", PUTIN), ("participant", RUSSIA), ("participant", AFRICA), ("participant", AZALI),
           ("participant", RAMAPHOSA), ("participant", HEADS), ("participant", PARTICIPANTS)], place=SPB,
          evidence=LEDE,
          note="« à l’ouverture d’un sommet Russie-Afrique »: a nominal Meeting placed in Saint Petersburg by the "
               "sentence (the promise is made there at its opening). Russia and Africa, named inside its title, are "
               "participants (as in gold/poutine-erdogan-sotchi-2023-09-04); Putin is its host (« son hôte », the "
               "agent, as the host of gold/sommet-ocs-astana-2024-07-04); Azali, Ramaphosa, the seventeen heads of "
               "state who came and « Les participants » take part. No time: its days are not written as its own "
               "(« jeudi » dates the promise at its opening, « Vendredi » Ramaphosa's words), as the summits of "
               "gold. « assombri par » is a description, no event."),
    event("e-grain-delivery", "Delivery", "Russia to deliver grain free of charge to six African countries",
          ("livrer", None),
          [("agent", PUTIN), ("recipient", BURKINA), ("recipient", ZIMBABWE), ("recipient", MALI),
           ("recipient", SOMALIA), ("recipient", CAR), ("recipient", ERITREA), ("theme", GRAIN)],
          status="planned", time="t-months", according_to=[PUTIN], evidence=LEDE,
          note="« a promis ... de livrer gratuitement des céréales à six pays africains »: a promise, planned; Putin, "
               "the infinitive's subject, is the agent (as « lui a promis de nouvelles livraisons » in gold). « six "
               "pays africains » is a plural phrase (no mention); the six countries named as the subject of « "
               "recevront » in the next sentence restate the recipients, and that restatement gives the Delivery "
               "its time (« dans les trois à quatre prochains mois ») and its source (« a précisé le président "
               "russe »): no second event for « recevront » (goods received are delivered). « Les dons promis » "
               "(Miller) restates it too."),
    event("e-deal-end", "Event", "The end of the Black Sea grain deal", ("fin", "la fin de l’accord céréalier"),
          [("participant", GRAIN_DEAL)], evidence=LEDE,
          note="« assombri par la fin de l’accord céréalier de la mer Noire »: the deal ending, stated as fact; the "
               "deal is the only entity in it (participant, as the expiry in gold/cereales-mer-noire-2023-07). Its "
               "date is not written with it (« le 17 juillet » dates Moscow's refusal). « la fin de l’accord » in "
               "Miller's sentence restates it (no new event)."),
    event("e-replace", "Event", "Russia able to replace Ukrainian grain (Putin)", ("remplacer", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[PUTIN],
          note="« Notre pays est en mesure de remplacer les céréales ukrainiennes »: a capability, not a schedule: "
               "hypothetical; « Notre pays » is Russia. « les céréales ukrainiennes » are goods in general (no "
               "mention), so the event has its agent only."),
    event("e-grab", "Event", "The West took most of the Ukrainian grain (Putin's accusation)", ("accaparé", None),
          [("agent", WEST), ("theme", UA_GRAIN)], status="suspected", according_to=[PUTIN],
          note="« Il a accusé les Occidentaux d’avoir accaparé l’essentiel du grain ukrainien »: an accusation the "
               "article does not endorse: suspected, according to Putin."),
    event("e-non-extension", "Event", "Russia refused on 17 July to extend the grain deal", ("prolonger", None),
          [("agent", RUSSIA), ("theme", GRAIN_DEAL)], status="negated", time="t-july-17",
          note="« Moscou a refusé le 17 juillet de prolonger cet accord »: the refused extension is negated (as « "
               "ne prolongerait pas l’accord » in gold/cereales-mer-noire-2023-07); the refusal is no separate "
               "event and no speech act (what is refused is an act, not words, unlike « a refusé de donner des "
               "détails »), so the date goes to the negated extension. In the article's voice: no according_to."),
    event("e-deal-negotiation", "Agreement", "The grain deal negotiated in 2022 by the UN and Turkey",
          ("négocié", None),
          [("agent", UN), ("agent", TURKEY), ("participant", RUSSIA), ("participant", UKRAINE),
           ("theme", GRAIN_DEAL)], time="t-2022",
          note="« cet accord, négocié en 2022 par l’ONU et la Turquie »: a participle apposition with its agents after "
               "« par ». The parties, Russia and Ukraine, are implied (the deal Moscow refuses to extend, the "
               "Ukrainian grain), as the implied parties of agreements in gold."),
    event("e-resumption", "Event", "A resumption of the grain deal (Azali Assoumani's plea)", ("reprise", None),
          [("participant", GRAIN_DEAL)], status="proposed", according_to=[AZALI],
          note="« qui a plaidé pour une reprise de l’accord »: what he pleads for: proposed. Nobody who would resume "
               "it is written: the deal is the participant (as the hoped-for resumption in "
               "gold/cereales-mer-noire-2023-07)."),
    event("e-end-war", "Event", "Putin to end the war in Ukraine (Ramaphosa's exhortation)", ("mettre fin", None),
          [("agent", PUTIN), ("participant", INVASION)], status="proposed", according_to=[RAMAPHOSA],
          note="« a exhorté son hôte à mettre fin à la guerre en Ukraine »: what he urges: proposed; « son hôte » "
               "(Putin) the agent, the war the participant. « Cette guerre doit cesser » in his quote restates the "
               "urged end (no new event)."),
    event("e-peace-plan", "Proposal", "Ramaphosa submitted an African peace plan to Putin in June",
          ("soumis", None), [("agent", RAMAPHOSA), ("recipient", PUTIN), ("theme", PLAN)], time="t-june",
          note="« Il lui avait soumis en juin un plan de paix africain »: a pluperfect in the article's voice; « Il » "
               "is Ramaphosa, « lui » Putin (« son hôte »). No place is written (the June meeting was in Saint "
               "Petersburg, but the text does not say so)."),
    event("e-study", "Event", "Putin to study the African proposals", ("étudier", None), [("agent", PUTIN)],
          status="planned", according_to=[PUTIN],
          note="« a promis d’étudier « avec attention » leurs propositions »: a promise, planned. « leurs "
               "propositions » (the African leaders', plural possessive) is no mention. No time word of its own, and "
               "no place (the study is to come, wherever it is done; the promise itself is placed at the summit)."),
    event("e-attendance", "Visit", "Only seventeen heads of state travelled to the summit",
          ("fait le déplacement", None), [("agent", HEADS)], place=SPB, part_of="e-summit",
          note="« Seuls dix-sept chefs d’État ont fait le déplacement »: a trip to the summit (the destination, "
               "Saint Petersburg, implied, as « avaient fait le déplacement » in "
               "gold/djeddah-ukraine-etats-unis-2025-03-11); « Seuls » restricts the number, it does not deny the "
               "trip: occurred. No time of its own. « contre 43 » has no trigger of its own (no event)."),
    event("e-first-summit", "Meeting", "The first Russia–Africa summit, in Sochi in 2019", ("sommet", "premier sommet"),
          [("participant", RUSSIA), ("participant", AFRICA)], place=SOCHI, time="t-2019",
          note="« au premier sommet, à Sotchi en 2019 »: the first summit of the series the lede names (« sommet "
               "Russie-Afrique »), so its participants are Russia and Africa, as the summit of the lede; Sochi its "
               "place, 2019 its time."),
    event("e-pressure", "Event", "Washington and Paris pressed African countries (Ushakov's accusation)",
          ("exercé des pressions", None), [("agent", US), ("agent", FRANCE)], status="suspected",
          according_to=[USHAKOV],
          note="« a accusé Washington et Paris d’avoir exercé des pressions « sans précédent » »: an accusation, "
               "suspected, according to Ushakov; Washington's rejection (« Washington a rejeté ces accusations ») "
               "does not make it negated (a contested charge stays suspected, gold/sommet-ocs-astana-2024-07-04). "
               "Who was pressed is not written (implied African governments): no recipient. The trigger is the "
               "light verb with its noun (as « fait le déplacement »)."),
    event("e-weaponize", "Event", "Russia uses hunger as a weapon (Miller's accusation)", ("utiliser", None),
          [("agent", RUSSIA)], status="suspected", according_to=[MILLER],
          note="« accusant Moscou d’« utiliser la faim comme une arme » »: the quoted infinitive is the accused act, "
               "suspected; « la faim » and « une arme » are no mentions."),
    event("e-hostage", "Event", "Russia takes the poorest countries hostage (Borrell's reproach)",
          ("prendre en otage", None), [("agent", RUSSIA), ("recipient", POOREST)], status="suspected",
          according_to=[BORRELL],
          note="« avait reproché la veille à la Russie de « prendre en otage » les pays les plus pauvres »: a "
               "reproach is an accusation: suspected; the countries taken hostage are the recipient."),
    event("e-adoption", "Agreement", "The participants to adopt a final declaration on Friday evening",
          ("adopter", None), [("participant", PARTICIPANTS)], status="planned", time="t-friday-evening", place=SPB,
          part_of="e-summit",
          note="« Les participants doivent adopter vendredi soir une déclaration finale »: « doivent »: planned; "
               "adopting a text is agreeing on it (as in gold/sommet-ocs-astana-2024-07-04), the declaration its "
               "speech act (s-declaration). Placed in Saint Petersburg, the summit's city (implied)."),
    event("e-third-summit", "Meeting", "A third Russia–Africa summit could be held in Africa in 2026",
          ("sommet", "troisième sommet"), [("participant", RUSSIA), ("participant", AFRICA)],
          status="hypothetical", place=AFRICA, time="t-2026", according_to=[USHAKOV],
          note="« Un troisième sommet pourrait se tenir en Afrique en 2026, selon M. Ouchakov »: conditional, "
               "hypothetical; the series' two sides are its participants, as the first summit's; Africa is also "
               "the place (no country is written)."),
    event("e-parade", "Event", "The Russian Navy's parade in Saint Petersburg on Sunday 30 July", ("défilé", None),
          [("agent", NAVY)], status="planned", place=SPB, time="t-sunday-30",
          note="« au défilé de la Marine russe dans sa ville natale »: a parade held by the Navy (its agent, as the "
               "parade held by China in gold), scheduled: planned. « sa ville natale » is Saint Petersburg (Putin's "
               "home city), the place."),
    event("e-putin-attendance", "Event", "Putin to attend the Navy parade on Sunday 30 July", ("assister", None),
          [("participant", PUTIN)], status="planned", place=SPB, time="t-sunday-30", part_of="e-parade",
          note="« Vladimir Poutine doit assister dimanche 30 juillet »: « doit »: planned; the attendance takes the "
               "parade's day and place (as the attendance in gold/sommet-ocs-astana-2024-07-04). In the article's "
               "voice: no according_to."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-putin-promise", "Assurance", "Putin promises free grain to six African countries", PUTIN,
           ("a promis", "a promis jeudi"), [], time="t-thursday", place=SPB, about=["e-grain-delivery"],
           evidence=LEDE,
           note="« Vladimir Poutine a promis jeudi à Saint-Pétersbourg de livrer »: a promise without a quote; "
                "Saint Petersburg is where he speaks (the city, local)."),
    speech("s-putin-details", "Statement", "Putin details the deliveries « within three to four months »", PUTIN,
           ("a précisé", None), [("dans les trois à quatre prochains mois", None)], time="t-thursday", place=SPB,
           about=["e-grain-delivery"],
           note="« a précisé le président russe »: the same speech as the lede's promise (it details it), so its "
                "Thursday and city (as « a ajouté M. Peskov » takes his first quote's day in gold)."),
    speech("s-putin-replace", "Assurance", "Putin: Russia can replace Ukrainian grain", PUTIN,
           ("a-t-il assuré", None), [("Notre pays est en mesure de remplacer les céréales ukrainiennes", None)],
           time="t-thursday", place=SPB, about=["e-replace"],
           note="A quote first under an inverted « a-t-il assuré » (the trigger with its « il », as « a-t-il indiqué » "
                "in gold); « il » is Putin; the same speech, so its Thursday and city."),
    speech("s-putin-accusation", "Statement", "Putin accuses the West of taking most of the Ukrainian grain", PUTIN,
           ("a accusé", "Il a accusé"), [], addressee=WEST, time="t-thursday", place=SPB, about=["e-grab"],
           note="« Il a accusé les Occidentaux d’avoir accaparé »: no quote; the accused is the addressee (as « "
                "accusant » in gold). The same speech, so its Thursday and city."),
    speech("s-azali", "Statement", "Azali Assoumani: « Africa does not need charity but peace »", AZALI,
           ("a lancé", None), [("L’Afrique n’a pas besoin de charité mais de paix", None)], place=SPB,
           note="A quote first under « a lancé » with the role noun in apposition before the name. The negated need "
                "names no event (« charité », « paix » have no actor). Said at the summit (Saint Petersburg, "
                "implied); no weekday of its own: no time."),
    speech("s-azali-plea", "Statement", "Azali Assoumani pleads for a resumption of the grain deal", AZALI,
           ("a plaidé", None), [], place=SPB, about=["e-resumption"],
           note="« qui a plaidé pour une reprise de l’accord »: a relative clause on the speaker, a second speech act "
                "without a quote."),
    speech("s-ramaphosa-exhortation", "Statement", "Ramaphosa urges Putin to end the war in Ukraine", RAMAPHOSA,
           ("a exhorté", None), [], addressee=PUTIN, time="t-friday", place=SPB, about=["e-end-war"],
           note="« Vendredi, le président sud-africain, Cyril Ramaphosa, a exhorté son hôte »: « son hôte » (Putin) "
                "is the one exhorted, the addressee; said at the summit (Saint Petersburg, implied)."),
    speech("s-ramaphosa-quote", "Statement", "Ramaphosa: « This war must stop »", RAMAPHOSA,
           ("a-t-il déclaré", None), [("Cette guerre doit cesser", None)], time="t-friday", place=SPB,
           about=["e-end-war"],
           note="A quote first; « il » is Ramaphosa; the same occasion as his Friday exhortation."),
    speech("s-putin-study", "Assurance", "Putin promises to study the African proposals « carefully »", PUTIN,
           ("a promis", "a promis d’étudier"), [("avec attention", None)], place=SPB, about=["e-study"],
           note="« Le chef du Kremlin a promis d’étudier « avec attention » leurs propositions »: the quote is an "
                "adverbial, no event; no weekday of its own: no time (the Friday is not repeated)."),
    speech("s-putin-no-timetable", "Assurance", "Putin does not commit to a timetable", PUTIN,
           ("s’engager", None), [], status="negated", place=SPB, about=["e-study"],
           note="« sans s’engager sur un calendrier »: a negated commitment (as « sans toutefois avancer de date » in "
                "gold); « un calendrier » is no mention."),
    speech("s-ushakov-accusation", "Statement", "Ushakov accuses Washington and Paris of « unprecedented » pressure",
           USHAKOV, ("a accusé", "Ouchakov, a accusé"), [("sans précédent", None)], about=["e-pressure"],
           note="A quoted adjective; two accused states, so no addressee (the field holds one entity, and the gold "
                "gives one speech act per speaker, not per addressee). No weekday, no place written."),
    speech("s-us-rejection", "Statement", "Washington rejects the accusations of pressure", US, ("a rejeté", None),
           [], about=["e-pressure"],
           note="« Washington a rejeté ces accusations »: the metonym is the United States; « ces accusations » "
                "restates Ushakov's speech act (no mention). No time of its own."),
    speech("s-miller-estimate", "Statement", "Miller: the promised gifts will « in no way » make up for the end of "
           "the deal", MILLER, ("a estimé", None), [("en rien", None)], time="t-thursday-miller",
           about=["e-grain-delivery", "e-deal-end"],
           note="Indirect speech first with a quoted « en rien »: « Les dons promis » restates the Delivery and « la "
                "fin de l’accord » the end of the deal; the compensation that is denied is a relation between two "
                "events, not an event (as « aucun lien » in gold/cereales-mer-noire-2023-07)."),
    speech("s-miller-accusation", "Statement", "Miller accuses Moscow of « using hunger as a weapon »", MILLER,
           ("accusant", None), [("utiliser la faim comme une arme", None)], addressee=RUSSIA,
           time="t-thursday-miller", about=["e-weaponize"],
           note="A participle with its own guillemets: a second speech act (gold: two verbs, two quotes), with the "
                "Thursday of « a estimé jeudi »; the accused (« Moscou », Russia) is the addressee. The quote opens "
                "after the elided « d’ »."),
    speech("s-borrell", "Statement", "Borrell accused Russia the day before of « taking hostage » the poorest "
           "countries", BORRELL, ("avait reproché", None), [("prendre en otage", None)], addressee=RUSSIA,
           time="t-eve", about=["e-hostage"],
           note="« avait reproché la veille à la Russie de « prendre en otage » »: a pluperfect reproach; Russia, to "
                "whom it is made, is the addressee."),
    speech("s-declaration", "Statement", "The summit's final declaration (to be adopted on Friday evening)",
           PARTICIPANTS, ("déclaration", None), [], status="planned", time="t-friday-evening", place=SPB,
           note="« une déclaration finale »: the document speaks for its authors, the participants (one group, one "
                "speech act, trigger the noun, as in gold/sommet-ocs-astana-2024-07-04); not adopted yet: planned. "
                "Its content is not given."),
    speech("s-ushakov-report", "Report", "Ushakov says a third summit could be held in Africa in 2026", USHAKOV,
           ("selon", None), [], about=["e-third-summit"], note="« selon M. Ouchakov » at the end of the sentence."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
