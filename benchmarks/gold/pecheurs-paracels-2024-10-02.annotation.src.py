"""Held-out annotation of pecheurs-paracels-2024-10-02.txt (written for the seventh held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/pecheurs-paracels-2024-10-02.annotation.src.py [--check]

Held-out set 7: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "pecheurs-paracels-2024-10-02.txt"

NOTE = """\
Held-out-7 article 3: Vietnam's protest after an attack on its fishermen near the Paracel Islands, published \
Wednesday 2 October 2024 (the file gives the day). What it exercises: a protest by a state « auprès de la Chine » \
after a nominal aggression with its day in apposition and a passive agent (« l’agression, dimanche, de pêcheurs \
vietnamiens par des agents chinois »), « près des îles Paracels » (near: not the place) and « en mer de Chine \
méridionale » (the place; « Chine » inside only gives a name), restated by « un incident qui a fait au moins quatre \
blessés »; three verbs with one subject under « Selon la porte-parole » (boarding, beating, seizure); a quote \
first with « a-t-elle déclaré lors d’un point de presse à Hanoï » and a second report « a-t-elle ajouté » of a \
passive diplomatic note with an implied sender (Vietnam, as « Une protestation a été transmise » in \
benchmarks/gold); a demand by a metonym with a subjunctive and a quote (« Hanoï exige que Pékin ouvre une enquête \
et « s’abstienne de toute récidive » »: proposed); double sourcing after the clause (« a rapporté le quotidien Tuoi \
Tre, citant le capitaine du chalutier »); a participle opening the sentence (« Interrogé mardi ») before a \
pluperfect assurance with a quote and an accusation in a participle (« des bateaux pêchant illégalement »: \
suspected); a territorial claim by a metonym (« que Pékin appelle Xisha et revendique ») and a passive claim by \
two parties (« revendiquées par le Vietnam et par Taïwan »: two speech acts, one trigger); a negated report (« Il \
n’avait pas fait état de blessés »); a passive participle opening the sentence with « depuis 1974 »; a denunciation \
by a metonym with a one-word quote sourced to a communiqué of its embassy; « moins de deux mois après la visite à \
Pékin » (a duration) with « y » and « en août »; a joint pledge without guillemets (« Les deux dirigeants \
s’étaient alors engagés »: two speech acts, one trigger). « Hanoï » is the city where the spokeswoman speaks and \
where the US embassy is (Q1858) and Vietnam where it demands (Q881); « Pékin » is China where it is asked, names \
and claims (Q148) and the city Tô Lâm visited (Q956). « Chine » inside « l’ambassade de Chine » is annotated (the \
state), as « Russie » inside « ambassade de Russie ». « la diplomatie vietnamienne » inside the spokeswoman's title \
is not a mention (no name); « ministère chinois des Affaires étrangères » inside Lin Jian's title is (an \
institution with a name of its own); « Parti communiste vietnamien » inside Tô Lâm's title is too. « des agents \
chinois », « une dizaine d’hommes armés de barres de fer » and « les garde-côtes » (Lin Jian's word for the same \
men) are one local group; « son équipage » is the fishermen. The Paracels (« îles Paracels », « l’archipel », « les \
Paracels », « Xisha »), the South China Sea, the spokeswoman Pham Thu Hang, Quang Ngai province, the trawler, the \
fish, the Chinese embassy, Ly Son, Tuoi Tre, the captain, Lin Jian, the Chinese foreign ministry, Taiwan, the US \
embassy and the Communist Party of Vietnam are not in ids.tsv: local, unlinked. Not mentions: « barres de fer » \
(no event takes them), « au moins quatre blessés » (a toll), « ce poste », « Les deux dirigeants », « leurs \
différends ». Not events: naming the archipel Xisha (« appelle »), the question put to Lin (« Interrogé »)."""

VIETNAM, CHINA, HANOI, BEIJING, TO_LAM, XI, US = "Q881", "Q148", "Q1858", "Q956", "Q10831196", "Q15031", "Q30"
FISHERMEN, AGENTS, PARACELS, SCS = "local:vietnamese-fishermen", "local:chinese-agents", "local:paracel-islands", \
    "local:south-china-sea"
SPOKESWOMAN, QUANG_NGAI, TRAWLER, FISH = "local:pham-thu-hang", "local:quang-ngai-province", \
    "local:quang-ngai-trawler", "local:seized-fish"
CN_EMBASSY, LY_SON, TUOI_TRE, CAPTAIN = "local:chinese-embassy-hanoi", "local:ly-son", "local:tuoi-tre", \
    "local:trawler-captain"
LIN, CN_MFA, TAIWAN, US_EMBASSY, CPV = "local:lin-jian", "local:china-mfa", "local:taiwan", \
    "local:us-embassy-hanoi", "local:communist-party-of-vietnam"
TWO_SAILORS, VN_BOATS = "local:two-injured-sailors", "local:vietnamese-boats"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (FISHERMEN, "pêcheurs vietnamiens", "Vietnamese fishermen", "group",
     {"description": "l’équipage d’un chalutier de Quang Ngai", "unlinked_reason": "an unnamed group"}),
    (AGENTS, "agents chinois", "Chinese agents", "group",
     {"description": "une dizaine d’hommes armés, des garde-côtes selon Pékin", "unlinked_reason": "an unnamed group"}),
    (PARACELS, "îles Paracels", "Paracel Islands", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SPOKESWOMAN, "Pham Thu Hang", "Phạm Thu Hằng", "person",
     {"description": "porte-parole de la diplomatie vietnamienne", "unlinked_reason": NOT_VERIFIED}),
    (QUANG_NGAI, "province de Quang Ngai", "Quảng Ngãi province", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TRAWLER, "chalutier de Quang Ngai", "a Quảng Ngãi trawler", "object", {"unlinked_reason": "an unnamed boat"}),
    (FISH, "près de quatre tonnes de poisson", "nearly four tonnes of fish", "object",
     {"unlinked_reason": "an unnamed cargo"}),
    (CN_EMBASSY, "ambassade de Chine au Vietnam", "Embassy of China in Vietnam", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (LY_SON, "île de Ly Son", "Lý Sơn island", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TUOI_TRE, "Tuoi Tre", "Tuổi Trẻ", "organization", {"description": "quotidien vietnamien",
                                                          "unlinked_reason": NOT_VERIFIED}),
    (CAPTAIN, "le capitaine du chalutier", "the trawler's captain", "person",
     {"unlinked_reason": "not named in the article"}),
    (LIN, "Lin Jian", "Lin Jian", "person",
     {"description": "porte-parole du ministère chinois des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (US_EMBASSY, "ambassade des États-Unis à Hanoï", "Embassy of the United States in Hanoi", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (CPV, "Parti communiste vietnamien", "Communist Party of Vietnam", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TWO_SAILORS, "deux des marins", "two of the sailors", "group",
     {"unlinked_reason": "an unnamed group"}),
    (VN_BOATS, "bateaux vietnamiens", "Vietnamese boats", "object", {"unlinked_reason": "unnamed boats"}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Vietnam", 1, VIETNAM, "name"),
    ("Chine", "auprès de la Chine", CHINA, "name"),
    ("pêcheurs vietnamiens", None, FISHERMEN, "nominal"),
    ("des agents chinois", None, AGENTS, "nominal"),
    ("îles Paracels", None, PARACELS, "name"),
    ("mer de Chine méridionale", None, SCS, "name"),
    # Selon la porte-parole de la diplomatie vietnamienne, Pham Thu Hang ...
    ("la porte-parole de la diplomatie vietnamienne", None, SPOKESWOMAN, "nominal"),
    ("Pham Thu Hang", None, SPOKESWOMAN, "name"),
    ("une dizaine d’hommes armés de barres de fer", None, AGENTS, "nominal"),
    ("un chalutier de la province de Quang Ngai", None, TRAWLER, "nominal"),
    ("province de Quang Ngai", None, QUANG_NGAI, "name"),
    ("son équipage", None, FISHERMEN, "nominal"),
    ("près de quatre tonnes de poisson", None, FISH, "nominal"),
    ("Vietnam", "« Le Vietnam est", VIETNAM, "name"),
    ("elle", "a-t-elle déclaré", SPOKESWOMAN, "pronoun"),
    ("Hanoï", "point de presse à Hanoï", HANOI, "name"),
    ("l’ambassade de Chine", None, CN_EMBASSY, "nominal"),
    ("Chine", "ambassade de Chine", CHINA, "name"),
    ("elle", "a-t-elle ajouté", SPOKESWOMAN, "pronoun"),
    # Hanoï exige ...
    ("Hanoï", "Hanoï exige", VIETNAM, "metonym"),
    ("Pékin", "que Pékin ouvre", CHINA, "metonym"),
    ("Deux des marins", None, TWO_SAILORS, "nominal"),
    ("île de Ly Son", None, LY_SON, "name"),
    ("Tuoi Tre", None, TUOI_TRE, "name"),
    ("le capitaine du chalutier", None, CAPTAIN, "nominal"),
    ("chalutier", "capitaine du chalutier", TRAWLER, "nominal"),
    # Interrogé mardi, le porte-parole ...
    ("le porte-parole du ministère chinois des Affaires étrangères", None, LIN, "nominal"),
    ("ministère chinois des Affaires étrangères", None, CN_MFA, "name"),
    ("Lin Jian", None, LIN, "name"),
    ("les garde-côtes", None, AGENTS, "nominal"),
    ("des bateaux", None, VN_BOATS, "nominal"),
    ("l’archipel", None, PARACELS, "nominal"),
    ("Pékin", "que Pékin appelle", CHINA, "metonym"),
    ("Xisha", None, PARACELS, "name"),
    ("Il", "Il n’avait", LIN, "pronoun"),
    # Contrôlées par la Chine depuis 1974 ...
    ("Chine", "Contrôlées par la Chine", CHINA, "name"),
    ("Paracels", "les Paracels sont", PARACELS, "name"),
    ("Vietnam", "par le Vietnam et", VIETNAM, "name"),
    ("Taïwan", None, TAIWAN, "name"),
    ("Washington", None, US, "metonym"),
    ("son ambassade", None, US_EMBASSY, "nominal"),
    ("Hanoï", "son ambassade à Hanoï", HANOI, "name"),
    # L’incident survient moins de deux mois après la visite à Pékin ...
    ("Pékin", "la visite à Pékin", BEIJING, "name"),
    ("secrétaire général du Parti communiste vietnamien", None, TO_LAM, "nominal"),
    ("Parti communiste vietnamien", None, CPV, "name"),
    ("Tô Lâm", None, TO_LAM, "name"),
    ("y", "qui y avait", BEIJING, "pronoun"),
    ("Xi Jinping", None, XI, "name"),
]

PUB_DAY = "The publication day, Wednesday 2 October 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-10-02", "day", "weekday-publication-day",
     "« a protesté mercredi ». " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2024-09-29", "day", "weekday-past",
     "« l’agression, dimanche, »: the Sunday before the publication day: 29 September 2024."),
    ("t-tuesday", ("mardi", "Interrogé mardi"), "2024-10-01", "day", "weekday-past",
     "« Interrogé mardi »: the Tuesday before the publication day: 1 October 2024."),
    ("t-1974", ("1974", None), "1974", "year", "explicit-year", "« depuis 1974 »: the start, a year."),
    ("t-tuesday-us", ("mardi", "a dénoncé mardi"), "2024-10-01", "day", "weekday-past",
     "« Washington a dénoncé mardi »: 1 October 2024."),
    ("t-under-two-months", ("moins de deux mois", None), None, "duration", "explicit-duration",
     "The gap between Tô Lâm's visit and the incident (< P2M): a duration, attached to nothing."),
    ("t-august", ("en août", None), "2024-08", "month", "month-past",
     "The last August before October 2024: August 2024. « alors » refers back to it (not annotated)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-aggression", "Event", "Chinese agents attack Vietnamese fishermen near the Paracels on Sunday",
          ("agression", None), [("agent", AGENTS), ("recipient", FISHERMEN)], place=SCS, time="t-sunday",
          note="« près des îles Paracels » is near, not in: the place is the sea the text names. « un incident », "
               "« ces actes brutaux », « L’incident » and, in Lin Jian's words, « avaient agi » restate it."),
    event("e-injuries", "Event", "At least four fishermen injured", ("blessés", "quatre blessés"),
          [("agent", AGENTS), ("recipient", FISHERMEN)], time="t-sunday", part_of="e-aggression",
          note="« un incident qui a fait au moins quatre blessés »: a consequence, as « tuant au moins neuf civils » "
               "in benchmarks/gold; the toll itself is not a mention."),
    event("e-boarding", "Event", "About ten armed men board a Quang Ngai trawler", ("sont montés", None),
          [("agent", AGENTS), ("theme", TRAWLER)], time="t-sunday", part_of="e-aggression",
          according_to=[SPOKESWOMAN]),
    event("e-beating", "Event", "The men beat the trawler's crew", ("ont frappé", None),
          [("agent", AGENTS), ("recipient", FISHERMEN)], time="t-sunday", part_of="e-aggression",
          according_to=[SPOKESWOMAN]),
    event("e-seizure", "Event", "The men seize nearly four tonnes of fish", ("saisi", None),
          [("agent", AGENTS), ("theme", FISH)], time="t-sunday", part_of="e-aggression",
          according_to=[SPOKESWOMAN]),
    event("e-investigation", "Event", "China to open an investigation (demanded by Vietnam)", ("ouvre", None),
          [("agent", CHINA)], status="proposed", according_to=[VIETNAM]),
    event("e-no-recurrence", "Event", "China to refrain from any repeat (demanded by Vietnam)",
          ("s’abstienne", None), [("agent", CHINA)], status="proposed", according_to=[VIETNAM],
          note="What Hanoi demands is the abstention: proposed (the label says so), as the non-recognition "
               "urged in election-bielorussie-2025-01-27."),
    event("e-treatment", "Event", "Two badly injured sailors treated on Ly Son island", ("soignés", None),
          [("recipient", TWO_SAILORS)], place=LY_SON, according_to=[CAPTAIN, TUOI_TRE],
          note="Passive with no agent: the sailors are the recipient."),
    event("e-illegal-fishing", "Event", "Vietnamese boats fishing illegally in the archipelago's waters (Lin Jian)",
          ("pêchant", None), [("agent", VN_BOATS)], status="suspected", place=PARACELS, according_to=[LIN],
          note="« illégalement » is China's charge, which Vietnam contests: suspected."),
    event("e-control", "Event", "China has controlled the Paracels since 1974", ("Contrôlées", None),
          [("agent", CHINA), ("theme", PARACELS)], time="t-1974"),
    event("e-to-lam-visit", "Visit", "Tô Lâm's visit to Beijing in August, his first trip abroad in the post",
          ("visite", None), [("agent", TO_LAM)], place=BEIJING, time="t-august",
          note="« son premier déplacement à l’étranger à ce poste » restates it; « en août » is in the next clause."),
    event("e-to-lam-xi", "Meeting", "Tô Lâm met Xi Jinping in Beijing in August", ("avait rencontré", None),
          [("participant", TO_LAM), ("participant", XI)], place=BEIJING, time="t-august", part_of="e-to-lam-visit"),
    event("e-better-management", "Event", "Vietnam and China to manage their maritime disputes better",
          ("gérer", None), [("participant", VIETNAM), ("participant", CHINA)], status="planned",
          according_to=[TO_LAM, XI], note="A pledge: planned; the states are implied by the two leaders."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-vietnam-protest", "Statement", "Vietnam protests to China over the attack", VIETNAM,
           ("a protesté", None), [], addressee=CHINA, time="t-wednesday", about=["e-aggression"]),
    speech("s-spokeswoman-account", "Report", "The spokeswoman describes the attack", SPOKESWOMAN,
           ("Selon", None), [], about=["e-boarding", "e-beating", "e-seizure"]),
    speech("s-spokeswoman-quote", "Statement", "Pham Thu Hang: Vietnam deeply concerned, protests strongly",
           SPOKESWOMAN, ("a-t-elle déclaré", None),
           [("Le Vietnam est profondément préoccupé et proteste vivement contre ces actes brutaux", None)],
           place=HANOI, about=["e-aggression"],
           note="She speaks for Vietnam; no day is written for the press briefing."),
    speech("s-note", "Statement", "Vietnam hands a diplomatic note to the Chinese embassy", VIETNAM,
           ("note diplomatique", None), [], addressee=CN_EMBASSY, according_to=[SPOKESWOMAN],
           about=["e-aggression"],
           note="A passive with no agent: the sender is implied, as « Une protestation a été transmise » in "
                "benchmarks/gold; one speech act, no second event for « a été remise »."),
    speech("s-spokeswoman-note", "Report", "The spokeswoman reports the note", SPOKESWOMAN,
           ("a-t-elle ajouté", None), [], about=["s-note"]),
    speech("s-hanoi-demand", "Statement", "Hanoi demands an investigation and no repeat", VIETNAM, ("exige", None),
           [("s’abstienne de toute récidive", None)], addressee=CHINA,
           about=["e-investigation", "e-no-recurrence"]),
    speech("s-captain", "Report", "The trawler's captain, cited by Tuoi Tre, tells of the treatment", CAPTAIN,
           ("citant", None), [], according_to=[TUOI_TRE], about=["e-treatment"]),
    speech("s-tuoi-tre", "Report", "Tuoi Tre reports the treatment, citing the captain", TUOI_TRE,
           ("a rapporté", None), [], about=["s-captain", "e-treatment"]),
    speech("s-lin", "Assurance", "Lin Jian assured the coast guards acted « professionally and with restraint »",
           LIN, ("avait assuré", None), [("de manière professionnelle et mesurée", None)], time="t-tuesday",
           about=["e-aggression", "e-illegal-fishing"]),
    speech("s-china-claim", "SpeechAct", "China claims the Paracels", CHINA, ("revendique", None), [],
           about=["e-control"],
           note="A territorial claim is a stance given in words (as « revendiquée » in benchmarks/gold)."),
    speech("s-lin-no-injury", "Report", "Lin Jian did not mention any injuries", LIN, ("fait état", None), [],
           status="negated", time="t-tuesday", about=["e-injuries"]),
    speech("s-vietnam-claim", "SpeechAct", "Vietnam claims the Paracels", VIETNAM, ("revendiquées", None), [],
           about=["e-control"], note="« revendiquées par le Vietnam et par Taïwan »: two speakers, one trigger."),
    speech("s-taiwan-claim", "SpeechAct", "Taiwan claims the Paracels", TAIWAN, ("revendiquées", None), [],
           about=["e-control"]),
    speech("s-washington", "Statement", "Washington denounces « dangerous » behaviour", US, ("a dénoncé", None),
           [("dangereux", None)], time="t-tuesday-us", according_to=[US_EMBASSY], about=["e-aggression"]),
    speech("s-us-embassy", "Report", "The US embassy's communiqué", US_EMBASSY, ("selon", "selon un communiqué"),
           [], time="t-tuesday-us", place=HANOI, about=["s-washington"],
           note="A document speaks for its author, the embassy in Hanoi."),
    speech("s-to-lam-pledge", "Assurance", "Tô Lâm pledged to manage maritime disputes better", TO_LAM,
           ("engagés", None), [], time="t-august", place=BEIJING, about=["e-better-management"],
           note="« Les deux dirigeants s’étaient alors engagés »: two speakers, one trigger; no guillemets."),
    speech("s-xi-pledge", "Assurance", "Xi Jinping pledged to manage maritime disputes better", XI,
           ("engagés", None), [], time="t-august", place=BEIJING, about=["e-better-management"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
