"""Held-out annotation of taiwan-election-lai-2024-01-13.txt (written for the eighteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/taiwan-election-lai-2024-01-13.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/taiwan-election-lai-2024-01-13.annotation.src.py --check

From held-out set 18 (moved to gold in session 17; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "taiwan-election-lai-2024-01-13.txt"

NOTE = """\
Held-out-18 article: Lai Ching-te, the Democratic Progressive Party's candidate, wins Taiwan's presidential \
election on Saturday 13 January 2024 with 40 % of the vote, ahead of Hou Yu-ih (Kuomintang) and Ko Wen-je \
(Taiwan People's Party), who concede in the evening; Hou apologises to his supporters in New Taipei; Lai speaks at \
a rally in Taipei, promises to keep the status quo and offers dialogue to Beijing; his inauguration is set for 20 \
May; Chen Binhua, spokesman of the Taiwan Affairs Office, says the result does not reflect mainstream opinion and \
that Beijing will not give up « reunification », the office having called Lai a « warmonger » on Wednesday; \
Washington congratulates him and recalls that it does not support independence, and a delegation of former \
officials is to go to Taipei on Monday; in Tokyo Yōko Kamikawa congratulates him and wishes for a peaceful \
solution but has no plan to talk to him, a diplomat says; China had stepped up its drills around the island, and \
Chinese balloons reportedly flew over the strait on Friday, according to Taiwan's defence ministry. Published \
Saturday 13 January 2024 (the file gives the day). The result, the candidates and the spokesman follow the real \
events loosely; the quotes, the rally, the wording of the Chinese, American and Japanese reactions, the Monday \
delegation, the diplomat, Kamikawa's plans and the Friday balloons are invented or simplified.
What it exercises: a victory on the publication day with a role noun and a party acronym before the name in \
apposition, a participle of consequence (« offrant à sa formation un troisième mandat consécutif »), a nominal \
warning by a metonym (« malgré les mises en garde de Pékin ») and a source after the clause (« selon les résultats \
de la commission électorale centrale »); a vote share with two rivals named after « devant », each with his party \
(no verb of their own: no event); a joint concession by a plural phrase in the evening (« Ses deux rivaux ont \
reconnu leur défaite dans la soirée »: two speech acts, one trigger); a quote first with an apology (« Je \
m’excuse d’avoir déçu tout le monde ») before the supporters in a city whose name holds another city's; a quote \
first with « Nous » and « nous » for Taiwan and « a lancé le vainqueur lors d’un rassemblement à Taipei »; a promise \
with a quoted infinitive and « s’est dit prêt à reprendre le dialogue » with a quote after the comma (two speech \
acts); a planned inauguration on a date (« le 20 mai »); a quote inside its clause with « a affirmé Chen Binhua, \
porte-parole du Bureau des affaires de Taïwan » after it and a relative reminder with a negated future in the past \
and a quoted noun (« qui a rappelé que Pékin ne renoncerait pas à la « réunification » »); a pluperfect \
qualification on a past weekday by a role noun for the office (« Mercredi, ce même bureau avait qualifié M. Lai de \
« fauteur de guerre » ») and a second verb joined by « et » with its own quote (an urged choice, proposed); a \
congratulation by a metonym and a second verb with a quoted noun, with a participle of reminder without guillemets \
and a negated support; « Selon des responsables américains » before a planned visit on a future weekday; « À \
Tokyo » with a role noun and a name in apposition, a nominal congratulation (« a adressé ses félicitations à M. \
Lai ») and a wish with a quote; a negated plan with a pronoun subject and a dative pronoun, sourced after the \
clause to an anonymous diplomat; a relative stance of a state (« qui considère Taïwan comme une de ses provinces ») \
and a pluperfect drill campaign over a vague period; a reported conditional (« auraient survolé ») on a past \
weekday sourced to a ministry.
Places and metonyms. « Pékin » is always China (Q148): it warns, is offered dialogue and will not give up \
reunification. « Washington » is the United States (Q30). « Tokyo » in « À Tokyo » is the city (Q1490), the place \
of Kamikawa's statement. « Taïwan » is a local place, as in gold/manoeuvres-taiwan-2024-05 (never linked to a \
state, and no verified QID); « l’île » (three times) is Taiwan too. « Taipei » (the rally, the delegation's \
destination) is the city (local); in « Nouveau Taipei » it only gives its name to another city and is no mention. \
« le détroit » (twice) is the Taiwan Strait (local).
Mentions. « Le candidat du Parti démocrate progressiste », « Le vice-président sortant », « le vainqueur », « le \
président élu » and « sa formation » (the DPP) are role nouns; « M. Lai » and « M. Hou » are annotated from the \
name. « Taïwan » inside « Bureau des affaires de Taïwan » is annotated (it names the island the office deals with, \
as « Kremlin » in « porte-parole du Kremlin »). « Nous » and « nous » in Lai's quote are Taiwan (as « Nous » for \
Japan in the bundled article). « ses partisans », « les électeurs », « des responsables américains », « une \
délégation d’anciens hauts fonctionnaires », « un diplomate » and « Des ballons chinois » are local groups, a \
person and things. Not mentions: « Ses deux rivaux » (two people at once), « tout le monde », « au monde », « \
Le résultat » (the victory restated), « le système démocratique taïwanais », « une de ses provinces » (a \
predicate, not a reference), « un troisième mandat consécutif », « 40 % des voix ».
Statuses. The election, the victory, the third term, the vote share, the disappointment, the rally and the drills \
are occurred; the inauguration and the delegation's visit are planned; the dialogue, the voters' « right choice » \
and the peaceful solution are proposed; the status quo Lai promises to keep is planned; reunification is \
planned according to Chen (Beijing's declared aim), its renunciation negated; the US support for independence \
and Kamikawa's talk with Lai are negated; the balloon flight is hypothetical (the conditional of unconfirmed news, \
as « serait déjà déployée » in gold).
Times. « samedi » is the publication day, Saturday 13 January 2024; « dans la soirée » that evening (the \
concessions and Hou's words, which have no weekday of their own but follow the concession); « le 20 mai » 20 May \
2024; « Mercredi » 10 January 2024 (weekday-past, pluperfect); « lundi » 15 January 2024 (weekday-future); « ces \
derniers mois » vague; « vendredi » 12 January 2024 (weekday-past). Lai's rally speech and the Chinese, American \
and Japanese reactions have no weekday of their own: no time.
Lai Ching-te, Hou Yu-ih, Ko Wen-je, the DPP, the Kuomintang, the Taiwan People's Party, Taiwan, Taipei, New \
Taipei, the Taiwan Strait, the central election commission, Chen Binhua, the Taiwan Affairs Office, the voters, \
the supporters, the US officials, the delegation, the diplomat, the balloons and Taiwan's defence ministry are \
not in ids.tsv: local, unlinked. China, Beijing's metonyms, the United States, Japan's foreign minister Yōko \
Kamikawa and Tokyo are linked."""

CHINA, US, KAMIKAWA, TOKYO = "Q148", "Q30", "Q276275", "Q1490"
LAI, HOU, KO, CHEN = "local:lai-ching-te", "local:hou-yu-ih", "local:ko-wen-je", "local:chen-binhua"
DPP, KMT, TPP, CEC = "local:dpp", "local:kuomintang", "local:taiwan-peoples-party", "local:taiwan-cec"
TAIWAN, TAIPEI, NEW_TAIPEI, STRAIT = "local:taiwan", "local:taipei", "local:new-taipei", "local:taiwan-strait"
TAO, VOTERS, SUPPORTERS = "local:taiwan-affairs-office", "local:taiwanese-voters", "local:hou-supporters"
US_OFFICIALS, DELEGATION, DIPLOMAT = "local:us-officials", "local:us-delegation", "local:diplomat"
BALLOONS, TW_MOD = "local:chinese-balloons", "local:taiwan-defence-ministry"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (LAI, "Lai Ching-te", "Lai Ching-te", "person",
     {"description": "vice-président taïwanais sortant, élu président le 13 janvier 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (DPP, "Parti démocrate progressiste", "Democratic Progressive Party", "organization",
     {"description": "parti au pouvoir à Taïwan (DPP)", "unlinked_reason": NOT_VERIFIED}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CEC, "commission électorale centrale de Taïwan", "Central Election Commission (Taiwan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (HOU, "Hou Yu-ih", "Hou Yu-ih", "person",
     {"description": "candidat du Kuomintang à la présidentielle taïwanaise de 2024", "unlinked_reason": NOT_VERIFIED}),
    (KMT, "Kuomintang", "Kuomintang", "organization",
     {"description": "parti d’opposition taïwanais (KMT)", "unlinked_reason": NOT_VERIFIED}),
    (KO, "Ko Wen-je", "Ko Wen-je", "person",
     {"description": "candidat du Parti populaire taïwanais à la présidentielle de 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (TPP, "Parti populaire taïwanais", "Taiwan People's Party", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (SUPPORTERS, "partisans de Hou Yu-ih", "Hou Yu-ih's supporters", "group", {"unlinked_reason": NOT_GROUP}),
    (NEW_TAIPEI, "Nouveau Taipei", "New Taipei", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TAIPEI, "Taipei", "Taipei", "place", {"unlinked_reason": NOT_VERIFIED}),
    (STRAIT, "détroit de Taïwan", "Taiwan Strait", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CHEN, "Chen Binhua", "Chen Binhua", "person",
     {"description": "porte-parole du Bureau des affaires de Taïwan", "unlinked_reason": NOT_VERIFIED}),
    (TAO, "Bureau des affaires de Taïwan", "Taiwan Affairs Office", "organization",
     {"description": "bureau du gouvernement chinois chargé de Taïwan", "unlinked_reason": NOT_VERIFIED}),
    (VOTERS, "électeurs taïwanais", "Taiwanese voters", "group", {"unlinked_reason": NOT_GROUP}),
    (US_OFFICIALS, "responsables américains", "US officials", "group",
     {"description": "responsables américains que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (DELEGATION, "délégation d’anciens hauts fonctionnaires américains", "delegation of former US officials",
     "group", {"unlinked_reason": NOT_GROUP}),
    (DIPLOMAT, "un diplomate", "a diplomat", "person", {"unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (BALLOONS, "ballons chinois", "Chinese balloons", "object",
     {"description": "ballons qui auraient survolé le détroit de Taïwan le 12 janvier 2024",
      "unlinked_reason": "unnamed items"}),
    (TW_MOD, "ministère taïwanais de la Défense", "Ministry of National Defense (Taiwan)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le candidat du Parti démocrate progressiste (DPP), Lai Ching-te, a remporté samedi ... à Taïwan, ...
    ("Le candidat du Parti démocrate progressiste", None, LAI, "nominal"),
    ("Parti démocrate progressiste", None, DPP, "name"),
    ("DPP", None, DPP, "name"),
    ("Lai Ching-te", None, LAI, "name"),
    ("Taïwan", "présidentielle à Taïwan", TAIWAN, "name"),
    ("sa formation", None, DPP, "nominal"),
    ("Pékin", "mises en garde de Pékin", CHINA, "metonym"),
    ("commission électorale centrale", None, CEC, "name"),
    # Le vice-président sortant a recueilli 40 % des voix, devant Hou Yu-ih, du Kuomintang (KMT), et Ko Wen-je, ...
    ("Le vice-président sortant", None, LAI, "nominal"),
    ("Hou Yu-ih", None, HOU, "name"),
    ("Kuomintang", None, KMT, "name"),
    ("KMT", None, KMT, "name"),
    ("Ko Wen-je", None, KO, "name"),
    ("Parti populaire taïwanais", None, TPP, "name"),
    # « Je m’excuse d’avoir déçu tout le monde », a déclaré M. Hou devant ses partisans à Nouveau Taipei.
    ("Je", "« Je m’excuse", HOU, "pronoun"),
    ("Hou", "M. Hou", HOU, "name"),
    ("ses partisans", None, SUPPORTERS, "nominal"),
    ("Nouveau Taipei", None, NEW_TAIPEI, "name"),
    # « Nous avons montré ... », a lancé le vainqueur lors d’un rassemblement à Taipei.
    ("Nous", "« Nous avons", TAIWAN, "pronoun"),
    ("nous", "combien nous chérissons", TAIWAN, "pronoun"),
    ("le vainqueur", None, LAI, "nominal"),
    ("Taipei", "rassemblement à Taipei", TAIPEI, "name"),
    # Il a promis de « maintenir le statu quo » dans le détroit et s’est dit prêt ... avec Pékin, « ... ».
    ("Il", "Il a promis", LAI, "pronoun"),
    ("le détroit", "» dans le détroit", STRAIT, "nominal"),
    ("Pékin", "dialogue avec Pékin", CHINA, "metonym"),
    # Le résultat « ne représente pas ... » sur l’île, a affirmé Chen Binhua, porte-parole du Bureau ...
    ("l’île", "sur l’île", TAIWAN, "nominal"),
    ("Chen Binhua", None, CHEN, "name"),
    ("porte-parole du Bureau des affaires de Taïwan", None, CHEN, "nominal"),
    ("Bureau des affaires de Taïwan", None, TAO, "name"),
    ("Taïwan", "Bureau des affaires de Taïwan", TAIWAN, "name"),
    ("Pékin", "que Pékin ne renoncerait", CHINA, "metonym"),
    # Mercredi, ce même bureau avait qualifié M. Lai de « fauteur de guerre » et appelé les électeurs ...
    ("ce même bureau", None, TAO, "nominal"),
    ("Lai", "qualifié M. Lai", LAI, "name"),
    ("les électeurs", None, VOTERS, "nominal"),
    # Washington a félicité le président élu ... que les États-Unis ne soutenaient pas l’indépendance de l’île.
    ("Washington", None, US, "metonym"),
    ("le président élu", None, LAI, "nominal"),
    ("États-Unis", None, US, "name"),
    ("l’île", "l’indépendance de l’île", TAIWAN, "nominal"),
    # Selon des responsables américains, une délégation d’anciens hauts fonctionnaires doit se rendre à Taipei ...
    ("des responsables américains", None, US_OFFICIALS, "nominal"),
    ("une délégation d’anciens hauts fonctionnaires", None, DELEGATION, "nominal"),
    ("Taipei", "se rendre à Taipei", TAIPEI, "name"),
    # À Tokyo, la ministre japonaise des Affaires étrangères, Yoko Kamikawa, a adressé ses félicitations à M. Lai ...
    ("Tokyo", None, TOKYO, "name"),
    ("la ministre japonaise des Affaires étrangères", None, KAMIKAWA, "nominal"),
    ("Yoko Kamikawa", None, KAMIKAWA, "name"),
    ("Lai", "félicitations à M. Lai", LAI, "name"),
    # Elle n’a pas prévu de s’entretenir avec lui, a précisé un diplomate.
    ("Elle", None, KAMIKAWA, "pronoun"),
    ("lui", "avec lui", LAI, "pronoun"),
    ("un diplomate", None, DIPLOMAT, "nominal"),
    # La Chine, qui considère Taïwan comme une de ses provinces, avait multiplié ... autour de l’île.
    ("Chine", "La Chine, qui", CHINA, "name"),
    ("Taïwan", "considère Taïwan", TAIWAN, "name"),
    ("l’île", "autour de l’île", TAIWAN, "nominal"),
    # Des ballons chinois auraient survolé le détroit vendredi, selon le ministère taïwanais de la Défense.
    ("Des ballons chinois", None, BALLOONS, "nominal"),
    ("le détroit", "survolé le détroit", STRAIT, "nominal"),
    ("ministère taïwanais de la Défense", None, TW_MOD, "name"),
]

PUB_DAY = "The publication day, Saturday 13 January 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday", ("samedi", None), "2024-01-13", "day", "weekday-publication-day",
     "« a remporté samedi ». " + PUB_DAY),
    ("t-evening", ("dans la soirée", None), "2024-01-13", "day", "part-of-day",
     "« ont reconnu leur défaite dans la soirée »: the evening of the election day. " + PUB_DAY),
    ("t-may-20", ("le 20 mai", None), "2024-05-20", "day", "day-month-future",
     "« Son investiture est prévue le 20 mai »: a future date in the publication year, 20 May 2024."),
    ("t-wednesday", ("Mercredi", None), "2024-01-10", "day", "weekday-past",
     "Pluperfect « Mercredi, ce même bureau avait qualifié »: the Wednesday before the publication day, 10 January "
     "2024."),
    ("t-monday", ("lundi", None), "2024-01-15", "day", "weekday-future",
     "« doit se rendre à Taipei dès lundi »: the Monday after the publication day, 15 January 2024."),
    ("t-recent-months", ("ces derniers mois", None), None, "vague", "vague",
     "« avait multiplié ces derniers mois les manœuvres »: an unspecified number of months before publication."),
    ("t-friday", ("vendredi", None), "2024-01-12", "day", "weekday-past",
     "« auraient survolé le détroit vendredi »: the Friday before the publication day, 12 January 2024."),
]

LEDE = ("Le candidat du Parti", "électorale centrale.")
BALLOONS_EVIDENCE = ("Des ballons chinois", "de la Défense.")
US_EVIDENCE = ("Washington a félicité", "indépendance de l’île.")
TOKYO_EVIDENCE = ("À Tokyo,", "a précisé un diplomate.")

EVENTS: list[dict[str, Any]] = [
    event("e-election", "Event", "Taiwan's presidential election on Saturday 13 January 2024",
          ("l’élection présidentielle", None), [("participant", VOTERS)], place=TAIWAN, time="t-saturday",
          evidence=LEDE,
          note="« l’élection présidentielle à Taïwan »: the vote, dated by the victory's « samedi »; the voters (« les "
               "électeurs », named later) take part, as in gold/legislatives-coree-du-sud-2024-04. The vote itself is "
               "a fact in the article's own voice (no according_to); its result is the commission's."),
    event("e-victory", "Event", "Lai Ching-te wins Taiwan's presidential election", ("a remporté", None),
          [("agent", LAI)], place=TAIWAN, time="t-saturday", according_to=[CEC], part_of="e-election",
          evidence=LEDE,
          note="Stated with its source after the clause (« selon les résultats de la commission électorale "
               "centrale »). Restated by « leur défaite » (the rivals' side of the same result, no new event, as « "
               "Cette défaite » in gold) and « Le résultat » (Chen's sentence)."),
    event("e-third-term", "Event", "Lai's victory gives the DPP a third consecutive term", ("offrant", None),
          [("agent", LAI), ("recipient", DPP)], time="t-saturday", according_to=[CEC], part_of="e-election",
          evidence=LEDE,
          note="« offrant à sa formation un troisième mandat consécutif »: a participle of consequence, as « "
               "infligeant un sérieux revers » in gold; « sa formation » is the DPP; the term is no entity."),
    event("e-vote-share", "Event", "Lai Ching-te wins 40 % of the vote, ahead of Hou Yu-ih and Ko Wen-je",
          ("a recueilli", None), [("agent", LAI)], time="t-saturday", according_to=[CEC], part_of="e-election",
          note="A vote result (as « ont recueilli » in gold), told by the commission of the sentence before. « "
               "devant Hou Yu-ih ... et Ko Wen-je » ranks the rivals without a verb of their own: no event of theirs."),
    event("e-disappointment", "Event", "Hou Yu-ih disappointed everyone (his apology)", ("avoir déçu", None),
          [("agent", HOU)], according_to=[HOU],
          note="« Je m’excuse d’avoir déçu tout le monde »: what he apologises for, in his own words; « tout le "
               "monde » is generic (no mention, no role)."),
    event("e-rally", "Meeting", "Lai Ching-te's victory rally in Taipei", ("rassemblement", None),
          [("agent", LAI)], place=TAIPEI,
          note="« lors d’un rassemblement à Taipei »: the occasion of his speech; no weekday of its own, no time."),
    event("e-status-quo", "Event", "Lai to maintain the status quo in the Taiwan Strait", ("maintenir", None),
          [("agent", LAI)], status="planned", place=STRAIT, according_to=[LAI],
          note="« Il a promis de « maintenir le statu quo » dans le détroit »: a promise, planned; the strait is "
               "where the status quo holds."),
    event("e-dialogue", "Event", "Resumed dialogue between Lai and Beijing (offered)", ("dialogue",
          "reprendre le dialogue"), [("participant", LAI), ("participant", CHINA)], status="proposed",
          according_to=[LAI],
          note="« s’est dit prêt à reprendre le dialogue avec Pékin »: an offer, proposed (as « e-dialogue » in "
               "gold/manoeuvres-taiwan-2024-05); « Pékin » is China."),
    event("e-inauguration", "Event", "Lai Ching-te's inauguration on 20 May 2024", ("investiture", None),
          [("agent", LAI)], status="planned", place=TAIWAN, time="t-may-20",
          note="« Son investiture est prévue le 20 mai »: planned. Taiwan, not written in the sentence, is the "
               "place, as for the inauguration in gold/manoeuvres-taiwan-2024-05."),
    event("e-renounce-reunification", "Event", "Beijing will not give up « reunification »",
          ("renoncerait", None), [("agent", CHINA)], status="negated", according_to=[CHEN],
          note="« que Pékin ne renoncerait pas à la « réunification » »: a negated future in the past."),
    event("e-reunification", "Event", "« Reunification » of Taiwan with China (Beijing's aim)",
          ("réunification", None), [("agent", CHINA), ("recipient", TAIWAN)], status="planned",
          according_to=[CHEN],
          note="The declared aim Beijing will not give up: announced, not scheduled; planned according to Chen "
               "(the guillemets mark the office's word). Taiwan, not written, is what is to be reunified."),
    event("e-right-choice", "Event", "Taiwan's voters to make « the right choice » (urged by the office)",
          ("choix", None), [("agent", VOTERS)], status="proposed", according_to=[TAO],
          note="« appelé les électeurs à faire « le bon choix » »: what is urged, proposed (as the urged restraint "
               "in gold/manoeuvres-taiwan-2024-05)."),
    event("e-us-no-support", "Event", "The United States do not support the island's independence",
          ("soutenaient", None), [("agent", US), ("recipient", TAIWAN)], status="negated", according_to=[US],
          evidence=US_EVIDENCE,
          note="« tout en rappelant que les États-Unis ne soutenaient pas l’indépendance de l’île »: a standing "
               "position, negated; the independence itself is a state, not an event, and gets none."),
    event("e-delegation-visit", "Visit", "A delegation of former US officials to travel to Taipei on Monday",
          ("se rendre", None), [("agent", DELEGATION)], status="planned", place=TAIPEI, time="t-monday",
          according_to=[US_OFFICIALS],
          note="« doit se rendre à Taipei dès lundi »: planned; « dès » adds nothing to the day."),
    event("e-peaceful-solution", "Event", "A peaceful solution through dialogue (wished for by Kamikawa)",
          ("solution", None), [("participant", CHINA), ("participant", TAIWAN)], status="proposed",
          according_to=[KAMIKAWA], evidence=TOKYO_EVIDENCE,
          note="« souhaité une solution « pacifique, par le dialogue » »: a wish, proposed (as « se poursuive » "
               "after « a souhaité » in gold). The parties are not written; China and Taiwan follow from the "
               "paragraphs before."),
    event("e-kamikawa-lai-talk", "Meeting", "Kamikawa has no plan to talk with Lai", ("s’entretenir", None),
          [("participant", KAMIKAWA), ("participant", LAI)], status="negated", according_to=[DIPLOMAT],
          evidence=TOKYO_EVIDENCE,
          note="« Elle n’a pas prévu de s’entretenir avec lui, a précisé un diplomate »: a negated plan, as « "
               "aucune rencontre bilatérale n’est prévue » in gold: negated. « Elle » is Kamikawa, « lui » Lai."),
    event("e-drills", "Event", "China stepped up military drills around Taiwan in recent months",
          ("avait multiplié", None), [("agent", CHINA), ("recipient", TAIWAN)], time="t-recent-months",
          note="« avait multiplié ces derniers mois les manœuvres militaires autour de l’île »: pluperfect, in the "
               "article's own voice; « autour de » gives no place (the island is the recipient, as in "
               "gold/manoeuvres-taiwan-2024-05)."),
    event("e-balloons", "Event", "Chinese balloons reportedly flew over the Taiwan Strait on Friday",
          ("auraient survolé", None), [("participant", BALLOONS)], status="hypothetical", place=STRAIT,
          time="t-friday", according_to=[TW_MOD], evidence=BALLOONS_EVIDENCE,
          note="The conditional of unconfirmed news: hypothetical (as « serait déjà déployée » in gold). The "
               "balloons are things (participant); who launched them is not written."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-beijing-warnings", "Warning", "Beijing's warnings before the election", CHINA,
           ("mises en garde", None), [], evidence=LEDE, about=["e-election"],
           note="« malgré les mises en garde de Pékin »: a nominal speech act of China (a metonym), with no time "
                "of its own; the Wednesday qualification (s-tao-warmonger) is one of them, told on its own."),
    speech("s-cec-results", "Report", "The central election commission's results", CEC,
           ("selon", "selon les résultats"), [], time="t-saturday", evidence=LEDE,
           about=["e-election", "e-victory", "e-third-term", "e-vote-share"],
           note="A document speaks for its author, as « selon les résultats définitifs publiés ... par la "
                "Commission électorale nationale » in gold; the results are the Saturday's count."),
    speech("s-hou-concedes", "Statement", "Hou Yu-ih concedes defeat in the evening", HOU, ("ont reconnu", None), [],
           time="t-evening", about=["e-victory"],
           note="« Ses deux rivaux ont reconnu leur défaite dans la soirée »: a plural phrase for Hou and Ko (no "
                "mention): two speech acts, one trigger, as « Moscou et Pékin ont, eux, salué » in gold."),
    speech("s-ko-concedes", "Statement", "Ko Wen-je concedes defeat in the evening", KO, ("ont reconnu", None), [],
           time="t-evening", about=["e-victory"]),
    speech("s-hou-apology", "Statement", "Hou Yu-ih apologises to his supporters", HOU, ("a déclaré", None),
           [("Je m’excuse d’avoir déçu tout le monde", None)], addressee=SUPPORTERS, place=NEW_TAIPEI,
           time="t-evening", about=["e-disappointment"],
           note="A quote first, « a déclaré M. Hou devant ses partisans à Nouveau Taipei »; no weekday of its own: "
                "the evening of the concession it follows (as Han's words in gold/legislatives-coree-du-sud-2024-04)."),
    speech("s-lai-democracy", "Statement", "Lai Ching-te: Taiwan has shown the world how it cherishes its democracy",
           LAI, ("a lancé", None),
           [("Nous avons montré au monde combien nous chérissons notre démocratie", None)], place=TAIPEI,
           about=["e-election"],
           note="« a lancé le vainqueur lors d’un rassemblement à Taipei »: « Nous » and « nous » are Taiwan; what "
                "was shown is the election itself (no second event). No weekday of its own: no time."),
    speech("s-lai-promise", "Assurance", "Lai promises to « maintain the status quo » in the strait", LAI,
           ("a promis", None), [("maintenir le statu quo", None)], place=TAIPEI, about=["e-status-quo"],
           note="« Il » is Lai, at the same rally (its place)."),
    speech("s-lai-dialogue", "Statement", "Lai ready to resume dialogue with Beijing « in dignity and parity »", LAI,
           ("s’est dit", None), [("dans la dignité et la parité", None)], place=TAIPEI,
           about=["e-dialogue"],
           note="A second verb joined by « et », with its own quote after the comma: a second speech act. Beijing "
                "is the other party of the dialogue he offers, not the addressee of words spoken at a rally."),
    speech("s-chen-result", "Statement", "Chen Binhua: the result « does not represent mainstream opinion » on "
           "the island", CHEN, ("a affirmé", None), [("ne représente pas l’opinion dominante", None)],
           about=["e-victory"],
           note="A quote inside its clause (« Le résultat « ne représente pas ... » sur l’île »), its source after "
                "it with a role noun in apposition. « Le résultat » is the victory restated. No time."),
    speech("s-chen-reunification", "Statement", "Chen Binhua recalls that Beijing will not give up « reunification »",
           CHEN, ("a rappelé", None), [("réunification", None)],
           about=["e-renounce-reunification", "e-reunification"],
           note="« qui a rappelé que ... »: a relative clause on the spokesman, its own verb of speech and quote."),
    speech("s-tao-warmonger", "Statement", "The Taiwan Affairs Office called Lai a « warmonger » on Wednesday", TAO,
           ("avait qualifié", None), [("fauteur de guerre", None)], time="t-wednesday",
           note="« ce même bureau » is the Taiwan Affairs Office. A qualification of a person: about no event, and "
                "Lai is its subject, not an addressee."),
    speech("s-tao-right-choice", "Statement", "The office urged voters to make « the right choice »", TAO,
           ("appelé", "et appelé les électeurs"), [("le bon choix", None)], addressee=VOTERS, time="t-wednesday",
           about=["e-right-choice"],
           note="A second verb joined by « et » with its own quote: a second speech act, same Wednesday."),
    speech("s-us-congratulates", "Statement", "Washington congratulates the president-elect", US,
           ("a félicité", None), [], addressee=LAI, evidence=US_EVIDENCE, about=["e-victory"],
           note="« Washington » is the United States; no time of its own."),
    speech("s-us-praise", "Statement", "Washington praises the « solidity » of Taiwan's democratic system", US,
           ("salué", None), [("solidité", None)], evidence=US_EVIDENCE, about=["e-election", "e-us-no-support"],
           note="A second verb joined by « et » with its own quote. « tout en rappelant que les États-Unis ne "
                "soutenaient pas l’indépendance de l’île » is a participle without guillemets: it stays inside "
                "this act (as « tout en pressant » inside « a félicité » in gold), its content in about."),
    speech("s-us-officials", "Report", "US officials say a delegation will travel to Taipei on Monday",
           US_OFFICIALS, ("Selon", None), [], about=["e-delegation-visit"],
           note="« Selon des responsables américains »: a source before the clause, no quote."),
    speech("s-kamikawa-congratulates", "Statement", "Yōko Kamikawa congratulates Lai", KAMIKAWA,
           ("a adressé", None), [], addressee=LAI, place=TOKYO, evidence=TOKYO_EVIDENCE, about=["e-victory"],
           note="« a adressé ses félicitations à M. Lai »: a nominal congratulation (as « lui a adressé ... un "
                "message de félicitations » in gold); « À Tokyo » is the city, the place of the statement."),
    speech("s-kamikawa-wish", "Statement", "Kamikawa wishes for a solution « peaceful, through dialogue »",
           KAMIKAWA, ("souhaité", None), [("pacifique, par le dialogue", None)], place=TOKYO,
           evidence=TOKYO_EVIDENCE, about=["e-peaceful-solution"],
           note="A second verb joined by « et » with its own quote."),
    speech("s-diplomat", "Report", "A diplomat says Kamikawa has no plan to talk with Lai", DIPLOMAT,
           ("a précisé", None), [], evidence=TOKYO_EVIDENCE, about=["e-kamikawa-lai-talk"],
           note="The source after the clause; his country is not said."),
    speech("s-china-considers", "SpeechAct", "China considers Taiwan one of its provinces", CHINA,
           ("considère", None), [],
           note="« La Chine, qui considère Taïwan comme une de ses provinces »: a stance of the state with no "
                "quote, as a territorial claim in gold (« que Pékin ... revendique »); it is about no event."),
    speech("s-tw-mod-balloons", "Report", "Taiwan's defence ministry reports balloons over the strait", TW_MOD,
           ("selon", "selon le ministère"), [], evidence=BALLOONS_EVIDENCE, about=["e-balloons"],
           note="« selon le ministère taïwanais de la Défense »: the source after the clause."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
