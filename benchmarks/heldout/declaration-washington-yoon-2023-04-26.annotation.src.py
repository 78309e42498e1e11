"""Held-out annotation of declaration-washington-yoon-2023-04-26.txt (written for the twenty-sixth held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/heldout/declaration-washington-yoon-2023-04-26.annotation.src.py
    python tools/annotate_offsets.py benchmarks/heldout/declaration-washington-yoon-2023-04-26.annotation.src.py --check

Held-out set 26: never tune extraction rules on this article (see benchmarks/heldout/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "declaration-washington-yoon-2023-04-26.txt"

NOTE = """\
Held-out-26 article: Joe Biden and his South Korean counterpart Yoon Suk Yeol adopt on Wednesday 26 April 2023 at \
the White House a joint declaration, named the « déclaration de Washington », that strengthens American nuclear \
deterrence for Seoul; Biden announces to the press that a US ballistic-missile submarine will soon call in South \
Korea, a first since 1981, and the two allies are to create a nuclear consultative group; in exchange Seoul gives \
up acquiring its own atomic weapon and reaffirms its attachment to the NPT, an option Yoon had raised in January; \
Biden warns that a North Korean nuclear attack on the United States or its allies would mean the end of any regime \
that tried it, but rules out redeploying on the peninsula the tactical nuclear weapons withdrawn in 1991; Yoon \
hails an « unprecedented » agreement and says South Korea wants peace through strength; Yoon, on the first state \
visit by a South Korean president in twelve years since Monday, is to address Congress on Thursday; Yonhap says \
the submarine could dock at Busan from this summer; the North Korean regime had not commented on Wednesday \
evening, but the day \
before Kim Yo-jong had warned in a KCNA communiqué that the North would answer any deployment of US strategic \
weapons « by force » and accused Seoul of « begging » for Washington's protection; in Beijing Mao Ning reproaches \
Washington on Wednesday for « stoking tensions » in Northeast Asia and adds that one country's security cannot be \
built at the expense of others'; Pyongyang tested its first solid-fuel intercontinental missile on 13 April; Yoon \
is to go to Boston on Friday and back to Seoul on Saturday. Published Wednesday 26 April 2023 (the file gives the \
day). The declaration, the submarine visit, the consultative group, the renunciation, Yoon's January remarks, the \
1991 withdrawal, the Congress speech, the 13 April test and the Boston leg follow the real events loosely; the \
quotes, Yonhap's Busan detail, the timing and wording of Kim Yo-jong's communiqué (really published after the \
visit) and Mao Ning's words are invented or simplified.
What it exercises: two leaders as one subject, one with a role noun and the name in apposition, adopting on the \
publication day at a building a joint declaration with a quoted name after « baptisée » and a present relative \
with the document as agent (« ont adopté mercredi à la Maison Blanche une déclaration commune, baptisée « \
déclaration de Washington », qui renforce la dissuasion nucléaire américaine en faveur de Séoul »: an Agreement, \
the leaders participants, the declaration its theme; the document speaks for its two states, two speech acts with \
the trigger « déclaration », the quote to the first-named leader's state; « Washington » inside the name is no \
mention); a future port call by a thing with a nationality adjective with a vague future and an apposed « une \
première depuis 1981 » (a year attached to nothing), sourced after the clause to a role noun « devant la presse »; \
a near future by a plural subject with no mention (« Les deux alliés vont aussi créer »); « En échange » with a \
metonym renouncing an infinitive (the renunciation occurred, the acquisition negated) joined by « et » to a \
reaffirmation (a Statement with no quote about no event) and a treaty with its acronym in brackets; a pluperfect \
speech act with a month over « cette option » (the option is the negated acquisition); a quote first with a \
hypothetical nuclear attack and a conditional consequence whose subject is a quantified regime (« entraînerait la \
fin de tout régime qui s’y risquerait ») under « a prévenu M. Biden »; a pronoun with « toutefois » between \
auxiliary and participle ruling out an infinitive (« Il a toutefois exclu de redéployer dans la péninsule des armes \
nucléaires tactiques »: negated) and a participle apposition with a year (« retirées en 1991 »: an occurred \
withdrawal, its agent implied); a welcome with a quoted adjective over « un accord » (the adoption restated) and a \
quote first with « Nous » for South Korea under an inverted « a-t-il déclaré »; a relative present visit with « \
depuis lundi » and a duration (« qui effectue depuis lundi la première visite d’État d’un président sud-coréen \
depuis douze ans »: the visit's time is the Monday, its place the United States implied, « un président \
sud-coréen » no mention) over a planned speech on a future weekday before a legislature; a fronted « Selon \
l’agence Yonhap » over a conditional docking in a city with « dès cet été » (2023); a fronted part of the \
publication day over a negated comment by a role noun for the state with « pas encore » (« Mercredi soir, le \
régime nord-coréen n’avait pas encore commenté la déclaration »: « la déclaration » a document, no mention); « La \
veille » with a pluperfect warning by a kinship role noun holding a role noun and a name in apposition, relayed in \
a communiqué « diffusé par l’agence officielle KCNA » (a Report), with a future in the past after « que le Nord » \
and a quoted manner over « tout déploiement » (the response and the deployment hypothetical); « Elle accusait \
aussi Séoul de « mendier » la protection de Washington » (a second speech act with its own guillemets, the same \
communiqué, the begging suspected); « À Pékin » with a role noun holding a ministry and a name in apposition and a \
reproach on the publication day with an elided quoted infinitive (« a reproché mercredi à Washington d’« attiser \
les tensions » en Asie du Nord-Est »: suspected), then a quote first under « a-t-elle ajouté » with no event; a \
metonym testing on an explicit day of the publication year a missile named by a possessive nominal; a planned trip \
on a future weekday to a city and a planned return to a city on the next weekday (« avant de regagner Séoul samedi \
»).
Places and metonyms. « Séoul » is South Korea (Q884, metonym) in the lede (« en faveur de Séoul »), as the subject \
of « renonce » and as the accused of Kim Yo-jong; it is the city (Q8684, name) Yoon returns to. « Pyongyang » is \
North Korea (Q423, metonym) in « Pyongyang a testé »; « le régime nord-coréen » and « le Nord » are North Korea \
(nominal). « Washington » is the United States (Q30, \
metonym) in « la protection de Washington » and « reproché ... à Washington »; inside « déclaration de Washington » \
it only names the document (no mention). « À Pékin » is the city (Q956). « la Maison Blanche » is the building \
(local place, the adoption's place), not the presidency. « en Corée du Sud » is the country as place of the port \
call; « Busan » and « Boston » are cities (local). « la péninsule » is the Korean peninsula (local place, nominal). \
« Asie du Nord-Est » is a local region.
Mentions. Yoon is « son homologue sud-coréen », « Yoon Suk Yeol », « Yoon » (three times, after « M. »), « Le \
dirigeant sud-coréen » and « il » (« a-t-il déclaré »); Biden is « Joe Biden », « le président américain », « \
Biden » (after « M. ») and « Il » (« Il a toutefois exclu »); Kim Yo-jong is « la sœur du dirigeant nord-coréen », \
« Kim Yo-jong » and « Elle », with « dirigeant nord-coréen » inside (Kim Jong-un, Q56226, nominal from the noun \
after the fused « du »); Mao Ning is « la porte-parole du ministère chinois des Affaires étrangères » (with the \
ministry inside, nominal), « Mao Ning » and « elle ». « Un sous-marin américain lanceur d’engins nucléaires » and « \
le sous-marin » are the submarine (local object, the port call's participant); « un groupe consultatif nucléaire » \
the group (local organisation, the creation's theme); « sa propre arme atomique » the weapon South Korea renounces \
(local object, the negated acquisition's theme, as things are annotated when an event takes them as theme, \
specific or not); « traité de non-prolifération » (from the noun after the fused « au ») and « TNP » the NPT; « des \
armes nucléaires tactiques » and « armes stratégiques américaines » (from the noun after « d’ ») two local groups \
of weapons; « Congrès » (a name, without its determiner) the US Congress; « Yonhap » and « KCNA » after their \
titles; « son premier missile intercontinental à combustible solide » the missile tested (local object); « Nous » \
in Yoon's quote South Korea. Not mentions: « Les deux alliés », « leurs alliés » (plural), « tout régime qui s’y \
risquerait » (quantified), « cette option » and « un accord » (they restate an event), « la presse », « un président \
sud-coréen », « un pays », « des autres » (generic), « la dissuasion nucléaire américaine », « la paix », « la \
protection de Washington » and « les tensions » (no entity; « Washington » inside the last-but-one is a mention).
Statuses. The adoption, the strengthening, the renunciation, the 1991 withdrawal, the state visit and the 13 April \
test occurred; the port call, the group's creation, the Congress speech, the Boston trip and the return are planned \
(« fera », « vont créer », « doit »); the nuclear attack and the regime's end (« entraînerait »), the docking at \
Busan (« pourrait »), North Korea's response and the US deployment (« tout déploiement ») are hypothetical; the \
acquisition of a South Korean bomb and the redeployment of tactical weapons (« a exclu ») are negated; the begging \
and the stoking of tensions are suspected (accusation, reproach); the regime's comment is a negated speech act.
Times. « mercredi » (the adoption, and Mao Ning's reproach) is the publication day, Wednesday 26 April 2023, and « \
Mercredi soir » its evening; « La veille » Tuesday 25 April (the eve of that Wednesday, also the eve of \
publication); « depuis lundi » Monday 24 April (the visit's start); « jeudi » Thursday 27, « vendredi » Friday 28 and \
« samedi » Saturday 29 April 2023 (weekday-future); « en janvier » January 2023; « le 13 avril » 13 April 2023; « dès \
cet été » the year 2023 (season-current); « prochainement » vague; « depuis 1981 » and « en 1991 » years; « douze \
ans » a duration attached to nothing. Biden's announcement, warning and ruling-out, Yoon's welcome and quote, \
South Korea's reaffirmation and Yonhap's Report have no weekday or occasion of their own: no time. Kim Yo-jong's \
accusation (« Elle accusait aussi ») and KCNA's communiqué take « La veille »; Mao Ning's added quote takes her \
Wednesday.
Linked: South Korea (Q884), the United States (Q30), North Korea (Q423), Seoul (Q8684), Beijing (Q956), KCNA \
(Q326804), Kim Jong-un (Q56226). Unlinked (not in ids.tsv): Joe Biden, Yoon Suk Yeol, the White House building, the \
Washington declaration, the submarine, the nuclear consultative group, the South Korean bomb, the NPT, the Korean \
peninsula, the tactical nuclear weapons, the US Congress, Yonhap, Busan, Kim Yo-jong, the US strategic weapons, Mao \
Ning, the Chinese foreign ministry, Northeast Asia, the missile and Boston."""

US, SK, NK, SEOUL, BEIJING, KCNA, KIM = "Q30", "Q884", "Q423", "Q8684", "Q956", "Q326804", "Q56226"
BIDEN, YOON, WH_BUILDING, DECLARATION = "local:joe-biden", "local:yoon-suk-yeol", "local:white-house-building", \
    "local:washington-declaration"
SSBN, NCG, SK_BOMB, NPT = "local:us-ssbn", "local:nuclear-consultative-group", "local:south-korean-bomb", \
    "local:npt"
PENINSULA, TACTICAL, CONGRESS, YONHAP = "local:korean-peninsula", "local:us-tactical-nuclear-weapons", \
    "local:us-congress", "local:yonhap"
BUSAN, KIM_YO_JONG, STRATEGIC, MAO = "local:busan", "local:kim-yo-jong", "local:us-strategic-weapons", \
    "local:mao-ning"
CN_MFA, NE_ASIA, ICBM, BOSTON = "local:chinese-foreign-ministry", "local:northeast-asia", "local:solid-fuel-icbm", \
    "local:boston"

DESCRIPTIONS = {SK: "aussi désignée par « Séoul » (métonymie)",
                US: "aussi désignés par « Washington » (métonymie)",
                NK: "aussi désignée par « Pyongyang » (métonymie) et « le Nord »"}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (YOON, "Yoon Suk-yeol", "Yoon Suk Yeol", "person",
     {"description": "président sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (WH_BUILDING, "Maison Blanche", "White House", "place",
     {"description": "la résidence du président des États-Unis, à Washington, lieu de l’adoption de la déclaration",
      "unlinked_reason": NOT_VERIFIED}),
    (DECLARATION, "déclaration de Washington", "Washington Declaration", "object",
     {"description": "déclaration commune américano-sud-coréenne sur la dissuasion nucléaire, adoptée le 26 avril 2023",
      "class_qid": "Q131569", "unlinked_reason": "a document not among the verified identifiers"}),
    (SSBN, "sous-marin américain lanceur d’engins nucléaires", "US ballistic-missile submarine", "object",
     {"description": "le sous-marin nucléaire américain qui doit faire escale en Corée du Sud",
      "unlinked_reason": "a single vessel the article does not name"}),
    (NCG, "groupe consultatif nucléaire", "Nuclear Consultative Group", "organization",
     {"description": "groupe américano-sud-coréen que la déclaration de Washington doit créer",
      "unlinked_reason": NOT_VERIFIED}),
    (SK_BOMB, "arme atomique sud-coréenne", "South Korean atomic weapon", "object",
     {"description": "l’arme nucléaire dont la Corée du Sud renonce à se doter (elle n’existe pas)",
      "unlinked_reason": "a weapon that does not exist, with no Wikidata item"}),
    (NPT, "traité de non-prolifération", "Treaty on the Non-Proliferation of Nuclear Weapons", "other",
     {"description": "traité sur la non-prolifération des armes nucléaires, TNP", "class_qid": "Q131569",
      "unlinked_reason": NOT_VERIFIED}),
    (PENINSULA, "péninsule coréenne", "Korean Peninsula", "place",
     {"description": "« la péninsule »", "unlinked_reason": NOT_VERIFIED}),
    (TACTICAL, "armes nucléaires tactiques américaines", "US tactical nuclear weapons", "group",
     {"description": "armes nucléaires tactiques américaines retirées de la péninsule coréenne en 1991",
      "unlinked_reason": "unnamed weapons, not one Wikidata item"}),
    (CONGRESS, "Congrès des États-Unis", "United States Congress", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"description": "agence de presse sud-coréenne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (BUSAN, "Busan", "Busan", "place",
     {"description": "grand port du sud-est de la Corée du Sud", "class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
    (KIM_YO_JONG, "Kim Yo-jong", "Kim Yo-jong", "person",
     {"description": "sœur de Kim Jong-un, dirigeante nord-coréenne", "unlinked_reason": NOT_VERIFIED}),
    (STRATEGIC, "armes stratégiques américaines", "US strategic weapons", "group",
     {"description": "tout déploiement d’armes stratégiques américaines contre lequel Kim Yo-jong met en garde",
      "unlinked_reason": "unspecified weapons, not one Wikidata item"}),
    (MAO, "Mao Ning", "Mao Ning", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (NE_ASIA, "Asie du Nord-Est", "Northeast Asia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ICBM, "missile intercontinental nord-coréen à combustible solide", "North Korean solid-fuel ICBM", "object",
     {"description": "le premier missile balistique intercontinental à combustible solide de la Corée du Nord, testé "
                     "le 13 avril 2023 (le Hwasong-18, que l’article ne nomme pas)",
      "unlinked_reason": "a single missile the article does not name"}),
    (BOSTON, "Boston", "Boston", "place", {"class_qid": "Q515", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Joe Biden et son homologue sud-coréen, Yoon Suk Yeol, ont adopté mercredi à la Maison Blanche une
    # déclaration commune, baptisée « déclaration de Washington », qui renforce ... en faveur de Séoul.
    ("Joe Biden", None, BIDEN, "name"),
    ("son homologue sud-coréen", None, YOON, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("Maison Blanche", None, WH_BUILDING, "name"),
    ("Séoul", "en faveur de Séoul", SK, "metonym"),
    # Un sous-marin américain lanceur d’engins nucléaires fera prochainement escale en Corée du Sud, ...
    ("Un sous-marin américain lanceur d’engins nucléaires", None, SSBN, "nominal"),
    ("Corée du Sud", None, SK, "name"),
    ("le président américain", None, BIDEN, "nominal"),
    ("un groupe consultatif nucléaire", None, NCG, "nominal"),
    # En échange, Séoul renonce à se doter de sa propre arme atomique et réaffirme son attachement au traité ...
    ("Séoul", "Séoul renonce", SK, "metonym"),
    ("sa propre arme atomique", None, SK_BOMB, "nominal"),
    ("traité de non-prolifération", None, NPT, "name"),
    ("TNP", None, NPT, "name"),
    ("Yoon", "M. Yoon avait", YOON, "name"),
    # « Une attaque nucléaire de la Corée du Nord contre les États-Unis ou leurs alliés ... », a prévenu M. Biden.
    ("Corée du Nord", None, NK, "name"),
    ("États-Unis", None, US, "name"),
    ("Biden", "M. Biden", BIDEN, "name"),
    # Il a toutefois exclu de redéployer dans la péninsule des armes nucléaires tactiques, retirées en 1991.
    ("Il", "Il a toutefois", BIDEN, "pronoun"),
    ("la péninsule", None, PENINSULA, "nominal"),
    ("des armes nucléaires tactiques", None, TACTICAL, "nominal"),
    # Le dirigeant sud-coréen a salué un accord « sans précédent ». « Nous voulons ... », a-t-il déclaré.
    ("Le dirigeant sud-coréen", None, YOON, "nominal"),
    ("Nous", None, SK, "pronoun"),
    ("il", "a-t-il déclaré", YOON, "pronoun"),
    # M. Yoon, qui effectue depuis lundi la première visite d’État ..., doit prononcer jeudi un discours devant le
    # Congrès.
    ("Yoon", "M. Yoon, qui", YOON, "name"),
    ("Congrès", None, CONGRESS, "name"),
    # Selon l’agence Yonhap, le sous-marin pourrait accoster à Busan dès cet été.
    ("Yonhap", None, YONHAP, "name"),
    ("le sous-marin", None, SSBN, "nominal"),
    ("Busan", None, BUSAN, "name"),
    # Mercredi soir, le régime nord-coréen n’avait pas encore commenté la déclaration. La veille, la sœur ...
    ("le régime nord-coréen", None, NK, "nominal"),
    ("la sœur du dirigeant nord-coréen", None, KIM_YO_JONG, "nominal"),
    ("dirigeant nord-coréen", None, KIM, "nominal"),
    ("Kim Yo-jong", None, KIM_YO_JONG, "name"),
    ("KCNA", None, KCNA, "name"),
    ("le Nord", None, NK, "nominal"),
    ("armes stratégiques américaines", None, STRATEGIC, "nominal"),
    # Elle accusait aussi Séoul de « mendier » la protection de Washington.
    ("Elle", "Elle accusait", KIM_YO_JONG, "pronoun"),
    ("Séoul", "accusait aussi Séoul", SK, "metonym"),
    ("Washington", "protection de Washington", US, "metonym"),
    # À Pékin, la porte-parole du ministère chinois des Affaires étrangères, Mao Ning, a reproché mercredi ...
    ("Pékin", None, BEIJING, "name"),
    ("la porte-parole du ministère chinois des Affaires étrangères", None, MAO, "nominal"),
    ("ministère chinois des Affaires étrangères", None, CN_MFA, "nominal"),
    ("Mao Ning", None, MAO, "name"),
    ("Washington", "mercredi à Washington", US, "metonym"),
    ("Asie du Nord-Est", None, NE_ASIA, "name"),
    ("elle", "a-t-elle ajouté", MAO, "pronoun"),
    # Pyongyang a testé le 13 avril son premier missile intercontinental à combustible solide.
    ("Pyongyang", "Pyongyang a testé", NK, "metonym"),
    ("son premier missile intercontinental à combustible solide", None, ICBM, "nominal"),
    # M. Yoon doit se rendre vendredi à Boston, avant de regagner Séoul samedi.
    ("Yoon", "M. Yoon doit", YOON, "name"),
    ("Boston", None, BOSTON, "name"),
    ("Séoul", "regagner Séoul", SEOUL, "name"),
]

PUB_DAY = "The publication day, Wednesday 26 April 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", "adopté mercredi"), "2023-04-26", "day", "weekday-publication-day",
     "« ont adopté mercredi à la Maison Blanche »: " + PUB_DAY),
    ("t-soon", ("prochainement", None), None, "vague", "vague-future",
     "« fera prochainement escale »: soon after publication, as « prochainement » in the bundled article; no value."),
    ("t-1981", ("depuis 1981", None), "1981", "year", "explicit-year",
     "« une première depuis 1981 »: the year of the last such port call, which is no event of the text: attached "
     "to nothing (as « depuis 2017 » in gold)."),
    ("t-january", ("en janvier", None), "2023-01", "month", "month-past",
     "Pluperfect « avait évoqué cette option en janvier », written in April 2023: January 2023."),
    ("t-1991", ("en 1991", None), "1991", "year", "explicit-year", "« retirées en 1991 »: a year written out."),
    ("t-since-monday", ("depuis lundi", None), "2023-04-24", "day", "weekday-past",
     "« qui effectue depuis lundi la première visite d’État »: the Monday before Wednesday 26 April 2023, 24 April "
     "(« depuis X » is annotated as X, the start of the visit under way)."),
    ("t-twelve-years", ("douze ans", None), None, "duration", "explicit-duration",
     "« la première ... depuis douze ans »: the gap since the previous state visit (P12Y); not the time of an "
     "event."),
    ("t-thursday", ("jeudi", None), "2023-04-27", "day", "weekday-future",
     "« doit prononcer jeudi un discours »: the Thursday after the publication day, 27 April 2023."),
    ("t-summer", ("dès cet été", None), "2023", "year", "season-current",
     "« pourrait accoster à Busan dès cet été », written in April 2023: the coming summer, June to September "
     "2023, inside one year: the year (« dès » marks the start)."),
    ("t-wednesday-evening", ("Mercredi soir", None), "2023-04-26", "day", "part-of-day",
     "« Mercredi soir, le régime nord-coréen n’avait pas encore commenté »: the evening of the publication day. "
     + PUB_DAY),
    ("t-eve", ("La veille", None), "2023-04-25", "day", "eve-of-event",
     "« La veille » follows the Wednesday of the sentence before: the eve of Wednesday 26 April, Tuesday 25 April "
     "2023 (here also the eve of publication; the pluperfect « avait averti » agrees)."),
    ("t-wednesday-mao", ("mercredi", "reproché mercredi"), "2023-04-26", "day", "weekday-publication-day",
     "« a reproché mercredi à Washington »: " + PUB_DAY),
    ("t-april-13", ("le 13 avril", None), "2023-04-13", "day", "day-month-publication-year",
     "« Pyongyang a testé le 13 avril »: a past date in the publication year, 13 April 2023."),
    ("t-friday", ("vendredi", None), "2023-04-28", "day", "weekday-future",
     "« doit se rendre vendredi à Boston »: the Friday after the publication day, 28 April 2023."),
    ("t-saturday", ("samedi", None), "2023-04-29", "day", "weekday-future",
     "« avant de regagner Séoul samedi »: the Saturday after the publication day, 29 April 2023."),
]

LEDE = ("Joe Biden et son homologue", "en faveur de Séoul.")

EVENTS: list[dict[str, Any]] = [
    event("e-state-visit", "Visit", "Yoon Suk Yeol's state visit to the United States, under way since Monday",
          ("visite d’État", None), [("agent", YOON)], place=US, time="t-since-monday",
          note="« qui effectue depuis lundi la première visite d’État d’un président sud-coréen depuis douze ans »: a "
               "visit in the present, under way (as « effectue sa deuxième visite » in gold); its start is the "
               "Monday. The country is not written in the sentence: the United States, implied by the lede "
               "(Washington, the White House, Congress). « un président sud-coréen » refers to no one; « douze ans » "
               "is attached to nothing."),
    event("e-adoption", "Agreement", "Joe Biden and Yoon Suk Yeol adopt the Washington Declaration at the White House",
          ("ont adopté", None), [("participant", BIDEN), ("participant", YOON), ("theme", DECLARATION)],
          place=WH_BUILDING, time="t-wednesday", part_of="e-state-visit", evidence=LEDE,
          note="Two leaders as one subject (« Joe Biden et son homologue sud-coréen, Yoon Suk Yeol »): both are "
               "participants, as the two signers in gold/loukachenko-hanoi-2024-12; the declaration is the theme, a "
               "local object with no mention (« déclaration » is the trigger of its two speech acts). « un accord » "
               "in Yoon's welcome restates this adoption (no second event)."),
    event("e-deterrence", "Event", "The declaration strengthens US nuclear deterrence for South Korea",
          ("renforce", None), [("agent", DECLARATION), ("participant", US), ("recipient", SK)], evidence=LEDE,
          note="« qui renforce la dissuasion nucléaire américaine en faveur de Séoul »: a present relative with the "
               "document as agent (as « qui place la Biélorussie sous le parapluie nucléaire russe » in gold); the "
               "United States, whose deterrence it is, is written only as the adjective « américaine » "
               "(participant); « Séoul » (South Korea) benefits (recipient). « la dissuasion nucléaire américaine » "
               "is no entity. Occurred, no time of its own."),
    event("e-ssbn-visit", "Visit", "A US ballistic-missile submarine to call in South Korea soon, a first since 1981",
          ("escale", None), [("agent", US), ("participant", SSBN)], status="planned", place=SK, time="t-soon",
          according_to=[BIDEN],
          note="« fera prochainement escale en Corée du Sud »: a future announced, planned. The submarine is a "
               "thing with a nationality adjective: the United States the agent, the vessel a participant (as « Un "
               "drone russe » in gold/drone-izmail-2024-10-10). « une première depuis 1981 » characterises it "
               "(the year attached to nothing)."),
    event("e-ncg-creation", "Event", "The United States and South Korea to create a nuclear consultative group",
          ("créer", None), [("participant", US), ("participant", SK), ("theme", NCG)], status="planned",
          note="« Les deux alliés vont aussi créer un groupe consultatif nucléaire »: a near future, planned; « Les "
               "deux alliés » is a plural phrase (no mention), the two states are the participants. A new sentence "
               "in the article's own voice after Biden's announcement: no according_to (as the exercises of "
               "gold/camp-david-trilaterale-2023-08-18). « aussi » stands between « vont » and the infinitive."),
    event("e-renounce", "Event", "South Korea renounces acquiring its own atomic weapon", ("renonce", None),
          [("agent", SK)],
          note="« En échange, Séoul renonce à se doter de sa propre arme atomique »: a renunciation in the present, "
               "occurred (as « qui avait renoncé ... à briguer » in gold); « Séoul » is South Korea. No time word of "
               "its own."),
    event("e-own-bomb", "Event", "South Korea acquiring its own atomic weapon (renounced)", ("se doter", None),
          [("agent", SK), ("theme", SK_BOMB)], status="negated",
          note="What Seoul renounces does not happen: negated (as the bid renounced in gold). Raised as an option by "
               "Yoon in January (« cette option », which is no mention: it restates this event)."),
    event("e-nk-attack", "Event", "A North Korean nuclear attack on the United States or its allies",
          ("attaque", "Une attaque nucléaire"), [("agent", NK), ("recipient", US)], status="hypothetical",
          according_to=[BIDEN],
          note="Inside Biden's warning, a case he considers: hypothetical. « leurs alliés » is plural (no mention); "
               "the "
               "United States is the named target."),
    event("e-regime-end", "Event", "The end of any regime that would attack (North Korea's)", ("fin", "la fin de tout"),
          [("participant", NK)], status="hypothetical", according_to=[BIDEN],
          note="« entraînerait la fin de tout régime qui s’y risquerait »: a conditional consequence, hypothetical. « "
               "tout régime qui s’y risquerait » is quantified (no mention, « y » is the attack, an event); the "
               "regime meant is North Korea's, the attacker of the same sentence, so North Korea is the implied "
               "participant."),
    event("e-redeploy", "Event", "The United States redeploying tactical nuclear weapons on the Korean peninsula "
          "(ruled out)", ("redéployer", None), [("agent", US), ("theme", TACTICAL)], status="negated",
          place=PENINSULA, according_to=[BIDEN],
          note="« Il a toutefois exclu de redéployer dans la péninsule des armes nucléaires tactiques »: ruled out, "
               "negated (as « qui a exclu d’envoyer ses propres soldats » in gold). The agent is the United States, "
               "whose president speaks (implied); the weapons are the theme."),
    event("e-withdrawal", "Event", "US tactical nuclear weapons withdrawn from the peninsula in 1991",
          ("retirées", None), [("agent", US), ("theme", TACTICAL)], place=PENINSULA, time="t-1991",
          note="« des armes nucléaires tactiques, retirées en 1991 »: a participle apposition with no agent written; "
               "the United States, whose weapons they were, is implied, and the peninsula of the same sentence is "
               "where they were withdrawn from. Stated as fact, no source."),
    event("e-congress-speech", "Event", "Yoon Suk Yeol to address the US Congress on Thursday", ("prononcer", None),
          [("agent", YOON), ("participant", CONGRESS)], status="planned", time="t-thursday",
          part_of="e-state-visit",
          note="« doit prononcer jeudi un discours devant le Congrès »: planned; a speech as an Event with its "
               "audience as participant (as the speech before the General Assembly in gold). No place is written."),
    event("e-busan-docking", "Visit", "The submarine could dock at Busan from this summer", ("accoster", None),
          [("agent", US), ("participant", SSBN)], status="hypothetical", place=BUSAN, time="t-summer",
          according_to=[YONHAP], part_of="e-ssbn-visit",
          note="« le sous-marin pourrait accoster à Busan dès cet été »: conditional, hypothetical, with a place and a "
               "time the announced call did not have; a second event part of the planned call (as the later, "
               "hypothetical signing in gold/loukachenko-hanoi-2024-12), not a restatement."),
    event("e-nk-response", "Event", "North Korea would respond by force to any deployment of US strategic weapons",
          ("répondrait", None), [("agent", NK)], status="hypothetical", according_to=[KIM_YO_JONG],
          note="« que le Nord répondrait « par la force » à tout déploiement »: a future in the past conditioned on « "
               "tout déploiement » (any deployment, none yet made): hypothetical, as the consequences of a condition "
               "in gold (Bagheri), unlike the answer to leaflets already sent in gold/ballons-coree-du-nord "
               "(planned). « le Nord » is North Korea."),
    event("e-us-deployment", "Event", "A deployment of US strategic weapons (the case of Kim Yo-jong's warning)",
          ("déploiement", None), [("agent", US), ("theme", STRATEGIC)], status="hypothetical",
          according_to=[KIM_YO_JONG],
          note="« tout déploiement d’armes stratégiques américaines »: any deployment, hypothetical; the United States "
               "is the agent through the adjective « américaines »; no place is written."),
    event("e-begging", "Event", "South Korea begging for the protection of the United States (Kim Yo-jong's "
          "accusation)", ("mendier", None), [("agent", SK), ("recipient", US)], status="suspected",
          according_to=[KIM_YO_JONG],
          note="« accusait aussi Séoul de « mendier » la protection de Washington »: an accusation, suspected (as « "
               "accusant Washington de préparer » in gold). « Washington » (the United States) is whom the "
               "protection is begged from: the recipient of the begging; « la protection » is no entity."),
    event("e-stoking", "Event", "The United States stoking tensions in Northeast Asia (Mao Ning's reproach)",
          ("attiser", None), [("agent", US)], status="suspected", place=NE_ASIA, according_to=[MAO],
          note="« a reproché mercredi à Washington d’« attiser les tensions » en Asie du Nord-Est »: a reproach, "
               "suspected (as « a reproché ... de « fermer les yeux » » in gold); « les tensions » is no entity."),
    event("e-icbm-test", "Event", "North Korea tested its first solid-fuel intercontinental missile on 13 April",
          ("a testé", None), [("agent", NK), ("theme", ICBM)], time="t-april-13",
          note="« Pyongyang a testé le 13 avril son premier missile intercontinental à combustible solide »: occurred, "
               "in the article's own voice; « Pyongyang » is North Korea, the missile (possessive nominal) the theme. "
               "No place is written."),
    event("e-boston-trip", "Visit", "Yoon Suk Yeol to go to Boston on Friday", ("se rendre", None),
          [("agent", YOON)], status="planned", place=BOSTON, time="t-friday", part_of="e-state-visit",
          note="« M. Yoon doit se rendre vendredi à Boston »: planned."),
    event("e-return", "Visit", "Yoon Suk Yeol to return to Seoul on Saturday", ("regagner", None), [("agent", YOON)],
          status="planned", place=SEOUL, time="t-saturday",
          note="« avant de regagner Séoul samedi »: planned; « Séoul » is the city (Q8684), as « regagner Séoul » in "
               "gold/camp-david-trilaterale-2023-08-18."),
]

DECLARATION_NOTE = ("« une déclaration commune, baptisée « déclaration de Washington » »: the document speaks for the "
                    "two states whose leaders adopt it (two speech acts, one trigger, as the declarations of "
                    "gold/loukachenko-hanoi-2024-12); its quoted name is its own words, and the one pair of "
                    "guillemets goes to the first-named leader's state (the United States). « Washington » inside "
                    "the name only names the document: no mention. The adoption's Wednesday and the White House.")

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-declaration-us", "Statement", "The Washington Declaration on nuclear deterrence (United States)", US,
           ("déclaration", "déclaration commune"), [("déclaration de Washington", None)], time="t-wednesday",
           place=WH_BUILDING, evidence=LEDE, about=["e-deterrence"], note=DECLARATION_NOTE),
    speech("s-declaration-sk", "Statement", "The Washington Declaration on nuclear deterrence (South Korea)", SK,
           ("déclaration", "déclaration commune"), [], time="t-wednesday", place=WH_BUILDING, evidence=LEDE,
           about=["e-deterrence"]),
    speech("s-biden-announce", "Statement", "Biden announces a US ballistic-missile submarine will call in South "
           "Korea", BIDEN, ("a annoncé", None), [], about=["e-ssbn-visit"],
           note="« a annoncé le président américain devant la presse »: the source after the clause; the press is "
                "generic (no addressee). No weekday or occasion of its own: no time (as « a-t-il assuré devant la "
                "presse » in gold/wang-yi-canberra-2024-03-20)."),
    speech("s-sk-npt", "Statement", "South Korea reaffirms its attachment to the NPT", SK, ("réaffirme", None), [],
           note="« et réaffirme son attachement au traité de non-prolifération (TNP) »: a stance of « Séoul » (the "
                "subject shared with « renonce »), no quote; an attachment is a state, so it is about no event."),
    speech("s-yoon-option", "Statement", "Yoon had raised the option of a South Korean atomic weapon in January",
           YOON, ("avait évoqué", None), [], time="t-january", about=["e-own-bomb"],
           note="« M. Yoon avait évoqué cette option en janvier »: a pluperfect speech act without quote; « cette "
                "option » is the acquisition of the sentence before."),
    speech("s-biden-warning", "Warning", "Biden: a North Korean nuclear attack would mean the end of the regime",
           BIDEN, ("a prévenu", None),
           [("Une attaque nucléaire de la Corée du Nord contre les États-Unis ou leurs alliés est inacceptable et "
             "entraînerait la fin de tout régime qui s’y risquerait", None)],
           about=["e-nk-attack", "e-regime-end"],
           note="A quote first under « a prévenu M. Biden ». North Korea is spoken of in the third person, not "
                "addressed: no addressee. No weekday of its own: no time."),
    speech("s-biden-exclude", "Statement", "Biden rules out redeploying tactical nuclear weapons on the peninsula",
           BIDEN, ("exclu", None), [], about=["e-redeploy"],
           note="« Il a toutefois exclu de redéployer »: « toutefois » stands between the auxiliary and the "
                "participle, so the trigger is the participle alone; « Il » is Biden. The speech act occurred; what "
                "it rules out is negated."),
    speech("s-yoon-welcome", "Statement", "Yoon hails an « unprecedented » agreement", YOON, ("a salué", None),
           [("sans précédent", None)], about=["e-adoption"],
           note="« Le dirigeant sud-coréen a salué un accord « sans précédent » »: « un accord » restates the "
                "declaration's adoption (no mention, no second event). No weekday: no time."),
    speech("s-yoon-peace", "Statement", "Yoon: « We want peace through strength »", YOON, ("a-t-il déclaré", None),
           [("Nous voulons la paix par la force", None)],
           note="A quote first under an inverted « a-t-il déclaré »; « Nous » is South Korea (as « Nous » for a "
                "country in gold); a wish for peace names no event."),
    speech("s-yonhap", "Report", "Yonhap: the submarine could dock at Busan from this summer", YONHAP,
           ("Selon", None), [], about=["e-busan-docking"], note="A fronted source (« Selon l’agence Yonhap »)."),
    speech("s-nk-no-comment", "SpeechAct", "The North Korean regime had not commented on the declaration by "
           "Wednesday evening", NK, ("commenté", None), [], status="negated", time="t-wednesday-evening",
           about=["e-adoption"],
           note="« Mercredi soir, le régime nord-coréen n’avait pas encore commenté la déclaration »: a negated speech "
                "act of North Korea (« le régime nord-coréen », as « le régime biélorusse » is Belarus in gold); « pas "
                "encore » stands between the auxiliary and the participle, so the trigger is the participle alone. "
                "« la déclaration » is the document (no mention): what is not commented is its adoption."),
    speech("s-kcna", "Report", "KCNA carried Kim Yo-jong's communiqué the day before", KCNA, ("diffusé", None), [],
           time="t-eve", about=["s-kim-warning", "s-kim-accusation"],
           note="« dans un communiqué diffusé par l’agence officielle KCNA »: the agency publishes her words, a "
                "Report about them (as in gold/ballons-coree-du-nord-2024-05-29); the communiqué is a document, no "
                "mention. It takes « La veille », the time of the sentence it is set in."),
    speech("s-kim-warning", "Warning", "Kim Yo-jong warned that the North would respond « by force » to any "
           "deployment of US strategic weapons", KIM_YO_JONG, ("avait averti", None), [("par la force",
           "« par la force »")],
           time="t-eve", according_to=[KCNA], about=["e-nk-response", "e-us-deployment"],
           note="A pluperfect under « La veille »; the quoted manner is hers. No addressee is written."),
    speech("s-kim-accusation", "Statement", "Kim Yo-jong accused Seoul of « begging » for Washington's protection",
           KIM_YO_JONG, ("accusait", None), [("mendier", None)], addressee=SK, time="t-eve", according_to=[KCNA],
           about=["e-begging"],
           note="« Elle accusait aussi Séoul de « mendier » la protection de Washington »: a second speech act with "
                "its "
                "own guillemets; « Elle » is Kim Yo-jong and « aussi » continues the communiqué, so it takes its day "
                "(as « Il a aussi mis en garde » takes the speech's day in gold/pezeshkian-onu-2024-09-24). The "
                "accused, Seoul (South Korea), is the addressee, as in gold's accusations."),
    speech("s-mao-reproach", "Statement", "Mao Ning reproaches Washington for « stoking tensions » in Northeast Asia",
           MAO, ("a reproché", None), [("attiser les tensions", None)], addressee=US, time="t-wednesday-mao",
           place=BEIJING, about=["e-stoking"],
           note="« À Pékin » fronted: the city (Q956). « à Washington » (the United States) is the one reproached, the "
                "addressee (as « a reproché ... au secrétaire général » in gold). The elided « d’ » stands outside "
                "the guillemets."),
    speech("s-mao-security", "Statement", "Mao Ning: a country's security cannot be built at the expense of others'",
           MAO, ("a-t-elle ajouté", None),
           [("La sécurité d’un pays ne peut se construire au détriment de celle des autres", None)],
           time="t-wednesday-mao", place=BEIJING,
           note="« a-t-elle ajouté »: the same briefing, its Wednesday and Beijing (as « a ajouté l’agence » in the "
                "bundled article). « un pays » and « des autres » are generic: no mention, no event."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
