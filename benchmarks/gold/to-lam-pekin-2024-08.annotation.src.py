"""Held-out annotation of to-lam-pekin-2024-08.txt (written for the twenty-third held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/to-lam-pekin-2024-08.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/to-lam-pekin-2024-08.annotation.src.py --check

From held-out set 23 (moved to gold in session 21; see benchmarks/gold/README.md).

The story follows Tô Lâm's state visit to China of 18 to 20 August 2024, his first trip abroad after his election
as general secretary of the Communist Party of Vietnam on 3 August 2024 (a stop in Guangzhou on Sunday 18 August,
talks with Xi Jinping in Beijing on Monday 19 August, some fourteen cooperation documents, among them one on a
standard-gauge railway from Lao Cai to Haiphong). Xi's and Tô Lâm's words, the cost of the railway and Beijing's
share of it, the anonymous Vietnamese official, the joint declaration's wording, Manila's Tuesday statement,
Washington's silence, the meeting with Li Qiang on Tuesday and the return on Wednesday are invented or simplified.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "to-lam-pekin-2024-08.txt"

PUBLISHED_INFERRED = {
    "value": "2024-08-20", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives August 2024. Xi Jinping welcomed Tô Lâm « lundi 19 août » (19 August 2024 is a Monday, "
             "which confirms the year and fixes the week). The joint declaration was « publiée mardi » and Manila « "
             "a dit mardi » (past: a Tuesday on or before publication, the one after Monday 19, so Tuesday 20 "
             "August); Tô Lâm « doit encore s’entretenir mardi » with Li Qiang (still ahead: a Tuesday on or after "
             "publication) and will go home « mercredi » (future: a Wednesday after publication). In the week the "
             "weekdays share, the only day on or after Tuesday 20 and before Wednesday 21 August is Tuesday 20 "
             "August 2024 itself; the past « Dimanche » is 18 August and Manila's past « lundi » 19 August."),
}

NOTE = """\
Held-out-23 article: Xi Jinping welcomes with great pomp in Beijing on Monday 19 August 2024 Tô Lâm, the new \
general secretary of the Communist Party of Vietnam, elected on 3 August and on his first state visit, in China; \
fourteen cooperation documents are signed in the presence of the two leaders, among them an agreement on a \
standard-gauge railway that is to link the border province of Lao Cai to the port of Haiphong through Hanoi, \
according to Xinhua; the project, estimated at more than eight billion dollars, could be partly financed by \
Beijing, according to a Vietnamese official; Xi calls China and Vietnam comrades and brothers and says China is \
ready to accompany Vietnam towards modernisation, and Tô Lâm answers that Hanoi makes its ties with Beijing « une \
priorité absolue »; on Sunday, in Guangzhou, the first leg of his trip, he had paid tribute to Hồ Chí Minh, who had \
founded a revolutionary youth association there in 1925; the South China Sea disputes over the Paracels and the \
Spratlys were discussed only behind closed doors, no compromise was announced, but Beijing and Hanoi pledged « ne \
pas compliquer » the situation, according to a joint declaration published on Tuesday; Manila, which on Monday \
accused the Chinese coast guard of ramming two of its ships near the Spratlys, says on Tuesday it is following the \
talks closely; Washington, which upgraded its relations with Hanoi to a comprehensive strategic partnership last \
year, has not commented; Tô Lâm is still to meet Premier Li Qiang on Tuesday before going home on Wednesday. \
Published in August 2024 (the file gives the month; the day, Tuesday 20 August, comes from « lundi 19 août », past \
« mardi » and « Dimanche », a « mardi » still ahead and a future « mercredi »: see PUBLISHED_INFERRED). The visit, \
its dates, the election, the Guangzhou stop, the railway agreement, the 1925 association, the ramming near the \
Spratlys and the 2023 partnership follow the real events loosely; the quotes, the cost, the financing, the \
official, the declaration's wording, Manila's statement and Washington's silence are invented or simplified. \
What it exercises: a reception by the host as subject with a manner phrase before the weekday (« Xi Jinping a \
accueilli en grande pompe lundi 19 août à Pékin le nouveau secrétaire général du Parti communiste vietnamien, Tô \
Lâm »: a weekday with a date, the city, a role noun and a name in apposition as object) with an apposed passive \
participle of election with a date joined by « et » to a participle of coming with a nominal state visit (« élu le \
3 août et venu en Chine pour sa première visite d’État »); a passive signing with no agent and a presence (« \
Quatorze documents de coopération ont été signés en présence des deux dirigeants ») with a detached « dont » over \
a railway whose relative holds a planned link (« une voie ferrée à écartement standard qui doit relier la province \
frontalière de Lao Cai au port de Haiphong en passant par Hanoï ») and a source after the clause (« a rapporté \
l’agence Chine nouvelle »); a demonstrative noun for the project with an apposed participle of estimate and a \
conditional passive with a metonym as agent (« Ce chantier, estimé à ..., pourrait être financé en partie par \
Pékin, selon un responsable vietnamien »: hypothetical); a quote first, split around « a affirmé M. Xi devant son \
invité. » at a sentence end, whose second sentence has « Nous » for China and « votre pays » for Vietnam (the \
accompaniment proposed); a reply with a dative pronoun in indirect speech with two metonyms and a quoted noun \
phrase (« lui a répondu que Hanoï faisait de ses liens avec Pékin « une priorité absolue » »: no event); a fronted \
past weekday and a city with an apposition naming the leg (« Dimanche, à Canton, première étape de son séjour ») \
over a pluperfect tribute and a relative pluperfect founding with the place clitic « y » and a year (« qui y avait \
fondé en 1925 une association de jeunes révolutionnaires »); a relative dispute by a plural subject (« où les deux \
voisins se disputent les Paracels et les Spratleys ») inside a restrictive negated passive that asserts the \
discussion (« n’ont été abordés qu’à huis clos »: occurred); a negated passive announcement (« Aucun compromis n’a \
été annoncé »: a negated Agreement) joined by « mais » to a joint pledge by two metonyms with a negated quoted \
infinitive (« Pékin et Hanoï se sont engagés à « ne pas compliquer » la situation »: two speech acts, one trigger, \
the quote to the first-named) sourced to a document with a participle of publication on the publication day's \
weekday (« selon une déclaration commune publiée mardi »); a metonym with a relative accusation on a past weekday \
over a perfect infinitive (« qui a accusé lundi les garde-côtes chinois d’avoir éperonné deux de ses navires près \
des Spratleys »: suspected) and a quoted infinitive on the publication day (« a dit mardi « suivre de près » ces \
discussions »); a metonym with a relative upgrade dated « l’an dernier » and a negated comment (« n’a pas commenté \
la visite »); a fronted « Avant de » with a future weekday and a planned talk on the publication day's weekday with \
a role noun and a name in apposition (« doit encore s’entretenir mardi avec le Premier ministre chinois, Li Qiang \
»).
Places and metonyms. « Pékin » is the city in « à Pékin » (the reception, Q956) and China (Q148, metonym) where it \
may finance the railway, in « ses liens avec Pékin » and where it pledges; « Hanoï » is the city the railway passes \
through (« en passant par Hanoï », Q1858) and Vietnam (Q881, metonym) where it makes its ties a priority, pledges and \
has its relations upgraded. « Chine » is China as the destination (« venu en Chine ») and inside Xi's quote; « Chine \
» inside « mer de Chine méridionale » only gives the sea its name and « Chine nouvelle » is Xinhua's name: neither is \
a mention of China. « Viêt Nam » is Vietnam, in the quote and as the place of the return. « Manille » is the \
Philippines (local, metonym), as in gold/garde-cotes-ayungin-2024-06-18; « Washington » is the United States (Q30, \
metonym). « Canton » is Guangzhou (local), « y » the same city. « la province frontalière de Lao Cai » is Lào Cai \
province (a nominal mention, local) and « Lao Cai » inside it the city (local), as « Koursk » inside « la région de \
Koursk » in gold/traite-russie-coree-ratification-2024-11; in « le port de Haiphong » only « Haiphong » is marked, as \
in gold/xi-hanoi-2025-04-15.
Mentions. Tô Lâm: « le nouveau secrétaire général du Parti communiste vietnamien » (a role noun in apposition, with \
« Parti communiste vietnamien » inside it as a mention of the party), « Tô Lâm » (three times), « son invité », « Le \
dirigeant vietnamien ». Xi: « Xi Jinping », « Xi » in « M. Xi », « lui » (the dative of « a répondu »). « Nous » in \
Xi's quote is China (the speaker speaking for his state); « votre pays » is Vietnam (a role noun with a possessive \
determiner, marked whole as « son voisin » in gold). The railway: « une voie ferrée à écartement standard » and « Ce \
chantier » (the project whose cost is estimated and whose financing is discussed). « un responsable vietnamien » is \
an unnamed official; « une association de jeunes révolutionnaires » the Vietnamese Revolutionary Youth League \
(local); « les garde-côtes chinois » the China Coast Guard (with its determiner); « deux de ses navires » the \
Philippine ships (a local group of things, the recipient of the ramming). « Li Qiang » and « le Premier ministre \
chinois » are Li Qiang. Not mentions: « les deux dirigeants » and « les deux voisins » (plural phrases for two \
entities), « Quatorze documents de coopération » (plural documents, the signing's theme, as the plural agreements \
of gold/xi-hanoi-2025-04-15), « un accord sur une voie ferrée » (one of those documents; no event takes it apart \
from the others), « plus de huit milliards de dollars », « des camarades et des frères » (a predicate), « la voie de \
la modernisation », « ses liens », « une priorité absolue », « première étape de son séjour » (a description of a \
leg of the visit, an event), « Les différends » and « ces discussions » (events restated), « Aucun compromis », « \
la situation », « ses relations », « partenariat stratégique global », « la visite ». « une déclaration commune » \
is marked (the source, a document, as « un document » in gold/traite-russie-coree-ratification-2024-11).
Statuses and sources. The reception, the election, the state visit, the signing, the tribute, the 1925 founding, \
the dispute, the closed-door discussion, the publication of the declaration and the 2023 upgrade occurred; the \
railway's link is planned according to Xinhua (« doit relier »: the line does not exist yet), the financing \
hypothetical according to the official (« pourrait »), the accompaniment proposed according to Xi (« prêts à »); \
the compromise is negated in the article's own voice (no according_to); the complication of the situation is \
negated according to China and Vietnam (what they pledge not to do); the ramming is suspected according to the \
Philippines (an accusation); the talk with Li Qiang and the return are planned; Washington's comment is a negated \
speech act.
Times. « lundi 19 août » is Monday 19 August 2024 (weekday-day-month); « le 3 août » Saturday 3 August 2024 (the \
publication year); « Dimanche » Sunday 18 August 2024 (pluperfect, the Sunday before publication); « en 1925 » the \
year; « publiée mardi », « a dit mardi » and « s’entretenir mardi » the publication day, Tuesday 20 August 2024; « \
a accusé lundi » Monday 19 August; « l’an dernier » the year 2023; « mercredi » Wednesday 21 August 2024. The \
signing, the closed-door discussion and Xi's and Tô Lâm's words write no day of their own: they took place at the \
Monday reception in Beijing, whose day and city they take (as the words at the reception in \
gold/lula-pekin-2023-04-14 and the signing on the talks' day in gold/loukachenko-xi-pekin-2023-03-01). The pledges \
take the Tuesday of the declaration's publication (as the op-ed's words take its publication day in \
gold/xi-hanoi-2025-04-15). The state visit has no time of its own (as in gold/lula-pekin-2023-04-14); the ramming \
has none either (« lundi » dates the accusation). « à huis clos », « encore », « en partie » are no times.
Linked: Xi Jinping, Tô Lâm, China, Vietnam, Beijing (the city), Hanoi (the city) and the United States. Local, \
unlinked: the Communist Party of Vietnam, the fourteen documents, the railway project, Lào Cai province, Lào Cai, \
Haiphong, Xinhua, the Vietnamese official, Guangzhou, Hồ Chí Minh, the Revolutionary Youth League, the South China \
Sea, the Paracels, the Spratlys, the joint declaration, the Philippines, the China Coast Guard, the Philippine \
ships and Li Qiang."""

XI, TO_LAM, CHINA, VIETNAM, US = "Q15031", "Q10831196", "Q148", "Q881", "Q30"
BEIJING, HANOI = "Q956", "Q1858"
CPV, DOCUMENTS, RAILWAY = "local:communist-party-of-vietnam", "local:china-vietnam-august-2024-documents", \
    "local:lao-cai-haiphong-railway"
LAO_CAI_PROVINCE, LAO_CAI, HAIPHONG, XINHUA = "local:lao-cai-province", "local:lao-cai", "local:haiphong", \
    "local:xinhua"
OFFICIAL, GUANGZHOU, HO_CHI_MINH, YOUTH_LEAGUE = "local:vietnamese-official", "local:guangzhou", \
    "local:ho-chi-minh", "local:vietnamese-revolutionary-youth-league"
SCS, PARACELS, SPRATLYS, DECLARATION = "local:south-china-sea", "local:paracel-islands", "local:spratly-islands", \
    "local:china-vietnam-joint-declaration-2024"
PHILIPPINES, CCG, PH_SHIPS, LI_QIANG = "local:philippines", "local:china-coast-guard", "local:philippine-ships", \
    "local:li-qiang"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CPV, "Parti communiste vietnamien", "Communist Party of Vietnam", "organization",
     {"class_qid": "Q7278", "unlinked_reason": NOT_VERIFIED}),
    (DOCUMENTS, "quatorze documents de coopération sino-vietnamiens (août 2024)",
     "fourteen China–Vietnam cooperation documents (August 2024)", "other",
     {"description": "les documents signés en présence de Xi Jinping et de Tô Lâm, dont un accord ferroviaire",
      "unlinked_reason": "several unnamed documents, not one Wikidata item"}),
    (RAILWAY, "voie ferrée à écartement standard Lao Cai–Hanoï–Haiphong",
     "Lào Cai–Hanoi–Haiphong standard-gauge railway", "object",
     {"description": "projet de ligne ferroviaire couvert par un des accords, estimé à plus de huit milliards de "
                     "dollars", "unlinked_reason": "a project with no verified Wikidata item"}),
    (LAO_CAI_PROVINCE, "province de Lao Cai", "Lào Cai province", "place",
     {"description": "province vietnamienne frontalière de la Chine", "unlinked_reason": NOT_VERIFIED}),
    (LAO_CAI, "Lao Cai", "Lào Cai", "place",
     {"description": "ville vietnamienne à la frontière chinoise", "unlinked_reason": NOT_VERIFIED}),
    (HAIPHONG, "Haiphong", "Haiphong", "place", {"description": "ville portuaire du nord du Viêt Nam",
                                                 "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "un responsable vietnamien", "a Vietnamese official", "person",
     {"description": "responsable vietnamien que l’article ne nomme pas", "unlinked_reason": "an unnamed person"}),
    (GUANGZHOU, "Canton", "Guangzhou", "place",
     {"description": "ville du sud de la Chine, première étape de la visite", "unlinked_reason": NOT_VERIFIED}),
    (HO_CHI_MINH, "Hô Chi Minh", "Hồ Chí Minh", "person",
     {"description": "fondateur du Parti communiste vietnamien, mort en 1969", "unlinked_reason": NOT_VERIFIED}),
    (YOUTH_LEAGUE, "Association de la jeunesse révolutionnaire du Viêt Nam", "Vietnamese Revolutionary Youth League",
     "organization", {"description": "association fondée à Canton en 1925 par Hô Chi Minh",
                      "unlinked_reason": NOT_VERIFIED}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PARACELS, "Paracels", "Paracel Islands", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SPRATLYS, "Spratleys", "Spratly Islands", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DECLARATION, "déclaration commune sino-vietnamienne (août 2024)", "China–Vietnam joint declaration (August 2024)",
     "other", {"description": "la déclaration publiée le 20 août 2024 au terme des entretiens de Pékin",
               "unlinked_reason": "a document with no verified Wikidata item"}),
    (PHILIPPINES, "Philippines", "Philippines", "country", {"unlinked_reason": NOT_VERIFIED}),
    (CCG, "garde-côtes chinois", "China Coast Guard", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PH_SHIPS, "deux navires philippins", "two Philippine ships", "object",
     {"description": "les navires que Manille accuse les garde-côtes chinois d’avoir éperonnés",
      "unlinked_reason": "unnamed ships, not one Wikidata item"}),
    (LI_QIANG, "Li Qiang", "Li Qiang", "person",
     {"description": "Premier ministre de la Chine", "unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {
    TO_LAM: "secrétaire général du Parti communiste vietnamien depuis le 3 août 2024",
    BEIJING: "la ville où Tô Lâm est accueilli",
    HANOI: "la ville par laquelle doit passer la voie ferrée",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Xi Jinping a accueilli en grande pompe lundi 19 août à Pékin le nouveau secrétaire général du Parti communiste
    # vietnamien, Tô Lâm, élu le 3 août et venu en Chine pour sa première visite d’État.
    ("Xi Jinping", None, XI, "name"),
    ("Pékin", "août à Pékin", BEIJING, "name"),
    ("le nouveau secrétaire général du Parti communiste vietnamien", None, TO_LAM, "nominal"),
    ("Parti communiste vietnamien", None, CPV, "name"),
    ("Tô Lâm", "vietnamien, Tô Lâm", TO_LAM, "name"),
    ("Chine", "venu en Chine", CHINA, "name"),
    # Quatorze documents de coopération ont été signés ..., dont un accord sur une voie ferrée à écartement standard
    # qui doit relier la province frontalière de Lao Cai au port de Haiphong en passant par Hanoï, a rapporté ...
    ("une voie ferrée à écartement standard", None, RAILWAY, "nominal"),
    ("la province frontalière de Lao Cai", None, LAO_CAI_PROVINCE, "nominal"),
    ("Lao Cai", None, LAO_CAI, "name"),
    ("Haiphong", None, HAIPHONG, "name"),
    ("Hanoï", "en passant par Hanoï", HANOI, "name"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # Ce chantier, estimé à ..., pourrait être financé en partie par Pékin, selon un responsable vietnamien.
    ("Ce chantier", None, RAILWAY, "nominal"),
    ("Pékin", "en partie par Pékin", CHINA, "metonym"),
    ("un responsable vietnamien", None, OFFICIAL, "nominal"),
    # « La Chine et le Viêt Nam sont ..., a affirmé M. Xi devant son invité. Nous sommes prêts à accompagner votre
    # pays ... » Le dirigeant vietnamien lui a répondu que Hanoï faisait de ses liens avec Pékin « ... ».
    ("Chine", "« La Chine et", CHINA, "name"),
    ("Viêt Nam", "le Viêt Nam sont", VIETNAM, "name"),
    ("Xi", "M. Xi", XI, "name"),
    ("son invité", None, TO_LAM, "nominal"),
    ("Nous", None, CHINA, "pronoun"),
    ("votre pays", None, VIETNAM, "nominal"),
    ("Le dirigeant vietnamien", None, TO_LAM, "nominal"),
    ("lui", "vietnamien lui a répondu", XI, "pronoun"),
    ("Hanoï", "que Hanoï faisait", VIETNAM, "metonym"),
    ("Pékin", "ses liens avec Pékin", CHINA, "metonym"),
    # Dimanche, à Canton, première étape de son séjour, Tô Lâm avait rendu hommage à Hô Chi Minh, qui y avait fondé
    # en 1925 une association de jeunes révolutionnaires.
    ("Canton", None, GUANGZHOU, "name"),
    ("Tô Lâm", "Tô Lâm avait rendu", TO_LAM, "name"),
    ("Hô Chi Minh", None, HO_CHI_MINH, "name"),
    ("y", "qui y avait fondé", GUANGZHOU, "pronoun"),
    ("une association de jeunes révolutionnaires", None, YOUTH_LEAGUE, "nominal"),
    # Les différends en mer de Chine méridionale, où les deux voisins se disputent les Paracels et les Spratleys, ...
    ("mer de Chine méridionale", None, SCS, "name"),
    ("Paracels", None, PARACELS, "name"),
    ("Spratleys", "les Paracels et les Spratleys", SPRATLYS, "name"),
    # Aucun compromis n’a été annoncé, mais Pékin et Hanoï se sont engagés ..., selon une déclaration commune ...
    ("Pékin", "mais Pékin et Hanoï", CHINA, "metonym"),
    ("Hanoï", "mais Pékin et Hanoï", VIETNAM, "metonym"),
    ("une déclaration commune", None, DECLARATION, "nominal"),
    # Manille, qui a accusé lundi les garde-côtes chinois d’avoir éperonné deux de ses navires près des Spratleys, ...
    ("Manille", None, PHILIPPINES, "metonym"),
    ("les garde-côtes chinois", None, CCG, "nominal"),
    ("deux de ses navires", None, PH_SHIPS, "nominal"),
    ("Spratleys", "navires près des Spratleys", SPRATLYS, "name"),
    # Washington, qui a élevé l’an dernier ses relations avec Hanoï ..., n’a pas commenté la visite.
    ("Washington", None, US, "metonym"),
    ("Hanoï", "relations avec Hanoï", VIETNAM, "metonym"),
    # Avant de rentrer mercredi au Viêt Nam, Tô Lâm doit encore s’entretenir mardi avec le Premier ministre chinois,
    # Li Qiang.
    ("Viêt Nam", "mercredi au Viêt Nam", VIETNAM, "name"),
    ("Tô Lâm", "Tô Lâm doit", TO_LAM, "name"),
    ("le Premier ministre chinois", None, LI_QIANG, "nominal"),
    ("Li Qiang", None, LI_QIANG, "name"),
]

PUB_DAY = "the publication day, Tuesday 20 August 2024 (inferred: see PUBLISHED_INFERRED)."
MONDAY = "Monday 19 August 2024, the day of the reception in Beijing."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday-19", ("lundi 19 août", None), "2024-08-19", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year (19 August 2024 is a Monday): " + MONDAY),
    ("t-august-3", ("le 3 août", None), "2024-08-03", "day", "day-month-publication-year",
     "« élu le 3 août »: day and month, in the publication year (before the visit): Saturday 3 August 2024."),
    ("t-sunday", ("Dimanche", None), "2024-08-18", "day", "weekday-past",
     "Pluperfect « Dimanche, à Canton, ... avait rendu hommage »: the Sunday before the publication day, the eve "
     "of the Monday reception: 18 August 2024."),
    ("t-1925", ("en 1925", None), "1925", "year", "explicit-year", "A year written out; it stays a year."),
    ("t-tuesday-declaration", ("mardi", "publiée mardi"), "2024-08-20", "day", "weekday-publication-day",
     "« une déclaration commune publiée mardi »: " + PUB_DAY),
    ("t-monday-manila", ("lundi", "a accusé lundi"), "2024-08-19", "day", "weekday-past",
     "« qui a accusé lundi »: a past weekday, the day before " + PUB_DAY),
    ("t-tuesday-manila", ("mardi", "a dit mardi"), "2024-08-20", "day", "weekday-publication-day",
     "« a dit mardi « suivre de près » »: " + PUB_DAY),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "« qui a élevé l’an dernier ses relations avec Hanoï »: the year before 2024."),
    ("t-wednesday", ("mercredi", None), "2024-08-21", "day", "weekday-future",
     "« Avant de rentrer mercredi au Viêt Nam »: the Wednesday after the publication day, 21 August 2024."),
    ("t-tuesday-li", ("mardi", "s’entretenir mardi"), "2024-08-20", "day", "weekday-publication-day",
     "« doit encore s’entretenir mardi »: a talk still ahead on " + PUB_DAY),
]

LEDE = ("Xi Jinping a accueilli", "visite d’État.")
SIGNING_EVIDENCE = ("Quatorze documents", "Chine nouvelle.")
XI_EVIDENCE = ("« La Chine et", "la modernisation. »")
CANTON_EVIDENCE = ("Dimanche, à Canton", "jeunes révolutionnaires.")
PLEDGE_EVIDENCE = ("Aucun compromis", "publiée mardi.")

EVENTS: list[dict[str, Any]] = [
    event("e-welcome", "Meeting", "Xi Jinping welcomes Tô Lâm in Beijing on Monday 19 August",
          ("a accueilli", None), [("agent", XI), ("participant", TO_LAM)], place=BEIJING, time="t-monday-19",
          part_of="e-state-visit", evidence=LEDE,
          note="« Xi Jinping a accueilli en grande pompe lundi 19 août à Pékin le nouveau secrétaire général ..., Tô "
               "Lâm »: the host is the agent, the guest takes part (as the welcome in gold/xi-hanoi-2025-04-15); « à "
               "Pékin » is the city. In the article's own voice."),
    event("e-election", "Event", "Tô Lâm elected head of the Communist Party of Vietnam on 3 August",
          ("élu", None), [("recipient", TO_LAM)], time="t-august-3", evidence=LEDE,
          note="« élu le 3 août »: a passive participle in apposition with no agent written (the party's central "
               "committee is implied), as « élu en 2021 » in gold/coup-niger-2023-07-27; « nouveau » and the role "
               "noun tell what he was elected to."),
    event("e-state-visit", "Visit", "Tô Lâm's first state visit, to China", ("visite d’État", None),
          [("agent", TO_LAM)], place=CHINA, evidence=LEDE,
          note="« venu en Chine pour sa première visite d’État »: « venu » is the coming that the visit is, so it is "
               "not a second event; China is the place. Restated by « son séjour » (Canton paragraph) and « la "
               "visite » (Washington's silence). No time of its own (as the state visit in "
               "gold/lula-pekin-2023-04-14): its days come from its parts, Sunday to Wednesday."),
    event("e-signing", "Agreement", "China and Vietnam sign fourteen cooperation documents",
          ("ont été signés", None), [("participant", CHINA), ("participant", VIETNAM), ("theme", DOCUMENTS)],
          place=BEIJING, time="t-monday-19", according_to=[XINHUA], part_of="e-state-visit",
          evidence=SIGNING_EVIDENCE,
          note="« Quatorze documents de coopération ont été signés en présence des deux dirigeants »: a passive with "
               "no agent; the signatories are the two states, implied by the visit (as the agreements of "
               "gold/loukachenko-xi-pekin-2023-03-01 and gold/xi-hanoi-2025-04-15). « en présence des deux "
               "dirigeants » puts it at the Monday reception in Beijing, whose day and city it takes; the presence is "
               "no event of its own. The documents are plural, not a mention, but the signing's theme."),
    event("e-railway-link", "Event", "The standard-gauge railway is to link Lao Cai province to Haiphong via Hanoi",
          ("relier", None), [("participant", RAILWAY)], status="planned", according_to=[XINHUA],
          evidence=SIGNING_EVIDENCE,
          note="« une voie ferrée à écartement standard qui doit relier la province frontalière de Lao Cai au port de "
               "Haiphong en passant par Hanoï »: the line is still to be built, so the link is planned (unlike the "
               "present state « qui relie » of gold/cables-baltique-2024-11, which is no event). Three places are "
               "written and an event has one place field: none is chosen, they stay mentions."),
    event("e-financing", "Event", "China could partly finance the railway", ("financé", None),
          [("agent", CHINA), ("theme", RAILWAY)], status="hypothetical", according_to=[OFFICIAL],
          note="« Ce chantier ... pourrait être financé en partie par Pékin, selon un responsable vietnamien »: a "
               "conditional passive with a metonym as its agent: hypothetical. « estimé à plus de huit milliards de "
               "dollars » is a measure with no estimator: no event."),
    event("e-accompany", "Event", "China ready to accompany Vietnam on the path of modernisation",
          ("accompagner", None), [("agent", CHINA), ("recipient", VIETNAM)], status="proposed", according_to=[XI],
          evidence=XI_EVIDENCE,
          note="« Nous sommes prêts à accompagner votre pays sur la voie de la modernisation »: an offer, proposed (as "
               "Kim « prêt à élaborer » a plan in the bundled article); « Nous » is China, « votre pays » Vietnam."),
    event("e-homage", "Event", "Tô Lâm paid tribute to Hồ Chí Minh in Guangzhou on Sunday",
          ("avait rendu hommage", None), [("agent", TO_LAM), ("recipient", HO_CHI_MINH)], place=GUANGZHOU,
          time="t-sunday", part_of="e-state-visit", evidence=CANTON_EVIDENCE,
          note="« Dimanche, à Canton, première étape de son séjour, Tô Lâm avait rendu hommage à Hô Chi Minh »: a "
               "pluperfect tribute with no words quoted, a ceremony rather than a speech act (gold's tribute in "
               "gold/funerailles-nguyen-phu-trong-2024-07 was a speech act because it carried a quote). Canton is "
               "the first leg of the visit (part_of)."),
    event("e-founding", "Event", "Hồ Chí Minh founded a revolutionary youth association in Guangzhou in 1925",
          ("avait fondé", None), [("agent", HO_CHI_MINH), ("theme", YOUTH_LEAGUE)], place=GUANGZHOU,
          time="t-1925", evidence=CANTON_EVIDENCE,
          note="« qui y avait fondé en 1925 une association de jeunes révolutionnaires »: a relative pluperfect; « y » "
               "is Canton, the place."),
    event("e-dispute", "Event", "China and Vietnam dispute the Paracels and the Spratlys in the South China Sea",
          ("se disputent", None), [("participant", CHINA), ("participant", VIETNAM)], place=SCS,
          note="« où les deux voisins se disputent les Paracels et les Spratleys »: « les deux voisins » is a plural "
               "phrase (China and Vietnam, not a mention), as « Les deux pays, qui se disputent » in "
               "gold/xi-hanoi-2025-04-15; « où » is the South China Sea, the place. « Les différends » restates the "
               "dispute (no second event). Ongoing, no time."),
    event("e-discussion", "Meeting", "The South China Sea disputes were discussed only behind closed doors",
          ("abordés", None), [("participant", XI), ("participant", TO_LAM)], place=BEIJING, time="t-monday-19",
          part_of="e-state-visit",
          note="« n’ont été abordés qu’à huis clos »: « ne ... que » restricts the manner, it does not negate the "
               "discussion, which occurred. A passive with no agent: the two leaders of the visit are the implied "
               "participants and the talks take the reception's day and city (as the parts of the summit in "
               "gold/sommet-alaska-trump-poutine-2025-08). « ces discussions » (Manila) restates it."),
    event("e-compromise", "Agreement", "No compromise on the South China Sea was announced", ("compromis", None),
          [("participant", CHINA), ("participant", VIETNAM)], status="negated", evidence=PLEDGE_EVIDENCE,
          note="« Aucun compromis n’a été annoncé »: negated, in the article's own voice, with no according_to (as « "
               "aucune initiative commune n’a été annoncée » in gold/lula-pekin-2023-04-14); the parties are the "
               "two neighbours of the sentence before."),
    event("e-complicate", "Event", "China and Vietnam will not complicate the situation", ("compliquer", None),
          [("participant", CHINA), ("participant", VIETNAM)], status="negated", according_to=[CHINA, VIETNAM],
          evidence=PLEDGE_EVIDENCE,
          note="« se sont engagés à « ne pas compliquer » la situation »: what both pledge not to do, negated "
               "according to them (as « Nous ne resterons pas les bras croisés » in "
               "gold/traite-russie-coree-ratification-2024-11); « la situation » is no entity."),
    event("e-declaration-publication", "Event", "China and Vietnam publish a joint declaration on Tuesday",
          ("publiée", None), [("participant", CHINA), ("participant", VIETNAM), ("theme", DECLARATION)],
          time="t-tuesday-declaration", part_of="e-state-visit", evidence=PLEDGE_EVIDENCE,
          note="« une déclaration commune publiée mardi »: a passive participle with no agent; a joint declaration is "
               "the two states', so they take part (as the publication in "
               "gold/traite-russie-coree-ratification-2024-11)."),
    event("e-ramming", "Event", "The Chinese coast guard rammed two Philippine ships near the Spratlys",
          ("éperonné", None), [("agent", CCG), ("recipient", PH_SHIPS)], status="suspected", place=SPRATLYS,
          according_to=[PHILIPPINES],
          note="« qui a accusé lundi les garde-côtes chinois d’avoir éperonné deux de ses navires près des Spratleys "
               "»: an accusation the article does not endorse: suspected, according to the Philippines. « près des "
               "Spratleys » gives the islands as its place. « lundi » dates the accusation, not the ramming."),
    event("e-upgrade", "Event", "The United States upgraded its relations with Vietnam last year",
          ("a élevé", None), [("agent", US), ("participant", VIETNAM)], time="t-last-year",
          note="« qui a élevé l’an dernier ses relations avec Hanoï au rang de partenariat stratégique global »: a "
               "relative in the article's own voice; « Hanoï » is Vietnam; the partnership is no entity."),
    event("e-li-talks", "Meeting", "Tô Lâm to talk with Chinese Premier Li Qiang on Tuesday",
          ("s’entretenir", None), [("participant", TO_LAM), ("participant", LI_QIANG)], status="planned",
          time="t-tuesday-li", part_of="e-state-visit",
          note="« doit encore s’entretenir mardi avec le Premier ministre chinois, Li Qiang »: planned (« doit »), "
               "on the publication day; no place written (as the planned meeting with Li Keqiang in "
               "gold/loukachenko-xi-pekin-2023-03-01)."),
    event("e-return", "Event", "Tô Lâm to return to Vietnam on Wednesday", ("rentrer", None), [("agent", TO_LAM)],
          status="planned", place=VIETNAM, time="t-wednesday", part_of="e-state-visit",
          note="« Avant de rentrer mercredi au Viêt Nam »: a planned return, the end of the visit (as « avant de "
               "regagner » in gold/loukachenko-xi-pekin-2023-03-01), here with its own weekday."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-xinhua", "Report", "Xinhua reports the signing and the railway agreement", XINHUA,
           ("a rapporté", None), [], evidence=SIGNING_EVIDENCE, about=["e-signing", "e-railway-link"],
           note="« a rapporté l’agence Chine nouvelle »: the source after the clause; the title before the name is "
                "part of its phrase. No weekday: no time."),
    speech("s-official", "Report", "A Vietnamese official says Beijing could partly finance the railway", OFFICIAL,
           ("selon", "selon un responsable"), [], about=["e-financing"],
           note="« selon un responsable vietnamien »: an unnamed source after the clause."),
    speech("s-xi", "Statement", "Xi: China and Vietnam are comrades and brothers; China is ready to accompany Vietnam",
           XI, ("a affirmé", None),
           [("La Chine et le Viêt Nam sont des camarades et des frères", None),
            ("Nous sommes prêts à accompagner votre pays sur la voie de la modernisation.", None)],
           addressee=TO_LAM, place=BEIJING, time="t-monday-19", evidence=XI_EVIDENCE, about=["e-accompany"],
           note="A quote first, split around « a affirmé M. Xi devant son invité. », which ends the first sentence; "
                "one speech act, two quotes (the second keeps its full stop inside the guillemets, as in gold). « "
                "devant son invité » makes Tô Lâm the addressee (as « devant son hôte » in "
                "gold/lula-pekin-2023-04-14); the words at the reception take its Monday and Beijing."),
    speech("s-to-lam-reply", "Statement", "Tô Lâm answers that Hanoi makes its ties with Beijing an absolute priority",
           TO_LAM, ("a répondu", None), [("une priorité absolue", None)], addressee=XI, place=BEIJING,
           time="t-monday-19",
           note="« Le dirigeant vietnamien lui a répondu que Hanoï faisait de ses liens avec Pékin « une priorité "
                "absolue » »: indirect speech with a quoted noun phrase; « lui » (Xi) is the addressee. The ties are "
                "a relation, no event: the statement is about none. Same day and city as Xi's words."),
    speech("s-declaration", "Report", "The joint declaration reports the two states' pledge", DECLARATION,
           ("selon", "selon une déclaration"), [], evidence=PLEDGE_EVIDENCE,
           about=["s-china-pledge", "s-vietnam-pledge"],
           note="« selon une déclaration commune publiée mardi »: a document as the source (as « selon un document "
                "publié » in gold/traite-russie-coree-ratification-2024-11); no time of its own, its publication is "
                "the event e-declaration-publication."),
    speech("s-china-pledge", "Assurance", "China pledges not to complicate the situation", CHINA,
           ("se sont engagés", None), [("ne pas compliquer", None)], addressee=VIETNAM, according_to=[DECLARATION],
           time="t-tuesday-declaration", evidence=PLEDGE_EVIDENCE, about=["e-complicate", "e-dispute"],
           note="« Pékin et Hanoï se sont engagés à « ne pas compliquer » la situation »: two speakers, one trigger, "
                "one speech act each (as « Les deux pays ... ont promis » in gold/xi-hanoi-2025-04-15); the quote "
                "goes to the first-named, China. Made in the declaration, it takes its Tuesday (as Xi's op-ed takes "
                "its publication day in gold/xi-hanoi-2025-04-15)."),
    speech("s-vietnam-pledge", "Assurance", "Vietnam pledges not to complicate the situation", VIETNAM,
           ("se sont engagés", None), [], addressee=CHINA, according_to=[DECLARATION], time="t-tuesday-declaration",
           evidence=PLEDGE_EVIDENCE, about=["e-complicate", "e-dispute"],
           note="The second speaker of the shared trigger: no quote (the guillemets belong to China's pledge)."),
    speech("s-manila-accusation", "Statement", "Manila accuses the Chinese coast guard of ramming two of its ships",
           PHILIPPINES, ("a accusé", None), [], time="t-monday-manila", about=["e-ramming"],
           note="« Manille, qui a accusé lundi les garde-côtes chinois d’avoir éperonné ... »: a relative accusation "
                "by a metonym (the Philippines), no quote."),
    speech("s-manila-watch", "Statement", "Manila says it is following the talks closely", PHILIPPINES,
           ("a dit", None), [("suivre de près", None)], time="t-tuesday-manila", about=["e-discussion"],
           note="« a dit mardi « suivre de près » ces discussions »: a quoted infinitive; « ces discussions » is the "
                "closed-door discussion of the South China Sea (e-discussion). No place: « Manille » is the state, "
                "not where it speaks."),
    speech("s-us-no-comment", "SpeechAct", "Washington has not commented on the visit", US, ("commenté", None), [],
           status="negated", about=["e-state-visit"],
           note="« Washington ... n’a pas commenté la visite »: a negated speech act of the United States (as « Pékin "
                "n’a pas réagi » in gold); no weekday, no time."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
