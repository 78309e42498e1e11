"""Held-out annotation of xi-hanoi-2025-04-15.txt (written for the third held-out set, not a real article; the
facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/xi-hanoi-2025-04-15.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "xi-hanoi-2025-04-15.txt"

NOTE = """\
Held-out-3 article 3: Xi Jinping's state visit to Vietnam, published Tuesday 15 April 2025 (the file gives the \
day). What it exercises: a departure with two places (« a quitté mardi Hanoï pour la Malaisie »); a visit with a \
duration (« visite d’État de deux jours ») « marquée par » two nominal events, a signing and « des appels répétés \
à faire front commun » (a nominal speech act of Xi's with a proposed common front); tariffs named by an adjective \
(« droits de douane américains »: the United States is the agent, implied); a passive participle opening the \
sentence, with its agent in apposition (« Accueilli lundi ... par le président vietnamien, Luong Cuong, le numéro \
un chinois »); a long apposition with two role nouns (« secrétaire général du Parti communiste vietnamien et homme \
fort du pays »); a quote in a relative clause relayed by Xinhua (« qu’il a qualifié de « camarade et ami proche », \
selon l’agence Chine nouvelle »); a written quote split around « a écrit M. Xi dans une tribune publiée lundi par \
le quotidien Nhân Dân, organe du parti » (the newspaper's publication is a Report about it); a negated speech act \
as a participle (« Sans jamais nommer les États-Unis »); an exhortation to a metonym; « Les accords signés lundi » \
(the signing of the first paragraph, restated: not a second event) sourced to a ministry, with its negated half \
(« sans en chiffrer le coût »); a joint promise by a plural subject (« Les deux pays ... ont en outre promis »: \
two speech acts, one trigger, no guillemets) and a territorial dispute « depuis des décennies » (vague); an \
anonymous diplomat who « doute » with a quote; a pluperfect irony and a participle of opinion with a quote (« avait \
ironisé lundi ..., estimant que Pékin et Hanoï cherchaient à « arnaquer les États-Unis » »: two speech acts, the \
scam suspected); a passive state with a passive participle of suspension (« visé par des droits de douane de 46 %, \
suspendus pour 90 jours la semaine dernière »: a week inside one month gets the month); « mène depuis des \
négociations »; an expected arrival « mardi soir », a planned meeting « mercredi » with « où » and « il », a planned \
last leg (« avant de se rendre au Cambodge ») and the tour itself. Hanoï is the city where Xi leaves from and \
where the diplomat is posted (Q1858) and Vietnam when exhorted or accused (Q881); « À Washington » is the city \
(Q61). « pays » in « homme fort du pays » is Vietnam (a description inside a role noun that refers to another \
entity); « parti » in « organe du parti » is the Communist Party of Vietnam. « Chine » in « mer de Chine \
méridionale » only gives the sea its name: not a mention. « le port de Haiphong »: only the city's name is a \
mention. The 45 agreements are the signing's theme but, as plural « accords » in benchmarks/gold/, not a mention. \
Not mentions: « Les deux pays », « leurs différends maritimes », « ces promesses », « la frontière » (not named), \
« Il » in « Il n’y a pas » (impersonal). Luong Cuong, Donald Trump, Anwar Ibrahim, Malaysia, Kuala Lumpur, \
Cambodia, Xinhua, Nhân Dân, the Communist Party of Vietnam, Vietnam's foreign ministry, Lao Cai, Haiphong, the \
Paracel and Spratly Islands, the South China Sea and the US administration are not in ids.tsv: local, unlinked."""

XI, TO_LAM, CHINA, VIETNAM, US = "Q15031", "Q10831196", "Q148", "Q881", "Q30"
HANOI, WASHINGTON = "Q1858", "Q61"
MALAYSIA, ACCORDS, LUONG, CPV = "local:malaysia", "local:china-vietnam-april-2025-agreements", \
    "local:luong-cuong", "local:communist-party-of-vietnam"
XINHUA, NHAN_DAN, VN_MFA, RAILWAY = "local:xinhua", "local:nhan-dan", "local:vietnam-mfa", \
    "local:lao-cai-haiphong-railway"
LAO_CAI, HAIPHONG, PARACELS, SPRATLYS = "local:lao-cai", "local:haiphong", "local:paracel-islands", \
    "local:spratly-islands"
SCS, DIPLOMAT, TRUMP, US_ADMIN = "local:south-china-sea", "local:western-diplomat", "local:donald-trump", \
    "local:us-administration"
KL, ANWAR, CAMBODIA = "local:kuala-lumpur", "local:anwar-ibrahim", "local:cambodia"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (MALAYSIA, "Malaisie", "Malaysia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ACCORDS, "45 accords de coopération sino-vietnamiens (avril 2025)", "45 China–Vietnam cooperation agreements",
     "other", {"unlinked_reason": "several unnamed documents, not one Wikidata item"}),
    (LUONG, "Luong Cuong", "Lương Cường", "person",
     {"description": "président du Viêt Nam", "unlinked_reason": NOT_VERIFIED}),
    (CPV, "Parti communiste vietnamien", "Communist Party of Vietnam", "organization",
     {"class_qid": "Q7278", "unlinked_reason": NOT_VERIFIED}),
    (XINHUA, "Chine nouvelle", "Xinhua News Agency", "organization",
     {"description": "agence officielle chinoise", "class_qid": "Q192283", "unlinked_reason": NOT_VERIFIED}),
    (NHAN_DAN, "Nhân Dân", "Nhân Dân", "organization",
     {"description": "quotidien du Parti communiste vietnamien", "class_qid": "Q11032",
      "unlinked_reason": NOT_VERIFIED}),
    (VN_MFA, "ministère vietnamien des Affaires étrangères", "Ministry of Foreign Affairs of Vietnam",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (RAILWAY, "ligne ferroviaire Lao Cai–Haiphong", "Lao Cai–Haiphong railway", "object",
     {"description": "projet couvert par les accords", "unlinked_reason": "a project with no Wikidata item"}),
    (LAO_CAI, "Lao Cai", "Lào Cai", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HAIPHONG, "Haiphong", "Haiphong", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PARACELS, "Paracels", "Paracel Islands", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SPRATLYS, "Spratleys", "Spratly Islands", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SCS, "mer de Chine méridionale", "South China Sea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMAT, "un diplomate occidental en poste à Hanoï", "a Western diplomat in Hanoi", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (US_ADMIN, "administration américaine", "United States federal government", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (KL, "Kuala Lumpur", "Kuala Lumpur", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ANWAR, "Anwar Ibrahim", "Anwar Ibrahim", "person",
     {"description": "Premier ministre de la Malaisie", "unlinked_reason": NOT_VERIFIED}),
    (CAMBODIA, "Cambodge", "Cambodia", "country", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le président chinois", None, XI, "nominal"),
    ("Xi Jinping", 1, XI, "name"),
    ("Hanoï", "quitté mardi Hanoï", HANOI, "name"),
    ("Malaisie", None, MALAYSIA, "name"),
    ("Viêt Nam", "au Viêt Nam", VIETNAM, "name"),
    # Accueilli lundi à sa descente d’avion ...
    ("le président vietnamien", None, LUONG, "nominal"),
    ("Luong Cuong", None, LUONG, "name"),
    ("le numéro un chinois", None, XI, "nominal"),
    ("Tô Lâm", None, TO_LAM, "name"),
    ("secrétaire général du Parti communiste vietnamien", None, TO_LAM, "nominal"),
    ("Parti communiste vietnamien", None, CPV, "name"),
    ("homme fort du pays", None, TO_LAM, "nominal"),
    ("pays", "homme fort du pays", VIETNAM, "nominal"),
    ("il", "qu’il a qualifié", XI, "pronoun"),
    ("Chine nouvelle", None, XINHUA, "name"),
    # « Il n’y a pas de vainqueur ... », a écrit M. Xi ...
    ("Xi", "M. Xi", XI, "name"),
    ("Nhân Dân", None, NHAN_DAN, "name"),
    ("organe du parti", None, NHAN_DAN, "nominal"),
    ("parti", "organe du parti", CPV, "nominal"),
    ("États-Unis", "nommer les États-Unis", US, "name"),
    ("il", "il a exhorté", XI, "pronoun"),
    ("Hanoï", "exhorté Hanoï", VIETNAM, "metonym"),
    # Les accords signés lundi ...
    ("une ligne ferroviaire", None, RAILWAY, "nominal"),
    ("Lao Cai", None, LAO_CAI, "name"),
    ("Haiphong", None, HAIPHONG, "name"),
    ("le ministère vietnamien des Affaires étrangères", None, VN_MFA, "nominal"),
    # Les deux pays, qui se disputent ...
    ("Paracels", None, PARACELS, "name"),
    ("Spratleys", None, SPRATLYS, "name"),
    ("mer de Chine méridionale", None, SCS, "name"),
    ("Un diplomate occidental", None, DIPLOMAT, "nominal"),
    ("Hanoï", "en poste à Hanoï", HANOI, "name"),
    # À Washington, Donald Trump avait ironisé ...
    ("Washington", None, WASHINGTON, "name"),
    ("Donald Trump", None, TRUMP, "name"),
    ("Pékin", None, CHINA, "metonym"),
    ("Hanoï", "Pékin et Hanoï", VIETNAM, "metonym"),
    ("États-Unis", "arnaquer les États-Unis", US, "name"),
    ("Viêt Nam", "Le Viêt Nam, visé", VIETNAM, "name"),
    ("l’administration américaine", None, US_ADMIN, "nominal"),
    # Xi Jinping était attendu mardi soir à Kuala Lumpur ...
    ("Xi Jinping", 2, XI, "name"),
    ("Kuala Lumpur", None, KL, "name"),
    ("il", "où il doit", XI, "pronoun"),
    ("le Premier ministre malaisien", None, ANWAR, "nominal"),
    ("Anwar Ibrahim", None, ANWAR, "name"),
    ("Cambodge", None, CAMBODIA, "name"),
]

PUB_DAY = "The publication day, Tuesday 15 April 2025."
MONDAY = "Past: the Monday before the publication day (Tuesday 15 April 2025): 14 April 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "quitté mardi"), "2025-04-15", "day", "weekday-publication-day",
     "« a quitté mardi Hanoï »: the weekday of publication. " + PUB_DAY),
    ("t-two-days", ("deux jours", None), None, "duration", "explicit-duration",
     "The state visit lasts two days (P2D), Monday 14 and Tuesday 15 April."),
    ("t-monday-welcome", ("lundi", "Accueilli lundi"), "2025-04-14", "day", "weekday-past", MONDAY),
    ("t-monday-op-ed", ("lundi", "publiée lundi"), "2025-04-14", "day", "weekday-past", MONDAY),
    ("t-monday-signed", ("lundi", "signés lundi"), "2025-04-14", "day", "weekday-past", MONDAY),
    ("t-decades", ("depuis des décennies", None), None, "vague", "vague", "Several decades: no value."),
    ("t-monday-trump", ("lundi", "ironisé lundi"), "2025-04-14", "day", "weekday-past",
     "Pluperfect « avait ironisé lundi ». " + MONDAY),
    ("t-90-days", ("90 jours", None), None, "duration", "explicit-duration",
     "The suspension lasts 90 days (P90D): attached to nothing (the suspension's time is when it was decided)."),
    ("t-last-week", ("la semaine dernière", None), "2025-04", "month", "week-past",
     "The week before Tuesday 15 April 2025 runs from Monday 7 to Sunday 13 April: all in April 2025, so the "
     "month."),
    ("t-tuesday-evening", ("mardi soir", None), "2025-04-15", "day", "part-of-day",
     "The evening of the publication day. " + PUB_DAY),
    ("t-wednesday", ("mercredi", None), "2025-04-16", "day", "weekday-future",
     "Future « doit rencontrer mercredi »: the Wednesday after the publication day: 16 April 2025."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-departure", "Event", "Xi Jinping leaves Hanoi for Malaysia", ("a quitté", None), [("agent", XI)],
          place=HANOI, time="t-tuesday", part_of="e-state-visit",
          note="« a quitté mardi Hanoï pour la Malaisie »: the place left is Hanoi; Malaysia is where he goes "
               "(e-kl-arrival)."),
    event("e-state-visit", "Visit", "Xi Jinping's two-day state visit to Vietnam", ("visite d’État", None),
          [("agent", XI)], place=VIETNAM, time="t-two-days", part_of="e-tour",
          note="Its time is its length (two days); the days are Monday and Tuesday."),
    event("e-signing", "Agreement", "China and Vietnam sign 45 cooperation agreements", ("signature", None),
          [("participant", CHINA), ("participant", VIETNAM), ("theme", ACCORDS)], place=HANOI,
          time="t-monday-signed", according_to=[VN_MFA], part_of="e-state-visit",
          note="« Les accords signés lundi » (fourth paragraph) restates this signing and gives its day and its "
               "source; the parties are implied by the state visit. The place is Hanoi, where Xi was."),
    event("e-common-front", "Event", "China and Vietnam to make a common front against US tariffs",
          ("faire front commun", None), [("participant", CHINA), ("participant", VIETNAM)], status="proposed",
          according_to=[XI], note="What Xi's repeated calls ask for: proposed."),
    event("e-us-tariffs", "Event", "US tariffs", ("droits de douane", 1), [("agent", US)],
          note="« droits de douane américains »: the adjective implies the United States as agent."),
    event("e-welcome", "Meeting", "President Luong Cuong welcomes Xi Jinping as he leaves his plane",
          ("Accueilli", None), [("agent", LUONG), ("participant", XI)], place=HANOI, time="t-monday-welcome",
          part_of="e-state-visit",
          note="A passive participle opening the sentence, with its agent (« par le président vietnamien, Luong "
               "Cuong »); the airport is not named, Hanoi is implied by the visit."),
    event("e-xi-to-lam", "Meeting", "Xi Jinping holds two rounds of talks with Tô Lâm", ("s’est entretenu", None),
          [("participant", XI), ("participant", TO_LAM)], place=HANOI, according_to=[XINHUA],
          part_of="e-state-visit", note="« à deux reprises »: one event; no day is given for either round."),
    event("e-preserve-system", "Event", "Xi urges Vietnam to preserve the multilateral trading system together",
          ("préserver", None), [("participant", CHINA), ("participant", VIETNAM)], status="proposed",
          according_to=[XI], note="« ensemble »: China with Vietnam."),
    event("e-territorial-dispute", "Event", "China and Vietnam dispute the Paracel and Spratly Islands",
          ("se disputent", None), [("participant", CHINA), ("participant", VIETNAM)], place=SCS, time="t-decades",
          note="« Les deux pays » (plural, not a mention): China and Vietnam."),
    event("e-manage-disputes", "Event", "China and Vietnam will manage their maritime disputes better",
          ("gérer", None), [("participant", CHINA), ("participant", VIETNAM)], status="planned",
          according_to=[CHINA, VIETNAM], note="The content of their promise: planned."),
    event("e-scam", "Event", "China and Vietnam seek to « rip off » the United States (Trump)", ("arnaquer", None),
          [("agent", CHINA), ("agent", VIETNAM), ("recipient", US)], status="suspected", according_to=[TRUMP],
          note="Trump's opinion, not the article's: suspected."),
    event("e-vietnam-tariffs", "Event", "46 % US tariffs on Vietnam", ("droits de douane", 2),
          [("agent", US), ("recipient", VIETNAM)],
          note="« visé par des droits de douane de 46 % »: the United States, which negotiates them below, imposes "
               "them."),
    event("e-tariff-suspension", "Event", "The United States suspended the tariffs for 90 days last week",
          ("suspendus", None), [("agent", US)], time="t-last-week",
          note="Passive with no agent: only the United States can suspend its tariffs."),
    event("e-negotiations", "Meeting", "Vietnam negotiates with the US administration", ("négociations", None),
          [("participant", VIETNAM), ("participant", US_ADMIN)],
          note="« mène depuis des négociations »: since the suspension; no time of its own."),
    event("e-tour", "Visit", "Xi Jinping's regional tour (Vietnam, Malaysia, Cambodia)", ("tournée", None),
          [("agent", XI)], note="Under way: occurred. No place of its own (three countries)."),
    event("e-kl-arrival", "Visit", "Xi Jinping expected in Kuala Lumpur on Tuesday evening", ("était attendu", None),
          [("agent", XI)], status="planned", place=KL, time="t-tuesday-evening", part_of="e-tour"),
    event("e-xi-anwar", "Meeting", "Xi is to meet Malaysian Prime Minister Anwar Ibrahim on Wednesday",
          ("rencontrer", None), [("participant", XI), ("participant", ANWAR)], status="planned", place=KL,
          time="t-wednesday", part_of="e-tour"),
    event("e-cambodia", "Visit", "Xi will then go to Cambodia, the last leg of his tour", ("se rendre", None),
          [("agent", XI)], status="planned", place=CAMBODIA, part_of="e-tour"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-xi-appeals", "Statement", "Xi's repeated calls to make a common front against US tariffs", XI,
           ("appels", None), [], about=["e-common-front", "e-us-tariffs"],
           note="A nominal speech act (« des appels répétés »); the speaker is implied, the visitor."),
    speech("s-xi-comrade", "Statement", "Xi calls Tô Lâm a comrade and close friend", XI, ("qualifié", None),
           [("camarade et ami proche", None)], addressee=TO_LAM, according_to=[XINHUA], about=["e-xi-to-lam"]),
    speech("s-xinhua", "Report", "Xinhua reports Xi's talks and his words on Tô Lâm", XINHUA,
           ("selon", "selon l’agence Chine"), [], about=["e-xi-to-lam", "s-xi-comrade"]),
    speech("s-xi-op-ed", "Statement", "Xi: there is no winner in a trade war; protectionism leads nowhere", XI,
           ("a écrit", None),
           [("Il n’y a pas de vainqueur dans une guerre commerciale", None),
            ("Le protectionnisme ne mène nulle part.", None)],
           evidence=("« Il n’y a pas", "nulle part. »"), time="t-monday-op-ed", according_to=[NHAN_DAN],
           about=["e-us-tariffs"],
           note="One quote split around « a écrit M. Xi dans une tribune publiée lundi par le quotidien Nhân Dân, "
                "organe du parti »; written words are speech acts too."),
    speech("s-nhan-dan", "Report", "Nhân Dân publishes Xi's op-ed", NHAN_DAN, ("publiée", None), [],
           time="t-monday-op-ed", about=["s-xi-op-ed"]),
    speech("s-xi-not-naming", "SpeechAct", "Xi never names the United States", XI, ("nommer", None), [],
           status="negated",
           note="« Sans jamais nommer les États-Unis »: a negated speech act, as « sans évoquer de victimes »."),
    speech("s-xi-exhortation", "Statement", "Xi urges Hanoi to preserve the multilateral trading system together",
           XI, ("a exhorté", None), [("préserver ensemble", None)], addressee=VIETNAM, about=["e-preserve-system"]),
    speech("s-vn-mfa", "Report", "Vietnam's foreign ministry details the agreements", VN_MFA, ("a précisé", None), [],
           about=["e-signing"]),
    speech("s-vn-mfa-no-cost", "SpeechAct", "Vietnam's foreign ministry gives no cost", VN_MFA, ("chiffrer", None),
           [], status="negated", about=["e-signing"], note="« sans en chiffrer le coût »: nothing said of the cost."),
    speech("s-china-promise", "Assurance", "China promises to manage the maritime disputes better", CHINA,
           ("promis", None), [], addressee=VIETNAM, about=["e-manage-disputes"],
           note="« Les deux pays ... ont en outre promis »: one trigger, two speakers, one speech act each."),
    speech("s-vietnam-promise", "Assurance", "Vietnam promises to manage the maritime disputes better", VIETNAM,
           ("promis", None), [], addressee=CHINA, about=["e-manage-disputes"]),
    speech("s-diplomat-doubt", "Statement", "A Western diplomat doubts the promises will change anything", DIPLOMAT,
           ("doute", None), [("changent quoi que ce soit sur le terrain", None)], place=HANOI,
           about=["e-manage-disputes"]),
    speech("s-trump-irony", "SpeechAct", "Trump mocked the visit on Monday", TRUMP, ("avait ironisé", None), [],
           time="t-monday-trump", place=WASHINGTON, about=["e-state-visit"]),
    speech("s-trump-scam", "Statement", "Trump: Beijing and Hanoi seek to « rip off » the United States", TRUMP,
           ("estimant", None), [("arnaquer les États-Unis", None)], time="t-monday-trump", place=WASHINGTON,
           about=["e-scam"], note="A participle of opinion after « avait ironisé », with its own guillemets."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
