"""Held-out annotation of kim-pekin-defile-2025-09-03.txt (written for the fifth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/kim-pekin-defile-2025-09-03.annotation.src.py [--check]

Held-out set 5: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "kim-pekin-defile-2025-09-03.txt"

NOTE = """\
Held-out-5 article 4: Kim Jong-un at the Beijing military parade, published Wednesday 3 September 2025 (the file \
gives the day). What it exercises: an attendance with three persons (« a assisté mercredi à Pékin, aux côtés de Xi \
Jinping et de Vladimir Poutine, à un gigantesque défilé militaire ») and an anniversary counted back (« marquant \
les 80 ans de la capitulation du Japon »: 1945, the year); « depuis son arrivée au pouvoir » (a nominal event \
dated by the reader's knowledge: 2011, the year, as « depuis la fin de la Seconde Guerre mondiale » is 1945 in \
benchmarks/gold); a participle apposition with a past weekday (« Le dirigeant nord-coréen, arrivé mardi dans son \
train blindé »); a scene sourced to television images; an unnamed plural group « dont le Biélorusse Alexandre \
Loukachenko » (a nationality noun right before the name: part of the name's phrase); a quote first with « a lancé \
M. Xi » and « Aujourd’hui » inside it; a nominal event in a phrase with « avant » (« le passage de missiles \
intercontinentaux »); a negated joint declaration by three leaders (three speech acts, one trigger); a planned \
meeting in the past tense « dans la soirée » told by Ushakov « cité par l’agence TASS »; a metonym source before \
the clause (« Selon Séoul ») of a passive dispatch « l’an dernier » (2024); a pluperfect protest « la semaine \
dernière » (25 to 31 August 2025: the month) with a quote in a participle (« un défilé jugé « trop tourné vers le \
passé » »: one speech act, Japan's protest) sourced after the clause, and a pluperfect retort with a quote; an \
accusation with a quote on a social network by a role noun in apposition (the conspiracy suspected); a rejection \
and a participle qualification with a quote (« Le Kremlin a rejeté ces propos, les qualifiant d’« ironiques » »: \
two speech acts, as « avait ironisé ..., estimant » in benchmarks/gold); a participle opening the sentence with \
its own source (« Accompagné de sa fille Ju Ae, selon l’agence sud-coréenne Yonhap ») before a planned meeting \
sourced to KCNA; « remontait à 2019 ». « Pékin » is the city where the parade is held (Q956) and China that Japan \
protests to (Q148); « Tokyo » is Japan (Q17), « À Washington » the city (Q61), « Séoul » South Korea (Q884). « \
Kremlin » inside « le chef du Kremlin » and « le conseiller diplomatique du Kremlin » is a mention (Q2060629), as \
in the bundled article. « des forces russes » is the Russian armed forces (Q193159), from the noun. « la diplomatie \
chinoise » as a subject is China's foreign ministry (local). « Aujourd’hui » in Xi's quote is the publication day \
(the speech's day), attached to nothing. Not mentions: « Une vingtaine d’autres chefs d’État », « Les trois \
dirigeants », « les trois hommes » (plural), « son train blindé », « la tribune », « son réseau social », « ces \
propos » (what Trump said, restated), « l’humanité ». Ushakov, Trump, Ju Ae, Tiananmen Square, CCTV, Kyodo, Yonhap, \
China's foreign ministry, the North Korean soldiers and the missiles are not in ids.tsv: local, unlinked."""

KIM, XI, PUTIN, LUKASHENKO = "Q56226", "Q15031", "Q7747", "Q2866"
CHINA, JAPAN, SKOREA, NKOREA, RUSSIA, US = "Q148", "Q17", "Q884", "Q423", "Q159", "Q30"
BEIJING, WASHINGTON, KREMLIN, TASS, KCNA, RU_ARMY = "Q956", "Q61", "Q2060629", "Q223799", "Q326804", "Q193159"
TIANANMEN, CCTV, USHAKOV, SOLDIERS = "local:tiananmen-square", "local:cctv", "local:yuri-ushakov", \
    "local:north-korean-soldiers"
KYODO, CN_MFA, TRUMP, JU_AE, YONHAP, MISSILES = "local:kyodo", "local:china-foreign-ministry", \
    "local:donald-trump", "local:kim-ju-ae", "local:yonhap", "local:chinese-icbms"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (TIANANMEN, "place Tiananmen", "Tiananmen Square", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CCTV, "CCTV", "China Central Television", "organization",
     {"description": "télévision d’État chinoise", "unlinked_reason": NOT_VERIFIED}),
    (MISSILES, "missiles intercontinentaux", "intercontinental ballistic missiles (shown at the parade)", "object",
     {"unlinked_reason": "unnamed units, not one Wikidata item"}),
    (USHAKOV, "Iouri Ouchakov", "Yuri Ushakov", "person",
     {"description": "conseiller diplomatique du Kremlin", "unlinked_reason": NOT_VERIFIED}),
    (SOLDIERS, "soldats nord-coréens", "North Korean soldiers", "group",
     {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (KYODO, "Kyodo", "Kyodo News", "organization",
     {"description": "agence de presse japonaise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"class_qid": "Q20901295", "unlinked_reason": NOT_VERIFIED}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (JU_AE, "Kim Ju Ae", "Kim Ju Ae", "person",
     {"description": "fille de Kim Jong-un", "unlinked_reason": NOT_VERIFIED}),
    (YONHAP, "Yonhap", "Yonhap News Agency", "organization",
     {"description": "agence de presse sud-coréenne", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Kim Jong-un", 1, KIM, "name"),
    ("Pékin", "mercredi à Pékin", BEIJING, "name"),
    ("Xi Jinping", None, XI, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Japon", "capitulation du Japon", JAPAN, "name"),
    # Le dirigeant nord-coréen, arrivé mardi ...
    ("Le dirigeant nord-coréen", None, KIM, "nominal"),
    ("place Tiananmen", None, TIANANMEN, "name"),
    ("président chinois", None, XI, "nominal"),
    ("le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "chef du Kremlin", KREMLIN, "metonym"),
    ("CCTV", None, CCTV, "name"),
    ("Alexandre Loukachenko", None, LUKASHENKO, "name"),
    # « Aujourd’hui ... », a lancé M. Xi ...
    ("Xi", "a lancé M. Xi", XI, "name"),
    ("missiles intercontinentaux", None, MISSILES, "nominal"),
    # Les trois dirigeants ...
    ("Poutine", "M. Poutine et", PUTIN, "name"),
    ("Kim", "M. Kim devaient", KIM, "name"),
    ("le conseiller diplomatique du Kremlin", None, USHAKOV, "nominal"),
    ("Kremlin", "conseiller diplomatique du Kremlin", KREMLIN, "metonym"),
    ("Iouri Ouchakov", None, USHAKOV, "name"),
    ("TASS", None, TASS, "name"),
    ("Séoul", None, SKOREA, "metonym"),
    ("des milliers de soldats nord-coréens", None, SOLDIERS, "nominal"),
    ("forces russes", None, RU_ARMY, "nominal"),
    # Le Japon avait protesté ...
    ("Japon", "Le Japon avait", JAPAN, "name"),
    ("Pékin", "auprès de Pékin", CHINA, "metonym"),
    ("Kyodo", None, KYODO, "name"),
    ("La diplomatie chinoise", None, CN_MFA, "nominal"),
    ("Tokyo", None, JAPAN, "metonym"),
    # À Washington ...
    ("Washington", None, WASHINGTON, "name"),
    ("le président américain", None, TRUMP, "nominal"),
    ("Donald Trump", None, TRUMP, "name"),
    ("États-Unis", None, US, "name"),
    ("Kremlin", "Le Kremlin a rejeté", KREMLIN, "metonym"),
    # Accompagné de sa fille Ju Ae ...
    ("Ju Ae", None, JU_AE, "name"),
    ("Yonhap", None, YONHAP, "name"),
    ("Kim Jong-un", 2, KIM, "name"),
    ("Xi", "le président Xi", XI, "name"),
    ("KCNA", None, KCNA, "name"),
    ("Chine", None, CHINA, "name"),
]

PUB_DAY = "The publication day, Wednesday 3 September 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2025-09-03", "day", "weekday-publication-day",
     "« a assisté mercredi »: " + PUB_DAY),
    ("t-1945", ("les 80 ans", None), "1945", "year", "anniversary-count-back",
     "« les 80 ans de la capitulation du Japon », in 2025: the capitulation was 80 years before, 1945; a round "
     "unit gives that unit (the year), as « il y a un an » gives the year in benchmarks/gold."),
    ("t-since-power", ("depuis son arrivée au pouvoir", None), "2011", "year", "named-event-start",
     "Kim Jong-un came to power in December 2011, on his father's death: the year, from knowledge the text "
     "assumes, as « depuis la fin de la Seconde Guerre mondiale » is 1945 in benchmarks/gold. « depuis X » is "
     "annotated as X, the start."),
    ("t-tuesday", ("mardi", None), "2025-09-02", "day", "weekday-past",
     "« arrivé mardi »: the Tuesday before publication, 2 September 2025."),
    ("t-today", ("Aujourd’hui", None), "2025-09-03", "day", "deictic-today",
     "Inside Xi's quote, spoken on the parade day: " + PUB_DAY + " Attached to no event."),
    ("t-ten-minutes", ("une dizaine de minutes", None), None, "duration", "vague-duration",
     "The speech's length."),
    ("t-evening", ("dans la soirée", None), "2025-09-03", "day", "part-of-day",
     "The evening of the publication day."),
    ("t-last-year", ("l’an dernier", None), "2024", "year", "relative-year-past", "The year before 2025."),
    ("t-last-week", ("la semaine dernière", None), "2025-08", "month", "relative-week-past",
     "The week before Wednesday 3 September 2025, Monday 25 to Sunday 31 August: inside one month, so the month."),
    ("t-thursday", ("jeudi", None), "2025-09-04", "day", "weekday-future",
     "« doit s’entretenir jeudi »: Thursday 4 September 2025."),
    ("t-2019", ("2019", None), "2019", "year", "explicit-year", "« remontait à 2019 »."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-parade", "Event", "A giant military parade in Beijing marking 80 years since Japan's capitulation",
          ("défilé", "gigantesque défilé"), [("agent", CHINA), ("participant", XI)], place=BEIJING,
          time="t-wednesday",
          note="China holds the parade (implied: Xi presides, in Beijing). « un défilé jugé ... » in Japan's "
               "protest restates it."),
    event("e-kim-attends", "Event", "Kim Jong-un attends the parade alongside Xi Jinping and Vladimir Putin",
          ("a assisté", None), [("participant", KIM), ("participant", XI), ("participant", PUTIN)],
          place=BEIJING, time="t-wednesday", part_of="e-parade",
          note="Stated in the article's own voice (no according_to); « sa première apparition lors d’une "
               "cérémonie multilatérale » restates it. Only the seating is told « selon les images de la télévision "
               "d’État CCTV » (s-cctv, about this event)."),
    event("e-capitulation", "Event", "Japan's capitulation, 80 years ago", ("capitulation", None),
          [("agent", JAPAN)], time="t-1945"),
    event("e-kim-takes-power", "Event", "Kim Jong-un's coming to power", ("arrivée", None), [("agent", KIM)],
          time="t-since-power"),
    event("e-kim-arrival", "Event", "Kim Jong-un arrived on Tuesday in his armoured train", ("arrivé", "arrivé mardi"),
          [("agent", KIM)], place=BEIJING, time="t-tuesday",
          note="Arrived in Beijing (the city of the first sentence)."),
    event("e-lukashenko-present", "Event", "About twenty other heads of state, including Lukashenko, attend",
          ("présents", None), [("participant", LUKASHENKO)], place=BEIJING, time="t-wednesday",
          part_of="e-parade",
          note="« Une vingtaine d’autres chefs d’État » is a plural phrase, not a mention; only Lukashenko is named."),
    event("e-missile-passage", "Event", "Intercontinental missiles shown to the public for the first time",
          ("passage", None), [("participant", MISSILES)], place=BEIJING, time="t-wednesday", part_of="e-parade"),
    event("e-putin-kim-talks", "Meeting", "Putin and Kim were to hold talks in the evening",
          ("s’entretenir", "devaient s’entretenir"), [("participant", PUTIN), ("participant", KIM)],
          status="planned", place=BEIJING, time="t-evening", according_to=[USHAKOV, TASS],
          note="« devaient s’entretenir »: planned, as « devait s’entretenir » in benchmarks/gold."),
    event("e-troops-sent", "Event", "Thousands of North Korean soldiers sent last year to fight with Russian forces",
          ("envoyés", None), [("agent", NKOREA), ("participant", SOLDIERS), ("recipient", RUSSIA)],
          time="t-last-year", according_to=[SKOREA],
          note="A passive with no agent: North Korea is implied (its soldiers); Russia receives them."),
    event("e-combat", "Event", "The North Korean soldiers fight alongside Russian forces", ("combattre", None),
          [("agent", SOLDIERS), ("participant", RU_ARMY)], according_to=[SKOREA],
          note="The purpose of the dispatch, stated as what happened by Seoul."),
    event("e-face-history", "Event", "Japan should « face history »", ("regarder", None), [("agent", JAPAN)],
          status="proposed", according_to=[CN_MFA], note="What China says Japan must do: proposed."),
    event("e-conspiracy", "Event", "The three leaders « conspire » against the United States (Trump)",
          ("conspirer", None), [("participant", KIM), ("participant", XI), ("participant", PUTIN),
                                ("recipient", US)],
          status="suspected", according_to=[TRUMP],
          note="« les trois hommes » is a plural phrase; the accusation is not endorsed: suspected."),
    event("e-ju-ae", "Event", "Kim Jong-un accompanied by his daughter Ju Ae", ("Accompagné", None),
          [("participant", KIM), ("participant", JU_AE)], according_to=[YONHAP]),
    event("e-kim-xi-talks", "Meeting", "Kim Jong-un to hold talks with Xi on Thursday",
          ("s’entretenir", "doit s’entretenir"), [("participant", KIM), ("participant", XI)], status="planned",
          time="t-thursday", according_to=[KCNA]),
    event("e-last-stay", "Visit", "Kim Jong-un's last stay in China, in 2019", ("séjour", None), [("agent", KIM)],
          place=CHINA, time="t-2019"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-cctv", "Report", "State television images show the three leaders on the rostrum", CCTV,
           ("selon", "selon les images"), [], about=["e-kim-attends"]),
    speech("s-xi", "Statement", "Xi: humanity again faces a choice between peace and war", XI, ("a lancé", None),
           [("Aujourd’hui, l’humanité est de nouveau confrontée au choix entre la paix et la guerre", None)],
           time="t-wednesday", place=BEIJING,
           note="« dans un discours d’une dizaine de minutes »: the speech is this speech act."),
    speech("s-no-declaration-xi", "SpeechAct", "No joint declaration (Xi)", XI, ("déclaration", None), [],
           status="negated", time="t-wednesday",
           note="« Les trois dirigeants n’ont fait aucune déclaration commune »: one negated speech act per leader, "
                "one trigger, as joint speech in benchmarks/gold."),
    speech("s-no-declaration-putin", "SpeechAct", "No joint declaration (Putin)", PUTIN, ("déclaration", None), [],
           status="negated", time="t-wednesday"),
    speech("s-no-declaration-kim", "SpeechAct", "No joint declaration (Kim)", KIM, ("déclaration", None), [],
           status="negated", time="t-wednesday"),
    speech("s-ushakov", "Report", "Ushakov says Putin and Kim were to meet in the evening", USHAKOV,
           ("a indiqué", None), [], according_to=[TASS], about=["e-putin-kim-talks"]),
    speech("s-tass", "Report", "TASS quotes Ushakov", TASS, ("cité", "cité par l’agence TASS"), [],
           about=["s-ushakov"]),
    speech("s-seoul", "Report", "South Korea says North Korean soldiers were sent to fight for Russia", SKOREA,
           ("Selon", "Selon Séoul"), [], about=["e-troops-sent", "e-combat"]),
    speech("s-japan-protest", "Statement", "Japan protested to China against a parade « too focused on the past »",
           JAPAN, ("avait protesté", None), [("trop tourné vers le passé", None)], addressee=CHINA,
           time="t-last-week", according_to=[KYODO], about=["e-parade"],
           note="« un défilé jugé « trop tourné vers le passé » »: the quote is Japan's judgement inside its protest, "
                "one speech act."),
    speech("s-kyodo", "Report", "Kyodo reports Japan's protest", KYODO, ("a rapporté", None), [],
           about=["s-japan-protest"]),
    speech("s-china-retort", "Statement", "China's foreign ministry retorted that Tokyo should « face history »",
           CN_MFA, ("avait rétorqué", None), [("regarder l’histoire en face", None)], addressee=JAPAN,
           about=["e-face-history"]),
    speech("s-trump", "Statement", "Trump accuses the three leaders of « conspiring » against the United States",
           TRUMP, ("a accusé", None), [("conspirer", None)], place=WASHINGTON, about=["e-conspiracy"],
           note="« sur son réseau social »: written; no day is given."),
    speech("s-kremlin-rejects", "Statement", "The Kremlin rejects Trump's remarks", KREMLIN, ("a rejeté", None), [],
           about=["s-trump"]),
    speech("s-kremlin-ironic", "Statement", "The Kremlin calls Trump's remarks « ironic »", KREMLIN,
           ("qualifiant", None), [("ironiques", None)], about=["s-trump"],
           note="A participle of speech with its own guillemets: a second speech act."),
    speech("s-yonhap", "Report", "Yonhap reports Kim is accompanied by his daughter", YONHAP,
           ("selon", "selon l’agence sud-coréenne"), [], about=["e-ju-ae"]),
    speech("s-kcna", "Report", "KCNA announces Kim's Thursday talks with Xi", KCNA, ("a précisé", None), [],
           about=["e-kim-xi-talks"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
