"""Held-out annotation of yoon-kishida-tokyo-2023-03-16.txt (written for the twenty-fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/yoon-kishida-tokyo-2023-03-16.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/yoon-kishida-tokyo-2023-03-16.annotation.src.py --check

From held-out set 24 (moved to gold in session 22; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "yoon-kishida-tokyo-2023-03-16.txt"

NOTE = """\
Held-out-24 article: South Korea's president Yoon Suk Yeol arrives in Tokyo on Thursday 16 March 2023 for a summit \
with Fumio Kishida, the first bilateral visit of a South Korean leader to Japan in twelve years; a few hours before \
he left Seoul, North Korea fired an intercontinental ballistic missile that fell into the Sea of Japan, as the South \
Korean Joint Chiefs of Staff announce; Yoon says the two countries must work together, the two leaders agree to \
resume their visits, interrupted since 2011 (the South Korean presidency), and Tokyo will lift its export \
restrictions; the dispute is recalled (a 2018 ruling of the South Korean Supreme Court ordering Japanese companies \
to compensate former forced labourers, Seoul's proposal of 6 March that a public foundation pay instead), Kishida \
calls it a step toward healthy relations but makes no new apology; Pyongyang has not commented by Thursday evening, \
KCNA had promised on Tuesday a crushing answer to the exercises Seoul and Washington have held since Monday; the \
United States hail a historic summit and a State Department spokesman condemns the launch; the South Korean \
opposition denounces a humiliating diplomacy and Lee Jae-myung accuses Yoon of sacrificing the victims, some of \
whom would refuse the foundation's money according to their lawyers; the two leaders were to dine on Thursday \
evening, Yoon will meet Japanese business leaders on Friday before returning to Seoul and might invite Kishida to \
South Korea in the coming months (Yonhap). Published Thursday 16 March 2023 (the file gives the day). The visit, \
the launch, the end of the export restrictions, the 2018 ruling and the 6 March plan follow the real events \
loosely; the quotes, KCNA's Tuesday promise, the State Department's words, Lee's accusation, the lawyers' claim, \
the Friday meeting and Yonhap's report are invented or simplified.
What it exercises: an arrival on the publication day with a role noun and a name in apposition on each side and a \
purpose summit (« Le président sud-coréen, Yoon Suk Yeol, est arrivé jeudi à Tokyo pour un sommet avec le Premier \
ministre japonais, Fumio Kishida »: the arrival part of the visit, the summit part of it too, Tokyo the city) with \
an apposed nominal visit in a country and a gap (« la première visite bilatérale d’un dirigeant sud-coréen au Japon \
depuis douze ans »: a Visit with no time, the duration attached to nothing, as « sa première visite en Ukraine \
depuis plus de deux ans » in gold/guterres-kiev-2025-06-12); a pluperfect launch dated by a nominal departure (« \
Quelques heures avant son départ de Séoul, la Corée du Nord avait tiré un missile balistique intercontinental »: \
counted from the Thursday departure, as « Quelques heures avant le raid » in gold/nasrallah-beyrouth-2024-09-28; \
the departure a nominal event whose place is the city left) with a participle of fall in apposition and a source \
after the clause; a quote first with a subjunctive (« exigent que nos deux pays travaillent ensemble »: the joint \
work proposed) at a joint press conference (the summit's day and city, no event of its own); an agreement of the \
two leaders with an infinitive and a relative participle of interruption with a year (« sont convenus de reprendre \
leurs visites réciproques, interrompues depuis 2011 »: an Agreement, the resumption planned) sourced after the \
clause to the presidency; a metonym with a future (« Tokyo lèvera par ailleurs ses restrictions »: the lifting \
planned, the restrictions a Sanction); a pluperfect deterioration after a nominal ruling restated by a relative \
pluperfect order with a year (« une décision de la Cour suprême sud-coréenne, qui avait ordonné en 2018 à des \
entreprises japonaises d’indemniser d’anciens travailleurs forcés »: one event, the compensation proposed); a \
proposal by a metonym on an explicit day with a subjunctive and an emphatic pronoun (« Le 6 mars, Séoul a proposé \
qu’une fondation publique verse elle-même ces indemnisations »: a Proposal, the payment proposed); a quote split \
mid-sentence around « a estimé le chef du gouvernement japonais, » and a negated apology by its noun (« Il n’a \
toutefois présenté aucune nouvelle excuse »); a negated pluperfect comment by a metonym on the publication evening \
(« Pyongyang n’avait pas commenté ce tir jeudi soir »); a pluperfect promise on a past weekday with a one-word \
quote by KCNA after a possessive title (« Son agence officielle KCNA avait promis mardi une riposte « écrasante » \
»: the riposte planned) over a relative present with two metonyms as postposed subjects and « depuis lundi »; a \
hailing by a country with a one-word quote and a quote split around « a ajouté un porte-parole du département \
d’État, » whose second part is a relative clause; a fronted country as the place of a speech act with a two-word \
quote (« En Corée du Sud, l’opposition a dénoncé une « diplomatie humiliante » »); an accusation with a perfect \
infinitive quoted (« a accusé le président d’avoir « sacrifié les victimes » »: suspected); « Selon leurs avocats » \
with a cataphoric possessive and a conditional refusal (hypothetical); a planned dinner in the past tense on the \
publication evening (« devaient dîner ensemble jeudi soir »), a future meeting on a future weekday and a planned \
return, and a conditional invitation to a country in a vague future sourced to Yonhap.
Places and metonyms. « Tokyo » is the city where Yoon arrives (Q1490) and Japan where it will lift its \
restrictions (Q17, metonym); « Séoul » is the city Yoon leaves and returns to (Q8684) and South Korea where it \
proposes and holds exercises (Q884, metonym); « Pyongyang » is North Korea (Q423) and « Washington » the United \
States (Q30), as states that comment and hold exercises. « au Japon » is the country of the visit; « En Corée du \
Sud » the country where the opposition speaks (the place of its speech act only: Lee's accusation in the next \
sentence gets no place); « en Corée du Sud » the destination of the invitation (its place, as « a dépêché à Niamey \
» in gold/coup-niger-2023-07-27). « Japon » inside « mer du Japon » only gives its name (not a mention), as in \
gold/missile-nord-coreen-tokyo-2024-01.
Mentions. Yoon: « Le président sud-coréen », « Yoon Suk Yeol », « Yoon » in « M. Yoon » and « MM. Yoon » (titles \
are part of the name's phrase), « le président », « Le dirigeant sud-coréen », « Il ». Kishida: « le Premier \
ministre japonais », « Fumio Kishida », « le chef du gouvernement japonais » (no mention of the government inside, \
as in gold/kishida-xi-san-francisco-2023-11-17), « Il », « Kishida » in « MM. Yoon et Kishida », « son hôte ». « un \
dirigeant sud-coréen » in the visit's apposition is generic (any South Korean leader): no mention. « un missile \
balistique intercontinental » is the missile (local object), the launch's theme. « l’état-major sud-coréen », « la \
présidence sud-coréenne », « la Cour suprême sud-coréenne » (a nominal with its determiner; no proper name \
written), « une fondation publique », « la fondation » and « elle-même » (emphatic, the foundation), « un \
porte-parole du département d’État » with « département d’État » inside it (name), « l’opposition » are local. « \
des entreprises japonaises », « anciens travailleurs forcés » (after the elided « d’ »), « les victimes » (the same \
former labourers), « plusieurs anciens travailleurs forcés » (a subgroup of them, its own local group, as the Kursk \
contingent in gold/choe-son-hui-moscou-2024-11-02), « leurs avocats » and « des chefs d’entreprise japonais » are \
local groups. « Nous » in the State Department's quote is the United States, whose reaction the paragraph \
gives (as « nous » in Biden's communiqué in gold/frappes-houthis-yemen-2024-01-12). « KCNA » alone: « Son agence \
officielle » is a title right before the name (« Son » a possessive). Not mentions: « nos deux pays », « Les deux \
dirigeants », « les deux voisins », « leurs deux principaux alliés » (plural), « la région », « toute la région » \
(generic), « ses restrictions », « certaines exportations », « ces indemnisations », « l’argent de la fondation » (no \
event takes them as an entity), « ce tir », « ce lancement », « un sommet « historique » » (events restated).
Statuses. The arrival, the visit, the summit, the departure, the launch, the fall, the agreement, the interruption \
of the visits, the restrictions, the deterioration, the ruling, Seoul's proposal and the exercises occurred; the \
resumption of the visits, the lifting, KCNA's riposte, the dinner (« devaient »), the Friday meeting and the return \
are planned; the joint work Yoon calls for, the compensation the court ordered and the foundation's payment Seoul \
proposes are proposed; Yoon's sacrifice of the victims is suspected (Lee's accusation); the refusal (« \
refuseraient ») and the invitation (« pourrait ») are hypothetical. Kishida's apology and Pyongyang's comment are \
negated speech acts. « qui menace toute la région » (in the spokesman's quote) is a present state, no event, as « \
Ces tirs répétés menacent la paix » in gold/missile-nord-coreen-tokyo-2024-01.
Times. « jeudi » (the arrival, the summit, the agreement and Yoon's words at the press conference) is the \
publication day, Thursday 16 March 2023; « Quelques heures avant son départ de Séoul » the same Thursday \
(counted-from-event: the departure is the day of the Thursday arrival), shared by the launch and the fall; « depuis \
douze ans » a duration attached to nothing; « depuis 2011 » and « en 2018 » years; « Le 6 mars » Monday 6 March \
2023; « jeudi soir » (twice) the evening of the publication day; « mardi » Tuesday 14 March and « depuis lundi » \
Monday 13 March 2023 (weekday-past); « vendredi » Friday 17 March 2023 (weekday-future); « dans les prochains mois \
» vague. The departure has no time word of its own (its day is only implied by the arrival), and the return, \
Kishida's words, the apology, the reactions of Washington, the opposition, Lee and the lawyers have no weekday: no \
time.
Linked: Fumio Kishida, Tokyo, Japan, Seoul, South Korea, North Korea, the United States and KCNA. Yoon Suk Yeol, \
the missile, the Sea of Japan, the South Korean Joint Chiefs of Staff, the South Korean presidency, the Supreme \
Court of Korea, the Japanese companies, the former forced labourers and the subgroup who refuse, the foundation, the \
State Department and its spokesman, the South Korean opposition, the Democratic Party, Lee Jae-myung, the lawyers, \
the Japanese business leaders and Yonhap are not in ids.tsv: local, unlinked."""

KISHIDA, TOKYO, JAPAN, SEOUL, SK, NK, US, KCNA = "Q359480", "Q1490", "Q17", "Q8684", "Q884", "Q423", "Q30", \
    "Q326804"
YOON, MISSILE, SEA, JCS = "local:yoon-suk-yeol", "local:icbm-2023-03-16", "local:sea-of-japan", \
    "local:south-korea-jcs"
PRESIDENCY, COURT, COMPANIES, WORKERS = "local:south-korean-presidency", "local:supreme-court-of-korea", \
    "local:japanese-companies", "local:former-forced-labourers"
FOUNDATION, STATE_DEPT, SPOKESMAN = "local:korean-victims-foundation", "local:us-state-department", \
    "local:state-department-spokesman"
OPPOSITION, DP, LEE, LAWYERS = "local:south-korean-opposition", "local:democratic-party-korea", \
    "local:lee-jae-myung", "local:labourers-lawyers"
REFUSING, BUSINESS, YONHAP = "local:refusing-former-labourers", "local:japanese-business-leaders", "local:yonhap"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (YOON, "Yoon Suk-yeol", "Yoon Suk Yeol", "person",
     {"description": "président sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (MISSILE, "missile balistique intercontinental tiré le 16 mars 2023", "intercontinental ballistic missile fired "
     "on 16 March 2023", "object",
     {"description": "missile tiré par la Corée du Nord quelques heures avant le départ de Yoon Suk Yeol",
      "unlinked_reason": "a single missile with no Wikidata item"}),
    (SEA, "mer du Japon", "Sea of Japan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (JCS, "état-major sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PRESIDENCY, "présidence sud-coréenne", "South Korean presidency", "organization",
     {"description": "les services du président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (COURT, "Cour suprême de Corée du Sud", "Supreme Court of Korea", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (COMPANIES, "entreprises japonaises", "Japanese companies", "group",
     {"description": "les entreprises japonaises condamnées en 2018 à indemniser d’anciens travailleurs forcés",
      "unlinked_reason": NOT_GROUP}),
    (WORKERS, "anciens travailleurs forcés", "former forced labourers", "group",
     {"description": "Coréens soumis au travail forcé par des entreprises japonaises pendant la colonisation",
      "unlinked_reason": NOT_GROUP}),
    (FOUNDATION, "fondation publique sud-coréenne", "South Korean public foundation", "organization",
     {"description": "fondation publique chargée par Séoul de verser les indemnisations",
      "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SPOKESMAN, "porte-parole du département d’État", "State Department spokesman", "person",
     {"description": "un porte-parole que l’article ne nomme pas", "unlinked_reason": "anonymous in the article"}),
    (OPPOSITION, "opposition sud-coréenne", "South Korean opposition", "group",
     {"unlinked_reason": NOT_GROUP}),
    (DP, "Parti démocrate", "Democratic Party of Korea", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (LEE, "Lee Jae-myung", "Lee Jae-myung", "person",
     {"description": "chef du Parti démocrate, principal parti d’opposition sud-coréen",
      "unlinked_reason": NOT_VERIFIED}),
    (LAWYERS, "avocats d’anciens travailleurs forcés", "lawyers of former forced labourers", "group",
     {"unlinked_reason": NOT_GROUP}),
    (REFUSING, "anciens travailleurs forcés qui refusent l’indemnisation", "former forced labourers refusing the "
     "compensation", "group",
     {"description": "une partie des anciens travailleurs forcés", "unlinked_reason": NOT_GROUP}),
    (BUSINESS, "chefs d’entreprise japonais", "Japanese business leaders", "group", {"unlinked_reason": NOT_GROUP}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président sud-coréen, Yoon Suk Yeol, est arrivé jeudi à Tokyo pour un sommet avec le Premier ministre ...
    ("Le président sud-coréen", None, YOON, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("Tokyo", "arrivé jeudi à Tokyo", TOKYO, "name"),
    ("le Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("Japon", "au Japon", JAPAN, "name"),
    # Quelques heures avant son départ de Séoul, la Corée du Nord avait tiré un missile ..., a annoncé l’état-major
    ("Séoul", "départ de Séoul", SEOUL, "name"),
    ("Corée du Nord", None, NK, "name"),
    ("un missile balistique intercontinental", None, MISSILE, "nominal"),
    ("mer du Japon", None, SEA, "name"),
    ("l’état-major sud-coréen", None, JCS, "nominal"),
    # « La paix et la stabilité ... », a déclaré M. Yoon ... a précisé la présidence sud-coréenne. Tokyo lèvera ...
    ("Yoon", "déclaré M. Yoon", YOON, "name"),
    ("la présidence sud-coréenne", None, PRESIDENCY, "nominal"),
    ("Tokyo", "Tokyo lèvera", JAPAN, "metonym"),
    ("Corée du Sud", "vers la Corée du Sud", SK, "name"),
    # Les relations ... après une décision de la Cour suprême sud-coréenne, qui avait ordonné en 2018 à des ...
    ("la Cour suprême sud-coréenne", None, COURT, "nominal"),
    ("des entreprises japonaises", None, COMPANIES, "nominal"),
    ("anciens travailleurs forcés", "d’indemniser d’anciens travailleurs forcés", WORKERS, "nominal"),
    # Le 6 mars, Séoul a proposé qu’une fondation publique verse elle-même ces indemnisations.
    ("Séoul", "Séoul a proposé", SK, "metonym"),
    ("une fondation publique", None, FOUNDATION, "nominal"),
    ("elle-même", None, FOUNDATION, "pronoun"),
    # « C’est un pas, a estimé le chef du gouvernement japonais, vers des relations saines. » Il n’a toutefois ...
    ("le chef du gouvernement japonais", None, KISHIDA, "nominal"),
    ("Il", "Il n’a toutefois", KISHIDA, "pronoun"),
    # Pyongyang n’avait pas commenté ce tir jeudi soir. Son agence officielle KCNA avait promis mardi ...
    ("Pyongyang", None, NK, "metonym"),
    ("KCNA", None, KCNA, "name"),
    ("Séoul", "lundi Séoul et Washington", SK, "metonym"),
    ("Washington", None, US, "metonym"),
    # Les États-Unis ont salué un sommet « historique » ... « Nous condamnons ..., a ajouté un porte-parole ... »
    ("États-Unis", None, US, "name"),
    ("Nous", None, US, "pronoun"),
    ("un porte-parole du département d’État", None, SPOKESMAN, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    # En Corée du Sud, l’opposition a dénoncé ... Le chef du Parti démocrate, Lee Jae-myung, a accusé le président ...
    ("Corée du Sud", "En Corée du Sud", SK, "name"),
    ("l’opposition", None, OPPOSITION, "nominal"),
    ("Le chef du Parti démocrate", None, LEE, "nominal"),
    ("Parti démocrate", None, DP, "name"),
    ("Lee Jae-myung", None, LEE, "name"),
    ("le président", "accusé le président", YOON, "nominal"),
    ("les victimes", None, WORKERS, "nominal"),
    # Selon leurs avocats, plusieurs anciens travailleurs forcés refuseraient l’argent de la fondation.
    ("leurs avocats", None, LAWYERS, "nominal"),
    ("plusieurs anciens travailleurs forcés", None, REFUSING, "nominal"),
    ("la fondation", None, FOUNDATION, "nominal"),
    # MM. Yoon et Kishida devaient dîner ensemble jeudi soir. Le dirigeant sud-coréen rencontrera vendredi ...
    ("Yoon", "MM. Yoon", YOON, "name"),
    ("Kishida", "Yoon et Kishida", KISHIDA, "name"),
    ("Le dirigeant sud-coréen", None, YOON, "nominal"),
    ("des chefs d’entreprise japonais", None, BUSINESS, "nominal"),
    ("Séoul", "regagner Séoul", SEOUL, "name"),
    # Il pourrait inviter son hôte en Corée du Sud dans les prochains mois, selon l’agence Yonhap.
    ("Il", "Il pourrait", YOON, "pronoun"),
    ("son hôte", None, KISHIDA, "nominal"),
    ("Corée du Sud", "en Corée du Sud dans", SK, "name"),
    ("Yonhap", None, YONHAP, "name"),
]

PUB_DAY = "The publication day, Thursday 16 March 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-thursday", ("jeudi", "arrivé jeudi"), "2023-03-16", "day", "weekday-publication-day",
     "« est arrivé jeudi à Tokyo »: " + PUB_DAY + " The summit, the agreement and Yoon's words at the joint press "
     "conference take it too (they belong to the visit that starts with this arrival)."),
    ("t-twelve-years", ("depuis douze ans", None), None, "duration", "explicit-duration",
     "« la première visite bilatérale ... depuis douze ans »: the gap since the last such visit (P12Y), attached to "
     "nothing (as « depuis plus de deux ans » in gold/guterres-kiev-2025-06-12)."),
    ("t-hours-before", ("Quelques heures avant son départ de Séoul", None), "2023-03-16", "day",
     "counted-from-event",
     "A few hours before Yoon left Seoul for the Thursday arrival in Tokyo: Thursday 16 March 2023; « quelques heures "
     "» gives no more than that day (as « Quelques heures avant le raid » in gold/nasrallah-beyrouth-2024-09-28)."),
    ("t-2011", ("depuis 2011", None), "2011", "year", "explicit-year",
     "« interrompues depuis 2011 »: a year written out; it stays a year (the start of the interruption)."),
    ("t-2018", ("en 2018", None), "2018", "year", "explicit-year",
     "« qui avait ordonné en 2018 »: a year written out; it stays a year."),
    ("t-march-6", ("Le 6 mars", None), "2023-03-06", "day", "day-month-publication-year",
     "« Le 6 mars, Séoul a proposé »: a day and a month before the publication day, in the publication year: Monday 6 "
     "March 2023."),
    ("t-thursday-evening-comment", ("jeudi soir", "ce tir jeudi soir"), "2023-03-16", "day", "part-of-day",
     "« Pyongyang n’avait pas commenté ce tir jeudi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-tuesday", ("mardi", None), "2023-03-14", "day", "weekday-past",
     "Pluperfect « avait promis mardi »: the Tuesday before the publication day, 14 March 2023."),
    ("t-since-monday", ("depuis lundi", None), "2023-03-13", "day", "weekday-past",
     "« que mènent depuis lundi Séoul et Washington »: the exercises started on the Monday before the publication "
     "day, 13 March 2023, and go on (as « depuis août » gives the start in gold)."),
    ("t-thursday-evening-dinner", ("jeudi soir", "dîner ensemble jeudi soir"), "2023-03-16", "day", "part-of-day",
     "« devaient dîner ensemble jeudi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-friday", ("vendredi", None), "2023-03-17", "day", "weekday-future",
     "Future « rencontrera vendredi »: the Friday after the publication day, 17 March 2023."),
    ("t-coming-months", ("dans les prochains mois", None), None, "vague", "vague-future",
     "« pourrait inviter ... dans les prochains mois »: some months after publication; no value."),
]

LEDE = ("Le président sud-coréen", "depuis douze ans.")
LAUNCH_EVIDENCE = ("Quelques heures avant", "l’état-major sud-coréen.")
KISHIDA_EVIDENCE = ("« C’est un pas", "saines. »")
KCNA_EVIDENCE = ("Son agence officielle", "Séoul et Washington.")
SPOKESMAN_EVIDENCE = ("« Nous condamnons", "toute la région. »")

EVENTS: list[dict[str, Any]] = [
    event("e-arrival", "Event", "Yoon Suk Yeol arrives in Tokyo on Thursday", ("est arrivé", None),
          [("agent", YOON)], place=TOKYO, time="t-thursday", part_of="e-visit", evidence=LEDE,
          note="« est arrivé jeudi à Tokyo »: in the article's own voice; the city is the place. Part of the visit "
               "the apposition names, as « est arrivé jeudi matin à Kiev ... pour sa première visite » in "
               "gold/guterres-kiev-2025-06-12."),
    event("e-visit", "Visit", "Yoon's visit to Japan, the first bilateral one by a South Korean leader in twelve "
          "years", ("visite", "visite bilatérale"), [("agent", YOON)], place=JAPAN, evidence=LEDE,
          note="« la première visite bilatérale d’un dirigeant sud-coréen au Japon depuis douze ans »: a noun in "
               "apposition that names the trip; « au Japon » the country. The duration is the gap since the last "
               "one, not the visit's time; no other time word belongs to the noun (as in gold/guterres-kiev)."),
    event("e-summit", "Meeting", "Summit of Yoon Suk Yeol and Fumio Kishida in Tokyo", ("sommet", "pour un sommet"),
          [("participant", YOON), ("participant", KISHIDA)], place=TOKYO, time="t-thursday", part_of="e-visit",
          evidence=LEDE,
          note="« pour un sommet avec le Premier ministre japonais »: the purpose of the arrival, which the next "
               "paragraph shows held (the joint press conference): occurred, on the Thursday of the arrival, in "
               "Tokyo. « un sommet « historique » » in the United States' reaction restates it."),
    event("e-departure", "Event", "Yoon leaves Seoul for Tokyo", ("départ", "son départ"), [("agent", YOON)],
          place=SEOUL, evidence=LAUNCH_EVIDENCE,
          note="« avant son départ de Séoul »: a nominal event, the city left is its place (as « quitté Dacca » in "
               "gold). It is on the day of the Thursday arrival, but no time word belongs to it: the phrase that "
               "holds it dates the launch (t-hours-before), not the departure."),
    event("e-launch", "Event", "North Korea fires an intercontinental ballistic missile a few hours before Yoon's "
          "departure", ("avait tiré", None), [("agent", NK), ("theme", MISSILE)], time="t-hours-before",
          according_to=[JCS], evidence=LAUNCH_EVIDENCE,
          note="A pluperfect launch told by the South Korean Joint Chiefs of Staff after the clause. No launch site is "
               "written: no place. « ce tir » (Pyongyang's silence) and « ce lancement » (the spokesman's quote) "
               "restate it."),
    event("e-fall", "Event", "The missile falls into the Sea of Japan", ("tombé", None), [("participant", MISSILE)],
          place=SEA, time="t-hours-before", according_to=[JCS], part_of="e-launch", evidence=LAUNCH_EVIDENCE,
          note="« tombé en mer du Japon »: a participle in apposition to the missile; the sea is the place. It takes "
               "the launch's time (as the splashdown in gold/missile-nord-coreen-tokyo-2024-01)."),
    event("e-work-together", "Event", "South Korea and Japan to work together (Yoon)", ("travaillent", None),
          [("participant", SK), ("participant", JAPAN)], status="proposed", according_to=[YOON],
          note="« La paix et la stabilité de la région exigent que nos deux pays travaillent ensemble »: what Yoon "
               "says is required, a subjunctive: proposed. « nos deux pays » is a plural phrase (no mention); the two "
               "countries are its participants. Peace and stability are states, no events."),
    event("e-agreement", "Agreement", "Yoon and Kishida agree to resume their reciprocal visits",
          ("sont convenus", None), [("participant", YOON), ("participant", KISHIDA)], time="t-thursday",
          place=TOKYO, according_to=[PRESIDENCY], part_of="e-summit",
          note="« Les deux dirigeants sont convenus de reprendre leurs visites réciproques »: reached at the summit "
               "(its Thursday and Tokyo), reported by the South Korean presidency after the clause. An Agreement "
               "event, not one speech act per leader: « convenir » states the result, not a pledge (the camp-david "
               "« se sont engagés » was three Assurances). « Les deux dirigeants » is a plural phrase."),
    event("e-resume-visits", "Visit", "The two leaders to resume their reciprocal visits", ("reprendre", None),
          [("participant", YOON), ("participant", KISHIDA)], status="planned", according_to=[PRESIDENCY],
          note="What the leaders agreed on, still to be done: planned. « leurs visites réciproques » are the "
               "leaders' visits to each other's capital, so the type is Visit; no time is set."),
    event("e-interruption", "Event", "Reciprocal visits between the two countries interrupted since 2011",
          ("interrompues", None), [("participant", SK), ("participant", JAPAN)], time="t-2011",
          according_to=[PRESIDENCY],
          note="« interrompues depuis 2011 »: a passive participle with no agent; the visits of the two countries' "
               "leaders stopped in 2011 and have not resumed. Its time is its start, the year."),
    event("e-restrictions", "Sanction", "Japan's restrictions on some exports to South Korea",
          ("restrictions", None), [("agent", JAPAN), ("recipient", SK)],
          note="« ses restrictions sur certaines exportations vers la Corée du Sud »: restrictions in force, so "
               "occurred (as « l’embargo » in gold/kishida-xi-san-francisco-2023-11-17); South Korea, the "
               "destination of the exports, is the recipient. No time of their own."),
    event("e-lifting", "Event", "Japan will lift its export restrictions on South Korea", ("lèvera", None),
          [("agent", JAPAN)], status="planned",
          note="« Tokyo lèvera par ailleurs ses restrictions »: a future in the article's own voice (a new sentence "
               "after the presidency's report): planned, no according_to. « Tokyo » is Japan."),
    event("e-deterioration", "Event", "Relations between South Korea and Japan had deteriorated",
          ("s’étaient dégradées", None), [("participant", SK), ("participant", JAPAN)],
          note="« Les relations entre les deux voisins s’étaient dégradées après une décision ... »: a pluperfect in "
               "the article's voice; « les deux voisins » is a plural phrase, the two countries are the "
               "participants. After the 2018 ruling, but no time word of its own."),
    event("e-ruling", "Event", "The South Korean Supreme Court ordered Japanese companies in 2018 to compensate former "
          "forced labourers", ("décision", None), [("agent", COURT), ("recipient", COMPANIES)], time="t-2018",
          note="« une décision de la Cour suprême sud-coréenne, qui avait ordonné en 2018 à des entreprises "
               "japonaises »: the noun is the first mention (the trigger) and the relative pluperfect « avait "
               "ordonné » restates it with its year (one event, as « l’assassinat » and « avait été tué » in "
               "gold/choigou-teheran-2024-08-05). The companies ordered are the recipients."),
    event("e-compensation", "Event", "Japanese companies to compensate former forced labourers (ordered)",
          ("indemniser", None), [("agent", COMPANIES), ("recipient", WORKERS)], status="proposed",
          according_to=[COURT],
          note="« d’indemniser d’anciens travailleurs forcés »: ordered, not done: proposed (as « exigé le retour » in "
               "gold/coup-niger-2023-07-27). The forced labour itself has no trigger of its own (« travailleurs "
               "forcés » names the victims): no event."),
    event("e-proposal", "Proposal", "Seoul proposes on 6 March that a public foundation pay the compensation",
          ("a proposé", None), [("agent", SK), ("theme", FOUNDATION)], time="t-march-6",
          note="« Le 6 mars, Séoul a proposé qu’une fondation publique verse elle-même ces indemnisations »: a "
               "proposal by a metonym, an event (as « Moscou a proposé à Pyongyang » in the bundled article); the "
               "foundation that would pay is its theme, as the cosmonaut who would fly is in the bundled article's "
               "proposal. No addressee is written."),
    event("e-foundation-payment", "Event", "A public foundation to pay the compensation itself",
          ("verse", None), [("agent", FOUNDATION), ("recipient", WORKERS)], status="proposed", according_to=[SK],
          note="The content of Seoul's proposal, a subjunctive: proposed. « elle-même » (the foundation) stresses "
               "that it pays instead of the companies; « ces indemnisations » are the compensations the court "
               "ordered (the money, no entity), the former labourers their receivers."),
    event("e-riposte", "Event", "North Korea's « crushing » riposte to the South Korean–US exercises (promised)",
          ("riposte", None), [("agent", NK), ("recipient", SK), ("recipient", US)], status="planned",
          according_to=[KCNA], evidence=KCNA_EVIDENCE,
          note="« avait promis mardi une riposte « écrasante » aux manœuvres militaires »: a promise, planned (as « a "
               "promis de « punir sévèrement » » in gold/choigou-teheran-2024-08-05); the two states that hold the "
               "exercises are its targets. The agency speaks for the regime (« Son agence »), so North Korea is the "
               "agent."),
    event("e-exercises", "Event", "South Korea and the United States hold military exercises since Monday",
          ("manœuvres", None), [("agent", SK), ("agent", US)], time="t-since-monday", evidence=KCNA_EVIDENCE,
          note="« aux manœuvres militaires que mènent depuis lundi Séoul et Washington »: a relative present with the "
               "two metonyms as postposed subjects, in the article's voice; going on (occurred), its time the start."),
    event("e-sacrifice", "Event", "Yoon sacrificed the forced-labour victims (Lee's accusation)",
          ("sacrifié", None), [("agent", YOON), ("recipient", WORKERS)], status="suspected", according_to=[LEE],
          note="« a accusé le président d’avoir « sacrifié les victimes » »: an accusation, suspected (as « accusant "
               "Washington de préparer » in gold); « le président » is Yoon, « les victimes » the former labourers."),
    event("e-refusal", "Event", "Some former forced labourers reportedly refuse the foundation's money",
          ("refuseraient", None), [("agent", REFUSING), ("theme", FOUNDATION)], status="hypothetical",
          according_to=[LAWYERS],
          note="« Selon leurs avocats, plusieurs anciens travailleurs forcés refuseraient l’argent de la fondation »: "
               "the conditional of unconfirmed news: hypothetical (as « serait déjà déployée » in "
               "gold/nord-coree-salve-2024-11). « l’argent de la fondation » is no entity; the foundation whose money "
               "is refused is the theme."),
    event("e-dinner", "Banquet", "Yoon and Kishida were to dine together on Thursday evening", ("dîner", None),
          [("participant", YOON), ("participant", KISHIDA)], status="planned", place=TOKYO,
          time="t-thursday-evening-dinner", part_of="e-visit", evidence=("MM. Yoon", "jeudi soir."),
          note="« MM. Yoon et Kishida devaient dîner ensemble jeudi soir »: planned in the past tense (as « devait "
               "aussi rencontrer » in gold/choigou-teheran-2024-08-05); a dinner is a Banquet. In Tokyo, during the "
               "visit (not written in the sentence). The evidence is given as a range so that it starts at « MM. », "
               "which is not a sentence end."),
    event("e-business-meeting", "Meeting", "Yoon will meet Japanese business leaders on Friday",
          ("rencontrera", None), [("participant", YOON), ("participant", BUSINESS)], status="planned", place=TOKYO,
          time="t-friday", part_of="e-visit",
          note="« Le dirigeant sud-coréen rencontrera vendredi des chefs d’entreprise japonais »: a future, planned; "
               "in Tokyo, before he leaves (implied)."),
    event("e-return", "Event", "Yoon to return to Seoul after the Friday meeting", ("regagner", None),
          [("agent", YOON)], status="planned", place=SEOUL,
          note="« avant de regagner Séoul »: planned with the meeting; « Séoul » is the city (Q8684). No time word of "
               "its own (after Friday)."),
    event("e-invitation", "Invitation", "Yoon might invite Kishida to South Korea in the coming months",
          ("inviter", None), [("agent", YOON), ("recipient", KISHIDA)], status="hypothetical", place=SK,
          time="t-coming-months", according_to=[YONHAP],
          note="« Il pourrait inviter son hôte en Corée du Sud dans les prochains mois, selon l’agence Yonhap »: "
               "conditional, hypothetical; the country he would be invited to is the place (the destination, as « a "
               "dépêché à Niamey » in gold/coup-niger-2023-07-27). « son hôte » is Kishida."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-jcs", "Report", "The South Korean Joint Chiefs of Staff announce the ICBM launch", JCS,
           ("a annoncé", None), [], evidence=LAUNCH_EVIDENCE, about=["e-launch", "e-fall"],
           note="« a annoncé l’état-major sud-coréen »: a source after the clause; no time of its own."),
    speech("s-yoon-peace", "Statement", "Yoon: peace and stability in the region require the two countries to work "
           "together", YOON, ("a déclaré", None),
           [("La paix et la stabilité de la région exigent que nos deux pays travaillent ensemble", None)],
           time="t-thursday", place=TOKYO, about=["e-work-together"],
           note="A quote first, « a déclaré M. Yoon lors d’une conférence de presse commune »: the joint press "
                "conference is the occasion, part of the summit, so it takes the summit's Thursday and Tokyo and is no "
                "event of its own (as in gold/camp-david-trilaterale-2023-08-18)."),
    speech("s-presidency", "Report", "The South Korean presidency reports the agreement to resume visits", PRESIDENCY,
           ("a précisé", None), [], about=["e-agreement", "e-resume-visits", "e-interruption"],
           note="« a précisé la présidence sud-coréenne »: a source after the clause; no weekday of its own."),
    speech("s-kishida-step", "Statement", "Kishida: Seoul's plan is a step toward healthy relations", KISHIDA,
           ("a estimé", None), [("C’est un pas", None), ("vers des relations saines.", None)],
           evidence=KISHIDA_EVIDENCE, about=["e-proposal", "e-foundation-payment"],
           note="One sentence quoted in two parts around « a estimé le chef du gouvernement japonais, »: one speech "
                "act, two quotes, the second keeping its full stop. « C’ » is Seoul's proposal of the sentence "
                "before. No occasion or weekday is written: no time, no place."),
    speech("s-no-apology", "Statement", "Kishida makes no new apology", KISHIDA, ("excuse", None), [],
           status="negated",
           note="« Il n’a toutefois présenté aucune nouvelle excuse »: a negated speech act by its noun (as « n’a fait "
                "aucune déclaration » in gold/choigou-teheran-2024-08-05); « Il » is Kishida."),
    speech("s-nk-no-comment", "SpeechAct", "Pyongyang had not commented on the launch by Thursday evening", NK,
           ("commenté", None), [], status="negated", time="t-thursday-evening-comment", about=["e-launch"],
           note="« Pyongyang n’avait pas commenté ce tir jeudi soir »: a negated speech act of the state (a metonym), "
                "as « Aucune réaction n’était venue du Nord vendredi soir » in gold; « ce tir » restates the launch."),
    speech("s-kcna-promise", "Warning", "KCNA promised on Tuesday a « crushing » riposte to the exercises", KCNA,
           ("avait promis", None), [("écrasante", None)], time="t-tuesday", evidence=KCNA_EVIDENCE,
           about=["e-riposte", "e-exercises"],
           note="« Son agence officielle KCNA avait promis mardi une riposte « écrasante » »: the agency's own "
                "words, so it is the speaker (as in the bundled article); a promise of retaliation is a "
                "Warning (as Tehran's « a promis de « punir sévèrement » » in gold). No addressee is written."),
    speech("s-us-hail", "Statement", "The United States hail a « historic » summit between their two main allies", US,
           ("ont salué", None), [("historique", None)], about=["e-summit"],
           note="« Les États-Unis ont salué un sommet « historique » entre leurs deux principaux alliés »: the country "
                "by its name; « un sommet » restates the Tokyo summit; « leurs deux principaux alliés » is a plural "
                "phrase. No time."),
    speech("s-state-dept", "Statement", "A State Department spokesman condemns the launch, which threatens the whole "
           "region", SPOKESMAN, ("a ajouté", None),
           [("Nous condamnons fermement ce lancement", None), ("qui menace toute la région.", None)],
           evidence=SPOKESMAN_EVIDENCE, about=["e-launch"],
           note="One sentence quoted in two parts around « a ajouté un porte-parole du département d’État, »; the "
                "second part is a relative clause on « ce lancement » and keeps its full stop. « Nous » is the United "
                "States (the paragraph's subject, which « a ajouté » continues). « ce lancement » is the launch."),
    speech("s-opposition", "Statement", "The South Korean opposition denounces a « humiliating diplomacy »",
           OPPOSITION, ("a dénoncé", None), [("diplomatie humiliante", None)], place=SK,
           about=["e-summit", "e-proposal"],
           note="« En Corée du Sud, l’opposition a dénoncé une « diplomatie humiliante » »: a fronted country is the "
                "place of the speech act (as « À Séoul » in gold/ishiba-premier-ministre-2024-10-01). The diplomacy is "
                "Yoon's policy toward Japan (the summit, the foundation plan): no new event."),
    speech("s-lee-accusation", "Statement", "Lee Jae-myung accuses Yoon of having « sacrificed the victims »", LEE,
           ("a accusé", None), [("sacrifié les victimes", None)], addressee=YOON, about=["e-sacrifice"],
           note="« Le chef du Parti démocrate, Lee Jae-myung, a accusé le président d’avoir « sacrifié les "
                "victimes » »: a role noun holding the party's name and the name in apposition; the accused "
                "is the addressee (as in gold's accusations). The fronted « En Corée du Sud » belongs to the sentence "
                "before: no place."),
    speech("s-lawyers", "Report", "Their lawyers say some former forced labourers refuse the foundation's money",
           LAWYERS, ("Selon", None), [], about=["e-refusal"],
           note="« Selon leurs avocats »: a source before the clause; « leurs » looks forward to the labourers."),
    speech("s-yonhap", "Report", "Yonhap: Yoon might invite Kishida to South Korea", YONHAP, ("selon", None), [],
           about=["e-invitation"],
           note="« selon l’agence Yonhap »: a source after the clause; the title before the name is part of its "
                "phrase."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
