"""Held-out annotation of legislatives-coree-du-sud-2024-04.txt (written for the eleventh held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/legislatives-coree-du-sud-2024-04.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/legislatives-coree-du-sud-2024-04.annotation.src.py --check

Held-out set 11: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "legislatives-coree-du-sud-2024-04.txt"

PUBLISHED_INFERRED = {
    "value": "2024-04-11", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives April 2024. The results were « publiés jeudi », Han Dong-hoon « a annoncé jeudi matin » "
             "his resignation and the North Korean media « n’avaient toujours pas évoqué le scrutin » « Jeudi soir » "
             "(all past), while the PPP lawmakers « doivent se réunir vendredi » (future): the article appeared on "
             "Thursday 11 April 2024, the day after the Wednesday vote (« élections législatives de mercredi », "
             "10 April 2024)."),
}

NOTE = """\
Held-out-11 article 2: the opposition wins South Korea's legislative elections, published in April 2024 (the file \
gives the month; the day, Thursday 11 April, comes from past « jeudi », « jeudi matin », « Jeudi soir » and a \
future « vendredi »: see PUBLISHED_INFERRED). It has several unlinked people and organisations beside linked \
ones. What it exercises: a victory at an election dated by its weekday (« aux élections législatives de \
mercredi ») with a participle of consequence (« infligeant un sérieux revers au président Yoon Suk Yeol ») sourced \
to results « publiés jeudi par la Commission électorale nationale » (a document speaking for its author: a Report \
of the commission, trigger « selon »); a seat count for a party and its allies (an event, part of the vote; the \
PPP's 108 seats have no verb: no event) and a turnout with a record « depuis 1992 » (a figure: no event; the year \
is attached to nothing); a quote first with « a lancé M. Lee devant ses partisans à Séoul » and a participle with \
its own quote (two speech acts; the voters' sanction suspected, an opinion); a description for Lee (« L’ancien \
candidat à la présidentielle ») with a passive proceeding and a suspected corruption denied in a relative clause \
(« ce qu’il dément »); a resignation announced « jeudi matin » and a quote with « a-t-il reconnu »; resignations \
of a person and a group with « eux aussi » and « la leur », sourced to Yonhap; a quote whose speaker is relayed by \
his chief of staff (« « acceptera humblement ... », a fait savoir son directeur de cabinet »: the president's \
Statement with the trigger inside the quote, the chief of staff in according_to and a Report of his, as « est « \
très préoccupé », a fait savoir son porte-parole » in benchmarks/gold); « jusqu’en 2027 » (a mandate, no \
trigger: attached to nothing); a negated adoption and hypothetical inquiries; a planned meeting « vendredi » \
with a planned designation; « À Tokyo » a wish with a quote (the continuation proposed) and a rapprochement « \
engagé l’an dernier » (2023); a negated report without a speaker's name (« les médias officiels nord-coréens \
n’avaient toujours pas évoqué le scrutin », « Jeudi soir »); a launch « la semaine dernière » (1 to 7 April \
2024: the month) condemned by three metonyms (three speech acts, one trigger). « Séoul » is the city where Lee \
speaks (Q8684) and South Korea in « à Séoul » after « configuration politique » and as a condemning state \
(Q884); « Tokyo » is the city where Hayashi speaks (Q1490) and Japan as a condemning state (Q17). « président » \
inside « plusieurs proches conseillers du président » is Yoon (a plain description, not a title); « gouvernement \
» inside Hayashi's title is not a mention (no name), « du gouvernement » in Lee's sentence is the South Korean \
government (local). Not mentions: « eux » (Han Duck-soo and the advisers at once), « la leur », « les deux \
voisins », « cette défaite » and « le scrutin » (events), « un scrutin législatif » (generic), « ses réformes ». \
Yoon, Lee Jae-myung, the Democratic Party and its allies, the PPP and its lawmakers, the National Assembly, the \
electoral commission, Han Dong-hoon, Han Duck-soo, the presidential advisers, Lee Kwan-sup, Yonhap, Hayashi, the \
North Korean state media, the opposition, the voters and the missile are not in ids.tsv: local, unlinked."""

SK, NK, JAPAN, US, SEOUL, TOKYO = "Q884", "Q423", "Q17", "Q30", "Q8684", "Q1490"
OPPOSITION, YOON, NEC, DP = "local:south-korean-opposition", "local:yoon-suk-yeol", \
    "local:national-election-commission", "local:democratic-party-korea"
LEE, DP_ALLIES, ASSEMBLY, PPP = "local:lee-jae-myung", "local:democratic-party-allies", \
    "local:national-assembly-korea", "local:people-power-party"
SUPPORTERS, VOTERS, SK_GOV, HAN_DH = "local:lee-supporters", "local:south-korean-voters", \
    "local:south-korean-government", "local:han-dong-hoon"
HAN_DS, ADVISERS, YONHAP, LEE_KS = "local:han-duck-soo", "local:yoon-advisers", "local:yonhap", \
    "local:lee-kwan-sup"
ENTOURAGE, PPP_MPS, INTERIM, HAYASHI = "local:yoon-entourage", "local:ppp-lawmakers", \
    "local:ppp-interim-leadership", "local:yoshimasa-hayashi"
NK_MEDIA, MISSILE = "local:north-korean-state-media", "local:north-korean-hypersonic-missile"
PROSECUTORS = "local:south-korean-prosecutors"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (OPPOSITION, "l’opposition sud-coréenne", "South Korean opposition", "group",
     {"unlinked_reason": "a group of parties, not one Wikidata item"}),
    (YOON, "Yoon Suk Yeol", "Yoon Suk Yeol", "person",
     {"description": "président de la Corée du Sud", "unlinked_reason": NOT_VERIFIED}),
    (NEC, "Commission électorale nationale", "National Election Commission (South Korea)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (DP, "Parti démocrate", "Democratic Party of Korea", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (LEE, "Lee Jae-myung", "Lee Jae-myung", "person",
     {"description": "chef du Parti démocrate", "unlinked_reason": NOT_VERIFIED}),
    (DP_ALLIES, "alliés du Parti démocrate", "allies of the Democratic Party", "group",
     {"unlinked_reason": "an unnamed group of parties, not one Wikidata item"}),
    (ASSEMBLY, "Assemblée nationale", "National Assembly (South Korea)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PPP, "Parti du pouvoir au peuple", "People Power Party", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SUPPORTERS, "partisans de Lee Jae-myung", "Lee Jae-myung's supporters", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (VOTERS, "les électeurs sud-coréens", "South Korean voters", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (SK_GOV, "gouvernement sud-coréen", "Government of South Korea", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (HAN_DH, "Han Dong-hoon", "Han Dong-hoon", "person",
     {"description": "chef du Parti du pouvoir au peuple", "unlinked_reason": NOT_VERIFIED}),
    (HAN_DS, "Han Duck-soo", "Han Duck-soo", "person",
     {"description": "Premier ministre sud-coréen", "unlinked_reason": NOT_VERIFIED}),
    (ADVISERS, "proches conseillers du président Yoon", "President Yoon's close advisers", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization", {"class_qid": "Q192283",
                                                              "unlinked_reason": NOT_VERIFIED}),
    (LEE_KS, "Lee Kwan-sup", "Lee Kwan-sup", "person",
     {"description": "directeur de cabinet du président Yoon", "unlinked_reason": NOT_VERIFIED}),
    (ENTOURAGE, "entourage du président Yoon", "President Yoon's entourage", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (PPP_MPS, "élus du Parti du pouvoir au peuple", "People Power Party lawmakers", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (INTERIM, "direction provisoire du PPP", "interim leadership of the People Power Party", "organization",
     {"unlinked_reason": "not yet designated; no Wikidata item"}),
    (HAYASHI, "Yoshimasa Hayashi", "Yoshimasa Hayashi", "person",
     {"description": "porte-parole du gouvernement japonais", "unlinked_reason": NOT_VERIFIED}),
    (NK_MEDIA, "médias officiels nord-coréens", "North Korean state media", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (MISSILE, "missile hypersonique nord-coréen", "North Korean hypersonic missile", "object",
     {"unlinked_reason": "one unnamed missile, no Wikidata item"}),
    (PROSECUTORS, "parquet sud-coréen", "South Korean prosecutors", "organization",
     {"description": "implied by « procédures judiciaires »; not written, so no mention",
      "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("L’opposition sud-coréenne", None, OPPOSITION, "nominal"),
    ("Yoon Suk Yeol", None, YOON, "name"),
    ("Commission électorale nationale", None, NEC, "name"),
    # Le Parti démocrate de Lee Jae-myung et ses alliés ont obtenu ...
    ("Parti démocrate", None, DP, "name"),
    ("Lee Jae-myung", None, LEE, "name"),
    ("ses alliés", None, DP_ALLIES, "nominal"),
    ("Assemblée nationale", None, ASSEMBLY, "name"),
    ("Parti du pouvoir au peuple", None, PPP, "name"),
    ("PPP", 1, PPP, "name"),
    ("la formation présidentielle", None, PPP, "nominal"),
    # « C’est la victoire du peuple », a lancé M. Lee devant ses partisans à Séoul, ...
    ("Lee", "M. Lee devant", LEE, "name"),
    ("ses partisans", None, SUPPORTERS, "nominal"),
    ("Séoul", "partisans à Séoul", SEOUL, "name"),
    ("les électeurs", None, VOTERS, "nominal"),
    ("gouvernement", "l’échec » du gouvernement", SK_GOV, "nominal"),
    ("L’ancien candidat à la présidentielle", None, LEE, "nominal"),
    ("il", "ce qu’il dément", LEE, "pronoun"),
    # Le chef du PPP, Han Dong-hoon, a annoncé jeudi matin sa démission. ...
    ("Le chef du PPP", None, HAN_DH, "nominal"),
    ("PPP", "Le chef du PPP", PPP, "name"),
    ("Han Dong-hoon", None, HAN_DH, "name"),
    ("il", "a-t-il reconnu", HAN_DH, "pronoun"),
    ("Le Premier ministre", None, HAN_DS, "nominal"),
    ("Han Duck-soo", None, HAN_DS, "name"),
    ("plusieurs proches conseillers du président", None, ADVISERS, "nominal"),
    ("président", "conseillers du président", YOON, "nominal"),
    ("Yonhap", None, YONHAP, "name"),
    # Le chef de l’État ... « acceptera humblement ... », a fait savoir son directeur de cabinet, Lee Kwan-sup.
    ("Le chef de l’État", None, YOON, "nominal"),
    ("son directeur de cabinet", None, LEE_KS, "nominal"),
    ("Lee Kwan-sup", None, LEE_KS, "name"),
    ("Yoon", "M. Yoon", YOON, "name"),
    ("l’opposition", "sans l’opposition", OPPOSITION, "nominal"),
    ("son entourage", None, ENTOURAGE, "nominal"),
    ("Les élus du PPP", None, PPP_MPS, "nominal"),
    ("PPP", "Les élus du PPP", PPP, "name"),
    ("une direction provisoire", None, INTERIM, "nominal"),
    # À Tokyo, Yoshimasa Hayashi, porte-parole du gouvernement, a souhaité ...
    ("Tokyo", "À Tokyo", TOKYO, "name"),
    ("Yoshimasa Hayashi", None, HAYASHI, "name"),
    ("porte-parole du gouvernement", None, HAYASHI, "nominal"),
    ("Séoul", "» à Séoul", SK, "metonym"),
    # Jeudi soir, les médias officiels nord-coréens ... La Corée du Nord a tiré ...
    ("les médias officiels nord-coréens", None, NK_MEDIA, "nominal"),
    ("Corée du Nord", None, NK, "name"),
    ("un nouveau missile hypersonique", None, MISSILE, "nominal"),
    ("Séoul", "condamné par Séoul", SK, "metonym"),
    ("Washington", None, US, "metonym"),
    ("Tokyo", "Washington et Tokyo", JAPAN, "metonym"),
]

PUB_DAY = "The publication day, Thursday 11 April 2024 (inferred: see PUBLISHED_INFERRED)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-04-10", "day", "weekday-past",
     "« aux élections législatives de mercredi »: the Wednesday before the publication day: 10 April 2024."),
    ("t-thursday", ("jeudi", "publiés jeudi"), "2024-04-11", "day", "weekday-publication-day",
     "« les résultats définitifs publiés jeudi »: " + PUB_DAY),
    ("t-1992", ("depuis 1992", None), "1992", "year", "explicit-year",
     "« un record ... depuis 1992 »: a year (the start); the turnout is a figure, so it is attached to nothing."),
    ("t-thursday-morning", ("jeudi matin", None), "2024-04-11", "day", "part-of-day",
     "The morning of the publication day. " + PUB_DAY),
    ("t-2027", ("jusqu’en 2027", None), "2027", "year", "explicit-year",
     "« dont le mandat court jusqu’en 2027 »: the end of a mandate, no trigger word: attached to nothing."),
    ("t-friday", ("vendredi", None), "2024-04-12", "day", "weekday-future",
     "Future « doivent se réunir vendredi »: the Friday after the publication day: 12 April 2024."),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past",
     "« engagé l’an dernier » written in 2024: 2023."),
    ("t-thursday-evening", ("Jeudi soir", None), "2024-04-11", "day", "part-of-day",
     "The evening of the publication day. " + PUB_DAY),
    ("t-last-week", ("la semaine dernière", None), "2024-04", "month", "relative-week-past",
     "The week before Thursday 11 April 2024 (1 to 7 April) lies inside April: the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-election", "Event", "South Korea's legislative elections", ("élections législatives", None),
          [("participant", VOTERS)], place=SK, time="t-wednesday",
          note="« aux élections législatives de mercredi »: the voters (« les électeurs », later) take part; South "
               "Korea, not named in the sentence, is the place. « le scrutin » (twice) restates it."),
    event("e-victory", "Event", "The opposition wins a large victory", ("a remporté", None),
          [("agent", OPPOSITION)], time="t-wednesday", according_to=[NEC], part_of="e-election"),
    event("e-setback", "Event", "A serious setback for President Yoon", ("infligeant", None),
          [("agent", OPPOSITION), ("recipient", YOON)], time="t-wednesday", part_of="e-election",
          note="A participle of consequence, as « tuant » in benchmarks/gold; « Cette défaite » (Han Dong-hoon's "
               "quote) is the PPP's side of the same result, not a new event."),
    event("e-seats", "Event", "The Democratic Party and its allies win 192 of the 300 seats", ("ont obtenu", None),
          [("agent", DP), ("agent", DP_ALLIES), ("theme", ASSEMBLY)], time="t-wednesday", according_to=[NEC],
          part_of="e-election",
          note="A vote result for a party and its allies, as « ont recueilli » in benchmarks/gold. « contre 108 pour "
               "le Parti du pouvoir au peuple » has no verb: no event of its own."),
    event("e-voters-sanction", "Event", "The voters punished the government's « failure » (Lee's opinion)",
          ("avaient sanctionné", None), [("agent", VOTERS), ("recipient", SK_GOV)], status="suspected",
          according_to=[LEE], note="An opinion of the winner: suspected."),
    event("e-proceedings", "Event", "Legal proceedings against Lee Jae-myung", ("procédures judiciaires", None),
          [("recipient", LEE)], note="« visé par plusieurs procédures judiciaires »: no prosecutor written."),
    event("e-corruption", "Event", "Corruption by Lee Jae-myung (alleged)", ("corruption", None), [("agent", LEE)],
          status="suspected", according_to=[PROSECUTORS],
          note="The charge of the proceedings, which he denies. Only those who bring the proceedings can suspect "
               "him: the prosecutors, implied (as China for « soupçonné d’espionnage » in benchmarks/gold)."),
    event("e-han-resignation", "Event", "Han Dong-hoon resigns as PPP leader", ("démission", None),
          [("agent", HAN_DH)], time="t-thursday-morning"),
    event("e-pm-resignation", "Event", "Prime Minister Han Duck-soo and several close presidential advisers tender "
          "their resignations", ("remis", None), [("agent", HAN_DS), ("agent", ADVISERS)], according_to=[YONHAP],
          note="« ont eux aussi remis la leur »: no weekday of its own, so no time."),
    event("e-reforms", "Event", "Yoon can no longer pass his reforms without the opposition", ("faire adopter", None),
          [("agent", YOON)], status="negated",
          note="« ne pourra plus faire adopter ses réformes sans l’opposition »: the article's own reading."),
    event("e-inquiries", "Event", "The opposition could launch parliamentary inquiries into Yoon's entourage",
          ("lancer", None), [("agent", OPPOSITION), ("recipient", ENTOURAGE)], status="hypothetical"),
    event("e-ppp-meeting", "Meeting", "PPP lawmakers to meet on Friday", ("se réunir", None),
          [("participant", PPP_MPS)], status="planned", time="t-friday"),
    event("e-interim-leadership", "Event", "PPP lawmakers to designate an interim leadership", ("désigner", None),
          [("agent", PPP_MPS), ("theme", INTERIM)], status="planned", time="t-friday", part_of="e-ppp-meeting"),
    event("e-rapprochement", "Event", "The rapprochement between Japan and South Korea begun last year",
          ("rapprochement", None), [("participant", JAPAN), ("participant", SK)], time="t-last-year",
          note="« engagé l’an dernier entre les deux voisins »: the two neighbours (a plural phrase, not a mention) "
               "are Japan and South Korea."),
    event("e-rapprochement-continues", "Event", "The rapprochement to continue whatever the political configuration",
          ("se poursuive", None), [("participant", JAPAN), ("participant", SK)], status="proposed",
          according_to=[HAYASHI], note="What Hayashi wishes for: proposed."),
    event("e-launch", "Event", "North Korea fires a new hypersonic missile", ("a tiré", None),
          [("agent", NK), ("theme", MISSILE)], time="t-last-week",
          note="« un lancement » restates it."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-nec", "Report", "Final results published by the National Election Commission", NEC,
           ("selon", "selon les résultats"), [], time="t-thursday",
           about=["e-election", "e-victory", "e-seats"],
           note="A document speaks for its author, as « selon un décret » in benchmarks/gold."),
    speech("s-lee-victory", "Statement", "Lee Jae-myung: « It is the people's victory »", LEE, ("a lancé", None),
           [("C’est la victoire du peuple", None)], addressee=SUPPORTERS, place=SEOUL, about=["e-victory"],
           note="No word dates it: no time."),
    speech("s-lee-sanction", "Statement", "Lee: the voters punished the government's « failure »", LEE,
           ("estimant", None), [("l’échec", None)], place=SEOUL, about=["e-voters-sanction"],
           note="A participle with its own guillemets: a second speech act."),
    speech("s-lee-denial", "Statement", "Lee denies the corruption charges", LEE, ("dément", None), [],
           about=["e-corruption"]),
    speech("s-han-announces", "Statement", "Han Dong-hoon announces his resignation", HAN_DH, ("a annoncé", None), [],
           time="t-thursday-morning", about=["e-han-resignation"]),
    speech("s-han-defeat", "Statement", "Han Dong-hoon: « This defeat is mine »", HAN_DH, ("reconnu", None),
           [("Cette défaite est la mienne", None)], time="t-thursday-morning", about=["e-setback"],
           note="No weekday of its own: the occasion of the announcement it follows."),
    speech("s-yonhap", "Report", "Yonhap reports the resignations of the prime minister and advisers", YONHAP,
           ("a rapporté", None), [], about=["e-pm-resignation"]),
    speech("s-yoon-accepts", "Statement", "Yoon « will humbly accept the will of the people »", YOON,
           ("acceptera", None), [("acceptera humblement la volonté du peuple", None)], according_to=[LEE_KS],
           about=["e-election"],
           note="The president's words relayed by his chief of staff; the trigger lies inside the quote, as « très "
                "préoccupé » in benchmarks/gold."),
    speech("s-lee-kwan-sup", "Report", "Yoon's chief of staff relays his words", LEE_KS, ("a fait savoir", None), [],
           about=["s-yoon-accepts"]),
    speech("s-hayashi", "Statement", "Hayashi wishes the rapprochement to continue", HAYASHI, ("a souhaité", None),
           [("quelle que soit la configuration politique", None)], place=TOKYO,
           about=["e-rapprochement", "e-rapprochement-continues"]),
    speech("s-nk-media-silent", "Report", "North Korean state media had not mentioned the vote by Thursday evening",
           NK_MEDIA, ("évoqué", None), [], status="negated", time="t-thursday-evening", about=["e-election"],
           note="A negated Report, as « KCNA n’avait fait état d’aucune réaction » in benchmarks/gold."),
    speech("s-seoul-condemns", "Statement", "Seoul condemns the launch", SK, ("condamné", None), [],
           about=["e-launch"], note="« condamné par Séoul, Washington et Tokyo »: three speech acts, one trigger."),
    speech("s-washington-condemns", "Statement", "Washington condemns the launch", US, ("condamné", None), [],
           about=["e-launch"]),
    speech("s-tokyo-condemns", "Statement", "Tokyo condemns the launch", JAPAN, ("condamné", None), [],
           about=["e-launch"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
