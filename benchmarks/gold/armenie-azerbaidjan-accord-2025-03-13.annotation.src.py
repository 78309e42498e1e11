"""Held-out annotation of armenie-azerbaidjan-accord-2025-03-13.txt (written for the nineteenth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/armenie-azerbaidjan-accord-2025-03-13.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/armenie-azerbaidjan-accord-2025-03-13.annotation.src.py --check

From held-out set 19 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "armenie-azerbaidjan-accord-2025-03-13.txt"

NOTE = """\
Held-out-19 article: Armenia and Azerbaijan announce on Thursday 13 March 2025 that they have finished drafting a \
peace agreement meant to end nearly four decades of conflict, but Baku at once sets two conditions to its \
signing; the Azerbaijani foreign ministry says the negotiations are over and demands that Yerevan first amend its \
Constitution, which it judges to carry territorial claims, and that the OSCE Minsk Group, in charge of a mediation \
since 1992, be dissolved; Armenia's diplomacy says it is ready for consultations on the date and place of the \
signing; Nikol Pashinyan hails « un jour important », says Yerevan had accepted Baku's proposals on the last two \
open articles on Tuesday, and does not say when a constitutional referendum could be held; Ilham Aliyev does not \
speak, his army having retaken Nagorno-Karabakh in September 2023 in a lightning offensive that drove out more than \
100,000 Armenians; Kaja Kallas speaks in Brussels of a historic opportunity, and Ararat Mirzoyan is expected there \
on Monday; Washington hails a remarkable step and Marco Rubio urges a quick signing; Moscow, through Maria \
Zakharova, offers to host the ceremony; Ankara hails a « tournant » that could, it says, lead to the normalisation \
of its own relations with Yerevan; a European diplomat says Aliyev and Pashinyan could meet in Tirana in May, on \
the sidelines of the European Political Community summit. Published Thursday 13 March 2025 (the file gives the \
day). The announcement, the two conditions, the Armenian answer, the 2023 offensive and exodus and the Minsk Group \
follow the real events loosely; every quote, the Tuesday acceptance, Aliyev's silence, Kallas's, Washington's, \
Rubio's, Moscow's and Ankara's words, Mirzoyan's Monday trip and the Tirana meeting are invented or simplified.
What it exercises: an announcement by two states joined by « et » on the publication day with a perfect infinitive \
(« ont annoncé jeudi avoir achevé la rédaction d’un accord de paix »: two speech acts, one trigger; the completion \
an event, the agreement a proposed Agreement) and a purpose participle over an approximate duration (« destiné à \
clore près de quatre décennies de conflit »: the ending planned, the conflict occurred), then « mais » with a \
metonym setting conditions on a nominal signing (« Bakou a aussitôt posé deux conditions à sa signature »); a quote \
first with a nominal event and a passive state (« Les négociations ... sont terminées ») sourced after the clause \
to a ministry; a pronoun taking up the ministry with a demand holding two subjunctive clauses joined by « et » (« \
Il exige toutefois qu’Erevan modifie d’abord sa Constitution ... et que le groupe de Minsk de l’OSCE ... soit \
dissous »: the amendment and the dissolution proposed), a relative judgement with no quote (« qu’il juge porteuse \
de revendications territoriales »: the claims suspected) and a participle in apposition with « depuis 1992 » (« \
chargé depuis 1992 d’une médiation »); a quote first with « Nous » for Armenia and an offer (« prêts à entamer des \
consultations »: proposed) sourced after the clause to « la diplomatie arménienne »; a role noun and a name in \
apposition with two verbs joined by « et » (« a salué devant la presse « un jour important » et précisé qu’Erevan \
avait accepté mardi les propositions de Bakou sur les deux derniers articles en suspens »: two speech acts, a \
pluperfect acceptance on a past weekday, a nominal proposal); a negated speech act with an indirect question and a \
passive conditional (« Il n’a pas dit quand un référendum constitutionnel pourrait être organisé »); a role noun \
and a name in apposition with a negated reflexive verb of speech (« ne s’est pas exprimé »); a pluperfect recapture \
with a possessive role noun, a month and year and a nominal offensive (« Son armée avait repris en septembre 2023 \
le Haut-Karabakh au terme d’une offensive éclair ») and a participle of consequence (« provoquant l’exode de plus \
de 100 000 Arméniens »); a two-sentence quote split around « a réagi à Bruxelles la cheffe de la diplomatie de \
l’Union européenne, Kaja Kallas. » (a city, a role noun holding the EU's name, a name in apposition); a planned \
visit in the passive present on a future weekday with a periphrasis for the city (« est attendu lundi dans la \
capitale belge »); a metonym's quoted noun phrase and an exhortation joined by « et », with a title right before \
the name and a plural addressee (« le secrétaire d’État Marco Rubio a exhorté les deux voisins à signer le texte \
sans tarder »); « Moscou, par la voix de la porte-parole de la diplomatie russe, Maria Zakharova, s’est dit prêt à \
accueillir la cérémonie » (a metonym speaking through a role noun and a name; the hosting proposed); a metonym with \
a role noun in apposition and a one-word quote in a relative conditional with « selon lui » in mid-clause (« un « \
tournant » qui pourrait, selon lui, ouvrir la voie à une normalisation »: hypothetical); a verbless restatement (« \
Reste le lieu de la signature ») and « Selon un diplomate européen » with « MM. » before two surnames, a \
conditional meeting in a month and a city and a nominal summit (« en marge du sommet de la Communauté politique \
européenne »).
Metonyms and places. « Bakou » is Azerbaijan three times (it sets conditions, makes proposals, is allied \
with) and « Erevan » Armenia three times (it amends, accepts, has relations): metonyms of the local states. \
« Washington » is the United States (Q30) and « Moscou » Russia (Q159), both acting as states; « Ankara » is Turkey \
(a local state, metonym). « Bruxelles » and « la capitale belge » are the city (local place), where Kallas speaks \
and Mirzoyan is expected; « Tirana » is the city of the possible meeting (local). « Haut-Karabakh » is a local \
place. « Minsk » in « groupe de Minsk de l’OSCE » only gives its name to the group: it is no mention (as « Amour » \
in « région de l’Amour »), although Minsk (Q2280) is in ids.tsv.
Mentions. « le ministère azerbaïdjanais des Affaires étrangères », « Il » and « il » (« qu’il juge ») are the \
Azerbaijani foreign ministry (local); « la diplomatie arménienne » is the Armenian foreign ministry (local), \
speaking on its own, and « Nous » in its quote is Armenia (the state it speaks for, as « Nous » for Armenia in \
gold/karabakh-cessez-le-feu-2023-09-20). « sa Constitution » is Armenia's constitution (a local object, the theme \
of the amendment). « groupe de Minsk de l’OSCE » is the Minsk Group (a name, without its article), with « OSCE » \
inside it (the OSCE, an organisation of its own). « les deux derniers articles en suspens » are the last two open \
articles of the draft (one local object, the theme of Baku's proposals). « Son armée » is the Azerbaijani armed \
forces (« Son » is Aliyev). « plus de 100 000 Arméniens » is a local group. « la cheffe de la diplomatie de \
l’Union européenne » is Kallas, with « Union européenne » inside it (the EU, local); « la diplomatie russe » inside \
Zakharova's role noun is no mention (gold convention). « le secrétaire d’État Marco Rubio »: a title right before \
the name, only the name is a mention. « proche allié de Bakou » is Turkey (nominal) with « Bakou » inside; « lui » \
in « selon lui » is Turkey. « MM. » is a title: « Aliev » and « Pachinian » are name mentions. Not mentions: « \
un accord de paix », « le texte de l’accord », « le texte », « Les négociations », « la cérémonie », « un « \
tournant » » (the agreement, its negotiation and signing: events), « Les deux pays », « les deux voisins », « \
ses propres relations » (plural phrases or relations), « la presse », « la date et le lieu », « une occasion \
historique » and « la » (the opportunity), « la voie ».
Statuses. The completion of the draft, the negotiations, the four-decade conflict, the Minsk Group's mediation, \
Baku's proposals and Armenia's acceptance, the 2023 offensive, recapture and exodus are occurred; the peace \
agreement is proposed (drafted, not signed); its signing is planned (the next step both sides announce, date and \
place to be fixed, conditions pending), and the end of the conflict is planned (the agreement's purpose, « destiné \
à »); the constitutional amendment and the dissolution of the Minsk Group are proposed (demanded), as are the \
Armenian consultations and Moscow's hosting (offers, « prêts à », « prêt à »); the territorial claims are \
suspected (Baku's judgement); the referendum, the normalisation between Turkey and Armenia and the Tirana meeting \
are hypothetical (« pourrait », « pourraient »); Mirzoyan's trip and the European Political Community summit are \
planned. Pashinyan's word on the referendum and Aliyev's statement are negated speech acts.
Times. « jeudi » is the publication day, Thursday 13 March 2025 (the two announcements); « près de quatre décennies \
» a duration with no value (the conflict); « depuis 1992 » the year 1992 (the start of the mediation); « mardi » \
Tuesday 11 March 2025 (pluperfect acceptance); « en septembre 2023 » September 2023 (the offensive, the recapture \
and the exodus it caused); « lundi » Monday 17 March 2025 (Mirzoyan's trip); « en mai » May 2025 (the possible \
meeting and the summit on whose sidelines it would be). « aussitôt », « d’abord » and « sans tarder » are no \
times. Statements with no weekday of their own (the ministries', Pashinyan's, Kallas's, Washington's, Rubio's, \
Moscow's, Ankara's, the diplomat's) get no time.
Russia (« Moscou ») and the United States (« Washington ») are linked. Armenia, Azerbaijan, the two foreign \
ministries, Armenia's Constitution, the Minsk Group, the OSCE, Pashinyan, the two articles, Aliyev, the \
Azerbaijani armed forces, Nagorno-Karabakh, the Armenians who fled, Brussels, the EU, Kallas, Mirzoyan, Rubio, \
Zakharova, Turkey, the European diplomat, Tirana and the European Political Community are not in ids.tsv: local, \
unlinked."""

RUSSIA, US = "Q159", "Q30"
ARMENIA, AZERBAIJAN, TURKEY = "local:armenia", "local:azerbaijan", "local:turkey"
AZ_MFA, ARM_MFA = "local:azerbaijan-foreign-ministry", "local:armenia-foreign-ministry"
CONSTITUTION, MINSK_GROUP, OSCE = "local:constitution-of-armenia", "local:osce-minsk-group", "local:osce"
PASHINYAN, ALIYEV, ARTICLES = "local:nikol-pashinyan", "local:ilham-aliyev", "local:last-two-open-articles"
AZ_ARMY, KARABAKH, ARMENIANS = "local:azerbaijani-armed-forces", "local:nagorno-karabakh", \
    "local:karabakh-armenians-exodus"
BRUSSELS, EU, KALLAS, MIRZOYAN = "local:brussels", "local:european-union", "local:kaja-kallas", \
    "local:ararat-mirzoyan"
RUBIO, ZAKHAROVA, DIPLOMAT = "local:marco-rubio", "local:maria-zakharova", "local:european-diplomat"
TIRANA, EPC = "local:tirana", "local:european-political-community"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ARMENIA, "Arménie", "Armenia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (AZERBAIJAN, "Azerbaïdjan", "Azerbaijan", "country", {"unlinked_reason": NOT_VERIFIED}),
    (AZ_MFA, "ministère azerbaïdjanais des Affaires étrangères", "Ministry of Foreign Affairs of Azerbaijan",
     "organization", {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (CONSTITUTION, "Constitution de l’Arménie", "Constitution of Armenia", "object",
     {"description": "la Constitution arménienne, que Bakou veut voir modifiée avant toute signature",
      "unlinked_reason": NOT_VERIFIED}),
    (MINSK_GROUP, "groupe de Minsk de l’OSCE", "OSCE Minsk Group", "organization",
     {"description": "instance de médiation de l’OSCE sur le conflit du Haut-Karabakh, dont Bakou exige la "
                     "dissolution", "unlinked_reason": NOT_VERIFIED}),
    (OSCE, "Organisation pour la sécurité et la coopération en Europe", "Organization for Security and "
     "Co-operation in Europe", "organization",
     {"class_qid": "Q484652", "unlinked_reason": NOT_VERIFIED}),
    (ARM_MFA, "ministère arménien des Affaires étrangères", "Ministry of Foreign Affairs of Armenia",
     "organization", {"description": "la « diplomatie arménienne »", "class_qid": "Q20901295",
                      "unlinked_reason": NOT_VERIFIED}),
    (PASHINYAN, "Nikol Pachinian", "Nikol Pashinyan", "person",
     {"description": "Premier ministre de l’Arménie", "unlinked_reason": NOT_VERIFIED}),
    (ARTICLES, "deux derniers articles en suspens", "last two open articles", "object",
     {"description": "les deux articles du projet d’accord encore en discussion, sur lesquels Bakou avait fait "
                     "des propositions", "unlinked_reason": "parts of an unpublished draft, no Wikidata item"}),
    (ALIYEV, "Ilham Aliev", "Ilham Aliyev", "person",
     {"description": "président de l’Azerbaïdjan", "unlinked_reason": NOT_VERIFIED}),
    (AZ_ARMY, "forces armées azerbaïdjanaises", "Azerbaijani Armed Forces", "organization",
     {"description": "« Son armée », l’armée du président Aliev", "unlinked_reason": NOT_VERIFIED}),
    (KARABAKH, "Haut-Karabakh", "Nagorno-Karabakh", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ARMENIANS, "plus de 100 000 Arméniens", "more than 100,000 Armenians", "group",
     {"description": "les Arméniens du Haut-Karabakh partis après l’offensive de septembre 2023",
      "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (KALLAS, "Kaja Kallas", "Kaja Kallas", "person",
     {"description": "cheffe de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (MIRZOYAN, "Ararat Mirzoyan", "Ararat Mirzoyan", "person",
     {"description": "ministre arménien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (RUBIO, "Marco Rubio", "Marco Rubio", "person",
     {"description": "secrétaire d’État des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (ZAKHAROVA, "Maria Zakharova", "Maria Zakharova", "person",
     {"description": "porte-parole de la diplomatie russe", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "diplomate européen", "European diplomat", "person",
     {"description": "un diplomate que l’article ne nomme pas", "class_qid": "Q193391",
      "unlinked_reason": "an unnamed person"}),
    (TIRANA, "Tirana", "Tirana", "place", {"unlinked_reason": NOT_VERIFIED}),
    (EPC, "Communauté politique européenne", "European Political Community", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’Arménie et l’Azerbaïdjan ont annoncé jeudi ..., mais Bakou a aussitôt posé deux conditions à sa signature.
    ("Arménie", "L’Arménie et", ARMENIA, "name"),
    ("Azerbaïdjan", "et l’Azerbaïdjan ont annoncé", AZERBAIJAN, "name"),
    ("Bakou", "mais Bakou a aussitôt", AZERBAIJAN, "metonym"),
    # « Les négociations ... sont terminées », a indiqué le ministère azerbaïdjanais des Affaires étrangères.
    ("le ministère azerbaïdjanais des Affaires étrangères", None, AZ_MFA, "nominal"),
    # Il exige toutefois qu’Erevan modifie d’abord sa Constitution, qu’il juge ..., et que le groupe de Minsk ...
    ("Il", "Il exige", AZ_MFA, "pronoun"),
    ("Erevan", "qu’Erevan modifie", ARMENIA, "metonym"),
    ("sa Constitution", None, CONSTITUTION, "nominal"),
    ("il", "qu’il juge", AZ_MFA, "pronoun"),
    ("groupe de Minsk de l’OSCE", None, MINSK_GROUP, "name"),
    ("OSCE", None, OSCE, "name"),
    # « Nous sommes prêts ... avec l’Azerbaïdjan ... », a répondu la diplomatie arménienne.
    ("Nous", "Nous sommes prêts", ARMENIA, "pronoun"),
    ("Azerbaïdjan", "consultations avec l’Azerbaïdjan", AZERBAIJAN, "name"),
    ("la diplomatie arménienne", None, ARM_MFA, "nominal"),
    # Le Premier ministre arménien, Nikol Pachinian, a salué ... qu’Erevan avait accepté mardi les propositions ...
    ("Le Premier ministre arménien", None, PASHINYAN, "nominal"),
    ("Nikol Pachinian", None, PASHINYAN, "name"),
    ("Erevan", "qu’Erevan avait accepté", ARMENIA, "metonym"),
    ("Bakou", "propositions de Bakou", AZERBAIJAN, "metonym"),
    ("les deux derniers articles en suspens", None, ARTICLES, "nominal"),
    # Il n’a pas dit quand un référendum constitutionnel pourrait être organisé.
    ("Il", "Il n’a pas dit", PASHINYAN, "pronoun"),
    # Le président azerbaïdjanais, Ilham Aliev, ne s’est pas exprimé. Son armée avait repris ...
    ("Le président azerbaïdjanais", None, ALIYEV, "nominal"),
    ("Ilham Aliev", None, ALIYEV, "name"),
    ("Son armée", None, AZ_ARMY, "nominal"),
    ("Haut-Karabakh", None, KARABAKH, "name"),
    ("plus de 100 000 Arméniens", None, ARMENIANS, "nominal"),
    # « C’est une occasion historique, a réagi à Bruxelles la cheffe de la diplomatie de l’Union européenne, ...
    ("Bruxelles", None, BRUSSELS, "name"),
    ("la cheffe de la diplomatie de l’Union européenne", None, KALLAS, "nominal"),
    ("Union européenne", None, EU, "name"),
    ("Kaja Kallas", None, KALLAS, "name"),
    # Le ministre arménien des Affaires étrangères, Ararat Mirzoyan, est attendu lundi dans la capitale belge.
    ("Le ministre arménien des Affaires étrangères", None, MIRZOYAN, "nominal"),
    ("Ararat Mirzoyan", None, MIRZOYAN, "name"),
    ("la capitale belge", None, BRUSSELS, "nominal"),
    # Washington a salué « une avancée remarquable » et le secrétaire d’État Marco Rubio a exhorté ...
    ("Washington", None, US, "metonym"),
    ("Marco Rubio", None, RUBIO, "name"),
    # Moscou, par la voix de la porte-parole de la diplomatie russe, Maria Zakharova, s’est dit prêt ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("la porte-parole de la diplomatie russe", None, ZAKHAROVA, "nominal"),
    ("Maria Zakharova", None, ZAKHAROVA, "name"),
    # Ankara, proche allié de Bakou, a salué un « tournant » qui pourrait, selon lui, ... avec Erevan.
    ("Ankara", None, TURKEY, "metonym"),
    ("proche allié de Bakou", None, TURKEY, "nominal"),
    ("Bakou", "proche allié de Bakou", AZERBAIJAN, "metonym"),
    ("lui", "selon lui", TURKEY, "pronoun"),
    ("Erevan", "relations avec Erevan", ARMENIA, "metonym"),
    # Selon un diplomate européen, MM. Aliev et Pachinian pourraient se retrouver en mai à Tirana, ...
    ("un diplomate européen", None, DIPLOMAT, "nominal"),
    ("Aliev", "MM. Aliev", ALIYEV, "name"),
    ("Pachinian", "et Pachinian pourraient", PASHINYAN, "name"),
    ("Tirana", None, TIRANA, "name"),
    ("Communauté politique européenne", None, EPC, "name"),
]

PUB_DAY = "The publication day, Thursday 13 March 2025 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", None), "2025-03-13", "day", "weekday-publication-day",
     "« ont annoncé jeudi »: " + PUB_DAY),
    ("t-four-decades", ("près de quatre décennies", None), None, "duration", "explicit-duration",
     "« clore près de quatre décennies de conflit »: the conflict's length, about forty years (P40Y, roughly since "
     "the late 1980s); « près de » makes it approximate, so no value."),
    ("t-1992", ("depuis 1992", None), "1992", "year", "explicit-year",
     "« chargé depuis 1992 d’une médiation »: the start of the mediation; a year stays a year (« depuis X » is "
     "annotated as X, as in gold)."),
    ("t-tuesday", ("mardi", None), "2025-03-11", "day", "weekday-past",
     "Pluperfect « avait accepté mardi »: the Tuesday before the publication day, 11 March 2025."),
    ("t-september-2023", ("en septembre 2023", None), "2023-09", "month", "explicit-month-year",
     "« avait repris en septembre 2023 le Haut-Karabakh »: the month of the recapture and of the offensive it "
     "ended; the exodus it caused takes it too (a participle of consequence, as « tuant » in gold)."),
    ("t-monday", ("lundi", None), "2025-03-17", "day", "weekday-future",
     "« est attendu lundi dans la capitale belge »: the Monday after the publication day, 17 March 2025."),
    ("t-may", ("en mai", None), "2025-05", "month", "month-future",
     "Conditional « pourraient se retrouver en mai », written in March 2025: the next May, May 2025; the summit "
     "on whose sidelines they would meet takes it too."),
]

LEDE = ("L’Arménie et", "à sa signature.")
KALLAS_EVIDENCE = ("« C’est une", "doivent la saisir. »")
DIPLOMAT_EVIDENCE = ("Selon un diplomate", "politique européenne.")

EVENTS: list[dict[str, Any]] = [
    event("e-completion", "Event", "Armenia and Azerbaijan finish drafting a peace agreement", ("achevé", None),
          [("participant", ARMENIA), ("participant", AZERBAIJAN)], according_to=[ARMENIA, AZERBAIJAN],
          evidence=LEDE,
          note="« ont annoncé jeudi avoir achevé la rédaction d’un accord de paix »: a perfect infinitive, done by "
               "the time of the announcement; no day is written for the completion itself: no time. « sont "
               "terminées » (the Azerbaijani ministry's quote) restates it."),
    event("e-peace-agreement", "Agreement", "The Armenia–Azerbaijan peace agreement (drafted, not signed)",
          ("accord de paix", None), [("participant", ARMENIA), ("participant", AZERBAIJAN)], status="proposed",
          according_to=[ARMENIA, AZERBAIJAN], evidence=LEDE,
          note="The text is final but not signed: proposed (according to the two states that announce it), as "
               "the unsigned agreement in gold/zelensky-bureau-ovale-2025-02-28. Restated by « le texte de "
               "l’accord », « le texte » (Rubio) and the « tournant » Ankara hails: no new event, no mention."),
    event("e-end-conflict", "Event", "Ending nearly four decades of conflict (the agreement's purpose)",
          ("clore", None), [("participant", ARMENIA), ("participant", AZERBAIJAN)], status="planned",
          evidence=LEDE,
          note="« destiné à clore »: a purpose, planned (as « visait à rétablir » in "
               "gold/karabakh-cessez-le-feu-2023-09-20). The two states are implied by the lede's subject."),
    event("e-conflict", "Event", "Nearly four decades of conflict between Armenia and Azerbaijan",
          ("conflit", None), [("participant", ARMENIA), ("participant", AZERBAIJAN)], time="t-four-decades",
          evidence=LEDE,
          note="« près de quatre décennies de conflit »: the conflict over Nagorno-Karabakh, unnamed; its time is its "
               "length (a duration, no value)."),
    event("e-signing", "Event", "Armenia and Azerbaijan to sign the peace agreement",
          ("signature", "conditions à sa signature"), [("agent", ARMENIA), ("agent", AZERBAIJAN)],
          status="planned", according_to=[AZERBAIJAN, ARM_MFA], evidence=LEDE,
          note="« Bakou a aussitôt posé deux conditions à sa signature »: the next step both sides speak of (« la "
               "date et le lieu de la signature », Armenia's quote), with no date or place yet and Baku's conditions "
               "pending: planned, as Putin's accepted but undated visit in the bundled article; Baku, which sets "
               "conditions to it, and the Armenian ministry, which speaks of its date and place, are the sources. "
               "Restated by « la "
               "signature » (the quote), « signer le texte » (Rubio's exhortation), « la cérémonie » (Moscow's offer) "
               "and « Reste le lieu de la signature »: one event, no place or time."),
    event("e-negotiations", "Event", "Negotiations on the text of the agreement, now over",
          ("négociations", None), [("participant", ARMENIA), ("participant", AZERBAIJAN)],
          according_to=[AZ_MFA],
          note="« Les négociations sur le texte de l’accord sont terminées »: the negotiations took place (occurred); "
               "their end restates the completion (e-completion). The parties are implied."),
    event("e-amendment", "Event", "Armenia to amend its Constitution first (Baku's condition)",
          ("modifie", None), [("agent", ARMENIA), ("theme", CONSTITUTION)], status="proposed",
          according_to=[AZ_MFA],
          note="« Il exige toutefois qu’Erevan modifie d’abord sa Constitution »: demanded, proposed (as demands in "
               "gold). « d’abord » (before the signing) is no time."),
    event("e-territorial-claims", "Event", "Territorial claims in Armenia's Constitution (Baku's judgement)",
          ("revendications", None), [("agent", ARMENIA)], status="suspected", according_to=[AZ_MFA],
          note="« qu’il juge porteuse de revendications territoriales »: a charge the ministry makes and the article "
               "does not endorse: suspected. Armenia, whose Constitution it is, is the claimant; the territory "
               "claimed is not written."),
    event("e-dissolution", "Event", "The OSCE Minsk Group to be dissolved (Baku's condition)", ("dissous", None),
          [("recipient", MINSK_GROUP)], status="proposed", according_to=[AZ_MFA],
          note="« et que le groupe de Minsk de l’OSCE ... soit dissous »: a passive subjunctive with no agent, "
               "demanded: proposed. What is dissolved is the recipient (as a reformed Council in gold)."),
    event("e-mediation", "Event", "The OSCE Minsk Group's mediation since 1992", ("médiation", None),
          [("agent", MINSK_GROUP), ("participant", ARMENIA), ("participant", AZERBAIJAN)], time="t-1992",
          note="« chargé depuis 1992 d’une médiation »: a participle in apposition, a mandate stated in the "
               "article's own voice; the two parties mediated between are implied. « depuis 1992 » dates its start."),
    event("e-consultations", "Event", "Consultations with Azerbaijan on the date and place of the signing",
          ("consultations", None), [("participant", ARMENIA), ("participant", AZERBAIJAN)], status="proposed",
          according_to=[ARM_MFA],
          note="« Nous sommes prêts à entamer des consultations avec l’Azerbaïdjan »: an offer, proposed (as Kim's « "
               "s’est dit prêt à élaborer » in the bundled article). « Nous » is Armenia."),
    event("e-proposals", "Proposal", "Baku's proposals on the last two open articles", ("propositions", None),
          [("agent", AZERBAIJAN), ("recipient", ARMENIA), ("theme", ARTICLES)], according_to=[PASHINYAN],
          note="« les propositions de Bakou sur les deux derniers articles en suspens »: made (occurred), undated; "
               "the articles they bear on are the theme, Armenia, which accepted them, the recipient."),
    event("e-acceptance", "Acceptance", "Armenia had accepted Baku's proposals on Tuesday", ("avait accepté", None),
          [("agent", ARMENIA), ("recipient", AZERBAIJAN)], time="t-tuesday", according_to=[PASHINYAN],
          note="« précisé qu’Erevan avait accepté mardi les propositions de Bakou »: pluperfect on a past weekday; "
               "the proposer is the recipient of the acceptance (as the inviter in the bundled article)."),
    event("e-referendum", "Event", "A constitutional referendum in Armenia, which could be held",
          ("référendum", None), [("participant", ARMENIA)], status="hypothetical",
          note="« quand un référendum constitutionnel pourrait être organisé »: conditional, hypothetical; who "
               "would hold it is not written (Armenia, implied by « constitutionnel » and the demand). It is the way "
               "the amendment would be made, not a restatement of it. Pashinyan's silence on its date is the "
               "negated speech act s-pashinyan-referendum."),
    event("e-offensive", "Event", "Azerbaijan's lightning offensive in Nagorno-Karabakh in September 2023",
          ("offensive", None), [("agent", AZ_ARMY)], place=KARABAKH, time="t-september-2023",
          note="« au terme d’une offensive éclair »: the recapture ended it; same month and place."),
    event("e-recapture", "Event", "The Azerbaijani army retook Nagorno-Karabakh in September 2023",
          ("avait repris", None), [("agent", AZ_ARMY), ("theme", KARABAKH)], place=KARABAKH,
          time="t-september-2023", part_of="e-offensive",
          note="Pluperfect in the article's own voice; « Son armée » is Aliyev's, the Azerbaijani armed forces."),
    event("e-exodus", "Event", "The exodus of more than 100,000 Armenians from Nagorno-Karabakh",
          ("exode", None), [("agent", ARMENIANS)], place=KARABAKH, time="t-september-2023",
          note="« provoquant l’exode de plus de 100 000 Arméniens »: a participle of consequence; the exodus takes "
               "the recapture's month and place (where they left from), as « tuant » took the strike's in gold."),
    event("e-mirzoyan-visit", "Visit", "Ararat Mirzoyan expected in Brussels on Monday", ("attendu", None),
          [("agent", MIRZOYAN)], status="planned", place=BRUSSELS, time="t-monday",
          note="« est attendu lundi dans la capitale belge »: a passive present of expectation, planned (as « est "
               "attendu lundi à Bucarest » in gold); « la capitale belge » is Brussels."),
    event("e-hosting", "Event", "Russia offers to host the signing ceremony", ("accueillir", None),
          [("agent", RUSSIA)], status="proposed", place=RUSSIA, according_to=[RUSSIA, ZAKHAROVA],
          note="« s’est dit prêt à accueillir la cérémonie »: an offer, proposed. « la cérémonie » is the signing "
               "(e-signing, an event, so no theme); a state hosting does so on its soil, so the place is Russia (no "
               "city is written)."),
    event("e-normalisation", "Event", "A normalisation of relations between Turkey and Armenia, which could follow",
          ("normalisation", None), [("participant", TURKEY), ("participant", ARMENIA)], status="hypothetical",
          according_to=[TURKEY],
          note="« qui pourrait, selon lui, ouvrir la voie à une normalisation de ses propres relations avec Erevan »: "
               "conditional, hypothetical; « ses » is Turkey's, « Erevan » Armenia. « ouvrir la voie » is part of the "
               "same possibility, no event of its own."),
    event("e-leaders-meeting", "Meeting", "Aliyev and Pashinyan could meet in Tirana in May",
          ("se retrouver", None), [("participant", ALIYEV), ("participant", PASHINYAN)], status="hypothetical",
          place=TIRANA, time="t-may", according_to=[DIPLOMAT], part_of="e-epc-summit",
          evidence=DIPLOMAT_EVIDENCE,
          note="« MM. Aliev et Pachinian pourraient se retrouver en mai à Tirana »: conditional, hypothetical. Read "
               "after « Reste le lieu de la signature », it suggests a signing there, but the sentence does not say "
               "so: the signing keeps no place."),
    event("e-epc-summit", "Meeting", "The European Political Community summit in Tirana in May", ("sommet", None),
          [("participant", EPC)], status="planned", place=TIRANA, time="t-may", according_to=[DIPLOMAT],
          evidence=DIPLOMAT_EVIDENCE,
          note="« en marge du sommet de la Communauté politique européenne »: a scheduled summit the sentence takes "
               "for granted (planned); its month and city are those of the meeting on its sidelines."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-armenia-announcement", "Statement", "Armenia announces the peace agreement's text is finished",
           ARMENIA, ("ont annoncé", None), [], time="t-thursday", evidence=LEDE,
           about=["e-completion", "e-peace-agreement"],
           note="« L’Arménie et l’Azerbaïdjan ont annoncé jeudi »: two speakers joined by « et », two speech acts "
                "with one trigger (as « Washington et Séoul soupçonnent » in gold)."),
    speech("s-azerbaijan-announcement", "Statement", "Azerbaijan announces the peace agreement's text is finished",
           AZERBAIJAN, ("ont annoncé", None), [], time="t-thursday", evidence=LEDE,
           about=["e-completion", "e-peace-agreement"], note="The second speaker of the lede's announcement."),
    speech("s-baku-conditions", "Statement", "Baku sets two conditions to the signing", AZERBAIJAN,
           ("posé", None), [], evidence=LEDE, about=["e-signing", "e-amendment", "e-dissolution"],
           note="« mais Bakou a aussitôt posé deux conditions à sa signature »: « Bakou » is Azerbaijan; the two "
                "conditions are the next paragraph's demands. « aussitôt » is no time, and no weekday is written for "
                "this verb: no time."),
    speech("s-az-mfa-negotiations", "Statement", "The Azerbaijani foreign ministry says the negotiations are over",
           AZ_MFA, ("a indiqué", None), [("Les négociations sur le texte de l’accord sont terminées", None)],
           about=["e-negotiations", "e-completion"],
           note="A quote first, sourced after the clause to the ministry; no time of its own."),
    speech("s-az-mfa-demand", "Statement", "The ministry demands a constitutional amendment and the Minsk Group's "
           "dissolution", AZ_MFA, ("exige", None), [], about=["e-amendment", "e-dissolution", "e-signing"],
           note="« Il exige toutefois qu’Erevan modifie ... et que le groupe de Minsk de l’OSCE ... soit dissous »: « "
                "Il » takes up the ministry; one demand, two demanded events."),
    speech("s-az-mfa-judgement", "Statement", "The ministry judges Armenia's Constitution to carry territorial "
           "claims", AZ_MFA, ("juge", None), [], about=["e-territorial-claims"],
           note="« qu’il juge porteuse de revendications territoriales »: a relative judgement without guillemets, "
                "a speech act of its own (as « jugée trop déséquilibrée » in gold)."),
    speech("s-arm-mfa", "Statement", "Armenia's diplomacy says it is ready for consultations on the signing",
           ARM_MFA, ("a répondu", None),
           [("Nous sommes prêts à entamer des consultations avec l’Azerbaïdjan sur la date et le lieu de la "
             "signature", None)],
           about=["e-consultations", "e-signing"],
           note="A quote first, « a répondu la diplomatie arménienne »: the ministry answers Baku (no addressee "
                "written). « Nous » is Armenia."),
    speech("s-pashinyan-hails", "Statement", "Pashinyan hails « an important day »", PASHINYAN,
           ("a salué", "a salué devant la presse"), [("un jour important", None)],
           about=["e-completion", "e-peace-agreement"],
           note="« Le Premier ministre arménien, Nikol Pachinian, a salué devant la presse « un jour important » »: a "
                "role noun and a name in apposition; « la presse » is generic (no mention, no addressee)."),
    speech("s-pashinyan-details", "Statement", "Pashinyan says Yerevan accepted Baku's proposals on Tuesday",
           PASHINYAN, ("précisé", None), [], about=["e-acceptance", "e-proposals"],
           note="« et précisé qu’Erevan avait accepté mardi ... »: a second verb joined by « et », a second speech "
                "act; the Tuesday dates the acceptance, not the statement."),
    speech("s-pashinyan-referendum", "SpeechAct", "Pashinyan does not say when a referendum could be held",
           PASHINYAN, ("n’a pas dit", None), [], status="negated", about=["e-referendum"],
           note="« Il n’a pas dit quand un référendum constitutionnel pourrait être organisé »: a negated speech act "
                "(as « sans dire qui » in gold); « Il » is Pashinyan."),
    speech("s-aliyev-silent", "SpeechAct", "Ilham Aliyev has not spoken", ALIYEV, ("ne s’est pas exprimé", None),
           [], status="negated", about=["e-completion"],
           note="« Le président azerbaïdjanais, Ilham Aliev, ne s’est pas exprimé »: a negated speech act (as « n’a "
                "pas réagi » in gold), about the day's news."),
    speech("s-kallas", "Statement", "Kaja Kallas: a historic opportunity the two countries must seize", KALLAS,
           ("a réagi", None),
           [("C’est une occasion historique", None), ("Les deux pays doivent la saisir.", None)],
           place=BRUSSELS, evidence=KALLAS_EVIDENCE, about=["e-peace-agreement"],
           note="One quote split around « a réagi à Bruxelles la cheffe de la diplomatie de l’Union européenne, Kaja "
                "Kallas. », with a sentence end in the split: one speech act, two quotes (the second keeps its full "
                "stop). Brussels is the place. Seizing the opportunity is a figure for signing, no event (as the "
                "call to restraint in gold)."),
    speech("s-washington", "Statement", "Washington hails « a remarkable step »", US, ("a salué",
           "Washington a salué"), [("une avancée remarquable", None)], about=["e-peace-agreement"],
           note="« Washington » is the United States (a metonym); no time."),
    speech("s-rubio", "Statement", "Marco Rubio urges the two neighbours to sign without delay", RUBIO,
           ("a exhorté", None), [], about=["e-signing"],
           note="« le secrétaire d’État Marco Rubio a exhorté les deux voisins à signer le texte sans tarder »: a "
                "second speech act joined by « et »; the two neighbours are both states at once, so no addressee; « "
                "signer le texte » restates e-signing; « sans tarder » is manner, no time."),
    speech("s-moscow", "Statement", "Moscow, through Maria Zakharova, offers to host the ceremony", RUSSIA,
           ("s’est dit", None), [], according_to=[ZAKHAROVA], about=["e-hosting", "e-signing"],
           note="« Moscou, par la voix de la porte-parole de la diplomatie russe, Maria Zakharova, s’est dit prêt »: "
                "the state speaks (« Moscou » is Russia) through its spokeswoman, who carries the words "
                "(according_to); « par la voix de » has no verb of its own, so there is no second speech act."),
    speech("s-ankara", "Statement", "Ankara hails a « turning point »", TURKEY,
           ("a salué", "a salué un « tournant »"), [("tournant", None)], about=["e-peace-agreement"],
           note="« Ankara, proche allié de Bakou, a salué un « tournant » »: a metonym with a role noun in "
                "apposition; the turning point is the agreement."),
    speech("s-ankara-normalisation", "Statement", "Ankara says the turning point could lead to normalisation with "
           "Yerevan", TURKEY, ("selon", "selon lui"), [], about=["e-normalisation"],
           note="« qui pourrait, selon lui, ouvrir la voie ... »: « selon lui » in mid-clause, « lui » is Ankara "
                "(as « qui viole selon lui » in gold/missile-nord-coreen-tokyo-2024-01)."),
    speech("s-diplomat", "Report", "A European diplomat says Aliyev and Pashinyan could meet in Tirana in May",
           DIPLOMAT, ("Selon", "Selon un diplomate"), [], evidence=DIPLOMAT_EVIDENCE,
           about=["e-leaders-meeting", "e-epc-summit"],
           note="« Selon un diplomate européen »: a source before the clause, no quote. The sentence is given as a "
                "range because « MM. » is read as a sentence end by the Locator."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
