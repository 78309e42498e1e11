"""Held-out annotation of blinken-pekin-2024-04-26.txt (written for the fifteenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/blinken-pekin-2024-04-26.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/blinken-pekin-2024-04-26.annotation.src.py --check

From held-out set 15 (moved to gold in session 14; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "blinken-pekin-2024-04-26.txt"

NOTE = """\
Held-out-15 article: the US secretary of state Antony Blinken received in Beijing by Xi Jinping after more than \
five hours of talks with Wang Yi, on the last full day of a trip that began in Shanghai; his concern over Chinese \
deliveries of machine tools and electronic components to the Russian defence industry, his threat of sanctions \
against Chinese companies and perhaps banks; Wang Yi's warning, Beijing's denial and its rejection of the \
threats; the Kremlin's and Kyiv's reactions; a new Xi–Biden summit with no date, published Friday 26 April 2024 \
(the file gives the day). The trip, Xi's and Wang's reported positions and the Shanghai meeting follow the real \
visit loosely; the quotes, the Wall Street Journal report, Peskov's and Kyiv's reactions are invented. \
What it exercises: a passive reception with a role noun and a name in apposition as its subject and a title \
right before the host's name (« Le secrétaire d’État américain, Antony Blinken, a été reçu vendredi à Pékin par \
le président Xi Jinping »: a Meeting, Xi the agent, Blinken a participant, Beijing the city), earlier talks \
counted by a duration (« après plus de cinq heures d’entretiens avec le chef de la diplomatie chinoise, Wang Yi \
»: a Meeting; the duration attached to nothing) whose topic is a nominal support in the article's voice (« \
consacrés au soutien de la Chine à la Russie »: an Event, occurred); a quote first addressed to a role noun and \
sourced after the clause to an agency with a title before its name (« a déclaré le numéro un chinois à son \
visiteur, selon l’agence officielle Chine nouvelle »: the words take the reception's Friday and Beijing, as the \
words heard by « son invité » in gold; predicates, no event), then « Il a toutefois appelé Washington à ne pas « \
franchir les lignes rouges » de Pékin » (a call with a quoted negated infinitive: the urged abstention \
proposed, Washington the addressee, « Pékin » China); « Devant la presse » a claim with an infinitive of speech \
(« a affirmé avoir fait part de « sérieuses inquiétudes » sur les livraisons chinoises de machines-outils et de \
composants électroniques à l’industrie de défense russe »: two speech acts, the quote belongs to « fait part »; \
the deliveries a Delivery with China from the adjective, two themes and the industry as recipient); a quote \
split around « a-t-il dit » with a sentence end in the split (one speech act, two quotes; « le premier \
fournisseur de ces biens » a predicate restating the deliveries; « Sans elle, Moscou aurait du mal à poursuivre \
son assaut contre l’Ukraine »: a counterfactual, hypothetical, with « elle » China and « Moscou » Russia inside \
the quote); a role noun for the speaker with a threat in the future in the past (« a prévenu que Washington \
sanctionnerait les entreprises chinoises impliquées »: a Sanction, planned), « sans préciser lesquelles » (a \
negated speech act) and « et n’a pas exclu de viser des banques » (a Statement, the targeting hypothetical); « \
Selon le Wall Street Journal » over a conditional preparation (« le Trésor américain préparerait des mesures \
contre plusieurs établissements financiers »: the preparation and the measures hypothetical); a quote first \
with a pluperfect warning and a part of the publication day (« avait averti M. Wang dans la matinée ») and a \
gerund accusation with its own one-word quote (« en accusant les États-Unis de chercher à « étouffer » le \
développement de son pays »: a second speech act, the stifling suspected; « son pays » China); a metonym with \
a relative denial and a judgement with a one-word quote about the threats (« Pékin, qui affirme ne livrer \
aucune arme à Moscou, a jugé ces menaces « inacceptables » »: a negated Delivery according to China; « ces \
menaces » restates Blinken's two speech acts, not a mention); « À Moscou » (the city) a spokesman with a role \
noun in apposition whose quote comes after the verb (« a estimé que le commerce entre la Russie et la Chine « \
ne regarde que les deux pays » »: the trade occurred); a metonym that welcomes a quality (« Kiev a, de son côté, \
salué la fermeté américaine »: Ukraine, about the warning); an apposed participle with a past weekday and a \
pluperfect meeting with the place clitic « y » on the next past weekday (« Arrivé mercredi à Shanghai, M. \
Blinken y avait rencontré jeudi le chef local du Parti communiste, Chen Jining ») and « avant de gagner la \
capitale dans la soirée » (the Thursday evening, Beijing as the destination and place, « la capitale » a \
nominal mention of the city); a planned departure on a future weekday (« Il doit quitter la Chine samedi »); a \
summit with no date fixed (« Aucune date n’a été fixée pour un nouveau sommet entre Xi Jinping et Joe Biden »: \
negated, as a negated planned meeting in gold) and a relative pluperfect meeting « en novembre » (November \
2023) « en Californie ».
Places and metonyms. « Pékin » is the city where Blinken is received (Q956) and China whose red lines are not \
to be crossed and which denies and judges (Q148); « la capitale » is the city (Q956). « Washington » is the \
United States twice (called upon, would sanction: Q30). « Moscou » is Russia inside Blinken's quote and in « ne \
livrer aucune arme à Moscou » (Q159) and the city in « À Moscou » (Q649), which places Peskov's words. « Kiev » \
is Ukraine (Q212, a metonym). « y » is Shanghai. The talks with Wang Yi have no place written: the sentence \
places the reception « à Pékin », and the talks, which came just before it, take Beijing too (implied), as do \
Wang's words at them.
Mentions. « Le secrétaire d’État américain » and « le chef de la diplomatie chinoise », « le porte-parole du \
Kremlin », « le chef local du Parti communiste » are role nouns in apposition (nominal mentions); « la diplomatie \
chinoise » inside the second is not a mention (as « la diplomatie russe » in gold), but « Kremlin » and « Parti \
communiste » inside the others are names of their own. « le président Xi Jinping » and « l’agence officielle \
Chine nouvelle » have a title right before the name: only « Xi Jinping » and « Chine nouvelle ». « M. Blinken » \
and « M. Wang » are marked without « M. ». « le numéro un chinois », « son visiteur », « Le chef de la \
diplomatie américaine », « son pays » and « la capitale » are nominal mentions; « Il » (twice), « il » in « \
a-t-il dit », « elle » and « y » are pronouns. « machines-outils » and « composants électroniques » are the two \
themes of the deliveries (two local objects); « l’industrie de défense russe », « les entreprises chinoises \
impliquées », « des banques » and « plusieurs établissements financiers » are local groups (the banks Blinken \
may target and the institutions of the Wall Street Journal's report are kept apart: the article does not say \
they are the same); « le Trésor américain » is one name of the US Treasury (local) with its adjective, as « \
Parti communiste vietnamien » in gold; « son assaut contre l’Ukraine » is the invasion (Q110999040) with « \
Ukraine » inside. Not mentions: « la presse », « ces biens » (both themes at once), « lesquelles » (a \
pronoun standing for no one entity), « les lignes rouges », « les relations sino-américaines », « les facteurs \
négatifs », « aucune arme » (a negated quantifier), « ces menaces » (speech acts), « les deux pays » (plural, \
inside Peskov's quote), « la fermeté américaine », « le développement » (a topic, not an event).
Statuses. The deliveries are occurred according to Blinken; China's support of Russia is in the article's own \
voice (occurred, the deliveries part of it); the struggle without China is hypothetical (a counterfactual); the \
sanctions on companies are planned (a future in the past in a warning, as « Pyongyang répondrait » in gold), \
the targeting of banks hypothetical (« n’a pas exclu », as « n’exclut pas de reprendre » in gold), the \
Treasury's preparation and measures hypothetical (the conditional of unconfirmed news); the stabilisation and \
the accumulation of negative factors are occurred according to Wang; the stifling is suspected (his \
accusation); the arms deliveries China denies are negated (a denial standing alone); the crossing of the red \
lines Xi urges Washington to avoid is an urged abstention, proposed; the new summit is negated; the departure \
planned.
Times. « vendredi » is the publication day, Friday 26 April 2024; « dans la matinée » its morning (Wang's \
words and the talks); « mercredi » 24 April and « jeudi » 25 April 2024 (weekday-past); « dans la soirée » the \
evening of that Thursday (the day of the sentence's « jeudi », not the publication day); « samedi » 27 April \
2024 (weekday-future); « en novembre » November 2023 (a pluperfect month before April: the year before); « plus \
de cinq heures » a duration attached to nothing. Blinken's statements to the press, his warning, the Wall \
Street Journal's report, Beijing's denial and judgement, Peskov's and Kyiv's words have no weekday or occasion \
written: no time.
Antony Blinken, Wang Yi, Xinhua, Taiwan, the machine tools, the electronic components, the Russian defence \
industry, the implicated Chinese companies, the banks, the Wall Street Journal, the US Treasury, the financial \
institutions, Shanghai, the Communist Party of China, Chen Jining, Joe Biden and California are not in ids.tsv: \
local, unlinked."""

BLINKEN, XI, WANG, CHINA, BEIJING = "local:antony-blinken", "Q15031", "local:wang-yi", "Q148", "Q956"
RUSSIA, US, UKRAINE, INVASION = "Q159", "Q30", "Q212", "Q110999040"
MOSCOW, KREMLIN, PESKOV = "Q649", "Q2060629", "Q4359688"
XINHUA, TAIWAN, TOOLS, COMPONENTS = "local:xinhua", "local:taiwan", "local:machine-tools", \
    "local:electronic-components"
DEF_IND, COMPANIES, BANKS = "local:russian-defence-industry", "local:implicated-chinese-companies", \
    "local:chinese-banks"
WSJ, TREASURY, INSTITUTIONS = "local:wall-street-journal", "local:us-treasury", "local:targeted-financial-institutions"
SHANGHAI, CCP, CHEN, BIDEN, CALIFORNIA = "local:shanghai", "local:communist-party-of-china", "local:chen-jining", \
    "local:joe-biden", "local:california"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (BLINKEN, "Antony Blinken", "Antony Blinken", "person",
     {"description": "secrétaire d’État américain", "unlinked_reason": NOT_VERIFIED}),
    (WANG, "Wang Yi", "Wang Yi", "person",
     {"description": "chef de la diplomatie chinoise", "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "unlinked_reason": NOT_VERIFIED}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TOOLS, "machines-outils", "machine tools", "object",
     {"description": "machines-outils livrées par la Chine à l’industrie de défense russe, selon Antony Blinken",
      "unlinked_reason": "an unspecified quantity of goods, not one Wikidata item"}),
    (COMPONENTS, "composants électroniques", "electronic components", "object",
     {"description": "composants électroniques livrés par la Chine à l’industrie de défense russe, selon Antony "
                     "Blinken",
      "unlinked_reason": "an unspecified quantity of goods, not one Wikidata item"}),
    (DEF_IND, "industrie de défense russe", "Russian defence industry", "group",
     {"unlinked_reason": "an unnamed set of companies, not one Wikidata item"}),
    (COMPANIES, "entreprises chinoises impliquées", "implicated Chinese companies", "group",
     {"description": "entreprises chinoises impliquées dans les livraisons à l’industrie de défense russe, que "
                     "Washington sanctionnerait",
      "unlinked_reason": "an unnamed group of companies, not one Wikidata item"}),
    (BANKS, "banques chinoises", "Chinese banks", "group",
     {"description": "banques qu’Antony Blinken n’exclut pas de viser",
      "unlinked_reason": "an unnamed group of banks, not one Wikidata item"}),
    (WSJ, "Wall Street Journal", "The Wall Street Journal", "organization",
     {"description": "quotidien américain", "class_qid": "Q11032", "unlinked_reason": NOT_VERIFIED}),
    (TREASURY, "Trésor américain", "United States Department of the Treasury", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (INSTITUTIONS, "établissements financiers visés par le Trésor américain", "financial institutions targeted by the "
     "US Treasury", "group",
     {"description": "plusieurs établissements financiers contre lesquels le Trésor américain préparerait des "
                     "mesures, selon le Wall Street Journal",
      "unlinked_reason": "an unnamed group of institutions, not one Wikidata item"}),
    (SHANGHAI, "Shanghai", "Shanghai", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CCP, "Parti communiste chinois", "Communist Party of China", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CHEN, "Chen Jining", "Chen Jining", "person",
     {"description": "chef du Parti communiste à Shanghai", "unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (CALIFORNIA, "Californie", "California", "place", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le secrétaire d’État américain, Antony Blinken, a été reçu vendredi à Pékin par le président Xi Jinping, ...
    ("Le secrétaire d’État américain", None, BLINKEN, "nominal"),
    ("Antony Blinken", None, BLINKEN, "name"),
    ("Pékin", "vendredi à Pékin", BEIJING, "name"),
    ("Xi Jinping", "le président Xi Jinping", XI, "name"),
    ("le chef de la diplomatie chinoise", None, WANG, "nominal"),
    ("Wang Yi", None, WANG, "name"),
    ("Chine", "soutien de la Chine", CHINA, "name"),
    ("Russie", "la Chine à la Russie", RUSSIA, "name"),
    # « La Chine et les États-Unis ... », a déclaré le numéro un chinois à son visiteur, selon ... Chine nouvelle.
    ("Chine", "« La Chine et les", CHINA, "name"),
    ("États-Unis", "La Chine et les États-Unis", US, "name"),
    ("le numéro un chinois", None, XI, "nominal"),
    ("son visiteur", None, BLINKEN, "nominal"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # Il a toutefois appelé Washington à ne pas « franchir les lignes rouges » de Pékin, notamment sur Taïwan.
    ("Il", "Il a toutefois", XI, "pronoun"),
    ("Washington", "appelé Washington", US, "metonym"),
    ("Pékin", "rouges » de Pékin", CHINA, "metonym"),
    ("Taïwan", None, TAIWAN, "name"),
    # Devant la presse, M. Blinken a affirmé avoir fait part de « sérieuses inquiétudes » sur les livraisons ...
    ("Blinken", "M. Blinken a affirmé", BLINKEN, "name"),
    ("machines-outils", None, TOOLS, "nominal"),
    ("composants électroniques", None, COMPONENTS, "nominal"),
    ("l’industrie de défense russe", None, DEF_IND, "nominal"),
    # « La Chine est le premier fournisseur de ces biens, a-t-il dit. Sans elle, Moscou aurait du mal ... »
    ("Chine", "« La Chine est le", CHINA, "name"),
    ("il", "a-t-il dit", BLINKEN, "pronoun"),
    ("elle", "Sans elle", CHINA, "pronoun"),
    ("Moscou", "Moscou aurait", RUSSIA, "metonym"),
    ("son assaut contre l’Ukraine", None, INVASION, "nominal"),
    ("Ukraine", "assaut contre l’Ukraine", UKRAINE, "name"),
    # Le chef de la diplomatie américaine a prévenu que Washington sanctionnerait les entreprises chinoises ...
    ("Le chef de la diplomatie américaine", None, BLINKEN, "nominal"),
    ("Washington", "que Washington sanctionnerait", US, "metonym"),
    ("les entreprises chinoises impliquées", None, COMPANIES, "nominal"),
    ("des banques", None, BANKS, "nominal"),
    # Selon le Wall Street Journal, le Trésor américain préparerait des mesures contre plusieurs établissements ...
    ("Wall Street Journal", None, WSJ, "name"),
    ("Trésor américain", None, TREASURY, "name"),
    ("plusieurs établissements financiers", None, INSTITUTIONS, "nominal"),
    # « Les relations sino-américaines ... », avait averti M. Wang dans la matinée, en accusant les États-Unis ...
    ("Wang", "M. Wang", WANG, "name"),
    ("États-Unis", "accusant les États-Unis", US, "name"),
    ("son pays", None, CHINA, "nominal"),
    # Pékin, qui affirme ne livrer aucune arme à Moscou, a jugé ces menaces « inacceptables ».
    ("Pékin", "Pékin, qui affirme", CHINA, "metonym"),
    ("Moscou", "arme à Moscou", RUSSIA, "metonym"),
    # À Moscou, le porte-parole du Kremlin, Dmitri Peskov, a estimé que le commerce entre la Russie et la Chine ...
    ("Moscou", "À Moscou", MOSCOW, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Russie", "entre la Russie", RUSSIA, "name"),
    ("Chine", "Russie et la Chine", CHINA, "name"),
    # Kiev a, de son côté, salué la fermeté américaine.
    ("Kiev", None, UKRAINE, "metonym"),
    # Arrivé mercredi à Shanghai, M. Blinken y avait rencontré jeudi le chef local du Parti communiste, Chen Jining,
    ("Shanghai", None, SHANGHAI, "name"),
    ("Blinken", "M. Blinken y", BLINKEN, "name"),
    ("y", "Blinken y avait", SHANGHAI, "pronoun"),
    ("le chef local du Parti communiste", None, CHEN, "nominal"),
    ("Parti communiste", None, CCP, "name"),
    ("Chen Jining", None, CHEN, "name"),
    ("la capitale", None, BEIJING, "nominal"),
    # Il doit quitter la Chine samedi. Aucune date n’a été fixée pour un nouveau sommet entre Xi Jinping et ...
    ("Il", "Il doit quitter", BLINKEN, "pronoun"),
    ("Chine", "quitter la Chine", CHINA, "name"),
    ("Xi Jinping", "entre Xi Jinping", XI, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    ("Californie", None, CALIFORNIA, "name"),
]

PUB_DAY = "The publication day, Friday 26 April 2024 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", None), "2024-04-26", "day", "weekday-publication-day",
     "« a été reçu vendredi à Pékin »: " + PUB_DAY),
    ("t-five-hours", ("plus de cinq heures", None), None, "duration", "explicit-duration",
     "« après plus de cinq heures d’entretiens »: the length of the talks with Wang Yi (more than PT5H); attached "
     "to nothing, as « pendant près de trois heures » in gold."),
    ("t-morning", ("dans la matinée", None), "2024-04-26", "day", "part-of-day",
     "« avait averti M. Wang dans la matinée »: the morning of the publication day (the pluperfect puts it before "
     "the reception of the lede). " + PUB_DAY),
    ("t-wednesday", ("mercredi", None), "2024-04-24", "day", "weekday-past",
     "« Arrivé mercredi à Shanghai »: the Wednesday before the publication day: 24 April 2024."),
    ("t-thursday", ("jeudi", None), "2024-04-25", "day", "weekday-past",
     "Pluperfect « y avait rencontré jeudi »: the Thursday before the publication day: 25 April 2024."),
    ("t-evening", ("dans la soirée", None), "2024-04-25", "day", "part-of-day",
     "« avant de gagner la capitale dans la soirée »: the evening of the sentence's Thursday (after the meeting in "
     "Shanghai), 25 April 2024, not the publication day."),
    ("t-saturday", ("samedi", None), "2024-04-27", "day", "weekday-future",
     "Future « Il doit quitter la Chine samedi »: the Saturday after the publication day: 27 April 2024."),
    ("t-november", ("en novembre", None), "2023-11", "month", "month-past",
     "Pluperfect « qui s’étaient vus en novembre »: the last November before April 2024, November 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-reception", "Meeting", "Xi Jinping receives Antony Blinken in Beijing on Friday", ("a été reçu", None),
          [("agent", XI), ("participant", BLINKEN)], place=BEIJING, time="t-friday",
          note="A passive reception with its agent in « par » (as « a été reçu jeudi au Kremlin par » in gold): the "
               "host is the agent, the guest a participant. « le président Xi Jinping »: a title right before the "
               "name (only « Xi Jinping » is a mention)."),
    event("e-wang-talks", "Meeting", "Blinken's talks of more than five hours with Wang Yi", ("entretiens", None),
          [("participant", BLINKEN), ("participant", WANG)], place=BEIJING, time="t-morning",
          note="« après plus de cinq heures d’entretiens avec le chef de la diplomatie chinoise, Wang Yi »: before "
               "the reception, in Beijing (implied by the sentence). Its day comes from Wang's words at them, « "
               "avait averti M. Wang dans la matinée » (the morning of the publication day); the duration is "
               "attached to nothing."),
    event("e-support", "Event", "China's support for Russia", ("soutien", None),
          [("agent", CHINA), ("recipient", RUSSIA)],
          note="« consacrés au soutien de la Chine à la Russie »: the topic of the talks, but a support the article "
               "states in its own voice: occurred, no source. The deliveries Blinken names are part of it."),
    event("e-deliveries", "Delivery", "Chinese deliveries of machine tools and electronic components to the Russian "
          "defence industry", ("livraisons", None),
          [("agent", CHINA), ("recipient", DEF_IND), ("theme", TOOLS), ("theme", COMPONENTS)],
          according_to=[BLINKEN], part_of="e-support",
          note="« les livraisons chinoises de ... à l’industrie de défense russe »: China the supplier from the "
               "adjective (as « achats de pétrole russe » in gold), the industry the recipient, both goods themes. "
               "Blinken's quote restates them (« le premier fournisseur de ces biens »): one event, according to "
               "him. No time written."),
    event("e-assault-struggle", "Event", "Without China, Russia would struggle to pursue its assault on Ukraine",
          ("aurait du mal", None), [("agent", RUSSIA), ("recipient", UKRAINE)], status="hypothetical",
          according_to=[BLINKEN],
          note="« Sans elle, Moscou aurait du mal à poursuivre son assaut contre l’Ukraine »: a counterfactual inside "
               "Blinken's quote: hypothetical. The assault itself is the invasion (Q110999040, an entity), which "
               "goes on; only the struggle without China is supposed. « Moscou » is Russia, « elle » China."),
    event("e-red-lines", "Event", "Washington not to cross Beijing's red lines (urged abstention)",
          ("franchir", None), [("agent", US)], status="proposed", according_to=[XI],
          note="« a toutefois appelé Washington à ne pas « franchir les lignes rouges » de Pékin »: a call to a "
               "negated infinitive is an urged abstention, proposed (as « Ne touchez pas ces objets » in gold). The "
               "red lines are China's; « notamment sur Taïwan » names Taiwan with no role."),
    event("e-sanctions-companies", "Sanction", "Washington will sanction the Chinese companies involved",
          ("sanctionnerait", None), [("agent", US), ("recipient", COMPANIES)], status="planned",
          according_to=[BLINKEN],
          note="« a prévenu que Washington sanctionnerait »: a future in the past inside a warning, planned (as « "
               "Pyongyang répondrait aux tracts » in gold); the companies « impliquées » are those involved in the "
               "deliveries."),
    event("e-bank-sanctions", "Sanction", "Washington may also target banks", ("viser", None),
          [("agent", US), ("recipient", BANKS)], status="hypothetical", according_to=[BLINKEN],
          note="« n’a pas exclu de viser des banques »: not ruled out, so possible: hypothetical (as « n’exclut pas "
               "de reprendre » in gold). The subject of « viser » is Washington's, from the clause before."),
    event("e-treasury-preparation", "Event", "The US Treasury reportedly prepares measures against financial "
          "institutions", ("préparerait", None), [("agent", TREASURY)], status="hypothetical", according_to=[WSJ],
          note="« Selon le Wall Street Journal, le Trésor américain préparerait »: the conditional of unconfirmed "
               "news, hypothetical."),
    event("e-treasury-measures", "Sanction", "Treasury measures against several financial institutions",
          ("mesures", None), [("agent", TREASURY), ("recipient", INSTITUTIONS)], status="hypothetical",
          according_to=[WSJ],
          note="The measures being prepared, known only from the conditional report: hypothetical. The article does "
               "not say whether they are the bank sanctions Blinken did not rule out: a separate event. They are what "
               "« préparerait » prepares, not a part of the preparation: no part_of."),
    event("e-stabilisation", "Event", "Chinese–American relations begin to stabilise", ("se stabiliser", None),
          [("participant", CHINA), ("participant", US)], according_to=[WANG],
          note="Inside Wang's quote, « Les relations sino-américaines commencent à se stabiliser »: occurring, "
               "according to him; the two states from the adjective « sino-américaines »."),
    event("e-negative-factors", "Event", "Negative factors keep accumulating in Chinese–American relations",
          ("s’accumuler", None), [("participant", CHINA), ("participant", US)], according_to=[WANG],
          note="« mais les facteurs négatifs continuent de s’accumuler »: an ongoing process of the same relations, "
               "according to Wang (as « ne cesse de s’étendre » in gold); « les facteurs négatifs » is no entity."),
    event("e-stifling", "Event", "The United States seek to stifle China's development (Wang's accusation)",
          ("étouffer", None), [("agent", US), ("recipient", CHINA)], status="suspected", according_to=[WANG],
          note="« en accusant les États-Unis de chercher à « étouffer » le développement de son pays »: an "
               "accusation, suspected (as « accusant Manille de « provocation » » in gold). « son pays » is China; "
               "« le développement » is a topic, not an event."),
    event("e-no-arms", "Delivery", "China delivers no arms to Russia (its denial)", ("livrer", None),
          [("agent", CHINA), ("recipient", RUSSIA)], status="negated", according_to=[CHINA],
          note="« Pékin, qui affirme ne livrer aucune arme à Moscou »: a denial standing alone about weapons, which "
               "nobody in the article says China delivers (Blinken speaks of machine tools and components): "
               "negated, according to China. « aucune arme » is not a mention."),
    event("e-trade", "Event", "Trade between Russia and China", ("commerce", None),
          [("participant", RUSSIA), ("participant", CHINA)], according_to=[PESKOV],
          note="« le commerce entre la Russie et la Chine »: existing trade (as « Nos échanges » in gold), what "
               "Peskov says concerns only the two countries."),
    event("e-arrival", "Event", "Blinken arrived in Shanghai on Wednesday", ("Arrivé", None),
          [("agent", BLINKEN)], place=SHANGHAI, time="t-wednesday",
          note="An apposed participle with its own weekday and place, as « Arrivé mercredi soir » in gold."),
    event("e-chen-meeting", "Meeting", "Blinken met Chen Jining in Shanghai on Thursday", ("avait rencontré", None),
          [("participant", BLINKEN), ("participant", CHEN)], place=SHANGHAI, time="t-thursday",
          note="Pluperfect; « y » is Shanghai. « le chef local du Parti communiste » is Chen's role in apposition."),
    event("e-to-beijing", "Event", "Blinken travelled on to Beijing on Thursday evening", ("gagner", None),
          [("agent", BLINKEN)], place=BEIJING, time="t-evening",
          note="« avant de gagner la capitale dans la soirée »: the destination is the place (as « se rendre à "
               "Odessa » in gold); « la capitale » is Beijing, the city; the evening is the Thursday's."),
    event("e-departure", "Event", "Blinken is to leave China on Saturday", ("doit quitter", None),
          [("agent", BLINKEN)], status="planned", place=CHINA, time="t-saturday",
          note="« Il doit quitter la Chine samedi »: planned; the place left is the place (as « doit quitter Moscou » "
               "in gold)."),
    event("e-new-summit", "Meeting", "A new Xi–Biden summit, for which no date has been fixed", ("sommet", None),
          [("participant", XI), ("participant", BIDEN)], status="negated",
          note="« Aucune date n’a été fixée pour un nouveau sommet »: nothing is scheduled, in the article's own "
               "voice: negated, as the negated planned meetings of gold (« aucune rencontre bilatérale n’est "
               "prévue »). No time, no place."),
    event("e-california-meeting", "Meeting", "Xi Jinping and Joe Biden met in California in November 2023",
          ("s’étaient vus", None), [("participant", XI), ("participant", BIDEN)], place=CALIFORNIA,
          time="t-november",
          note="A relative pluperfect: « qui s’étaient vus en novembre en Californie »."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-xi-partners", "Statement", "Xi: China and the United States must be partners, not rivals", XI,
           ("a déclaré", None), [("La Chine et les États-Unis doivent être des partenaires, et non des rivaux", None)],
           addressee=BLINKEN, time="t-friday", place=BEIJING, according_to=[XINHUA],
           note="A quote first; « à son visiteur » is Blinken, so the words were said at the reception and take its "
                "Friday and Beijing (as the words heard by « son invité » in gold). Predicates, no event."),
    speech("s-xinhua", "Report", "Xinhua reports Xi's words", XINHUA, ("selon", None), [],
           about=["s-xi-partners"],
           note="« selon l’agence officielle Chine nouvelle »: a title before the name; the Report is about Xi's "
                "words. It is not carried over to the next sentence, which has no source."),
    speech("s-xi-red-lines", "Statement", "Xi urges Washington not to « cross the red lines » of Beijing", XI,
           ("appelé", None), [("franchir les lignes rouges", None)], addressee=US, time="t-friday", place=BEIJING,
           about=["e-red-lines"],
           note="« Il » is Xi; the same occasion as the sentence before (« toutefois »), so the reception's Friday and "
                "Beijing. The call is addressed to « Washington » (the United States)."),
    speech("s-blinken-press", "Statement", "Blinken tells the press he voiced serious concerns", BLINKEN,
           ("a affirmé", None), [], about=["s-blinken-concerns", "e-deliveries"],
           note="« Devant la presse, M. Blinken a affirmé avoir fait part de ... »: his statement to the press (« la "
                "presse » generic, no addressee), which reports his own earlier words; no weekday: no time."),
    speech("s-blinken-concerns", "Statement", "Blinken voiced « serious concerns » over Chinese deliveries to the "
           "Russian defence industry", BLINKEN, ("fait part", None), [("sérieuses inquiétudes", None)],
           about=["e-deliveries"],
           note="The infinitive of speech « avoir fait part de « sérieuses inquiétudes » » is a speech act of its "
                "own, the one the guillemets belong to; its hearers (his Chinese hosts) are not written: no "
                "addressee, no time."),
    speech("s-blinken-supplier", "Statement", "Blinken: China is the first supplier; without it Moscow would "
           "struggle to pursue its assault", BLINKEN, ("a-t-il dit", None),
           [("La Chine est le premier fournisseur de ces biens", None),
            ("Sans elle, Moscou aurait du mal à poursuivre son assaut contre l’Ukraine.", None)],
           evidence=("« La Chine est le premier", "l’Ukraine. »"), about=["e-deliveries", "e-assault-struggle"],
           note="One quote split around « a-t-il dit. » with a sentence end in the split: one speech act, two quotes "
                "(the second keeps its full stop), as in gold. « le premier fournisseur de ces biens » is a "
                "predicate restating the deliveries (not a mention)."),
    speech("s-blinken-warning", "Warning", "Blinken warns that Washington will sanction the Chinese companies "
           "involved", BLINKEN, ("a prévenu", None), [], about=["e-sanctions-companies"],
           note="« Le chef de la diplomatie américaine » is Blinken; no quote, no addressee written (China is the one "
                "warned, but not named), no weekday: no time."),
    speech("s-blinken-which", "SpeechAct", "Blinken does not say which companies", BLINKEN,
           ("préciser", "sans préciser"), [], status="negated", about=["e-sanctions-companies"],
           note="« sans préciser lesquelles »: a negated speech act, as « sans préciser de calendrier » in gold."),
    speech("s-blinken-banks", "Statement", "Blinken does not rule out targeting banks", BLINKEN,
           ("n’a pas exclu", None), [], about=["e-bank-sanctions"],
           note="« n’a pas exclu de viser des banques »: a stance that the targeting is possible, a Statement (as « "
                "n’exclut pas » and « sans exclure » in gold), not a negated speech act."),
    speech("s-wsj", "Report", "The Wall Street Journal reports the Treasury's preparations", WSJ,
           ("Selon", None), [], about=["e-treasury-preparation", "e-treasury-measures"]),
    speech("s-wang-warning", "Warning", "Wang Yi: relations begin to stabilise, but negative factors keep "
           "accumulating", WANG, ("avait averti", None),
           [("Les relations sino-américaines commencent à se stabiliser, mais les facteurs négatifs continuent de "
             "s’accumuler", None)],
           time="t-morning", place=BEIJING, about=["e-stabilisation", "e-negative-factors"],
           note="A quote first with a pluperfect verb and « dans la matinée »: before the reception, at the talks "
                "with Blinken (Beijing, implied); Blinken, his counterpart there, is not written as addressee."),
    speech("s-wang-accusation", "Statement", "Wang Yi accuses the United States of seeking to « stifle » China's "
           "development", WANG, ("accusant", None), [("étouffer", None)], time="t-morning", place=BEIJING,
           about=["e-stifling"],
           note="A gerund with its own guillemets: a second speech act on the same occasion, as in gold."),
    speech("s-china-denial", "Statement", "Beijing says it delivers no arms to Moscow", CHINA, ("affirme", None), [],
           about=["e-no-arms"],
           note="« Pékin, qui affirme »: China (a metonym); a present in a relative clause, no time."),
    speech("s-china-unacceptable", "Statement", "Beijing judges the threats « unacceptable »", CHINA,
           ("a jugé", None), [("inacceptables", None)],
           about=["s-blinken-warning", "s-blinken-banks", "e-sanctions-companies", "e-bank-sanctions"],
           note="« ces menaces » restates Blinken's warning and his stance on banks (speech acts, not a mention) and "
                "the sanctions they threaten. No weekday: no time."),
    speech("s-peskov", "Statement", "Peskov: Russian–Chinese trade concerns only the two countries", PESKOV,
           ("a estimé", None), [("ne regarde que les deux pays", None)], place=MOSCOW, about=["e-trade"],
           note="« À Moscou » fronted: the city (Q649) where he speaks, as « À Washington » in gold. The quote comes "
                "after the verb, inside a « que » clause. No weekday: no time."),
    speech("s-kyiv", "Statement", "Kyiv welcomes the American firmness", UKRAINE, ("salué", None), [],
           about=["s-blinken-warning"],
           note="« Kiev » is Ukraine (a metonym). « la fermeté américaine » is the stance of Blinken's warning, not a "
                "mention (« américaine » an adjective) nor a new event."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
