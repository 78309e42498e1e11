"""Held-out annotation of union-polonais-bielorussie-2025-03-12.txt (written for the thirteenth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/union-polonais-bielorussie-2025-03-12.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/union-polonais-bielorussie-2025-03-12.annotation.src.py \
--check

From held-out set 13 (moved to gold in session 12; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "union-polonais-bielorussie-2025-03-12.txt"

NOTE = """\
Held-out-13 article 3: Belarus's Supreme Court brands the Union of Poles in Belarus « extremist » and bans it, with \
reactions from Poland, Lithuania and Moscow, published Wednesday 12 March 2025 (the file gives the day). What it \
exercises: a court's classification with a one-word quote and a ban joined by « et » on the publication day (« a \
classé mercredi « extrémiste » l’Union des Polonais de Biélorussie, ... et interdit l’ensemble de ses activités »: \
the classification a speech act of the court, the ban a Sanction, the banned activities a negated event), an \
apposition with a group and « pays » inside (« principale organisation de la minorité polonaise du pays »), sourced \
after the clause with a city (« a annoncé le parquet général à Minsk »); a quote first with « a affirmé le \
procureur Igor Ratchkovski, cité par l’agence officielle Belta » and a role noun inside the quote (« cette \
structure »; the hostile policy suspected; « dictée depuis l’étranger » has no actor: no event); a pluperfect \
passive search with no agent « la semaine dernière » (3 to 9 March 2025: the month) of a headquarters in a city, \
under « selon l’ONG Viasna »; a role noun with a possessive and a title before a name in apposition (« L’un de ses \
dirigeants, le journaliste Andrzej Poczobut »), a state (« purge une peine », no event), a passive sentence with no \
agent « en février 2023 » and a charge without an accuser written (suspected, according to Belarus, the state that \
convicted him), a prison term (a duration attached to nothing), and a denial in a relative clause (« des \
accusations qu’il a toujours rejetées »); two states as one subject of a demand « depuis des mois » (vague; two \
speech acts, one trigger; the release proposed) with a plural apposition holding a state (« voisines de la \
Biélorussie »); a written statement with a plural speaker (« Dans un communiqué commun publié dans la soirée, les \
deux pays ont dénoncé « ... » »: two speech acts with one trigger, the quote to the first-named state, Poland; the \
crushing of civil society suspected); a quote first with « Nous » for Poland and a planned summons « jeudi », then \
« a déclaré à Varsovie le chef de la diplomatie polonaise, Radosław Sikorski » (Warsaw the city) and a pluperfect \
reception « lundi » in a relative clause; a ministry's denial relayed by its spokesman with the trigger inside the \
quote (« Le ministère biélorusse des Affaires étrangères « rejette catégoriquement toute accusation de \
discrimination », a fait savoir son porte-parole, Rouslan Varankov »: the ministry's Statement with the spokesman in \
according_to, his Report, the discrimination negated) and a participle with its own quote given to the ministry (« \
dénonçant une « ingérence grossière » de Varsovie »: Warsaw is Poland, the interference suspected); a conditional \
passive arrest with a quoted vague time (« pourraient être interpellés « dans les prochains jours » ») told to the \
AFP by an anonymous European diplomat (« a indiqué à l’AFP un diplomate européen en poste à Minsk, sous couvert \
d’anonymat »: the AFP the addressee, Minsk the city); « À Moscou » (the city) a stance without a verb of speech (« \
le Kremlin a pris la défense de son allié ») and a quote first with « a déclaré son porte-parole, Dmitri Peskov » \
(the second « son porte-parole » of the article, another person); a tension « depuis la répression » of a movement \
« d’août 2020 » (the start), between two metonyms (« entre Minsk et Varsovie »: Belarus and Poland); a fronted \
participle re-election « en janvier » (January 2025) and a standing accusation with an aim (« accuse régulièrement \
la Pologne de chercher à déstabiliser son pays »: suspected, according to Lukashenko). « Minsk » is the city where \
the prosecutor's office speaks and where the diplomat is posted (Q2280) and Belarus after « entre » (Q184); « \
Varsovie » is the city where Sikorski speaks (local:warsaw) and Poland as the author of an interference and after « \
entre » (local:poland); « À Moscou » is the city (Q649); « Kremlin » is the institution (Q2060629), a metonym as in \
benchmarks/gold. « Biélorussie » inside « Cour suprême de Biélorussie » is the state (a state's court, as « Russie » \
in « Conseil de sécurité de Russie »), but inside « Union des Polonais de Biélorussie » it only gives the \
association its name, as « Polonais » does: neither is a mention there. Names are marked without their article (« \
Cour suprême de Biélorussie », « Union des Polonais de Biélorussie », « Union »); titles right before a name are \
part of its phrase (« le procureur Igor Ratchkovski », « le journaliste Andrzej Poczobut », « l’agence officielle \
Belta », « l’ONG Viasna »: only the names); « la diplomatie polonaise » inside Sikorski's title is not a mention (a \
title without a name). Not mentions: « l’étranger » (inside the prosecutor's quote: no one entity), « ses » (the \
Union's activities and leaders), « sa » (Poczobut's release), « des accusations » (the charge restated), « les \
deux pays » and « voisines de la Biélorussie » (two states at once; « Biélorussie » inside the latter is), « toute \
société civile » (generic), « un État souverain » (a predicate), « un septième mandat ». « l’ensemble de ses \
activités » is the negated event, « la minorité » in « des représentants de la minorité » the Polish minority \
again. The Supreme Court, the Union, the Polish minority, the prosecutor general's office, the prosecutor, Belta, \
the Union's headquarters, Grodno, Viasna, Poczobut, Poland, Lithuania, the Belarusian chargé d’affaires, Warsaw, \
Sikorski, the minority's representatives, the Belarusian foreign ministry, Varankov, the Union's officials, the \
European diplomat and the 2020 protest movement are not in ids.tsv: local, unlinked."""

BELARUS, MINSK, LUK, MOSCOW, KREMLIN, PESKOV, AFP = "Q184", "Q2280", "Q2866", "Q649", "Q2060629", "Q4359688", \
    "Q40464"
COURT, UNION, MINORITY, PROSECUTORS = "local:belarus-supreme-court", "local:union-of-poles-in-belarus", \
    "local:polish-minority-belarus", "local:belarus-prosecutor-general-office"
PROSECUTOR, BELTA, HQ, GRODNO = "local:igor-ratchkovski", "local:belta", "local:union-of-poles-headquarters", \
    "local:grodno"
VIASNA, POCZOBUT, POLAND, LITHUANIA = "local:viasna", "local:andrzej-poczobut", "local:poland", "local:lithuania"
CHARGE, WARSAW, SIKORSKI, REPRESENTATIVES = "local:belarus-charge-d-affaires-warsaw", "local:warsaw", \
    "local:radoslaw-sikorski", "local:polish-minority-representatives"
BY_MFA, VARANKOV, UNION_OFFICIALS, DIPLOMAT = "local:belarus-foreign-ministry", "local:ruslan-varankov", \
    "local:union-of-poles-officials", "local:european-diplomat-minsk"
MOVEMENT = "local:belarus-protest-movement-2020"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (COURT, "Cour suprême de Biélorussie", "Supreme Court of Belarus", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (UNION, "Union des Polonais de Biélorussie", "Union of Poles in Belarus", "organization",
     {"description": "principale organisation de la minorité polonaise de Biélorussie",
      "unlinked_reason": NOT_VERIFIED}),
    (MINORITY, "minorité polonaise de Biélorussie", "Polish minority in Belarus", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (PROSECUTORS, "parquet général de Biélorussie", "Prosecutor General's Office of Belarus", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PROSECUTOR, "Igor Ratchkovski", "Igor Rachkovsky", "person",
     {"description": "procureur biélorusse (nom inventé pour l’article)", "unlinked_reason": NOT_VERIFIED}),
    (BELTA, "Belta", "Belarusian Telegraph Agency", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (HQ, "siège de l’Union des Polonais de Biélorussie à Grodno", "headquarters of the Union of Poles in Grodno",
     "place", {"unlinked_reason": "not named in the article"}),
    (GRODNO, "Grodno", "Grodno", "place", {"unlinked_reason": NOT_VERIFIED}),
    (VIASNA, "Viasna", "Viasna Human Rights Centre", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (POCZOBUT, "Andrzej Poczobut", "Andrzej Poczobut", "person",
     {"description": "journaliste, dirigeant de l’Union des Polonais de Biélorussie", "unlinked_reason": NOT_VERIFIED}),
    (POLAND, "Pologne", "Poland", "country", {"unlinked_reason": NOT_VERIFIED}),
    (LITHUANIA, "Lituanie", "Lithuania", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CHARGE, "chargé d’affaires biélorusse à Varsovie", "Belarusian chargé d’affaires in Warsaw", "person",
     {"unlinked_reason": "not named in the article"}),
    (WARSAW, "Varsovie", "Warsaw", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SIKORSKI, "Radosław Sikorski", "Radosław Sikorski", "person",
     {"description": "ministre polonais des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (REPRESENTATIVES, "représentants de la minorité polonaise de Biélorussie",
     "representatives of the Polish minority in Belarus", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (BY_MFA, "ministère biélorusse des Affaires étrangères", "Ministry of Foreign Affairs of Belarus", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (VARANKOV, "Rouslan Varankov", "Ruslan Varankov", "person",
     {"description": "porte-parole du ministère biélorusse des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (UNION_OFFICIALS, "responsables de l’Union des Polonais de Biélorussie", "officials of the Union of Poles in "
     "Belarus", "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (DIPLOMAT, "un diplomate européen en poste à Minsk", "a European diplomat posted in Minsk", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (MOVEMENT, "mouvement de contestation d’août 2020 en Biélorussie", "the August 2020 protest movement in Belarus",
     "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Cour suprême de Biélorussie a classé mercredi « extrémiste » l’Union des Polonais de Biélorussie, ...
    ("Cour suprême de Biélorussie", None, COURT, "name"),
    ("Biélorussie", 1, BELARUS, "name"),
    ("Union des Polonais de Biélorussie", None, UNION, "name"),
    ("principale organisation de la minorité polonaise du pays", None, UNION, "nominal"),
    ("la minorité polonaise du pays", None, MINORITY, "nominal"),
    ("pays", "minorité polonaise du pays", BELARUS, "nominal"),
    ("le parquet général", None, PROSECUTORS, "nominal"),
    ("Minsk", "parquet général à Minsk", MINSK, "name"),
    # « Derrière une façade culturelle, cette structure ... », a affirmé le procureur Igor Ratchkovski, ...
    ("cette structure", None, UNION, "nominal"),
    ("Igor Ratchkovski", None, PROSECUTOR, "name"),
    ("Belta", None, BELTA, "name"),
    ("Le siège de l’organisation à Grodno", None, HQ, "nominal"),
    ("l’organisation", "siège de l’organisation", UNION, "nominal"),
    ("Grodno", None, GRODNO, "name"),
    ("Viasna", None, VIASNA, "name"),
    # L’un de ses dirigeants, le journaliste Andrzej Poczobut, ...
    ("L’un de ses dirigeants", None, POCZOBUT, "nominal"),
    ("Andrzej Poczobut", None, POCZOBUT, "name"),
    ("il", "qu’il a toujours", POCZOBUT, "pronoun"),
    # La Pologne et la Lituanie, voisines de la Biélorussie, ...
    ("Pologne", 1, POLAND, "name"),
    ("Lituanie", None, LITHUANIA, "name"),
    ("Biélorussie", "voisines de la Biélorussie", BELARUS, "name"),
    # « Nous convoquerons jeudi ... », a déclaré à Varsovie le chef de la diplomatie polonaise, ...
    ("Nous", "Nous convoquerons", POLAND, "pronoun"),
    ("le chargé d’affaires biélorusse", None, CHARGE, "nominal"),
    ("Varsovie", "a déclaré à Varsovie", WARSAW, "name"),
    ("le chef de la diplomatie polonaise", None, SIKORSKI, "nominal"),
    ("Radosław Sikorski", None, SIKORSKI, "name"),
    ("des représentants de la minorité", None, REPRESENTATIVES, "nominal"),
    ("la minorité", "représentants de la minorité", MINORITY, "nominal"),
    # Le ministère biélorusse des Affaires étrangères « rejette ... », a fait savoir son porte-parole, ...
    ("Le ministère biélorusse des Affaires étrangères", None, BY_MFA, "nominal"),
    ("son porte-parole", "a fait savoir son porte-parole", VARANKOV, "nominal"),
    ("Rouslan Varankov", None, VARANKOV, "name"),
    ("Varsovie", "grossière » de Varsovie", POLAND, "metonym"),
    ("pays", "affaires intérieures du pays", BELARUS, "nominal"),
    # Plusieurs responsables de l’Union pourraient être interpellés ..., a indiqué à l’AFP un diplomate ...
    ("Plusieurs responsables de l’Union", None, UNION_OFFICIALS, "nominal"),
    ("Union", "responsables de l’Union", UNION, "name"),
    ("AFP", None, AFP, "name"),
    ("un diplomate européen en poste à Minsk", None, DIPLOMAT, "nominal"),
    ("Minsk", "en poste à Minsk", MINSK, "name"),
    # À Moscou, le Kremlin a pris la défense de son allié. « La Biélorussie est ... », a déclaré son porte-parole, ...
    ("Moscou", None, MOSCOW, "name"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("son allié", None, BELARUS, "nominal"),
    ("Biélorussie", "La Biélorussie est", BELARUS, "name"),
    ("son porte-parole", "a déclaré son porte-parole", PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    # Les relations entre Minsk et Varsovie ... Alexandre Loukachenko accuse régulièrement la Pologne ...
    ("Minsk", "entre Minsk", BELARUS, "metonym"),
    ("Varsovie", "Minsk et Varsovie", POLAND, "metonym"),
    ("vaste mouvement de contestation", None, MOVEMENT, "nominal"),
    ("Alexandre Loukachenko", None, LUK, "name"),
    ("Pologne", 2, POLAND, "name"),
    ("son pays", None, BELARUS, "nominal"),
]

PUB_DAY = "The publication day, Wednesday 12 March 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2025-03-12", "day", "weekday-publication-day",
     "« a classé mercredi »: " + PUB_DAY + " The ban joined by « et » shares it."),
    ("t-last-week", ("la semaine dernière", None), "2025-03", "month", "relative-week-past",
     "Pluperfect « avait été perquisitionné la semaine dernière »: the week before Wednesday 12 March 2025 (3 to 9 "
     "March) lies inside March: the month, as in gold."),
    ("t-eight-years", ("huit ans", None), None, "duration", "explicit-duration",
     "« une peine de huit ans de prison »: the length of the sentence, attached to nothing (as « quatre ans » in "
     "gold)."),
    ("t-february-2023", ("février 2023", None), "2023-02", "month", "explicit-month-year",
     "« prononcée en février 2023 »: the sentence's month."),
    ("t-for-months", ("depuis des mois", None), None, "vague", "vague",
     "« réclament depuis des mois sa libération »: no value; the demand's time."),
    ("t-evening", ("dans la soirée", None), "2025-03-12", "day", "part-of-day",
     "« Dans un communiqué commun publié dans la soirée »: the evening of the publication day. " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2025-03-13", "day", "weekday-future",
     "Future « Nous convoquerons jeudi »: the Thursday after the publication day: 13 March 2025."),
    ("t-monday", ("lundi", None), "2025-03-10", "day", "weekday-past",
     "Pluperfect « qui avait reçu lundi »: the Monday before the publication day: 10 March 2025."),
    ("t-coming-days", ("dans les prochains jours", None), None, "vague", "vague-future",
     "« pourraient être interpellés « dans les prochains jours » »: no value (inside the diplomat's quote, it "
     "still dates the arrests)."),
    ("t-august-2020", ("août 2020", None), "2020-08", "month", "explicit-month-year",
     "« la répression du vaste mouvement de contestation d’août 2020 »: the movement's month dates its repression, "
     "which is the start of the tension (« depuis X » is annotated as X, as in gold)."),
    ("t-january", ("en janvier", None), "2025-01", "month", "month-past",
     "« Réélu en janvier » written in March 2025: the last January: January 2025."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-ban", "Sanction", "Belarus's Supreme Court bans all activities of the Union of Poles in Belarus",
          ("interdit", "et interdit l’ensemble"), [("agent", COURT), ("recipient", UNION)], time="t-wednesday",
          according_to=[PROSECUTORS],
          note="Second verb of « a classé ... et interdit », sharing its subject and its « mercredi »; a ban of an "
               "organisation is a Sanction (as « l’embargo » and the export ban in gold). No place is written for "
               "the court's ruling: « à Minsk » is where the prosecutor's office announces it."),
    event("e-activities", "Event", "The Union's activities (banned)", ("activités", None), [("agent", UNION)],
          status="negated", time="t-wednesday",
          note="« l’ensemble de ses activités »: what the ban forbids from Wednesday on: negated, as the banned "
               "exports in gold."),
    event("e-hostile-policy", "Event", "The Union pursued a hostile policy dictated from abroad (the prosecutor's "
          "charge)", ("menait", None), [("agent", UNION)], status="suspected", according_to=[PROSECUTOR],
          note="Inside the prosecutor's quote: his charge, which the article does not endorse: suspected. « dictée "
               "depuis l’étranger » has no actor (« l’étranger » is not a mention): no event of its own."),
    event("e-search", "Event", "The Union's headquarters in Grodno was searched last week",
          ("avait été perquisitionné", None), [("recipient", HQ)], place=GRODNO, time="t-last-week",
          according_to=[VIASNA],
          note="Passive with no agent written: the place searched is the recipient only (as an arrest in gold)."),
    event("e-sentence-2023", "Event", "Andrzej Poczobut was sentenced to eight years in prison in February 2023",
          ("prononcée", None), [("recipient", POCZOBUT)], time="t-february-2023",
          note="« une peine de huit ans de prison prononcée en février 2023 »: no court written: recipient only. « "
               "purge » (he is serving it) is a state, as « restent derrière les barreaux » in gold: no event."),
    event("e-security-offence", "Event", "Poczobut's offence against national security (the charge)",
          ("atteinte", None), [("agent", POCZOBUT), ("recipient", BELARUS)], status="suspected",
          according_to=[BELARUS],
          note="What he was convicted of and has always denied: suspected (as « espionnage » in gold). No court or "
               "prosecutor of 2023 is written: the charge is given to Belarus, the state that convicted him and whose "
               "security it names (implied, as the recipient)."),
    event("e-release", "Event", "Belarus to free Andrzej Poczobut (Poland's and Lithuania's demand)",
          ("libération", None), [("agent", BELARUS), ("recipient", POCZOBUT)], status="proposed",
          according_to=[POLAND, LITHUANIA],
          note="« réclament ... sa libération »: what two states ask for: proposed; Belarus, which holds him, is "
               "implied."),
    event("e-crushing", "Event", "Belarus crushing all civil society (Poland's and Lithuania's charge)",
          ("écrasement", None), [("agent", BELARUS)], status="suspected", according_to=[POLAND, LITHUANIA],
          note="Inside the quote of the joint communiqué: the two states' judgement of the ban: suspected. « toute "
               "société civile » is generic: no recipient."),
    event("e-summons", "Event", "Poland to summon the Belarusian chargé d’affaires on Thursday",
          ("convoquerons", None), [("agent", POLAND), ("recipient", CHARGE)], status="planned", time="t-thursday",
          according_to=[SIKORSKI],
          note="« Nous convoquerons jeudi »: a future in Sikorski's quote, « Nous » being Poland: planned."),
    event("e-reception", "Meeting", "Sikorski received representatives of the Polish minority on Monday",
          ("avait reçu", None), [("agent", SIKORSKI), ("participant", REPRESENTATIVES)], time="t-monday",
          note="A pluperfect relative on Sikorski. No place is written for the meeting (« à Varsovie » dates and "
               "places his words only)."),
    event("e-discrimination", "Event", "Discrimination against the Polish minority (denied by Minsk)",
          ("discrimination", None), [("agent", BELARUS), ("recipient", MINORITY)], status="negated",
          according_to=[BY_MFA],
          note="« rejette catégoriquement toute accusation de discrimination »: denied by the ministry: negated "
               "according to it (as « Pyongyang nie toute livraison » in gold). « toute accusation » is any "
               "accusation, with no speaker written: not a speech act of its own. The minority is implied."),
    event("e-interference", "Event", "Warsaw's « gross interference » in Belarus's internal affairs (Minsk's charge)",
          ("ingérence", None), [("agent", POLAND), ("recipient", BELARUS)], status="suspected",
          according_to=[BY_MFA],
          note="« de Varsovie » is Poland (the author of the interference), « du pays » Belarus."),
    event("e-arrests", "Event", "Several Union officials could be arrested in the coming days", ("interpellés", None),
          [("recipient", UNION_OFFICIALS)], status="hypothetical", time="t-coming-days", according_to=[DIPLOMAT],
          note="« pourraient être interpellés »: a conditional: hypothetical. Passive with no agent written: "
               "recipient only."),
    event("e-tension", "Event", "Relations between Belarus and Poland have kept worsening since the 2020 crackdown",
          ("se tendre", None), [("participant", BELARUS), ("participant", POLAND)], time="t-august-2020",
          note="« n’ont cessé de se tendre »: « ne ... cesser » says it never stopped: occurred, not negated. Dated by "
               "its start, the repression of August 2020."),
    event("e-repression", "Event", "Belarus's repression of the August 2020 protest movement", ("répression", None),
          [("agent", BELARUS), ("recipient", MOVEMENT)], time="t-august-2020",
          note="Belarus (the power the protest was against) is implied; « d’août 2020 » dates the movement and so its "
               "repression."),
    event("e-reelection", "Event", "Alexander Lukashenko re-elected in January for a seventh term", ("Réélu", None),
          [("recipient", LUK)], place=BELARUS, time="t-january",
          note="A fronted participle; as « a été réélu » in gold: recipient, Belarus the place (implied). « un "
               "septième mandat » is not a mention."),
    event("e-destabilisation", "Event", "Poland seeks to destabilise Belarus (Lukashenko's accusation)",
          ("déstabiliser", None), [("agent", POLAND), ("recipient", BELARUS)], status="suspected",
          according_to=[LUK],
          note="« de chercher à déstabiliser son pays »: an aim he accuses Poland of, which the article does not "
               "endorse: suspected (an aim stated by its own holder would be planned)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-court", "Statement", "The Supreme Court brands the Union of Poles « extremist »", COURT,
           ("a classé", None), [("extrémiste", None)], time="t-wednesday", according_to=[PROSECUTORS],
           about=["e-ban", "e-activities"],
           note="A court's classification is speech (« Courts speak » in gold); the ban joined to it by « et » is an "
                "event, the Sanction."),
    speech("s-prosecutors", "Report", "The prosecutor general's office announces the ruling in Minsk", PROSECUTORS,
           ("a annoncé", None), [], place=MINSK, about=["s-court", "e-ban"],
           note="The source after the clause, « à Minsk » after it (the city where it speaks); no weekday of its "
                "own: no time."),
    speech("s-prosecutor", "Statement", "Prosecutor Ratchkovski: the Union pursued a hostile policy dictated from "
           "abroad", PROSECUTOR, ("a affirmé", None),
           [("Derrière une façade culturelle, cette structure menait une politique hostile dictée depuis l’étranger",
             None)], according_to=[BELTA], about=["e-hostile-policy"],
           note="A quote first; no weekday or occasion of its own: no time."),
    speech("s-belta", "Report", "Belta quotes the prosecutor", BELTA, ("cité", None), [], about=["s-prosecutor"]),
    speech("s-viasna", "Report", "Viasna reports last week's search of the Union's headquarters", VIASNA,
           ("selon", "selon l’ONG"), [], about=["e-search"]),
    speech("s-poczobut-denial", "Statement", "Poczobut has always denied the charges", POCZOBUT,
           ("a toujours rejetées", None), [], about=["e-security-offence"],
           note="« des accusations qu’il a toujours rejetées »: a denial in a relative clause (as « Il a toujours nié "
                "les faits » in gold); « des accusations » restates the charge and is not a speech act of its own."),
    speech("s-poland-demand", "Statement", "Poland has been demanding Poczobut's release for months", POLAND,
           ("réclament", None), [], time="t-for-months", about=["e-release"],
           note="« La Pologne et la Lituanie ... réclament »: two speakers, one trigger, one speech act each."),
    speech("s-lithuania-demand", "Statement", "Lithuania has been demanding Poczobut's release for months", LITHUANIA,
           ("réclament", None), [], time="t-for-months", about=["e-release"]),
    speech("s-poland-denounces", "Statement", "Poland denounces « a new step in the crushing of all civil society »",
           POLAND, ("ont dénoncé", None), [("une nouvelle étape dans l’écrasement de toute société civile", None)],
           time="t-evening", about=["e-ban", "e-crushing"],
           note="« Dans un communiqué commun publié dans la soirée, les deux pays ont dénoncé »: the communiqué is the "
                "medium (not a second speech act for « publié »); « les deux pays » (not a mention) are Poland and "
                "Lithuania: two speech acts, one trigger; the one pair of guillemets goes to the first-named state, "
                "Poland, as in gold."),
    speech("s-lithuania-denounces", "Statement", "Lithuania denounces the ban in the joint communiqué", LITHUANIA,
           ("ont dénoncé", None), [], time="t-evening", about=["e-ban", "e-crushing"]),
    speech("s-sikorski", "Statement", "Sikorski: « We will summon the Belarusian chargé d’affaires on Thursday »",
           SIKORSKI, ("a déclaré", "a déclaré à Varsovie"),
           [("Nous convoquerons jeudi le chargé d’affaires biélorusse", None)], place=WARSAW, about=["e-summons"],
           note="« a déclaré à Varsovie »: Warsaw the city, where he speaks. « jeudi » dates the summons, not his "
                "words, which have no time of their own."),
    speech("s-mfa-denial", "Statement", "The Belarusian foreign ministry « categorically rejects any accusation of "
           "discrimination »", BY_MFA, ("rejette", None),
           [("rejette catégoriquement toute accusation de discrimination", None)], according_to=[VARANKOV],
           about=["e-discrimination"],
           note="A denial relayed by the spokesman: the ministry's words, the trigger inside the quote, as « très "
                "préoccupé » and « acceptera humblement » in gold; the speech act occurred, the discrimination it "
                "denies is negated."),
    speech("s-varankov", "Report", "The ministry's spokesman relays its position", VARANKOV, ("a fait savoir", None),
           [], about=["s-mfa-denial", "s-mfa-interference"]),
    speech("s-mfa-interference", "Statement", "The ministry denounces Warsaw's « gross interference »", BY_MFA,
           ("dénonçant", None), [("ingérence grossière", None)], according_to=[VARANKOV],
           about=["e-interference"],
           note="A participle with its own guillemets: a second speech act. Its grammatical subject is the "
                "spokesman, but he speaks for the ministry, whose charge it is (as Guterres's « appelant » in gold)."),
    speech("s-diplomat", "Statement", "A European diplomat: Union officials could be arrested « in the coming days »",
           DIPLOMAT, ("a indiqué", None), [("dans les prochains jours", None)], addressee=AFP,
           about=["e-arrests"],
           note="« a indiqué à l’AFP ..., sous couvert d’anonymat »: the AFP is who he tells (addressee), as « "
                "a assuré à l’AFP » in gold. « en poste à Minsk » says where he works, not where he spoke: no place."),
    speech("s-kremlin", "Statement", "The Kremlin takes its ally's side", KREMLIN, ("a pris la défense", None), [],
           place=MOSCOW, about=["e-ban"],
           note="A stance without a verb of speech or a quote, as « a apporté son « soutien total » » and « voient ce "
                "rapprochement d’un mauvais œil » in gold; « son allié » is Belarus."),
    speech("s-peskov", "Statement", "Peskov: Belarus is a sovereign state that takes lessons from no one", PESKOV,
           ("a déclaré", "a déclaré son porte-parole"),
           [("La Biélorussie est un État souverain, qui n’a de leçons à recevoir de personne", None)], place=MOSCOW,
           about=["e-ban"],
           note="« son porte-parole » is the Kremlin's (Peskov), the second « son porte-parole » of the article. The "
                "fronted « À Moscou » sets the scene of the whole paragraph: Moscow the city is the place of both "
                "sentences. No weekday: no time."),
    speech("s-lukashenko-accuses", "Statement", "Lukashenko regularly accuses Poland of trying to destabilise Belarus",
           LUK, ("accuse", None), [], about=["e-destabilisation"],
           note="« régulièrement »: a habit, not a time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
