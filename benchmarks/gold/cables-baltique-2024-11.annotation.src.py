"""Held-out annotation of cables-baltique-2024-11.txt (written for the eighteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/cables-baltique-2024-11.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/cables-baltique-2024-11.annotation.src.py --check

From held-out set 18 (moved to gold in session 17; see benchmarks/gold/README.md).

The story follows the cutting of the C-Lion1 (Finland–Germany) and BCS East-West Interlink (Lithuania–Sweden) cables
on 17 and 18 November 2024 and the suspicions about the Chinese bulk carrier Yi Peng 3; the wording of the quotes,
the Finnish police's and Lin Jian's words, Valtonen's call, the Danish official's remark, Moscow's silence and the
Tallinn meeting are partly or wholly invented.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "cables-baltique-2024-11.txt"

PUBLISHED_INFERRED = {
    "value": "2024-11-20", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives November 2024. C-Lion1 « a cessé de fonctionner lundi 18 novembre » (18 November 2024 "
             "is a Monday, which confirms the year). Boris Pistorius « a déclaré mardi » (past: a Tuesday on or "
             "before publication, the one after Monday 18, so Tuesday 19 November). The ministers « doivent se "
             "réunir jeudi » (future: a Thursday after publication). Lin Jian « a assuré mercredi » and the ship « "
             "était suivi mercredi » (past or present: a Wednesday on or before publication). In the week the "
             "weekdays share, the only day on or after Wednesday and before Thursday is Wednesday 20 November "
             "2024 itself; the Thursday is 21 November."),
}

NOTE = """\
Held-out-18 article: two undersea telecommunication cables are cut in the Baltic Sea within twenty-four hours \
(C-Lion1 between Finland and Germany on Monday 18 November 2024, as its operator Cinia says, and the \
Lithuania–Sweden link the day before) and suspicion falls on the Chinese bulk carrier Yi Peng 3, which had left \
the Russian port of Ust-Luga on 15 November and crossed the cables' route, according to ship-tracking data; the \
German defence minister Boris Pistorius says on Tuesday in Brussels that nobody believes in an accident and that \
sabotage must be assumed, without naming anyone; the Finnish police, which opened an inquiry, say the ship has not \
been formally implicated; Ulf Kristersson promises that Sweden will shed full light, Elina Valtonen is deeply \
concerned and calls on the European Union to protect its infrastructure; Beijing rejects any involvement through \
its spokesman Lin Jian on Wednesday, Moscow does not react; two Danish navy ships follow the carrier in the \
Kattegat on Wednesday, according to the Danish media, a Danish official thinks Copenhagen could allow an \
inspection if Helsinki or Stockholm asked for one, and the Nordic and Baltic defence ministers are to meet in \
Tallinn on Thursday. Published in November 2024 (the file gives the month; the day, Wednesday 20 November, comes \
from « lundi 18 novembre », past « mardi », « mercredi » and a future « jeudi »: see PUBLISHED_INFERRED). The \
cables, the ship and its departure follow the real events loosely; the quotes, the police, Valtonen, Lin Jian, the \
Danish official and the Tallinn meeting are invented or simplified. What it exercises: a passive cut with no agent \
over a duration (« ont été sectionnés en mer Baltique en l’espace de vingt-quatre heures ») joined by « et » to a \
suspicion with no suspecter (« les soupçons se portent désormais sur un vraquier chinois, le Yi Peng 3 »: the \
ship's involvement suspected, no according_to) and a participle of departure with a vague past (« parti d’un port \
russe quelques jours plus tôt », restated with its date in the third paragraph); a relative present state (« qui \
relie la Finlande à l’Allemagne »: no event) and a failure on a weekday with a date and an hour, sourced after the \
clause to a role noun with a titled name in apposition (« a indiqué son opérateur, la société finlandaise Cinia \
»); « La veille » with a pluperfect passive (the eve of the Monday failure, Sunday 17 November); a quote first \
that negates an accident (« Personne ne croit que ces câbles ont été coupés par accident »: the cut restated, no \
new event) with a past weekday, a role noun and a name in apposition and a nominal meeting as the speech's \
occasion (« en marge d’une réunion à Bruxelles »); a quote split around its reporting clause, which holds a \
negated speech act (« Nous devons partir du principe, a-t-il ajouté sans désigner de responsable, qu’il s’agit \
d’un sabotage. »: « Nous » for Germany, an impersonal « il s’agit », the sabotage suspected, one speech act with \
two quotes); « Selon des données de suivi maritime » over a pluperfect departure with a date and a port name with \
an adjective, and a crossing in the passé composé; a quote that begins after its subject and holds a negated \
passive and « à ce stade » (« Le navire « n’a pas été formellement mis en cause à ce stade », a toutefois souligné \
la police finlandaise ») with a relative inquiry; « À Stockholm » (the city) with a title before a name and a \
promise in the conditional with a quoted noun phrase (« a promis que la Suède ferait « toute la lumière » »: \
planned); a feminine role noun with a name in apposition, a quoted adjective phrase and a call to an institution \
joined by « et » (two speech acts; the protection proposed); a rejection by a metonym (« Pékin a rejeté toute \
implication »: the involvement negated) and a quote first with « La Chine » inside it, a role noun before a name \
and the publication day's weekday; « Moscou, de son côté, n’a pas réagi » (a negated speech act); a relative \
present route (« qui fait route vers la mer du Nord ») and a passive in the imperfect with an agent group and a \
navy inside it, a strait and a weekday, under « selon les médias danois »; a conditional authorisation and \
inspection with a conditional request by two metonyms joined by « ou » (two hypothetical speech acts), told by an \
anonymous official after the clause (« a estimé un responsable danois »); a planned meeting of a group on a future \
weekday in a city.
Places and metonyms. « Pékin » is China (Q148: it rejects); « Moscou » is Russia (Q159: it does not react); « \
Copenhague » is Denmark, « Helsinki » Finland and the second « Stockholm » Sweden (local states, metonyms: they \
would allow or ask). The first « Stockholm » (« À Stockholm ») is the city where Kristersson speaks (local), « \
Bruxelles » the city of the meeting (local), « Tallinn » the city of the planned meeting (local). « mer Baltique » \
and « mer du Nord » are seas, « détroit du Kattegat » a strait (marked without their articles, as « port d’Odessa \
» in gold), « port russe d’Oust-Louga » the port (with its adjective, as « Gardiens de la révolution iraniens » in \
gold; « Oust-Louga » inside it lends its name and is not a mention of its own). « un port russe » in the lede is \
the same port (a nominal mention).
Mentions. « Deux câbles de télécommunications sous-marins », « ces câbles » (in Pistorius's quote) and « deux \
câbles » (after the fused « des ») are one local object, the pair of cables, because the cut and the crossing take \
them together (as « des drones » in gold/cereales-mer-noire-2023-07 and « ses partenaires » in the seventeenth \
set); C-Lion1 and « la liaison entre la Lituanie et la Suède » are each a cable of their own (the second a nominal \
mention, with « Lituanie » and « Suède » inside it). « le câble » before « C-Lion1 », « la société finlandaise » \
before « Cinia » and « le Premier ministre » before « Ulf Kristersson » are titles (only the names); « son \
opérateur » (Cinia), « le ministre allemand de la Défense » (Pistorius), « La cheffe de la diplomatie finlandaise \
» (Valtonen) and « un porte-parole de la diplomatie chinoise » (Lin Jian) are role nouns set off by a comma; « la \
diplomatie finlandaise » and « la diplomatie chinoise » inside them are not mentions (as « la diplomatie russe » \
in gold/frappes-houthis-yemen-2024-01-12). « un vraquier chinois », « Le navire » and « Le vraquier » are the Yi \
Peng 3. « Nous » is Germany in Pistorius's quote (he speaks for his state, as « Nous » for Japan in the bundled \
article); « il » in « a-t-il ajouté » is Pistorius. « deux navires de la marine danoise » is a local group (the \
ships that follow), « marine danoise » inside it the navy (an entity of its own). « Les ministres de la Défense \
des pays nordiques et baltes » is a local group (« pays nordiques et baltes » inside it is a plural phrase, not a \
mention). Not mentions: « les soupçons », « l’incident » and « des ruptures » (the cut restated), « un sabotage », \
« Personne », « de responsable » (nobody named), « ses navires » and « ses infrastructures » (possessive plurals), \
« le droit international », « les règles », « une inspection », « la » in « la demandaient » (a clitic), « il \
s’agit » (impersonal), « qui » (relative pronouns).
Statuses and sources. The cut (occurred, in the article's voice), C-Lion1's failure (according to Cinia) and the \
Lithuania–Sweden cut (in the article's voice) are facts; the failure and the Sunday cut are parts of the cut. The \
ship's involvement is suspected; no one is named who suspects it, so the suspecter is implied: the Finnish police, \
the only investigators written (as China for « soupçonné d’espionnage » in gold); the sabotage is suspected, \
according to Pistorius; the ship's being implicated is negated, according to the police; China's involvement is \
negated, according to China (its rejection). The departure and the crossing are occurred, according to the \
tracking data. Sweden's shedding of light is planned (a promise); the EU's protection of its infrastructure \
proposed (a call); the authorisation and the inspection hypothetical (conditional), according to the Danish \
official, as are the two requests (hypothetical speech acts of Finland and Sweden). The shadowing is occurred, \
according to the Danish media; the Tallinn meeting planned, with no source.
Times. « en l’espace de vingt-quatre heures » is a duration (no value), the cut's only time; « quelques jours plus \
tôt » counts back from the cuts with no day: vague. « lundi 18 novembre » is Monday 18 November 2024 (« vers 04 h \
00 » is an hour inside that day, not annotated apart); « La veille » Sunday 17 November (eve of the failure); « \
mardi » Tuesday 19 November; « le 15 novembre » Friday 15 November 2024; « à ce stade » is the police's present, \
read as the publication day (as « pour l’heure » in the bundled article); both « mercredi » are the publication \
day, Wednesday 20 November; « jeudi » Thursday 21 November. « désormais », « déjà », « toujours » and « au moment \
des ruptures » are not times. Speech acts with no weekday of their own (Cinia, the data, the police, Kristersson, \
Valtonen, Beijing's rejection, Moscow, the Danish media's Report, the official) have no time; the media's Report \
carries the shadowing's Wednesday through its event only.
China and Russia are linked. The cables, the Baltic Sea, the Yi Peng 3, Ust-Luga, C-Lion1, Finland, Germany, \
Cinia, the Lithuania–Sweden cable, Lithuania, Sweden, Boris Pistorius, Brussels, the tracking data, the Finnish \
police, Stockholm, Ulf Kristersson, Elina Valtonen, the European Union, Lin Jian, the North Sea, the Danish ships, \
the Danish navy, the Kattegat, the Danish media, Denmark, the Danish official, the Nordic and Baltic defence \
ministers and Tallinn are not in ids.tsv: local, unlinked."""

CHINA, RUSSIA = "Q148", "Q159"
CABLES, BALTIC, SHIP, UST_LUGA = "local:baltic-cables", "local:baltic-sea", "local:yi-peng-3", "local:port-ust-luga"
C_LION, FINLAND, GERMANY, CINIA = "local:c-lion1", "local:finland", "local:germany", "local:cinia"
BCS, LITHUANIA, SWEDEN, PISTORIUS = "local:lithuania-sweden-cable", "local:lithuania", "local:sweden", \
    "local:boris-pistorius"
BRUSSELS, TRACKING, FIN_POLICE, STOCKHOLM = "local:brussels", "local:ship-tracking-data", "local:finnish-police", \
    "local:stockholm"
KRISTERSSON, VALTONEN, EU, LIN_JIAN = "local:ulf-kristersson", "local:elina-valtonen", "local:european-union", \
    "local:lin-jian"
NORTH_SEA, DANISH_SHIPS, DANISH_NAVY, KATTEGAT = "local:north-sea", "local:danish-navy-ships", \
    "local:danish-navy", "local:kattegat"
DANISH_MEDIA, DENMARK, DANISH_OFFICIAL, MINISTERS = "local:danish-media", "local:denmark", \
    "local:danish-official", "local:nordic-baltic-defence-ministers"
TALLINN = "local:tallinn"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CABLES, "les deux câbles sous-marins de la mer Baltique", "the two Baltic Sea undersea cables", "object",
     {"description": "les deux câbles de télécommunications sectionnés les 17 et 18 novembre 2024 (C-Lion1 et la "
                     "liaison Lituanie–Suède), que l’article désigne ensemble",
      "unlinked_reason": "a pair of cables taken together, not one Wikidata item"}),
    (BALTIC, "mer Baltique", "Baltic Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SHIP, "Yi Peng 3", "Yi Peng 3", "object",
     {"description": "vraquier chinois soupçonné d’être lié aux ruptures de câbles",
      "unlinked_reason": NOT_VERIFIED}),
    (UST_LUGA, "port d’Oust-Louga", "Port of Ust-Luga", "place",
     {"description": "port russe du golfe de Finlande", "unlinked_reason": NOT_VERIFIED}),
    (C_LION, "C-Lion1", "C-Lion1", "object",
     {"description": "câble de télécommunications sous-marin entre la Finlande et l’Allemagne",
      "unlinked_reason": NOT_VERIFIED}),
    (FINLAND, "Finlande", "Finland", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GERMANY, "Allemagne", "Germany", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CINIA, "Cinia", "Cinia", "organization",
     {"description": "société finlandaise, opérateur du câble C-Lion1", "unlinked_reason": NOT_VERIFIED}),
    (BCS, "câble Lituanie–Suède", "Lithuania–Sweden cable (BCS East-West Interlink)", "object",
     {"description": "la liaison sous-marine entre la Lituanie et la Suède, coupée le 17 novembre 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (LITHUANIA, "Lituanie", "Lithuania", "country", {"unlinked_reason": NOT_VERIFIED}),
    (SWEDEN, "Suède", "Sweden", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PISTORIUS, "Boris Pistorius", "Boris Pistorius", "person",
     {"description": "ministre allemand de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TRACKING, "données de suivi maritime", "ship-tracking data", "object",
     {"description": "données de suivi des navires que l’article cite comme source",
      "unlinked_reason": "unnamed data, not one Wikidata item"}),
    (FIN_POLICE, "police finlandaise", "Finnish police", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (STOCKHOLM, "Stockholm", "Stockholm", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KRISTERSSON, "Ulf Kristersson", "Ulf Kristersson", "person",
     {"description": "Premier ministre suédois", "unlinked_reason": NOT_VERIFIED}),
    (VALTONEN, "Elina Valtonen", "Elina Valtonen", "person",
     {"description": "ministre finlandaise des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (LIN_JIAN, "Lin Jian", "Lin Jian", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (NORTH_SEA, "mer du Nord", "North Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DANISH_SHIPS, "deux navires de la marine danoise", "two Danish navy ships", "group",
     {"description": "les navires qui suivent le Yi Peng 3 dans le Kattegat",
      "unlinked_reason": "unnamed ships, not one Wikidata item"}),
    (DANISH_NAVY, "marine danoise", "Royal Danish Navy", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (KATTEGAT, "Kattegat", "Kattegat", "place", {"description": "détroit entre le Danemark et la Suède",
                                                  "unlinked_reason": NOT_VERIFIED}),
    (DANISH_MEDIA, "les médias danois", "Danish media", "group",
     {"description": "médias danois que l’article ne nomme pas", "unlinked_reason": "an unnamed group of media"}),
    (DENMARK, "Danemark", "Denmark", "country", {"unlinked_reason": NOT_VERIFIED}),
    (DANISH_OFFICIAL, "un responsable danois", "a Danish official", "person",
     {"description": "responsable danois que l’article ne nomme pas", "unlinked_reason": "an unnamed person"}),
    (MINISTERS, "ministres de la Défense des pays nordiques et baltes", "Nordic and Baltic defence ministers",
     "group", {"unlinked_reason": "a group of ministers, not one Wikidata item"}),
    (TALLINN, "Tallinn", "Tallinn", "place", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Deux câbles ... ont été sectionnés en mer Baltique ..., et les soupçons se portent ... sur un vraquier chinois,
    # le Yi Peng 3, parti d’un port russe quelques jours plus tôt.
    ("Deux câbles de télécommunications sous-marins", None, CABLES, "nominal"),
    ("mer Baltique", None, BALTIC, "name"),
    ("un vraquier chinois", None, SHIP, "nominal"),
    ("Yi Peng 3", 1, SHIP, "name"),
    ("un port russe", None, UST_LUGA, "nominal"),
    # Le câble C-Lion1, qui relie la Finlande à l’Allemagne, a cessé de fonctionner ..., a indiqué son opérateur,
    # la société finlandaise Cinia.
    ("C-Lion1", None, C_LION, "name"),
    ("Finlande", None, FINLAND, "name"),
    ("Allemagne", None, GERMANY, "name"),
    ("son opérateur", None, CINIA, "nominal"),
    ("Cinia", None, CINIA, "name"),
    # La veille, la liaison entre la Lituanie et la Suède avait déjà été coupée.
    ("la liaison entre la Lituanie et la Suède", None, BCS, "nominal"),
    ("Lituanie", None, LITHUANIA, "name"),
    ("Suède", "la Lituanie et la Suède", SWEDEN, "name"),
    # « Personne ne croit que ces câbles ... », a déclaré mardi le ministre allemand de la Défense, Boris Pistorius,
    # en marge d’une réunion à Bruxelles.
    ("ces câbles", None, CABLES, "nominal"),
    ("le ministre allemand de la Défense", None, PISTORIUS, "nominal"),
    ("Boris Pistorius", None, PISTORIUS, "name"),
    ("Bruxelles", None, BRUSSELS, "name"),
    # « Nous devons partir du principe, a-t-il ajouté sans désigner de responsable, qu’il s’agit d’un sabotage. »
    ("Nous", None, GERMANY, "pronoun"),
    ("il", "a-t-il ajouté", PISTORIUS, "pronoun"),
    # Selon des données de suivi maritime, le Yi Peng 3 avait quitté le port russe d’Oust-Louga le 15 novembre et a
    # croisé la route des deux câbles au moment des ruptures.
    ("des données de suivi maritime", None, TRACKING, "nominal"),
    ("Yi Peng 3", 2, SHIP, "name"),
    ("port russe d’Oust-Louga", None, UST_LUGA, "name"),
    ("deux câbles", "la route des deux câbles", CABLES, "nominal"),
    # Le navire « n’a pas été formellement mis en cause à ce stade », a toutefois souligné la police finlandaise, ...
    ("Le navire", None, SHIP, "nominal"),
    ("la police finlandaise", None, FIN_POLICE, "nominal"),
    # À Stockholm, le Premier ministre Ulf Kristersson a promis que la Suède ferait « toute la lumière » ...
    ("Stockholm", "À Stockholm", STOCKHOLM, "name"),
    ("Ulf Kristersson", None, KRISTERSSON, "name"),
    ("Suède", "que la Suède ferait", SWEDEN, "name"),
    # La cheffe de la diplomatie finlandaise, Elina Valtonen, ... a appelé l’Union européenne à mieux protéger ...
    ("La cheffe de la diplomatie finlandaise", None, VALTONEN, "nominal"),
    ("Elina Valtonen", None, VALTONEN, "name"),
    ("Union européenne", None, EU, "name"),
    # Pékin a rejeté toute implication. « La Chine a toujours respecté ... », a assuré mercredi un porte-parole de
    # la diplomatie chinoise, Lin Jian. Moscou, de son côté, n’a pas réagi.
    ("Pékin", None, CHINA, "metonym"),
    ("Chine", None, CHINA, "name"),
    ("un porte-parole de la diplomatie chinoise", None, LIN_JIAN, "nominal"),
    ("Lin Jian", None, LIN_JIAN, "name"),
    ("Moscou", None, RUSSIA, "metonym"),
    # Le vraquier, qui fait route vers la mer du Nord, était suivi mercredi par deux navires de la marine danoise
    # dans le détroit du Kattegat, selon les médias danois.
    ("Le vraquier", None, SHIP, "nominal"),
    ("mer du Nord", None, NORTH_SEA, "name"),
    ("deux navires de la marine danoise", None, DANISH_SHIPS, "nominal"),
    ("marine danoise", None, DANISH_NAVY, "nominal"),
    ("détroit du Kattegat", None, KATTEGAT, "name"),
    ("les médias danois", None, DANISH_MEDIA, "nominal"),
    # Copenhague pourrait autoriser une inspection si Helsinki ou Stockholm la demandaient, a estimé un responsable
    # danois.
    ("Copenhague", None, DENMARK, "metonym"),
    ("Helsinki", None, FINLAND, "metonym"),
    ("Stockholm", "Helsinki ou Stockholm", SWEDEN, "metonym"),
    ("un responsable danois", None, DANISH_OFFICIAL, "nominal"),
    # Les ministres de la Défense des pays nordiques et baltes doivent se réunir jeudi à Tallinn.
    ("Les ministres de la Défense des pays nordiques et baltes", None, MINISTERS, "nominal"),
    ("Tallinn", None, TALLINN, "name"),
]

PUB_DAY = "the publication day, Wednesday 20 November 2024 (inferred: see PUBLISHED_INFERRED)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-24-hours", ("en l’espace de vingt-quatre heures", None), None, "duration", "explicit-duration",
     "The span (P1D) within which both cables were cut, from Sunday 17 to Monday 18 November; a duration has no "
     "value. It is the cut's only time."),
    ("t-days-earlier", ("quelques jours plus tôt", None), None, "vague", "vague-past",
     "« parti d’un port russe quelques jours plus tôt »: counted back from the cuts, with no number of days; no "
     "value (the third paragraph dates the departure, t-november-15)."),
    ("t-monday-18", ("lundi 18 novembre", None), "2024-11-18", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year (18 November 2024 is a Monday). « vers 04 h 00 » is an "
     "hour inside that day; the precision stays the day."),
    ("t-eve", ("La veille", None), "2024-11-17", "day", "eve-of-event",
     "The day before the event of the sentence before (C-Lion1's failure on Monday 18 November): Sunday 17 "
     "November 2024, not the eve of publication."),
    ("t-tuesday", ("mardi", "a déclaré mardi"), "2024-11-19", "day", "weekday-past",
     "« a déclaré mardi »: a past weekday, the most recent Tuesday before publication: Tuesday 19 November 2024, "
     "the day before " + PUB_DAY),
    ("t-november-15", ("le 15 novembre", None), "2024-11-15", "day", "day-month-publication-year",
     "« avait quitté ... le 15 novembre »: day and month, in the publication year (a pluperfect before the "
     "Sunday and Monday cuts): Friday 15 November 2024."),
    ("t-at-this-stage", ("à ce stade", None), "2024-11-20", "day", "deictic-now",
     "Inside the police's quoted words: as of their statement, which has no weekday; read as the publication day "
     "(as « pour l’heure » in the bundled article), " + PUB_DAY + " It dates the denial, not an event, so the "
     "negated implication does not take it."),
    ("t-wednesday-lin", ("mercredi", "a assuré mercredi"), "2024-11-20", "day", "weekday-publication-day",
     "« a assuré mercredi un porte-parole »: " + PUB_DAY),
    ("t-wednesday-ship", ("mercredi", "était suivi mercredi"), "2024-11-20", "day", "weekday-publication-day",
     "« était suivi mercredi par deux navires »: " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2024-11-21", "day", "weekday-future",
     "« doivent se réunir jeudi »: a future weekday, the first Thursday after publication: Thursday 21 November "
     "2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-cables-cut", "Event", "Two undersea telecom cables cut in the Baltic Sea within twenty-four hours",
          ("sectionnés", None), [("recipient", CABLES)], place=BALTIC, time="t-24-hours",
          note="« Deux câbles ... ont été sectionnés en mer Baltique en l’espace de vingt-quatre heures »: a passive "
               "with no agent, in the article's voice. The two cuts are e-c-lion1-failure and e-bcs-cut (its "
               "parts). Restated by « ces câbles ont été coupés » (Pistorius's quote), « des ruptures » and « "
               "l’incident »: no new events."),
    event("e-ship-involvement", "Event", "The Chinese bulk carrier Yi Peng 3 suspected of involvement in the cuts",
          ("soupçons", None), [("participant", SHIP)], status="suspected", according_to=[FIN_POLICE],
          note="« les soupçons se portent désormais sur un vraquier chinois, le Yi Peng 3 »: a suspicion with no "
               "suspecter written. The shapes require one, so it is implied, as « soupçonné d’espionnage » in "
               "gold/kishida-xi-san-francisco-2023-11-17 takes China: the only investigators the article names "
               "are the Finnish police, « qui a ouvert une enquête » and who say the ship is not formally "
               "implicated « à ce stade » (suspected, not accused). The ship is the only entity, the participant."),
    event("e-departure", "Event", "The Yi Peng 3 left the Russian port of Ust-Luga on 15 November",
          ("parti", "parti d’un port"), [("agent", SHIP)], place=UST_LUGA, time="t-november-15",
          according_to=[TRACKING],
          note="« parti d’un port russe quelques jours plus tôt » (lede) and « avait quitté le port russe "
               "d’Oust-Louga le 15 novembre » (third paragraph, under « Selon des données de suivi maritime ») are "
               "the same departure: one event, with the lede's trigger and the dated restatement's day (the "
               "finer of the two times) and source. The port left is the place."),
    event("e-c-lion1-failure", "Event", "The C-Lion1 cable between Finland and Germany stopped working on Monday",
          ("a cessé de fonctionner", None), [("participant", C_LION)], place=BALTIC, time="t-monday-18",
          according_to=[CINIA], part_of="e-cables-cut",
          note="« Le câble C-Lion1, qui relie la Finlande à l’Allemagne, a cessé de fonctionner lundi 18 novembre "
               "vers 04 h 00, a indiqué son opérateur »: the cable is the only entity (participant); the relative « "
               "qui relie » is a present state, no event. Part of the cut; its place is the lede's sea."),
    event("e-bcs-cut", "Event", "The Lithuania–Sweden cable had been cut the day before",
          ("avait déjà été coupée", None), [("recipient", BCS)], place=BALTIC, time="t-eve",
          part_of="e-cables-cut",
          note="« La veille, la liaison entre la Lituanie et la Suède avait déjà été coupée »: a pluperfect passive "
               "with no agent, in the article's voice; Sunday 17 November (the eve of the Monday failure)."),
    event("e-sabotage", "Event", "The cuts were sabotage (Pistorius's assumption)", ("sabotage", None),
          [("recipient", CABLES)], status="suspected", according_to=[PISTORIUS],
          note="« Nous devons partir du principe, ..., qu’il s’agit d’un sabotage »: an assumption, not an established "
               "fact: suspected, according to Pistorius. No saboteur is written (« sans désigner de responsable »); "
               "the cables are the recipient, from « ces câbles » in the quote before."),
    event("e-brussels-meeting", "Meeting", "A meeting in Brussels on Tuesday attended by Boris Pistorius",
          ("réunion", None), [("participant", PISTORIUS)], place=BRUSSELS, time="t-tuesday",
          note="« en marge d’une réunion à Bruxelles »: the occasion of his statement; only Pistorius is written as "
               "taking part. It takes the statement's Tuesday."),
    event("e-crossing", "Event", "The Yi Peng 3 crossed the route of the two cables when they broke",
          ("a croisé", None), [("agent", SHIP), ("participant", CABLES)], place=BALTIC,
          according_to=[TRACKING],
          note="« et a croisé la route des deux câbles au moment des ruptures »: under « Selon des données de suivi "
               "maritime »; « au moment des ruptures » ties it to the cuts but is not a time expression (the cuts "
               "have only a duration). The cables whose route it crossed are a participant."),
    event("e-ship-implicated", "Event", "The ship has not been formally implicated (Finnish police)",
          ("mis en cause", None), [("recipient", SHIP)], status="negated", according_to=[FIN_POLICE],
          note="« Le navire « n’a pas été formellement mis en cause à ce stade » »: a negated passive with no agent; "
               "the ship is the recipient. « à ce stade » dates the police's denial (t-at-this-stage), not an event."),
    event("e-inquiry", "Event", "The Finnish police opened an inquiry", ("a ouvert", None),
          [("agent", FIN_POLICE)],
          note="« la police finlandaise, qui a ouvert une enquête »: a relative passé composé in the article's voice; "
               "no date is written."),
    event("e-shed-light", "Event", "Sweden will shed full light on the incident (Kristersson's promise)",
          ("ferait", None), [("agent", SWEDEN)], status="planned", according_to=[KRISTERSSON],
          note="« a promis que la Suède ferait « toute la lumière » sur l’incident »: a promise (planned, as « a "
               "promis de s’entretenir » in gold); « l’incident » restates the cut."),
    event("e-protect-infrastructure", "Event", "The EU to protect its infrastructure better (Valtonen's call)",
          ("protéger", None), [("agent", EU)], status="proposed", according_to=[VALTONEN],
          note="« a appelé l’Union européenne à mieux protéger ses infrastructures »: a call, proposed; « ses "
               "infrastructures » is a possessive plural, no mention."),
    event("e-china-involvement", "Event", "China's involvement in the cuts (rejected by Beijing)",
          ("implication", None), [("participant", CHINA)], status="negated", according_to=[CHINA],
          note="« Pékin a rejeté toute implication »: a denial by the state (« Pékin »): negated, according to "
               "China, as a denial in gold. Lin Jian's quote is about it."),
    event("e-ship-route", "Event", "The bulk carrier is heading for the North Sea", ("fait route", None),
          [("agent", SHIP)], place=NORTH_SEA,
          note="« Le vraquier, qui fait route vers la mer du Nord »: a relative present in the article's voice; the "
               "destination is the place (as a destination in gold). No time word of its own."),
    event("e-shadowing", "Event", "Two Danish navy ships follow the Yi Peng 3 in the Kattegat on Wednesday",
          ("était suivi", None), [("agent", DANISH_SHIPS), ("recipient", SHIP)], place=KATTEGAT,
          time="t-wednesday-ship", according_to=[DANISH_MEDIA],
          note="« était suivi mercredi par deux navires de la marine danoise dans le détroit du Kattegat, selon les "
               "médias danois »: a passive in the imperfect with its agent after « par »; the navy inside the "
               "agent's phrase takes no role."),
    event("e-authorisation", "Event", "Copenhagen could allow an inspection of the ship", ("autoriser", None),
          [("agent", DENMARK)], status="hypothetical", according_to=[DANISH_OFFICIAL],
          note="« Copenhague pourrait autoriser une inspection si Helsinki ou Stockholm la demandaient »: a "
               "conditional (« pourrait », « si ... demandaient »): hypothetical, according to the Danish official."),
    event("e-inspection", "Event", "An inspection of the Yi Peng 3 (hypothetical)", ("inspection", None),
          [("recipient", SHIP)], status="hypothetical", according_to=[DANISH_OFFICIAL],
          note="« une inspection »: of the ship (implied by the paragraph, « Le vraquier »); who would carry it out "
               "is not written. What the authorisation would allow: hypothetical."),
    event("e-tallinn-meeting", "Meeting", "Nordic and Baltic defence ministers to meet in Tallinn on Thursday",
          ("se réunir", None), [("participant", MINISTERS)], status="planned", place=TALLINN,
          time="t-thursday",
          note="« Les ministres de la Défense des pays nordiques et baltes doivent se réunir jeudi à Tallinn »: « "
               "doivent »: planned, in the article's voice (no source)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-cinia", "Report", "Cinia reports that C-Lion1 stopped working on Monday", CINIA,
           ("a indiqué", None), [], about=["e-c-lion1-failure"],
           note="« a indiqué son opérateur, la société finlandaise Cinia »: the source after the clause; « lundi 18 "
                "novembre » dates the failure, not the report, so no time."),
    speech("s-pistorius-accident", "Statement", "Boris Pistorius: nobody believes the cables were cut by accident",
           PISTORIUS, ("a déclaré", None),
           [("Personne ne croit que ces câbles ont été coupés par accident", None)], time="t-tuesday",
           place=BRUSSELS, about=["e-cables-cut", "e-sabotage"],
           note="A quote first, the weekday after the verb, the role noun and the name in apposition; « en marge "
                "d’une réunion à Bruxelles » places the speech (as « À New York » in gold). « ces câbles ont été "
                "coupés » restates the cut; the accident is denied, so no accident event."),
    speech("s-pistorius-sabotage", "Statement", "Boris Pistorius: sabotage must be assumed", PISTORIUS,
           ("a-t-il ajouté", None),
           [("Nous devons partir du principe", None), ("qu’il s’agit d’un sabotage.", None)],
           time="t-tuesday", place=BRUSSELS, about=["e-sabotage"],
           note="One quote split around « a-t-il ajouté sans désigner de responsable, » in the middle of its "
                "sentence: one speech act, two quotes (the second keeps its full stop, which stands inside the "
                "guillemets, as in gold/frappes-houthis-yemen-2024-01-12). The same occasion as the first quote, "
                "so its Tuesday and Brussels (as « a ajouté M. Peskov » in gold). « Nous » is Germany."),
    speech("s-pistorius-no-blame", "SpeechAct", "Boris Pistorius names no one responsible", PISTORIUS,
           ("désigner", None), [], status="negated", time="t-tuesday", place=BRUSSELS, about=["e-sabotage"],
           note="« sans désigner de responsable »: a negated speech act (as « sans évoquer » in gold); « de "
                "responsable » names nobody, no mention."),
    speech("s-tracking-data", "Report", "Ship-tracking data show the Yi Peng 3's route", TRACKING, ("Selon", None),
           [], about=["e-departure", "e-crossing"],
           note="« Selon des données de suivi maritime »: data, not a person, as the source; a Report with no "
                "quote."),
    speech("s-police", "Statement", "The Finnish police: the ship has not been formally implicated", FIN_POLICE,
           ("a toutefois souligné", None), [("n’a pas été formellement mis en cause à ce stade", None)],
           about=["e-ship-implicated"],
           note="The quote starts after its subject (« Le navire « n’a pas été ... » »), which stays outside the "
                "guillemets. No weekday: no time (« à ce stade » is inside the quote)."),
    speech("s-kristersson", "Assurance", "Ulf Kristersson promises Sweden will shed « full light »", KRISTERSSON,
           ("a promis", None), [("toute la lumière", None)], place=STOCKHOLM, about=["e-shed-light", "e-cables-cut"],
           note="« À Stockholm, le Premier ministre Ulf Kristersson a promis ... »: the city is where he speaks."),
    speech("s-valtonen-concern", "Statement", "Elina Valtonen is « deeply concerned »", VALTONEN,
           ("s’est dite", None), [("profondément préoccupée", None)], about=["e-cables-cut"],
           note="« s’est dite « profondément préoccupée » »: a stance with a quoted adjective phrase, about the cuts "
                "(implied by the paragraph)."),
    speech("s-valtonen-call", "Statement", "Elina Valtonen calls on the EU to protect its infrastructure", VALTONEN,
           ("a appelé", None), [], addressee=EU, about=["e-protect-infrastructure"],
           note="Joined by « et » to her concern: a second speech act, without guillemets; the EU, called upon, is "
                "the addressee (as an exhortation to a metonym in gold)."),
    speech("s-beijing-rejects", "Statement", "Beijing rejects any involvement", CHINA, ("a rejeté", None), [],
           about=["e-china-involvement"],
           note="« Pékin a rejeté toute implication »: a denial by the state (a metonym), no quote; the next "
                "sentence's spokesman carries it, but the sentence names no source, so no according_to."),
    speech("s-lin-jian", "Assurance", "Lin Jian: China has always respected international law", LIN_JIAN,
           ("a assuré", None),
           [("La Chine a toujours respecté le droit international et ses navires opèrent conformément aux règles",
             None)],
           time="t-wednesday-lin", about=["e-china-involvement"],
           note="A quote first; « un porte-parole de la diplomatie chinoise, Lin Jian »: a role noun with the name in "
                "apposition. Respecting the law and operating by the rules are habitual states, not events."),
    speech("s-moscow-silence", "SpeechAct", "Moscow has not reacted", RUSSIA, ("n’a pas réagi", None), [],
           status="negated", about=["e-cables-cut"],
           note="« Moscou, de son côté, n’a pas réagi »: a negated speech act of the state (as « n’a pas réagi » in "
                "gold); no weekday, no time."),
    speech("s-danish-media", "Report", "Danish media report that Danish navy ships follow the carrier",
           DANISH_MEDIA, ("selon", "selon les médias danois"), [], about=["e-shadowing"],
           note="« selon les médias danois » at the end of the sentence."),
    speech("s-danish-official", "Statement", "A Danish official thinks Copenhagen could allow an inspection",
           DANISH_OFFICIAL, ("a estimé", None), [], about=["e-authorisation", "e-inspection"],
           note="Indirect speech first without guillemets, the source after the clause."),
    speech("s-helsinki-request", "SpeechAct", "Helsinki asking for an inspection (hypothetical)", FINLAND,
           ("demandaient", None), [], status="hypothetical", addressee=DENMARK, according_to=[DANISH_OFFICIAL],
           about=["e-inspection"],
           note="« si Helsinki ou Stockholm la demandaient »: a conditional request, hypothetical (as a conditional "
                "quotation in gold); two metonyms with one trigger are two speech acts (as « Washington et Séoul "
                "soupçonnent » in gold). « la » is the inspection (a clitic)."),
    speech("s-stockholm-request", "SpeechAct", "Stockholm asking for an inspection (hypothetical)", SWEDEN,
           ("demandaient", None), [], status="hypothetical", addressee=DENMARK, according_to=[DANISH_OFFICIAL],
           about=["e-inspection"],
           note="The second of the two conditional requests joined by « ou »."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
