"""Held-out annotation of communique-g7-hiroshima-2023-05-22.txt (written for the eleventh held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/communique-g7-hiroshima-2023-05-22.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/communique-g7-hiroshima-2023-05-22.annotation.src.py --check

Held-out set 11: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "communique-g7-hiroshima-2023-05-22.txt"

NOTE = """\
Held-out-11 article 3: China protests against the G7 Hiroshima communiqué, published Monday 22 May 2023 (the file \
gives the day). What it exercises: a summons with a purpose of speech (« a convoqué l’ambassadeur du Japon à \
Pékin pour protester contre le communiqué final »: a protest of China that happened, as « pour lui signifier une « \
vive protestation » » in benchmarks/gold) sourced after the clause (« a annoncé lundi la diplomatie chinoise »); a \
document speaking for its authors in a relative clause (« le communiqué final du sommet du G7 ..., qui critique sa \
politique »: a speech act of the G7 with no quote; China's policy is not an event); the summons told again with \
its day and its actors (« Le vice-ministre ..., Sun Weidong, a reproché dimanche à l’ambassadeur Hideo Tarumi la « \
collusion » de Tokyo ... pour « salir et attaquer » la Chine, selon un communiqué du ministère »: one verb, two \
quotes, one speech act; the collusion and the smear suspected; the summons takes that Sunday); a reply in \
indirect speech with a condition (« s’il ne voulait plus être critiqué »: hypothetical) sourced to Kyodo; a \
participle opening the sentence that restates the summit with its days (« Réunis de vendredi à dimanche »: the \
summit takes the Friday, the Sunday is attached to nothing, as « jeudi et vendredi » in benchmarks/gold) and a \
description of its city (« le fief électoral du Premier ministre japonais »: Hiroshima); a call to a metonym with \
two proposed events (« appelé Pékin à faire pression sur la Russie pour qu’elle retire ses troupes d’Ukraine »); \
« Ils se sont aussi dits opposés » with a quote and a participle with its own quote (two speech acts); an arrival \
« samedi » on a plane (a thing as participant) and an attendance part of the summit; a pluperfect written quote \
with « aujourd’hui » inside (the day of the post, « à son arrivée »: Saturday 20 May, attached to nothing); two \
verbs joined by « et » with one quote (« a défendu ... un sommet « historique » et assuré que son pays restait \
ouvert au dialogue »: two speech acts, the dialogue hypothetical, as « restait ouverte à des négociations »); « \
Moscou n’est pas en reste » (a metonym with no event) and an accusation « samedi » sourced to TASS; sanctions \
announced (planned, as « a annoncé l’envoi »); a pluperfect denunciation « samedi soir » of « un texte » (the \
communiqué: its relative clause's quote belongs to China's denunciation); « Le sommet a ... exigé » (the summit \
speaks for the G7: speaker the G7, « Le sommet » is the event, not a mention). « Pékin » is the city in « \
l’ambassadeur du Japon à Pékin » (Q956) and China elsewhere (Q148); « Tokyo » is Japan (Q17); « Japon » inside « \
l’ambassadeur du Japon » is the state. « Chine » inside « mer de Chine » only names the sea: not a mention. « \
groupe » in « les autres membres du groupe » is the G7; « gouvernement français » inside the plane's description \
is the French government (a plain description, not a title); « la diplomatie russe » inside Lavrov's title is not \
a mention. Not mentions: « sa politique », « le statu quo », « les réseaux sociaux », « un texte », « Le sommet », \
« un sommet », « ses affaires intérieures », « ses programmes nucléaire et balistique », « les dernières séances ». \
The G7, its leaders and its other members, Hiroshima, Taiwan, the China seas, Sun Weidong, Hideo Tarumi, the \
Chinese foreign ministry, Kyodo, Zelensky, the French government and its plane, the deputies, the Western \
countries and the Russian diamonds are not in ids.tsv: local, unlinked."""

CHINA, JAPAN, RUSSIA, UKRAINE, NK = "Q148", "Q17", "Q159", "Q212", "Q423"
BEIJING, KISHIDA, LAVROV, TASS, RU_ARMY = "Q956", "Q359480", "Q58217", "Q223799", "Q193159"
G7, HIROSHIMA, TAIWAN, CHINA_SEA = "local:g7", "local:hiroshima", "local:taiwan", "local:china-seas"
SUN, TARUMI, CN_MFA, G7_OTHERS = "local:sun-weidong", "local:hideo-tarumi", "local:chinese-foreign-ministry", \
    "local:g7-other-members"
KYODO, G7_LEADERS, ZELENSKY, FR_GOV = "local:kyodo", "local:g7-leaders", "local:volodymyr-zelensky", \
    "local:french-government"
PLANE, DEPUTIES, WEST, DIAMONDS = "local:french-government-plane", "local:japanese-deputies", \
    "local:western-countries", "local:russian-diamonds"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (G7, "G7", "Group of Seven", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HIROSHIMA, "Hiroshima", "Hiroshima", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CHINA_SEA, "mer de Chine", "China seas", "place",
     {"description": "the East and South China seas, named together", "unlinked_reason": NOT_VERIFIED}),
    (SUN, "Sun Weidong", "Sun Weidong", "person",
     {"description": "vice-ministre chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (TARUMI, "Hideo Tarumi", "Hideo Tarumi", "person",
     {"description": "ambassadeur du Japon en Chine", "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (G7_OTHERS, "les autres membres du G7", "the other G7 members", "group",
     {"unlinked_reason": "a group of states, not one Wikidata item"}),
    (KYODO, "Kyodo", "Kyodo News", "organization", {"class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (G7_LEADERS, "dirigeants du G7", "G7 leaders", "group",
     {"unlinked_reason": "a group of people, not one Wikidata item"}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (FR_GOV, "gouvernement français", "Government of France", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PLANE, "avion du gouvernement français", "French government aircraft", "object",
     {"class_qid": "Q11436", "unlinked_reason": "one aircraft, no Wikidata item"}),
    (DEPUTIES, "députés japonais", "Japanese deputies", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (WEST, "les Occidentaux", "Western countries", "group",
     {"unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (DIAMONDS, "diamants russes", "Russian diamonds", "object",
     {"unlinked_reason": "a kind of goods, not one Wikidata item"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Chine", "La Chine a", CHINA, "name"),
    ("l’ambassadeur du Japon à Pékin", None, TARUMI, "nominal"),
    ("Japon", None, JAPAN, "name"),
    ("Pékin", "Japon à Pékin", BEIJING, "name"),
    ("G7", "sommet du G7", G7, "name"),
    ("Hiroshima", None, HIROSHIMA, "name"),
    ("mer de Chine", None, CHINA_SEA, "name"),
    ("Taïwan", None, TAIWAN, "name"),
    ("la diplomatie chinoise", None, CN_MFA, "nominal"),
    # Le vice-ministre des Affaires étrangères, Sun Weidong, a reproché dimanche ...
    ("Le vice-ministre des Affaires étrangères", None, SUN, "nominal"),
    ("Sun Weidong", None, SUN, "name"),
    ("Hideo Tarumi", None, TARUMI, "name"),
    ("Tokyo", None, JAPAN, "metonym"),
    ("les autres membres du groupe", None, G7_OTHERS, "nominal"),
    ("groupe", "membres du groupe", G7, "nominal"),
    ("Chine", "attaquer » la Chine", CHINA, "name"),
    ("ministère", "communiqué du ministère", CN_MFA, "nominal"),
    # Le diplomate japonais a répondu que Pékin devait ..., a rapporté l’agence Kyodo.
    ("Le diplomate japonais", None, TARUMI, "nominal"),
    ("Pékin", "que Pékin devait", CHINA, "metonym"),
    ("il", "s’il ne voulait", CHINA, "pronoun"),
    ("Kyodo", None, KYODO, "name"),
    # Réunis de vendredi à dimanche dans le fief électoral du Premier ministre japonais, Fumio Kishida, ...
    ("le fief électoral du Premier ministre japonais", None, HIROSHIMA, "nominal"),
    ("Premier ministre japonais", None, KISHIDA, "nominal"),
    ("Fumio Kishida", None, KISHIDA, "name"),
    ("les dirigeants des sept grandes démocraties industrialisées", None, G7_LEADERS, "nominal"),
    ("Pékin", "appelé Pékin", CHINA, "metonym"),
    ("Russie", "sur la Russie", RUSSIA, "name"),
    ("elle", "qu’elle retire", RUSSIA, "pronoun"),
    ("ses troupes", None, RU_ARMY, "nominal"),
    ("Ukraine", None, UKRAINE, "name"),
    ("Ils", None, G7_LEADERS, "pronoun"),
    ("la deuxième économie mondiale", None, CHINA, "nominal"),
    # Le président ukrainien, Volodymyr Zelensky, arrivé samedi à bord d’un avion du gouvernement français, ...
    ("Le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("un avion du gouvernement français", None, PLANE, "nominal"),
    ("gouvernement français", None, FR_GOV, "nominal"),
    ("il", "avait-il écrit", ZELENSKY, "pronoun"),
    # M. Kishida a défendu lundi devant les députés ...
    ("Kishida", "M. Kishida", KISHIDA, "name"),
    ("les députés", None, DEPUTIES, "nominal"),
    ("son pays", None, JAPAN, "nominal"),
    ("son voisin", None, CHINA, "nominal"),
    # Moscou n’est pas en reste. Le chef de la diplomatie russe, Sergueï Lavrov, ...
    ("Moscou", None, RUSSIA, "metonym"),
    ("Le chef de la diplomatie russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("les Occidentaux", None, WEST, "nominal"),
    ("Russie", "la Russie et la Chine", RUSSIA, "name"),
    ("Chine", "la Russie et la Chine", CHINA, "name"),
    ("TASS", None, TASS, "name"),
    ("G7", "Le G7 a annoncé", G7, "name"),
    ("les diamants russes", None, DIAMONDS, "nominal"),
    # Pékin avait déjà dénoncé samedi soir ... Le sommet a par ailleurs exigé de la Corée du Nord ...
    ("Pékin", "Pékin avait déjà", CHINA, "metonym"),
    ("Corée du Nord", None, NK, "name"),
    ("elle", "qu’elle renonce", NK, "pronoun"),
]

PUB_DAY = "The publication day, Monday 22 May 2023."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-monday", ("lundi", "a annoncé lundi"), "2023-05-22", "day", "weekday-publication-day",
     "« a annoncé lundi »: " + PUB_DAY),
    ("t-sunday", ("dimanche", "a reproché dimanche"), "2023-05-21", "day", "weekday-past",
     "« a reproché dimanche »: the Sunday before the publication day: 21 May 2023. It dates the summons too."),
    ("t-friday-summit", ("vendredi", None), "2023-05-19", "day", "weekday-past",
     "« Réunis de vendredi à dimanche »: the summit's first day, Friday 19 May 2023 (one meeting, the first day)."),
    ("t-sunday-summit", ("dimanche", "vendredi à dimanche"), "2023-05-21", "day", "weekday-past",
     "The summit's last day, Sunday 21 May 2023: annotated, attached to nothing."),
    ("t-saturday-arrival", ("samedi", "arrivé samedi"), "2023-05-20", "day", "weekday-past",
     "« arrivé samedi »: Saturday 20 May 2023."),
    ("t-today-quote", ("aujourd’hui", None), "2023-05-20", "day", "deictic-today",
     "Inside Zelensky's quote, written « à son arrivée »: the day of the post, Saturday 20 May 2023 (not the "
     "publication day); attached to nothing."),
    ("t-monday-kishida", ("lundi", "a défendu lundi"), "2023-05-22", "day", "weekday-publication-day",
     "« a défendu lundi »: " + PUB_DAY),
    ("t-saturday-lavrov", ("samedi", "a accusé samedi"), "2023-05-20", "day", "weekday-past",
     "« a accusé samedi »: Saturday 20 May 2023."),
    ("t-saturday-evening", ("samedi soir", None), "2023-05-20", "day", "part-of-day",
     "Pluperfect « avait déjà dénoncé samedi soir »: Saturday 20 May 2023."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "The G7 summit in Hiroshima", ("sommet", "sommet du G7"),
          [("participant", G7_LEADERS)], place=HIROSHIMA, time="t-friday-summit",
          note="« Réunis de vendredi à dimanche dans le fief électoral du Premier ministre japonais » restates it with "
               "its days and place; « un sommet « historique » » and « Le sommet » too."),
    event("e-summons", "Event", "China summons the Japanese ambassador", ("a convoqué", None),
          [("agent", CHINA), ("recipient", TARUMI)], place=BEIJING, time="t-sunday", according_to=[CN_MFA],
          note="The ambassador's post, Beijing, is where he is summoned; Sun's reproach « dimanche » is made at it."),
    event("e-collusion", "Event", "Japan's « collusion » with the other G7 members (Chinese charge)",
          ("collusion", None), [("participant", JAPAN), ("participant", G7_OTHERS)], status="suspected",
          according_to=[SUN]),
    event("e-smear", "Event", "Japan and the other G7 members « smear and attack » China (Chinese charge)",
          ("salir", None), [("agent", JAPAN), ("agent", G7_OTHERS), ("recipient", CHINA)], status="suspected",
          according_to=[SUN]),
    event("e-change-behaviour", "Event", "China should first change its behaviour", ("changer de comportement", None),
          [("agent", CHINA)], status="proposed", according_to=[TARUMI]),
    event("e-criticised", "Event", "China would no longer be criticised", ("critiqué", None), [("recipient", CHINA)],
          status="hypothetical", according_to=[TARUMI], note="« s’il ne voulait plus être critiqué »: a condition."),
    event("e-pressure", "Event", "China to press Russia", ("faire pression", None),
          [("agent", CHINA), ("recipient", RUSSIA)], status="proposed", according_to=[G7_LEADERS]),
    event("e-withdrawal", "Event", "Russia to withdraw its troops from Ukraine", ("retire", None),
          [("agent", RUSSIA), ("theme", RU_ARMY)], status="proposed", according_to=[G7_LEADERS],
          note="« d’Ukraine » is where the troops leave from, not where the withdrawal is placed: no place."),
    event("e-status-quo", "Event", "Any attempt to change the status quo by force", ("modifier", None),
          [("agent", CHINA)], status="hypothetical", according_to=[G7_LEADERS],
          note="« toute tentative »: an eventuality the leaders oppose; China, whose policy in the China seas and "
               "towards Taiwan the communiqué criticises, is the implied agent."),
    event("e-relations", "Event", "Constructive and stable relations with China", ("relations", None),
          [("participant", G7_LEADERS), ("participant", CHINA)], status="proposed", according_to=[G7_LEADERS]),
    event("e-zelensky-arrival", "Event", "Zelensky arrives on Saturday on a French government plane",
          ("arrivé", "arrivé samedi"), [("agent", ZELENSKY), ("participant", PLANE)], time="t-saturday-arrival",
          part_of="e-summit", note="The place is not written (Hiroshima is implied): no place."),
    event("e-zelensky-attends", "Event", "Zelensky attends the last sessions of the summit", ("a assisté", None),
          [("agent", ZELENSKY)], part_of="e-summit"),
    event("e-peace", "Event", "Peace will be closer (Zelensky)", ("paix", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="hypothetical", according_to=[ZELENSKY],
          note="A hope inside the quote; the parties are implied."),
    event("e-dialogue", "Event", "Japan remains open to dialogue with China", ("dialogue", None),
          [("participant", JAPAN), ("participant", CHINA)], status="hypothetical", according_to=[KISHIDA],
          note="« restait ouvert au dialogue », as « restait ouverte à des négociations » in benchmarks/gold."),
    event("e-containment", "Event", "The West seeks to « contain » Russia and China (Lavrov's charge)",
          ("contenir", None), [("agent", WEST), ("recipient", RUSSIA), ("recipient", CHINA)], status="suspected",
          according_to=[LAVROV]),
    event("e-sanctions", "Sanction", "New G7 sanctions, notably on Russian diamonds", ("sanctions", None),
          [("agent", G7), ("recipient", RUSSIA), ("theme", DIAMONDS)], status="planned",
          note="Announced, not said to be in force: planned, as « a annoncé l’envoi » in benchmarks/gold. Russia as "
               "recipient from « russes »."),
    event("e-interference", "Event", "The G7 « grossly interferes » in China's internal affairs (Chinese charge)",
          ("s’ingère", None), [("agent", G7), ("recipient", CHINA)], status="suspected", according_to=[CHINA]),
    event("e-renounce", "Event", "North Korea to give up its nuclear and ballistic programmes", ("renonce", None),
          [("agent", NK)], status="proposed", according_to=[G7]),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-china-protest", "Statement", "China protests against the G7 communiqué", CHINA, ("protester", None), [],
           addressee=JAPAN, time="t-sunday", according_to=[CN_MFA], about=["s-g7-criticism"],
           note="The purpose of a summons that took place: occurred."),
    speech("s-g7-criticism", "Statement", "The G7 communiqué criticises China's policy in the China seas and towards "
           "Taiwan", G7, ("critique", None), [],
           note="« le communiqué final ..., qui critique »: the document speaks for its authors, the G7; no word "
                "dates it."),
    speech("s-cn-mfa", "Report", "Chinese diplomacy announces the summons", CN_MFA, ("a annoncé", "a annoncé lundi"),
           [], time="t-monday", about=["e-summons", "s-china-protest"]),
    speech("s-sun", "Statement", "Sun Weidong reproaches Japan's « collusion » to « smear and attack » China", SUN,
           ("a reproché", None), [("collusion", None), ("salir et attaquer", None)], addressee=TARUMI,
           time="t-sunday", according_to=[CN_MFA], about=["e-collusion", "e-smear"],
           note="One verb, two quotes: one speech act."),
    speech("s-mfa-communique", "Report", "A communiqué of the Chinese ministry reports Sun's words", CN_MFA,
           ("selon", "selon un communiqué"), [], about=["s-sun"]),
    speech("s-tarumi", "Statement", "Tarumi replies that Beijing should first change its behaviour", TARUMI,
           ("a répondu", None), [], addressee=SUN, time="t-sunday", according_to=[KYODO],
           about=["e-change-behaviour", "e-criticised"],
           note="A reply at the same summons: its Sunday."),
    speech("s-kyodo", "Report", "Kyodo reports Tarumi's reply", KYODO, ("a rapporté", None), [], about=["s-tarumi"]),
    speech("s-g7-call", "Statement", "The G7 leaders call on Beijing to press Russia to withdraw its troops",
           G7_LEADERS, ("ont appelé", None), [], addressee=CHINA, time="t-friday-summit",
           about=["e-pressure", "e-withdrawal"],
           note="Words at the summit with no weekday of their own take the summit's time."),
    speech("s-g7-opposed", "Statement", "The G7 leaders oppose any change of the status quo « by force »",
           G7_LEADERS, ("opposés", None), [("par la force", None)], time="t-friday-summit", about=["e-status-quo"]),
    speech("s-g7-wish", "Statement", "The G7 leaders wish for « constructive and stable » relations with China",
           G7_LEADERS, ("souhaitant", None), [("constructives et stables", None)], time="t-friday-summit",
           about=["e-relations"], note="A participle with its own guillemets: a second speech act."),
    speech("s-zelensky-post", "Statement", "Zelensky: « Peace will be closer today »", ZELENSKY,
           ("écrit", "avait-il écrit"), [("La paix sera plus proche aujourd’hui", None)], time="t-saturday-arrival",
           about=["e-peace"], note="« à son arrivée »: the arrival's Saturday."),
    speech("s-kishida-defends", "Statement", "Kishida defends a « historic » summit before the deputies", KISHIDA,
           ("a défendu", None), [("historique", None)], addressee=DEPUTIES, time="t-monday-kishida",
           about=["e-summit"]),
    speech("s-kishida-assures", "Assurance", "Kishida assures that Japan remains open to dialogue with China",
           KISHIDA, ("assuré", None), [], addressee=DEPUTIES, time="t-monday-kishida", about=["e-dialogue"],
           note="« et assuré que ... »: a second verb joined by « et », no quote of its own: a second speech act."),
    speech("s-lavrov", "Statement", "Lavrov accuses the West of seeking to « contain » Russia and China", LAVROV,
           ("a accusé", None), [("contenir", None)], addressee=WEST, time="t-saturday-lavrov", according_to=[TASS],
           about=["e-containment"]),
    speech("s-tass", "Report", "TASS reports Lavrov's accusation", TASS, ("selon", "selon l’agence TASS"), [],
           about=["s-lavrov"]),
    speech("s-g7-sanctions", "Statement", "The G7 announces new sanctions", G7, ("a annoncé", "Le G7 a annoncé"), [],
           about=["e-sanctions"]),
    speech("s-beijing-denounces", "Statement", "Beijing denounced a text that « grossly interferes » in its affairs",
           CHINA, ("dénoncé", None), [("s’ingère grossièrement", None)], time="t-saturday-evening",
           about=["s-g7-criticism", "e-interference"],
           note="The quote lies in the relative clause about « un texte »; it is China's wording: China's act."),
    speech("s-summit-demand", "Statement", "The G7 demands that North Korea give up its nuclear and ballistic "
           "programmes", G7, ("exigé", None), [], addressee=NK, about=["e-renounce"],
           note="« Le sommet a ... exigé »: the summit speaks for the G7."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
