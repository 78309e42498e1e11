"""Held-out annotation of choigou-belooussov-2024-05-13.txt (written for the sixth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/choigou-belooussov-2024-05-13.annotation.src.py [--check]

Held-out set 6: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "choigou-belooussov-2024-05-13.txt"

NOTE = """\
Held-out-6 article 4: Vladimir Putin proposes to replace his defence minister Sergei Shoigu, published Monday 13 \
May 2024 (the file gives the day). What it exercises: a proposal with an infinitive (« a proposé de remplacer son \
ministre de la Défense, Sergueï Choïgou, par un économiste ..., Andreï Belooussov »: a Proposal event, the \
replacement proposed) sourced after the clause to the Kremlin « dans la nuit de dimanche à lundi » (one time, the \
Monday, as « dans la nuit de mardi à mercredi » in benchmarks/gold) and an offensive in the present « dans la \
région ukrainienne de Kharkiv » (the city's name, as « la région frontalière de Koursk »); an imperfect « qui \
dirigeait le ministère depuis 2012 », a passive appointment in the present with a predicate role noun (« est nommé \
secrétaire du Conseil de sécurité de Russie »), a passive participle with « jusqu’ici », « selon un décret publié \
lundi » (the decree is Putin's: he is its speaker) and a negated passive (« Le sort de ce dernier n’a pas été \
précisé »: a negated speech act of the Kremlin, implied); a quote first with « Aujourd’hui » inside it and « a \
expliqué lundi aux journalistes le porte-parole du Kremlin, Dmitri Peskov »; indirect speech without guillemets \
before « a-t-il ajouté » with a participle of purpose (« justifiant le choix d’un civil »: part of the same speech \
act) and « depuis l’époque soviétique » (vague); a conditional expectation sourced to a document (« devrait en \
revanche conserver son poste, selon la liste des candidats transmise au Conseil de la Fédération, la chambre haute \
du Parlement, qui doit les auditionner à partir de mardi »: hypothetical; the list is Putin's; hearings planned \
from Tuesday); « Ce remaniement intervient trois semaines après l’arrestation pour corruption » (counted back from \
Monday 13 May: the week of 22 April, inside April 2024: the month), a predicate « considéré comme un proche de M. \
Choïgou », « L’intéressé, placé en détention provisoire, rejette les accusations, selon ses avocats » (the \
corruption suspected, according to Russia, which arrested him; the denial relayed by his lawyers); « Pour un \
haut responsable ukrainien cité par l’agence Reuters, ce changement montre que Moscou « se prépare à une guerre \
longue » » (the trigger is the verb the « Pour » reports, as « Pour Tokyo, ces tirs montrent » in benchmarks/gold) \
and a pluperfect negated reaction « lundi en fin de matinée » by a group; a participle opening the sentence with \
« mardi dernier » (7 May 2024), a planned trip « jeudi et vendredi » (one event, the Thursday; the Friday a time \
of its own attached to nothing) « à l’invitation de Xi Jinping » (a nominal invitation) confirmed by Peskov; a \
negated speech act without a verb of speech (« n’a pas fait de déclaration publique sur le départ de son \
ministre ») and a pluperfect decoration « en février ». « Moscou » is Russia (Q159); « Kiev » inside « Les alliés de \
Kiev » Ukraine (Q212). « Conseil de sécurité de Russie » is not the UN Security Council (local, with « Russie » \
inside annotated, as in benchmarks/gold); « Kremlin » inside « le porte-parole du Kremlin » is a mention. « le \
ministère » is the Russian defence ministry (local); « un civil » and « un économiste sans expérience militaire » \
are Belousov. Not mentions: « secrétaire du Conseil de sécurité de Russie » and « un proche de M. Choïgou » as \
predicates (the names inside them are), « un poste », « les » (the candidates, plural), « la liste des candidats » \
and « un décret » (documents; their author is the speaker), « Le sort de ce dernier » as a phrase (« ce dernier » \
is Patrushev), « un cinquième mandat ». Belousov, Kharkiv, the Russian defence ministry, the Security Council of \
Russia, Patrushev, the Federation Council, Timur Ivanov, his lawyers, the Ukrainian official and Kyiv's allies are \
not in ids.tsv: local, unlinked."""

PUTIN, SHOIGU, LAVROV, PESKOV, XI = "Q7747", "Q32024", "Q58217", "Q4359688", "Q15031"
RUSSIA, UKRAINE, CHINA = "Q159", "Q212", "Q148"
KREMLIN, RU_ARMY, REUTERS = "Q2060629", "Q193159", "Q130879"
BELOUSOV, KHARKIV, RU_MOD, RU_SEC_COUNCIL = "local:andrei-belousov", "local:kharkiv", \
    "local:russian-defence-ministry", "local:security-council-of-russia"
PATRUSHEV, FED_COUNCIL, IVANOV, LAWYERS = "local:nikolai-patrushev", "local:federation-council", \
    "local:timur-ivanov", "local:ivanov-lawyers"
UA_OFFICIAL, ALLIES = "local:senior-ukrainian-official", "local:ukraine-allies"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BELOUSOV, "Andreï Belooussov", "Andrei Belousov", "person",
     {"description": "économiste, proposé comme ministre russe de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (KHARKIV, "Kharkiv", "Kharkiv", "place", {"unlinked_reason": NOT_VERIFIED}),
    (RU_MOD, "ministère russe de la Défense", "Ministry of Defence of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (RU_SEC_COUNCIL, "Conseil de sécurité de Russie", "Security Council of Russia", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PATRUSHEV, "Nikolaï Patrouchev", "Nikolai Patrushev", "person", {"unlinked_reason": NOT_VERIFIED}),
    (FED_COUNCIL, "Conseil de la Fédération", "Federation Council", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (IVANOV, "Timour Ivanov", "Timur Ivanov", "person",
     {"description": "vice-ministre russe de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (LAWYERS, "avocats de Timour Ivanov", "Timur Ivanov's lawyers", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (UA_OFFICIAL, "un haut responsable ukrainien", "a senior Ukrainian official", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (ALLIES, "les alliés de l’Ukraine", "Ukraine's allies", "group",
     {"unlinked_reason": "a group of states, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("son ministre de la Défense", None, SHOIGU, "nominal"),
    ("Sergueï Choïgou", None, SHOIGU, "name"),
    ("un économiste sans expérience militaire", None, BELOUSOV, "nominal"),
    ("Andreï Belooussov", None, BELOUSOV, "name"),
    ("Kremlin", "a annoncé le Kremlin", KREMLIN, "metonym"),
    ("l’armée russe", None, RU_ARMY, "nominal"),
    ("Kharkiv", None, KHARKIV, "name"),
    # M. Choïgou, qui dirigeait ...
    ("Choïgou", "M. Choïgou, qui", SHOIGU, "name"),
    ("le ministère", None, RU_MOD, "nominal"),
    ("Conseil de sécurité de Russie", None, RU_SEC_COUNCIL, "name"),
    ("Russie", None, RUSSIA, "name"),
    ("Nikolaï Patrouchev", None, PATRUSHEV, "name"),
    ("ce dernier", None, PATRUSHEV, "nominal"),
    # « Aujourd’hui ... »
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("il", "a-t-il ajouté", PESKOV, "pronoun"),
    ("un civil", None, BELOUSOV, "nominal"),
    # Le chef de la diplomatie ...
    ("Le chef de la diplomatie", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("Conseil de la Fédération", None, FED_COUNCIL, "name"),
    ("la chambre haute du Parlement", None, FED_COUNCIL, "nominal"),
    # Ce remaniement ...
    ("un vice-ministre de la Défense", None, IVANOV, "nominal"),
    ("Timour Ivanov", None, IVANOV, "name"),
    ("Choïgou", "proche de M. Choïgou", SHOIGU, "name"),
    ("L’intéressé", None, IVANOV, "nominal"),
    ("ses avocats", None, LAWYERS, "nominal"),
    # Pour un haut responsable ukrainien ...
    ("un haut responsable ukrainien", None, UA_OFFICIAL, "nominal"),
    ("Reuters", None, REUTERS, "name"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("Les alliés de Kiev", None, ALLIES, "nominal"),
    ("Kiev", None, UKRAINE, "metonym"),
    # Investi mardi dernier ...
    ("Poutine", "M. Poutine doit", PUTIN, "name"),
    ("Chine", None, CHINA, "name"),
    ("Xi Jinping", None, XI, "name"),
    ("Peskov", "M. Peskov", PESKOV, "name"),
    ("Le président russe", None, PUTIN, "nominal"),
    ("son ministre", "départ de son ministre", SHOIGU, "nominal"),
    ("il", "qu’il avait", PUTIN, "pronoun"),
]

PUB_DAY = "The publication day, Monday 13 May 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-night", ("dans la nuit de dimanche à lundi", None), "2024-05-13", "day", "night-span",
     "One time, the Monday (after midnight), as « dans la nuit de mardi à mercredi » in benchmarks/gold. "
     + PUB_DAY),
    ("t-2012", ("2012", None), "2012", "year", "explicit-year",
     "« qui dirigeait le ministère depuis 2012 »: the start (« depuis X » is annotated as X)."),
    ("t-monday-decree", ("lundi", "publié lundi"), "2024-05-13", "day", "weekday-publication-day",
     "« un décret publié lundi »: " + PUB_DAY),
    ("t-today", ("Aujourd’hui", None), "2024-05-13", "day", "today",
     "Inside Peskov's quote: the publication day, attached to nothing (as « Aujourd’hui » in benchmarks/gold)."),
    ("t-monday-peskov", ("lundi", "a expliqué lundi"), "2024-05-13", "day", "weekday-publication-day",
     "« a expliqué lundi »: " + PUB_DAY),
    ("t-soviet-era", ("depuis l’époque soviétique", None), None, "vague", "vague",
     "« un niveau inédit depuis l’époque soviétique »: an era of decades, no single year: vague, attached to "
     "nothing."),
    ("t-from-tuesday", ("mardi", "à partir de mardi"), "2024-05-14", "day", "weekday-future",
     "« à partir de mardi »: the start, Tuesday 14 May 2024."),
    ("t-three-weeks", ("trois semaines après", None), "2024-04", "month", "relative-week-past",
     "Three weeks before Monday 13 May 2024: the week of 22 April, inside April 2024: the month."),
    ("t-late-morning", ("lundi en fin de matinée", None), "2024-05-13", "day", "part-of-day",
     "Pluperfect « n’avaient pas réagi lundi en fin de matinée »: " + PUB_DAY),
    ("t-last-tuesday", ("mardi dernier", None), "2024-05-07", "day", "weekday-past",
     "« Investi mardi dernier »: the Tuesday of the week before, 7 May 2024."),
    ("t-thursday", ("jeudi", None), "2024-05-16", "day", "weekday-future",
     "« doit se rendre jeudi et vendredi »: one trip, whose time is the first day, Thursday 16 May 2024."),
    ("t-friday", ("vendredi", None), "2024-05-17", "day", "weekday-future",
     "The second day of the trip, Friday 17 May 2024: a time of its own, attached to nothing (as « jeudi et "
     "vendredi » in benchmarks/gold)."),
    ("t-february", ("en février", None), "2024-02", "month", "month-publication-year",
     "Pluperfect « qu’il avait pourtant décoré en février »: February 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-proposal", "Proposal", "Putin proposes to replace Shoigu with Belousov", ("a proposé", None),
          [("agent", PUTIN), ("theme", BELOUSOV)], time="t-night", according_to=[KREMLIN],
          note="The proposal is announced « dans la nuit de dimanche à lundi »; its candidate is the theme."),
    event("e-replacement", "Event", "Shoigu to be replaced as defence minister by Belousov", ("remplacer", None),
          [("agent", PUTIN), ("recipient", SHOIGU), ("participant", BELOUSOV)], status="proposed",
          according_to=[KREMLIN],
          note="What Putin proposes: proposed. « le choix d’un civil », « Ce remaniement », « ce changement » and « le "
               "départ de son ministre » restate it."),
    event("e-offensive", "Event", "The Russian army conducts an offensive in the Kharkiv region", ("offensive", None),
          [("agent", RU_ARMY), ("recipient", UKRAINE)], place=KHARKIV,
          note="In the present, the article's own voice; Ukraine from the adjective « ukrainienne »."),
    event("e-shoigu-led", "Event", "Shoigu had led the ministry since 2012", ("dirigeait", None),
          [("agent", SHOIGU), ("participant", RU_MOD)], time="t-2012"),
    event("e-appointment", "Event", "Shoigu appointed secretary of the Security Council of Russia", ("est nommé", None),
          [("agent", PUTIN), ("recipient", SHOIGU), ("participant", RU_SEC_COUNCIL)], time="t-monday-decree",
          according_to=[PUTIN],
          note="A passive with no agent: the appointment is by Putin's decree (the decree's day)."),
    event("e-patrushev-post", "Event", "Patrushev held the post until now", ("occupé", None),
          [("agent", PATRUSHEV), ("participant", RU_SEC_COUNCIL)],
          note="« jusqu’ici » dates nothing precise: not annotated as a time."),
    event("e-lavrov-keeps", "Event", "Lavrov should keep his post", ("conserver", None), [("agent", LAVROV)],
          status="hypothetical", according_to=[PUTIN],
          note="« devrait en revanche conserver »: expected, not decided (as « devraient évoquer » in "
               "benchmarks/gold): hypothetical."),
    event("e-list-transmitted", "Delivery", "The list of candidates transmitted to the Federation Council",
          ("transmise", None), [("agent", PUTIN), ("recipient", FED_COUNCIL)],
          note="A passive with no agent: the candidates are Putin's (he proposes them)."),
    event("e-hearings", "Meeting", "The Federation Council to hear the candidates from Tuesday",
          ("auditionner", None), [("agent", FED_COUNCIL)], status="planned", time="t-from-tuesday"),
    event("e-arrest", "Event", "Deputy defence minister Timur Ivanov arrested for corruption three weeks earlier",
          ("arrestation", None), [("recipient", IVANOV)], time="t-three-weeks",
          note="No agent written: the person arrested is the recipient only, as in benchmarks/gold."),
    event("e-corruption", "Event", "Alleged corruption by Timur Ivanov", ("corruption", None), [("agent", IVANOV)],
          status="suspected", according_to=[RUSSIA],
          note="The charge of the Russian authorities, who arrested him; he rejects it: suspected."),
    event("e-pretrial-detention", "Event", "Ivanov placed in pre-trial detention", ("placé", None),
          [("recipient", IVANOV)]),
    event("e-long-war", "Event", "Russia prepares for a long war (Ukrainian official)", ("se prépare", None),
          [("agent", RUSSIA)], status="suspected", according_to=[UA_OFFICIAL],
          note="An opinion of the official: suspected. The trigger lies inside the quote."),
    event("e-inauguration", "Event", "Putin was inaugurated last Tuesday for a fifth term", ("Investi", None),
          [("recipient", PUTIN)], time="t-last-tuesday"),
    event("e-china-trip", "Visit", "Putin to travel to China on Thursday and Friday", ("se rendre", None),
          [("agent", PUTIN)], status="planned", place=CHINA, time="t-thursday", according_to=[PESKOV]),
    event("e-xi-invitation", "Invitation", "Xi Jinping invited Putin to China", ("invitation", None),
          [("agent", XI), ("recipient", PUTIN)], place=CHINA),
    event("e-decoration", "Event", "Putin had decorated Shoigu in February", ("décoré", None),
          [("agent", PUTIN), ("recipient", SHOIGU)], time="t-february"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kremlin-announcement", "Statement", "The Kremlin announces Putin's proposal", KREMLIN,
           ("a annoncé", None), [], time="t-night", about=["e-proposal", "e-replacement"]),
    speech("s-decree", "Report", "Putin's decree appoints Shoigu", PUTIN, ("selon", "selon un décret"), [],
           time="t-monday-decree", about=["e-appointment"],
           note="« selon un décret publié lundi »: a decree is its signatory's words; Putin is the speaker."),
    speech("s-fate-not-said", "SpeechAct", "The Kremlin does not say what becomes of Patrushev", KREMLIN,
           ("précisé", "n’a pas été précisé"), [], status="negated",
           note="A negated passive whose speaker is implied (the authority that announced the appointments)."),
    speech("s-peskov-innovation", "Statement", "Peskov: the one most open to innovation wins on the battlefield",
           PESKOV, ("a expliqué", None),
           [("Aujourd’hui, sur le champ de bataille, celui qui gagne est celui qui est le plus ouvert à l’innovation",
             None)],
           time="t-monday-peskov", about=["e-replacement"]),
    speech("s-peskov-spending", "Statement", "Peskov: military spending reaches 6.7 % of GDP", PESKOV,
           ("a-t-il ajouté", None), [], time="t-monday-peskov", about=["e-replacement"],
           note="Indirect speech without guillemets before the clause; « justifiant le choix d’un civil » says why "
                "he speaks, inside the same speech act."),
    speech("s-list", "Report", "The list of candidates keeps Lavrov", PUTIN, ("selon", "selon la liste"), [],
           about=["e-lavrov-keeps"], note="The list is Putin's (he proposes the candidates)."),
    speech("s-ivanov-denial", "Statement", "Ivanov rejects the accusations", IVANOV, ("rejette", None), [],
           according_to=[LAWYERS], about=["e-corruption"]),
    speech("s-lawyers", "Report", "Ivanov's lawyers relay his denial", LAWYERS, ("selon", "selon ses avocats"), [],
           about=["s-ivanov-denial"]),
    speech("s-ua-official", "Statement", "A senior Ukrainian official: Moscow « is preparing for a long war »",
           UA_OFFICIAL, ("montre", None), [("se prépare à une guerre longue", None)], according_to=[REUTERS],
           about=["e-long-war", "e-replacement"]),
    speech("s-reuters", "Report", "Reuters quotes the Ukrainian official", REUTERS, ("cité", None), [],
           about=["s-ua-official"]),
    speech("s-allies-no-reaction", "SpeechAct", "Kyiv's allies had not reacted by late Monday morning", ALLIES,
           ("réagi", None), [], status="negated", time="t-late-morning", about=["e-replacement"]),
    speech("s-peskov-confirm", "Statement", "Peskov confirms Putin's trip to China", PESKOV, ("a confirmé", None), [],
           about=["e-china-trip", "e-xi-invitation"]),
    speech("s-putin-silence", "SpeechAct", "Putin has made no public statement on his minister's departure", PUTIN,
           ("déclaration", None), [], status="negated", about=["e-replacement"],
           note="« n’a pas fait de déclaration publique »: a negated speech act without a verb of speech."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
