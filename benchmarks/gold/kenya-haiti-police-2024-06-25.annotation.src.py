"""Held-out annotation of kenya-haiti-police-2024-06-25.txt (written for the twenty-fifth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/kenya-haiti-police-2024-06-25.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/kenya-haiti-police-2024-06-25.annotation.src.py --check

From held-out set 25 (moved to gold in session 23; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kenya-haiti-police-2024-06-25.txt"

NOTE = """\
Held-out-25 article: a first contingent of 400 Kenyan police officers lands in Port-au-Prince on Tuesday 25 June \
2024 to lead the UN-backed multinational security mission against the gangs; William Ruto had sent them off in \
Nairobi on Monday evening and urged them to « restore normality »; Haiti's prime minister Garry Conille welcomes \
them on the tarmac and promises to retake the country; the gang leader Jimmy Chérizier threatens to fight any \
foreign force; the deployment, authorised by the Security Council in October, had been blocked in January by the \
High Court in Nairobi for lack of an agreement, signed in March; a second group is expected on Thursday; \
Washington, which rules out sending troops, has pledged 300 million dollars; the State Department welcomes « a \
crucial step »; in New York Stéphane Dujarric, Antonio Guterres's spokesman, calls for more funds; other countries \
have promised personnel. Published Tuesday 25 June 2024 (the file gives the day). The landing, the send-off, the \
court ruling, the agreement, the US pledge and the mission follow the real events loosely; the quotes, the \
figures of the UN fund, the Thursday group, the State Department's words and Chérizier's video are invented or \
simplified.
What it exercises: a landing on the publication day with a relative planned takeover of a mission (« où il doit \
prendre la tête de la mission ») and a passive participle of support by an organisation (« soutenue par \
l’ONU ») and a relative control by a group over a role noun for a city (« la capitale haïtienne »); a \
pluperfect quote first with « lundi soir » and a role noun and a name in apposition, at a nominal ceremony in a \
city; an exhortation with two quotes, one of them a participle on « un pays » (Haiti); a fronted place with a \
welcome and a relative planned passive deployment with a vague future; a quote with « Nous » and a vague \
duration under « a-t-il déclaré », then a participle promise with its own quote over a planned retaking (« son \
gouvernement », « du pays »); a role noun with an organisation inside and a name in apposition, a nickname, a \
threat (a Warning) of a planned fight with a relative conditional quote (« viendrait violer notre territoire »: \
hypothetical); a negated speech act over a conditional attack (« n’a pas précisé s’il attaquerait »); a \
nominal deployment with an apposed passive authorisation and a pluperfect passive blocking, each with a month \
and an agent in « par », a relative pluperfect ruling and a negated agreement (« faute d’accord »); a signed \
agreement with a month and a participle consequence sourced after the clause to a government; a planned \
arrival on a future weekday sourced to a metonym (« a indiqué Nairobi »); a metonym with a relative negated \
sending (« qui a exclu d’envoyer ses propres soldats ») and a promise of money; a welcome with a quoted noun \
phrase on the publication day by a ministry; « À New York » with a name, a role noun in apposition and a title \
before Guterres's name inside it, a judgement with a quoted vague time over a proposed funding and a participle \
« n’ayant reçu que »; a promise by a plural group with two countries inside « dont » and a negated schedule \
joined by « mais ».
Places and metonyms. « Nairobi » is the city twice (« cérémonie d’adieu à Nairobi », « Haute Cour de Nairobi », \
where the court sits) and Kenya once (« a indiqué Nairobi », a metonym). « Washington » is the United States (Q30, \
metonym): it excludes, it promises. « Port-au-Prince » and « la capitale haïtienne » are the city (local); « À \
New York » is the city (local). « Sur le tarmac » is the airport, unnamed: not a mention.
Mentions. The contingent is one local group: « Un premier contingent de 400 policiers kényans », « il » (où il \
doit), « les agents », « les policiers », « les Kényans » (the officers Chérizier might attack). « Un deuxième \
groupe » is a second local group. The mission: « la mission multinationale de sécurité soutenue par l’ONU », « \
Cette mission » in Ruto's quote and « la mission » twice. Role nouns: « le président kényan » and « Le chef de \
l’État » (Ruto), « le Premier ministre haïtien » before Conille's name with no comma is part of the name's \
phrase (so only « Garry Conille »), « il » in « a-t-il déclaré » (Conille), « Le chef de la coalition de gangs \
Viv Ansanm » (apposition with commas: a nominal mention of Chérizier, with « Viv Ansanm » inside), « Barbecue » \
(his nickname, a name), « L’ancien policier » and « il » in « s’il » (Chérizier), « porte-parole du \
secrétaire général de l’ONU Antonio Guterres » (Dujarric, nominal) with « Antonio Guterres » inside (the title \
before it part of its phrase) and « ONU » inside. Haiti: « Haïti », « un pays » (Ruto's quote), « pays » in « du \
pays », « notre territoire » (Chérizier's quote) and « Nous » in Conille's quote (Haiti speaking through its \
prime minister, as Kamikawa's « Nous » for Japan). Kenya: « notre nation » (Ruto's quote), « Le Kenya ». « son \
gouvernement » is the Haitian government (local, nominal), « le gouvernement kényan » the Kenyan one. « ses \
propres soldats » the US armed forces (local, as « ses troupes » in gold orban-moscou-2024-07-05). Sums given or \
received are local objects as themes (« 300 millions de dollars », « 21 millions de dollars », « davantage de \
fonds »), « des effectifs » a local group. Not mentions: « toute force étrangère » (generic), « les deux pays » \
(plural), « ce moment » (the landing restated), « Le déploiement » (an event), « l’obstacle », « une étape \
cruciale », « aucun calendrier », « une vidéo », the possessives, and « gangs » inside the coalition's role noun \
(the coalition is the entity there).
Statuses. The takeover of the mission and the deployment in the next days are planned; the restoring of \
normality Ruto urges is proposed; the retaking Conille promises is planned (a promise, as in gold); the fight \
Chérizier threatens is planned and the violation of the territory hypothetical (« viendrait »), the attack \
hypothetical under a negated speech act; the agreement lacking in January is negated; the second group's arrival \
is planned; the sending of US soldiers is negated; the US money and the other countries' personnel are planned \
deliveries (promises); the further funding Dujarric calls for is proposed; the schedule is negated.
Times. « mardi » twice is the publication day, Tuesday 25 June 2024; « lundi soir » Monday 24 June 2024 \
(weekday-past); « en octobre » October 2023, « en janvier » January 2024, « en mars » March 2024 (months past); « \
jeudi » Thursday 27 June 2024 (weekday-future); « dans les prochains jours » and « sans tarder » vague futures, « \
depuis longtemps » a vague duration: no value. The welcome on the tarmac takes the landing's Tuesday; Ruto's \
exhortation is not dated in its sentence: no time.
Guterres, the UN, the Security Council and the United States are linked; William Ruto, Kenya, Haiti, Garry \
Conille, Jimmy Chérizier, Viv Ansanm, the gangs, the contingents, the mission, Port-au-Prince, Nairobi, the High \
Court, the Kenyan constitution, the governments, the State Department, the Haitian people, Stéphane Dujarric, \
New York, the UN fund, the sums, the other countries, the Bahamas and Benin are not in ids.tsv: local, unlinked."""

UN, UNSC, US, GUTERRES = "Q1065", "Q37470", "Q30", "Q311440"
CONTINGENT, SECOND, MISSION, GANGS = "local:kenyan-police-contingent", "local:second-kenyan-group", \
    "local:multinational-security-support-mission", "local:haitian-gangs"
PAP, NAIROBI, NEW_YORK = "local:port-au-prince", "local:nairobi", "local:new-york"
KENYA, HAITI, RUTO, CONILLE = "local:kenya", "local:haiti", "local:william-ruto", "local:garry-conille"
CHERIZIER, VIV_ANSANM, HIGH_COURT, CONSTITUTION = "local:jimmy-cherizier", "local:viv-ansanm", \
    "local:kenya-high-court", "local:constitution-of-kenya"
HT_GOV, KE_GOV, US_TROOPS, STATE_DEPT = "local:haitian-government", "local:kenyan-government", \
    "local:us-armed-forces", "local:us-state-department"
HT_PEOPLE, DUJARRIC, UN_FUND = "local:haitian-people", "local:stephane-dujarric", "local:un-haiti-fund"
US_MONEY, FUND_MONEY, MORE_FUNDS = "local:us-300-million", "local:un-fund-21-million", "local:more-funds"
OTHERS, BAHAMAS, BENIN, PERSONNEL = "local:other-contributing-countries", "local:bahamas", "local:benin", \
    "local:other-personnel"

UNNAMED_GROUP = "an unnamed group, not one Wikidata item"
LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (CONTINGENT, "premier contingent de policiers kényans", "first contingent of Kenyan police officers", "group",
     {"description": "400 policiers kényans arrivés à Port-au-Prince le 25 juin 2024",
      "unlinked_reason": UNNAMED_GROUP}),
    (SECOND, "deuxième groupe de policiers kényans", "second group of Kenyan police officers", "group",
     {"description": "attendu le jeudi 27 juin 2024", "unlinked_reason": UNNAMED_GROUP}),
    (MISSION, "Mission multinationale d’appui à la sécurité en Haïti", "Multinational Security Support Mission",
     "organization", {"description": "mission multinationale de sécurité soutenue par l’ONU, menée par le Kenya",
                      "unlinked_reason": NOT_VERIFIED}),
    (GANGS, "gangs haïtiens", "Haitian gangs", "group",
     {"description": "les gangs qui contrôlent l’essentiel de Port-au-Prince", "unlinked_reason": UNNAMED_GROUP}),
    (PAP, "Port-au-Prince", "Port-au-Prince", "place",
     {"description": "capitale d’Haïti", "unlinked_reason": NOT_VERIFIED}),
    (NAIROBI, "Nairobi", "Nairobi", "place", {"description": "capitale du Kenya", "unlinked_reason": NOT_VERIFIED}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KENYA, "Kenya", "Kenya", "country",
     {"description": "aussi « notre nation » et « Nairobi » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (HAITI, "Haïti", "Haiti", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RUTO, "William Ruto", "William Ruto", "person",
     {"description": "président du Kenya", "unlinked_reason": NOT_VERIFIED}),
    (CONILLE, "Garry Conille", "Garry Conille", "person",
     {"description": "Premier ministre d’Haïti", "unlinked_reason": NOT_VERIFIED}),
    (CHERIZIER, "Jimmy Chérizier", "Jimmy Chérizier", "person",
     {"description": "chef de la coalition de gangs Viv Ansanm, surnommé Barbecue, ancien policier",
      "unlinked_reason": NOT_VERIFIED}),
    (VIV_ANSANM, "Viv Ansanm", "Viv Ansanm", "organization",
     {"description": "coalition de gangs haïtiens", "unlinked_reason": NOT_VERIFIED}),
    (HIGH_COURT, "Haute Cour du Kenya", "High Court of Kenya", "organization",
     {"description": "« la Haute Cour de Nairobi »", "unlinked_reason": NOT_VERIFIED}),
    (CONSTITUTION, "Constitution du Kenya", "Constitution of Kenya", "other", {"unlinked_reason": NOT_VERIFIED}),
    (HT_GOV, "gouvernement haïtien", "Government of Haiti", "organization",
     {"description": "« son gouvernement » (celui de Garry Conille)", "unlinked_reason": NOT_VERIFIED}),
    (KE_GOV, "gouvernement kényan", "Government of Kenya", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (US_TROOPS, "forces armées des États-Unis", "United States Armed Forces", "organization",
     {"description": "« ses propres soldats » (ceux de Washington)", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (HT_PEOPLE, "peuple haïtien", "Haitian people", "group", {"unlinked_reason": UNNAMED_GROUP}),
    (DUJARRIC, "Stéphane Dujarric", "Stéphane Dujarric", "person",
     {"description": "porte-parole du secrétaire général de l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (UN_FUND, "fonds de l’ONU pour la mission", "UN trust fund for the mission", "organization",
     {"description": "« le fonds de l’ONU »", "unlinked_reason": NOT_VERIFIED}),
    (US_MONEY, "300 millions de dollars", "300 million dollars", "object",
     {"description": "somme promise par les États-Unis à la mission",
      "unlinked_reason": "a sum of money, not one Wikidata item"}),
    (FUND_MONEY, "21 millions de dollars", "21 million dollars", "object",
     {"description": "somme reçue par le fonds de l’ONU", "unlinked_reason": "a sum of money, not one Wikidata item"}),
    (MORE_FUNDS, "davantage de fonds", "more funds", "object",
     {"description": "fonds supplémentaires que la mission devrait recevoir",
      "unlinked_reason": "an unspecified sum, not one Wikidata item"}),
    (OTHERS, "autres pays contributeurs", "other contributing countries", "group",
     {"description": "« D’autres pays, dont les Bahamas et le Bénin »", "unlinked_reason": UNNAMED_GROUP}),
    (BAHAMAS, "Bahamas", "The Bahamas", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BENIN, "Bénin", "Benin", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PERSONNEL, "effectifs des autres pays", "other countries' personnel", "group",
     {"description": "« des effectifs » promis par d’autres pays", "unlinked_reason": UNNAMED_GROUP}),
]

DESCRIPTIONS = {GUTERRES: "secrétaire général de l’ONU", US: "aussi « Washington » (métonymie)"}

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Un premier contingent de 400 policiers kényans a atterri mardi à Port-au-Prince, où il doit prendre ...
    ("Un premier contingent de 400 policiers kényans", None, CONTINGENT, "nominal"),
    ("Port-au-Prince", None, PAP, "name"),
    ("il", "où il doit", CONTINGENT, "pronoun"),
    ("la mission multinationale de sécurité soutenue par l’ONU", None, MISSION, "nominal"),
    ("ONU", "soutenue par l’ONU", UN, "name"),
    ("les gangs", None, GANGS, "nominal"),
    ("la capitale haïtienne", None, PAP, "nominal"),
    # « Cette mission compte parmi les plus importantes de l’histoire de notre nation », avait lancé lundi ...
    ("Cette mission", None, MISSION, "nominal"),
    ("notre nation", None, KENYA, "nominal"),
    ("le président kényan", None, RUTO, "nominal"),
    ("William Ruto", None, RUTO, "name"),
    ("Nairobi", "adieu à Nairobi", NAIROBI, "name"),
    # Le chef de l’État a exhorté les agents à « restaurer la normalité » dans un pays « ravagé par la violence ».
    ("Le chef de l’État", None, RUTO, "nominal"),
    ("les agents", None, CONTINGENT, "nominal"),
    ("un pays", None, HAITI, "nominal"),
    # Sur le tarmac, le Premier ministre haïtien Garry Conille a accueilli les policiers, qui devraient ...
    ("Garry Conille", None, CONILLE, "name"),
    ("les policiers", None, CONTINGENT, "nominal"),
    # « Nous attendions ce moment depuis longtemps », a-t-il déclaré, promettant que son gouvernement ...
    ("Nous", "« Nous attendions", HAITI, "pronoun"),
    ("il", "a-t-il déclaré", CONILLE, "pronoun"),
    ("son gouvernement", None, HT_GOV, "nominal"),
    ("pays", "contrôle du pays", HAITI, "nominal"),
    # Le chef de la coalition de gangs Viv Ansanm, Jimmy Chérizier, surnommé Barbecue, a menacé ...
    ("Le chef de la coalition de gangs Viv Ansanm", None, CHERIZIER, "nominal"),
    ("Viv Ansanm", None, VIV_ANSANM, "name"),
    ("Jimmy Chérizier", None, CHERIZIER, "name"),
    ("Barbecue", None, CHERIZIER, "name"),
    ("notre territoire", None, HAITI, "nominal"),
    # L’ancien policier n’a pas précisé s’il attaquerait directement les Kényans.
    ("L’ancien policier", None, CHERIZIER, "nominal"),
    ("il", "s’il attaquerait", CHERIZIER, "pronoun"),
    ("les Kényans", None, CONTINGENT, "nominal"),
    # Le déploiement, autorisé en octobre par le Conseil de sécurité, avait été bloqué en janvier par la ...
    ("Conseil de sécurité", None, UNSC, "name"),
    ("Haute Cour de Nairobi", None, HIGH_COURT, "name"),
    ("Nairobi", "Haute Cour de Nairobi", NAIROBI, "name"),
    ("Constitution", None, CONSTITUTION, "name"),
    # Le Kenya et Haïti ont signé un tel accord en mars, levant l’obstacle selon le gouvernement kényan.
    ("Kenya", "Le Kenya et", KENYA, "name"),
    ("Haïti", None, HAITI, "name"),
    ("le gouvernement kényan", None, KE_GOV, "nominal"),
    # Un deuxième groupe est attendu jeudi, a indiqué Nairobi.
    ("Un deuxième groupe", None, SECOND, "nominal"),
    ("Nairobi", "a indiqué Nairobi", KENYA, "metonym"),
    # Washington, qui a exclu d’envoyer ses propres soldats, a promis 300 millions de dollars à la mission.
    ("Washington", None, US, "metonym"),
    ("ses propres soldats", None, US_TROOPS, "nominal"),
    ("300 millions de dollars", None, US_MONEY, "nominal"),
    ("la mission", "dollars à la mission", MISSION, "nominal"),
    # Le département d’État a salué mardi « une étape cruciale » pour le peuple haïtien.
    ("département d’État", None, STATE_DEPT, "name"),
    ("le peuple haïtien", None, HT_PEOPLE, "nominal"),
    # À New York, Stéphane Dujarric, porte-parole du secrétaire général de l’ONU Antonio Guterres, a jugé ...
    ("New York", None, NEW_YORK, "name"),
    ("Stéphane Dujarric", None, DUJARRIC, "name"),
    ("porte-parole du secrétaire général de l’ONU Antonio Guterres", None, DUJARRIC, "nominal"),
    ("ONU", "secrétaire général de l’ONU", UN, "name"),
    ("Antonio Guterres", None, GUTERRES, "name"),
    ("la mission", "que la mission devait", MISSION, "nominal"),
    ("davantage de fonds", None, MORE_FUNDS, "nominal"),
    ("le fonds de l’ONU", None, UN_FUND, "nominal"),
    ("ONU", "le fonds de l’ONU", UN, "name"),
    ("21 millions de dollars", None, FUND_MONEY, "nominal"),
    # D’autres pays, dont les Bahamas et le Bénin, ont promis d’envoyer des effectifs, mais aucun calendrier ...
    ("D’autres pays", None, OTHERS, "nominal"),
    ("Bahamas", None, BAHAMAS, "name"),
    ("Bénin", None, BENIN, "name"),
    ("des effectifs", None, PERSONNEL, "nominal"),
]

PUB_DAY = "The publication day, Tuesday 25 June 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "a atterri mardi"), "2024-06-25", "day", "weekday-publication-day",
     "« a atterri mardi à Port-au-Prince » in an article of Tuesday 25 June 2024: that same day. " + PUB_DAY),
    ("t-monday-evening", ("lundi soir", None), "2024-06-24", "day", "weekday-past",
     "Pluperfect « avait lancé lundi soir »: the Monday before Tuesday 25 June 2024: 24 June (the evening is "
     "part of that day)."),
    ("t-coming-days", ("dans les prochains jours", None), None, "vague", "vague-future",
     "« qui devraient être déployés dans les prochains jours »: some days after Tuesday 25 June, not fixed."),
    ("t-long", ("depuis longtemps", None), None, "duration", "vague-duration",
     "« Nous attendions ce moment depuis longtemps »: a duration with no length written."),
    ("t-october", ("en octobre", None), "2023-10", "month", "month-past",
     "« autorisé en octobre par le Conseil de sécurité », told in a pluperfect chain before January: the last "
     "October before June 2024 that is also before January 2024, October 2023."),
    ("t-january", ("en janvier", None), "2024-01", "month", "month-past",
     "« avait été bloqué en janvier »: the last January before June 2024, January 2024."),
    ("t-march", ("en mars", None), "2024-03", "month", "month-past",
     "« ont signé un tel accord en mars »: the last March before June 2024, March 2024 (after the January "
     "ruling it answers)."),
    ("t-thursday", ("jeudi", None), "2024-06-27", "day", "weekday-future",
     "« Un deuxième groupe est attendu jeudi »: the Thursday after Tuesday 25 June 2024: 27 June."),
    ("t-tuesday-2", ("mardi", "a salué mardi"), "2024-06-25", "day", "weekday-publication-day",
     "« Le département d’État a salué mardi »: the publication day. " + PUB_DAY),
    ("t-without-delay", ("sans tarder", None), None, "vague", "vague-future",
     "« recevoir « sans tarder » davantage de fonds »: soon, no date."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-landing", "Event", "The first Kenyan police contingent lands in Port-au-Prince", ("a atterri", None),
          [("agent", CONTINGENT)], place=PAP, time="t-tuesday", part_of="e-deployment",
          note="« a atterri mardi à Port-au-Prince »: the news of the day. « ce moment » in Conille's quote and « une "
               "étape cruciale » restate it."),
    event("e-lead-mission", "Event", "The contingent is to lead the multinational security mission",
          ("doit prendre la tête", None), [("agent", CONTINGENT), ("theme", MISSION)], status="planned", place=PAP,
          note="« où il doit prendre la tête de la mission »: planned; « où » is Port-au-Prince."),
    event("e-un-support", "Event", "The UN backs the multinational security mission", ("soutenue", None),
          [("agent", UN), ("recipient", MISSION)],
          note="A passive participle with its agent in « par » (« soutenue par l’ONU »): occurred, no time."),
    event("e-gang-control", "Event", "Gangs control most of the Haitian capital", ("contrôlent", None),
          [("agent", GANGS), ("theme", PAP)], place=PAP,
          note="« les gangs qui contrôlent l’essentiel de la capitale haïtienne »: a present state in a relative "
               "clause, in the article's own voice."),
    event("e-farewell-ceremony", "Event", "Farewell ceremony for the Kenyan police in Nairobi", ("cérémonie", None),
          [("agent", RUTO), ("participant", CONTINGENT)], place=NAIROBI, time="t-monday-evening",
          note="« lors d’une cérémonie d’adieu à Nairobi »: the occasion of Ruto's words, which give it their Monday "
               "evening; the officers are the ones sent off (implied by the lede)."),
    event("e-restore-normality", "Event", "The Kenyan officers to restore normality in Haiti", ("restaurer", None),
          [("agent", CONTINGENT)], status="proposed", place=HAITI, according_to=[RUTO],
          note="« a exhorté les agents à « restaurer la normalité » dans un pays »: what Ruto urges is proposed; « un "
               "pays » is Haiti, the place."),
    event("e-violence", "Event", "Haiti ravaged by violence", ("ravagé", None), [("recipient", HAITI)], place=HAITI,
          according_to=[RUTO],
          note="« un pays « ravagé par la violence » »: Ruto's characterisation of a state of fact, occurred; « la "
               "violence » is not an entity."),
    event("e-welcome", "Meeting", "Garry Conille welcomes the Kenyan officers on the tarmac", ("a accueilli", None),
          [("agent", CONILLE), ("participant", CONTINGENT)], place=PAP, time="t-tuesday",
          note="« Sur le tarmac, le Premier ministre haïtien Garry Conille a accueilli les policiers »: the tarmac is "
               "that of the landing, so the place is Port-au-Prince and the day the landing's Tuesday."),
    event("e-field-deployment", "Event", "The officers to be deployed in the coming days", ("être déployés", None),
          [("participant", CONTINGENT)], status="planned", place=HAITI, time="t-coming-days", part_of="e-deployment",
          note="« qui devraient être déployés dans les prochains jours »: an expected passive with no agent: planned. "
               "The officers deployed are a participant (an event needs one besides a theme)."),
    event("e-retake-country", "Event", "The Haitian government to retake control of the country neighbourhood by "
          "neighbourhood", ("reprendrait", None), [("agent", HT_GOV), ("theme", HAITI)], status="planned",
          according_to=[CONILLE],
          note="« promettant que son gouvernement reprendrait le contrôle du pays « quartier par quartier » »: a "
               "promise, so planned (as the promised meeting in gold cereales-mer-noire-2023-07)."),
    event("e-fight", "Event", "Jimmy Chérizier threatens to fight any foreign force", ("combattre", None),
          [("agent", CHERIZIER)], status="planned", according_to=[CHERIZIER],
          note="« a menacé ... de combattre toute force étrangère »: a threatened act is planned (as the opposition "
               "threatened in gold); « toute force étrangère » is generic, no role."),
    event("e-territory-violation", "Event", "A foreign force coming to violate Haiti's territory", ("violer", None),
          [("recipient", HAITI)], status="hypothetical", according_to=[CHERIZIER],
          note="« qui « viendrait violer notre territoire » »: conditional: hypothetical. « notre territoire » is "
               "Haiti; the generic force takes no role."),
    event("e-attack", "Event", "Chérizier might attack the Kenyan officers directly", ("attaquerait", None),
          [("agent", CHERIZIER), ("recipient", CONTINGENT)], status="hypothetical",
          note="« n’a pas précisé s’il attaquerait directement les Kényans »: an open question under a negated "
               "speech act: hypothetical."),
    event("e-deployment", "Event", "Kenya's deployment of police officers to Haiti", ("déploiement", None),
          [("agent", KENYA), ("theme", CONTINGENT)], place=HAITI,
          note="« Le déploiement »: the Kenyan deployment as a whole, under way (the landing is part of it). "
               "Kenya is its agent (implied by the paragraph); no time of its own."),
    event("e-authorisation", "Event", "The Security Council authorised the deployment in October",
          ("autorisé", None), [("agent", UNSC)], time="t-october",
          note="An apposed passive participle with its agent in « par »: the deployment it authorises is an event, "
               "so no role for it."),
    event("e-blocking", "Event", "The High Court in Nairobi blocked the deployment in January",
          ("avait été bloqué", None), [("agent", HIGH_COURT)], place=NAIROBI, time="t-january",
          note="A pluperfect passive with its agent in « par »; the court sits in Nairobi, the place."),
    event("e-missing-agreement", "Agreement", "No agreement between Kenya and Haiti at the time of the ruling",
          ("accord", "faute d’accord"), [("participant", KENYA), ("participant", HAITI)], status="negated",
          according_to=[HIGH_COURT],
          note="« faute d’accord entre les deux pays »: the lack of an agreement, the court's ground: negated. « les "
               "deux pays » (plural, not a mention) are Kenya and Haiti."),
    event("e-agreement", "Agreement", "Kenya and Haiti signed an agreement in March", ("ont signé", None),
          [("participant", KENYA), ("participant", HAITI)], time="t-march",
          note="« Le Kenya et Haïti ont signé un tel accord en mars »: the agreement the court found lacking."),
    event("e-obstacle-lifted", "Event", "The agreement lifted the legal obstacle to the deployment",
          ("levant", None), [("participant", KENYA), ("participant", HAITI)], according_to=[KE_GOV],
          note="« levant l’obstacle selon le gouvernement kényan »: a participle of consequence sourced after the "
               "clause; its subject is the signing (an event), so the signers are participants; « l’obstacle » is "
               "not an entity. Its time is that of the signing, but no time is written for it: none."),
    event("e-second-arrival", "Event", "A second Kenyan group expected on Thursday", ("est attendu", None),
          [("agent", SECOND)], status="planned", time="t-thursday", according_to=[KENYA], part_of="e-deployment",
          note="« Un deuxième groupe est attendu jeudi, a indiqué Nairobi »: planned. Where it is expected is not "
               "written (Haiti by the context): no place."),
    event("e-us-troops", "Event", "The United States will not send their own soldiers", ("envoyer", "exclu d’envoyer"),
          [("agent", US), ("theme", US_TROOPS)], status="negated", according_to=[US],
          note="« qui a exclu d’envoyer ses propres soldats »: ruled out, so negated (as « refuse de reconnaître » "
               "in gold)."),
    event("e-us-funding", "Delivery", "The United States pledged 300 million dollars to the mission",
          ("promis", "a promis 300"), [("agent", US), ("recipient", MISSION), ("theme", US_MONEY)],
          status="planned", according_to=[US],
          note="« a promis 300 millions de dollars à la mission »: the pledged money is a planned delivery; the "
               "sentence has no other predicate, so the event's trigger is « promis », inside the speech act's "
               "« a promis »."),
    event("e-more-funding", "Delivery", "The mission should receive more funds without delay", ("recevoir", None),
          [("recipient", MISSION), ("theme", MORE_FUNDS)], status="proposed", time="t-without-delay",
          according_to=[DUJARRIC],
          note="« a jugé que la mission devait recevoir « sans tarder » davantage de fonds »: a call: proposed."),
    event("e-fund-received", "Delivery", "The UN fund has received only 21 million dollars", ("n’ayant reçu", None),
          [("recipient", UN_FUND), ("theme", FUND_MONEY)],
          note="« le fonds de l’ONU n’ayant reçu que 21 millions de dollars »: « ne ... que » restricts, it does not "
               "negate: occurred. A participle of cause in the article's own voice; no time."),
    event("e-other-personnel", "Delivery", "Other countries to send personnel", ("envoyer", "promis d’envoyer"),
          [("agent", OTHERS), ("agent", BAHAMAS), ("agent", BENIN), ("theme", PERSONNEL)], status="planned",
          according_to=[OTHERS],
          note="« ont promis d’envoyer des effectifs »: a promised sending, planned; the Bahamas and Benin, named "
               "inside the group by « dont », are agents too."),
    event("e-no-schedule", "Event", "No schedule has been set for the other countries' personnel", ("fixé", None),
          [("participant", OTHERS)], status="negated",
          note="« mais aucun calendrier n’a été fixé »: negated, in the article's own voice; the countries are the "
               "ones whose sending it would schedule (implied)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ruto-farewell", "Statement", "William Ruto: one of the most important missions in Kenya's history",
           RUTO, ("avait lancé", None),
           [("Cette mission compte parmi les plus importantes de l’histoire de notre nation", None)],
           place=NAIROBI, time="t-monday-evening", about=["e-deployment"],
           note="A pluperfect quote first with a role noun and the name in apposition; said at the farewell ceremony "
                "in Nairobi (« lors d’une cérémonie d’adieu à Nairobi »), so the city is its place. « Cette mission » "
                "is the mission (an organisation), so the quote's only event is the deployment it is about."),
    speech("s-ruto-exhortation", "Statement", "Ruto urges the officers to restore normality in a country ravaged by "
           "violence", RUTO, ("a exhorté", None), [("restaurer la normalité", None), ("ravagé par la violence", None)],
           addressee=CONTINGENT, about=["e-restore-normality", "e-violence"],
           note="Two pairs of guillemets in one sentence by one speaker: one speech act with two quotes. No weekday "
                "in the sentence: no time."),
    speech("s-conille-quote", "Statement", "Garry Conille: we had been waiting for this moment for a long time",
           CONILLE, ("a-t-il déclaré", None), [("Nous attendions ce moment depuis longtemps", None)],
           place=PAP, time="t-tuesday", about=["e-landing"],
           note="A quote first with an inverted pronoun; said at the welcome on the tarmac (the previous sentence), "
                "so the landing's Tuesday and place. « ce moment » restates the landing."),
    speech("s-conille-promise", "Assurance", "Conille promises his government will retake the country "
           "neighbourhood by neighbourhood", CONILLE, ("promettant", None), [("quartier par quartier", None)],
           place=PAP, time="t-tuesday", about=["e-retake-country"],
           note="A participle with its own guillemets: a second speech act of the same speaker and occasion."),
    speech("s-cherizier-threat", "Warning", "Jimmy Chérizier threatens in a video to fight any foreign force",
           CHERIZIER, ("a menacé", None), [("viendrait violer notre territoire", None)],
           about=["e-fight", "e-territory-violation"],
           note="« a menacé dans une vidéo de combattre toute force étrangère qui « viendrait violer notre "
                "territoire » »: a threat is a Warning (as in gold); the video is the medium, no role; no time."),
    speech("s-cherizier-silent", "Statement", "Chérizier did not say whether he would attack the Kenyans",
           CHERIZIER, ("n’a pas précisé", None), [], status="negated", about=["e-attack"],
           note="A negated speech act (as « n’a pas précisé » in gold)."),
    speech("s-court-ruling", "Statement", "The High Court judged the deployment unconstitutional", HIGH_COURT,
           ("avait jugé", "l’avait jugé"), [], place=NAIROBI, time="t-january",
           about=["e-deployment", "e-missing-agreement"],
           note="« qui l’avait jugé contraire à la Constitution faute d’accord entre les deux pays »: the ruling "
                "behind the January blocking, the same month and court; « l’ » is the deployment (an event, no "
                "mention)."),
    speech("s-kenyan-government", "Report", "The Kenyan government says the agreement lifted the obstacle", KE_GOV,
           ("selon", "selon le gouvernement"), [], about=["e-obstacle-lifted"],
           note="« selon le gouvernement kényan » after the participle it sources."),
    speech("s-nairobi", "Report", "Kenya says a second group is expected on Thursday", KENYA,
           ("a indiqué", "a indiqué Nairobi"), [], about=["e-second-arrival"],
           note="Indirect speech first without guillemets, then « a indiqué Nairobi »: the capital stands for Kenya."),
    speech("s-us-rules-out", "Statement", "Washington rules out sending its own soldiers", US, ("a exclu", None), [],
           about=["e-us-troops"],
           note="« qui a exclu d’envoyer ses propres soldats »: a stance the article gives to Washington (the United "
                "States), in a relative clause."),
    speech("s-us-pledge", "Assurance", "Washington pledges 300 million dollars to the mission", US,
           ("a promis", "a promis 300"), [], about=["e-us-funding"],
           note="The promise itself, as the promises of gold; its content is e-us-funding."),
    speech("s-state-department", "Statement", "The State Department hails a crucial step for the Haitian people",
           STATE_DEPT, ("a salué", None), [("une étape cruciale", None)], time="t-tuesday-2", about=["e-landing"],
           note="« Le département d’État a salué mardi « une étape cruciale » pour le peuple haïtien »: the landing "
                "restated; the people a mention, not a role."),
    speech("s-dujarric", "Statement", "Stéphane Dujarric: the mission must receive more funds without delay",
           DUJARRIC, ("a jugé", None), [("sans tarder", None)], place=NEW_YORK,
           about=["e-more-funding", "e-fund-received"],
           note="« À New York » (fronted) is the city, the place; the quote is the vague time alone. No weekday."),
    speech("s-other-pledges", "Assurance", "Other countries, including the Bahamas and Benin, promise personnel",
           OTHERS, ("ont promis", None), [], about=["e-other-personnel"],
           note="« D’autres pays, dont les Bahamas et le Bénin, ont promis d’envoyer des effectifs »: the group is "
                "the speaker; no time written."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
