"""Held-out annotation of nord-coree-salve-2024-11.txt (written for the third held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/nord-coree-salve-2024-11.annotation.src.py [--check]

Never tune extraction rules on this article: see benchmarks/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "nord-coree-salve-2024-11.txt"

PUBLISHED_INFERRED = {
    "value": "2024-11-05", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives November 2024. The salvo « intervient moins d’une semaine après l’essai, le 31 "
             "octobre » (a Thursday), so the article appeared before Thursday 7 November; « a tiré mardi » is "
             "past, so on or after a Tuesday, and Choe « s’est entretenue lundi » before it; the Council « doit se "
             "réunir mercredi » is future, so before a Wednesday. Between 1 and 6 November 2024 that leaves Tuesday "
             "5 November 2024, which the polls opening « quelques heures » later in the United States (election "
             "day) confirms."),
}

NOTE = """\
Held-out-3 article 2: a North Korean missile salvo on the day of the US presidential election, published in \
November 2024 (the file gives the month; the day, Tuesday 5 November, comes from « moins d’une semaine après ... le \
31 octobre », past « mardi » and « lundi », and future « mercredi »). What it exercises: a launch sourced after the \
clause to the South Korean Joint Chiefs of Staff (« a annoncé l’état-major interarmées sud-coréen »); a vague \
« quelques heures avant »; a plural subject standing for the salvo (« Les sept projectiles, lancés depuis ... ») and \
a fall into an unnamed sea (« s’abîmer en mer »); a speaker taken up by a pronoun (« l’armée sud-coréenne. Elle \
dit avoir « renforcé sa surveillance » »); « moins d’une semaine » (a duration) and an explicit date in apposition \
(« l’essai, le 31 octobre, d’un nouveau missile ») with the missile named in apposition (« le Hwasong-19 »); a \
passive quotation with a role noun for the state (« présenté par le régime comme « l’arme ultime » »); a relative \
pluperfect (« qui avait supervisé l’essai ») and a promise with a negated infinitive quoted (« de ne « jamais \
renoncer » »), whose content is a planned build-up; a negated report by state media (« n’avaient pas évoqué ... en \
fin de journée »); a condemnation and a convened council joined by « et »; a call to a metonym (« appelé \
Pyongyang à « cesser ... » »); a joint accusation by two metonyms (« Séoul et Washington accusent »: two speech \
acts, one trigger) of a suspected troop dispatch and a conditional deployment (« serait déjà déployée »); « depuis \
août »; a meeting « lundi au Kremlin » sourced after the clause to TASS and a passive reception counted back \
(« trois jours après avoir été reçue »: Friday 1 November); « Ce dernier »; a planned Council meeting « à la \
demande des États-Unis, du Japon et de la Corée du Sud » (a request without a verb of speech: no speech act, as \
« à la demande de Kiev » in benchmarks/gold/); a joint declaration that should not be adopted (a negated speech act \
of the Council); a participle clause of cause with two metonyms (« Moscou et Pékin ayant bloqué ces derniers \
mois ») and a proposed tightening of sanctions. Pyongyang is the city in « au sud de Pyongyang » (Q18808) and North \
Korea everywhere else (Q423); Tokyo is the city in « À Tokyo » (Q1490) and Japan in « avec Washington et Tokyo ». \
« la région de Sariwon » is the area around the city, not an administrative unit: only « Sariwon » (the city) is a \
mention; « la région frontalière de Koursk » is Kursk Oblast, and « Koursk » inside it the city, as « Moscou » \
in « région de Moscou » in the bundled article. Shigeru Ishiba, Choe Son-hui, the US State Department, the \
Japanese national security council, the South Korean military and Joint Chiefs of Staff, Sariwon, Kursk, New York \
and the Hwasong-19 are not in ids.tsv: local, unlinked. Not mentions: « une partie » (of the soldiers), « leur \
histoire », « toutes les initiatives »."""

NK, KIM, US, JAPAN, SK, RUSSIA, CHINA = "Q423", "Q56226", "Q30", "Q17", "Q884", "Q159", "Q148"
PYONGYANG, TOKYO, KREMLIN_PLACE, PUTIN, LAVROV, TASS = "Q18808", "Q1490", "Q133274", "Q7747", "Q58217", "Q223799"
UNSC, UN = "Q37470", "Q1065"
SALVO, EAST_COAST, JCS, SK_MILITARY = "local:salvo-2024-11-05", "local:north-korea-east-coast", \
    "local:south-korea-jcs", "local:south-korean-military"
SARIWON, HWASONG, ARSENAL, STATE_MEDIA = "local:sariwon", "local:hwasong-19", "local:north-korea-nuclear-arsenal", \
    "local:north-korean-state-media"
ISHIBA, JP_NSC, STATE_DEPT = "local:shigeru-ishiba", "local:japan-national-security-council", \
    "local:us-state-department"
TROOPS, KURSK_OBLAST, KURSK, UKR_ARMY = "local:north-korean-soldiers-in-russia", "local:kursk-oblast", \
    "local:kursk", "local:ukrainian-army"
CHOE, SOURCE, NEW_YORK = "local:choe-son-hui", "local:diplomatic-source", "local:new-york"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (SALVO, "salve de missiles balistiques de courte portée (5 novembre 2024)", "salvo of short-range ballistic "
     "missiles", "object",
     {"description": "sept projectiles", "unlinked_reason": "unnamed items with no Wikidata item"}),
    (EAST_COAST, "côte est de la Corée du Nord", "east coast of North Korea", "place",
     {"unlinked_reason": NOT_VERIFIED}),
    (JCS, "état-major interarmées sud-coréen", "South Korean Joint Chiefs of Staff", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SK_MILITARY, "armée sud-coréenne", "Republic of Korea Armed Forces", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SARIWON, "Sariwon", "Sariwon", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HWASONG, "Hwasong-19", "Hwasong-19", "object",
     {"description": "missile intercontinental nord-coréen à combustible solide", "unlinked_reason": NOT_VERIFIED}),
    (ARSENAL, "arsenal nucléaire nord-coréen", "North Korea's nuclear arsenal", "object",
     {"unlinked_reason": "no verified Wikidata item"}),
    (STATE_MEDIA, "les médias officiels nord-coréens", "North Korean state media", "group",
     {"unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    (ISHIBA, "Shigeru Ishiba", "Shigeru Ishiba", "person",
     {"description": "Premier ministre du Japon", "unlinked_reason": NOT_VERIFIED}),
    (JP_NSC, "conseil de sécurité nationale du Japon", "National Security Council of Japan", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État américain", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (TROOPS, "soldats nord-coréens envoyés en Russie", "North Korean soldiers sent to Russia", "group",
     {"description": "quelque 10.000 soldats", "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (KURSK_OBLAST, "oblast de Koursk", "Kursk Oblast", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KURSK, "Koursk", "Kursk", "place", {"unlinked_reason": NOT_VERIFIED}),
    (UKR_ARMY, "armée ukrainienne", "Armed Forces of Ukraine", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (CHOE, "Choe Son-hui", "Choe Son-hui", "person",
     {"description": "ministre nord-coréenne des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source diplomatique", "a diplomatic source", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Corée du Nord", 1, NK, "name"),
    ("une salve de missiles balistiques de courte portée", None, SALVO, "nominal"),
    ("sa côte est", None, EAST_COAST, "nominal"),
    ("l’état-major interarmées sud-coréen", None, JCS, "nominal"),
    ("États-Unis", 1, US, "name"),
    # Les sept projectiles, lancés depuis la région de Sariwon ...
    ("Les sept projectiles", None, SALVO, "nominal"),
    ("Sariwon", None, SARIWON, "name"),
    ("Pyongyang", "au sud de Pyongyang", PYONGYANG, "name"),
    ("l’armée sud-coréenne", None, SK_MILITARY, "nominal"),
    ("Elle", "Elle dit", SK_MILITARY, "pronoun"),
    ("Washington", "avec Washington et Tokyo", US, "metonym"),
    ("Tokyo", "avec Washington et Tokyo", JAPAN, "metonym"),
    # Ce tir intervient moins d’une semaine après l’essai ...
    ("un nouveau missile intercontinental à combustible solide", None, HWASONG, "nominal"),
    ("Hwasong-19", None, HWASONG, "name"),
    ("le régime", None, NK, "nominal"),
    ("Kim Jong-un", None, KIM, "name"),
    ("son arsenal nucléaire", None, ARSENAL, "nominal"),
    ("Les médias officiels", None, STATE_MEDIA, "nominal"),
    # À Tokyo, le Premier ministre Shigeru Ishiba ...
    ("Tokyo", "À Tokyo", TOKYO, "name"),
    ("Shigeru Ishiba", None, ISHIBA, "name"),
    ("son conseil de sécurité nationale", None, JP_NSC, "nominal"),
    ("Le département d’État américain", None, STATE_DEPT, "nominal"),
    ("Pyongyang", "appelé Pyongyang", NK, "metonym"),
    # Séoul et Washington accusent ...
    ("Séoul", None, SK, "metonym"),
    ("Washington", "Séoul et Washington", US, "metonym"),
    ("Corée du Nord", 2, NK, "name"),
    ("quelque 10.000 soldats", None, TROOPS, "nominal"),
    ("Russie", None, RUSSIA, "name"),
    ("la région frontalière de Koursk", None, KURSK_OBLAST, "nominal"),
    ("Koursk", None, KURSK, "name"),
    ("l’armée ukrainienne", None, UKR_ARMY, "nominal"),
    # La ministre nord-coréenne des Affaires étrangères, Choe Son-hui ...
    ("La ministre nord-coréenne des Affaires étrangères", None, CHOE, "nominal"),
    ("Choe Son-hui", None, CHOE, "name"),
    ("Kremlin", None, KREMLIN_PLACE, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("TASS", None, TASS, "name"),
    ("son homologue russe", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("Ce dernier", None, LAVROV, "pronoun"),
    ("Moscou", "entre Moscou et Pyongyang", RUSSIA, "metonym"),
    ("Pyongyang", "entre Moscou et Pyongyang", NK, "metonym"),
    # Le Conseil de sécurité de l’ONU doit se réunir mercredi ...
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    ("États-Unis", 2, US, "name"),
    ("Japon", None, JAPAN, "name"),
    ("Corée du Sud", None, SK, "name"),
    ("une source diplomatique", None, SOURCE, "nominal"),
    ("New York", None, NEW_YORK, "name"),
    ("Conseil", "Le Conseil ne devrait", UNSC, "name"),
    ("Moscou", "Moscou et Pékin", RUSSIA, "metonym"),
    ("Pékin", None, CHINA, "metonym"),
    ("Pyongyang", "sanctions contre Pyongyang", NK, "metonym"),
]

PUB_DAY = "The publication day, Tuesday 5 November 2024 (article.published_inferred)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", "a tiré mardi"), "2024-11-05", "day", "weekday-publication-day",
     "« a tiré mardi »: the weekday of publication. " + PUB_DAY),
    ("t-hours-before", ("quelques heures avant", None), None, "vague", "vague",
     "A few hours before the polls opened in the United States: no value of its own."),
    ("t-under-a-week", ("moins d’une semaine", None), None, "duration", "explicit-duration",
     "Less than a week between the test and the salvo (< P7D)."),
    ("t-october-31", ("le 31 octobre", None), "2024-10-31", "day", "day-month-past",
     "An explicit day and month before November 2024: 31 October 2024 (a Thursday)."),
    ("t-tuesday-launch", ("mardi", "le tir de mardi"), "2024-11-05", "day", "weekday-publication-day",
     "« le tir de mardi »: the salvo of the publication day. " + PUB_DAY),
    ("t-end-of-day", ("en fin de journée", None), "2024-11-05", "day", "part-of-day",
     "The end of the publication day. " + PUB_DAY),
    ("t-august", ("depuis août", None), "2024-08", "month", "month-past",
     "« occupe ... depuis août »: the last August before November 2024, August 2024, the start."),
    ("t-monday", ("lundi", None), "2024-11-04", "day", "weekday-past",
     "Past « s’est entretenue lundi »: the Monday before Tuesday 5 November 2024: 4 November 2024."),
    ("t-three-days-before", ("trois jours après", None), "2024-11-01", "day", "relative-day-past",
     "Choe's reception by Lavrov, three days before her meeting of Monday 4 November: Friday 1 November 2024."),
    ("t-wednesday", ("mercredi", None), "2024-11-06", "day", "weekday-future",
     "Future « doit se réunir mercredi »: the Wednesday after the publication day: 6 November 2024."),
    ("t-recent-months", ("ces derniers mois", None), None, "vague", "vague",
     "The last few months before November 2024: no value."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-salvo", "Event", "North Korea fires a salvo of short-range ballistic missiles", ("a tiré", None),
          [("agent", NK), ("theme", SALVO)], place=SARIWON, time="t-tuesday", according_to=[JCS],
          note="Fired « au large de sa côte est »; « lancés depuis la région de Sariwon » (next sentence) is where "
               "they were fired from, so the event's place is Sariwon. « lancés » restates this launch."),
    event("e-polls-open", "Event", "Polling stations open in the United States a few hours later",
          ("ouverture", None), [("participant", US)], status="planned",
          note="Still to come when the missiles were fired: planned. Its day has no words of its own."),
    event("e-fall", "Event", "The seven missiles fall into the sea after about 400 km", ("s’abîmer", None),
          [("participant", SALVO)], time="t-tuesday", according_to=[SK_MILITARY], part_of="e-salvo",
          note="« en mer »: no sea is named, so no place. An event with only a thing in it gives the thing the "
               "participant role."),
    event("e-surveillance", "Event", "The South Korean military has stepped up its surveillance",
          ("renforcé", None), [("agent", SK_MILITARY)], according_to=[SK_MILITARY]),
    event("e-info-sharing", "Event", "The South Korean military shares its information with the US and Japan",
          ("partager", None), [("agent", SK_MILITARY), ("recipient", US), ("recipient", JAPAN)],
          according_to=[SK_MILITARY]),
    event("e-icbm-test", "Event", "North Korea tested the Hwasong-19 ICBM on 31 October", ("essai", "l’essai, le"),
          [("agent", NK), ("theme", HWASONG)], time="t-october-31",
          note="A nominal event with its date in apposition; the state is implied by « le régime »."),
    event("e-supervision", "Event", "Kim Jong-un supervised the test in person", ("avait supervisé", None),
          [("agent", KIM)], time="t-october-31", part_of="e-icbm-test"),
    event("e-arsenal-buildup", "Event", "North Korea will keep strengthening its nuclear arsenal (Kim)",
          ("renforcement", None), [("agent", NK), ("theme", ARSENAL)], status="planned", according_to=[KIM],
          note="« promis de ne « jamais renoncer » au renforcement de son arsenal nucléaire »: what Kim promises "
               "to go on with."),
    event("e-nsc-meeting", "Meeting", "Ishiba convenes Japan's national security council", ("convoqué", None),
          [("agent", ISHIBA), ("participant", JP_NSC)], place=TOKYO,
          note="No time of its own (the day is not repeated); « À Tokyo » covers both verbs."),
    event("e-stop-destabilising", "Event", "The US State Department urges North Korea to stop destabilising actions",
          ("cesser", None), [("agent", NK)], status="proposed", according_to=[STATE_DEPT]),
    event("e-troops-sent", "Event", "North Korea sent some 10,000 soldiers to Russia (accused by Seoul and "
          "Washington)", ("envoyé", None), [("agent", NK), ("theme", TROOPS)], status="suspected", place=RUSSIA,
          according_to=[SK, US]),
    event("e-troops-deployed", "Event", "Some of the soldiers reportedly already deployed in the Kursk region",
          ("déployée", None), [("participant", TROOPS)], status="hypothetical", place=KURSK_OBLAST,
          according_to=[SK, US], note="« dont une partie serait déjà déployée »: the conditional of unconfirmed "
                                      "news: hypothetical."),
    event("e-kursk-occupation", "Event", "The Ukrainian army holds hundreds of square kilometres of the Kursk "
          "region since August", ("occupe", None), [("agent", UKR_ARMY)], place=KURSK_OBLAST, time="t-august"),
    event("e-choe-putin", "Meeting", "Choe Son-hui talks with Vladimir Putin at the Kremlin on Monday",
          ("s’est entretenue", None), [("participant", CHOE), ("participant", PUTIN)], place=KREMLIN_PLACE,
          time="t-monday", according_to=[TASS]),
    event("e-lavrov-choe", "Meeting", "Lavrov received Choe Son-hui three days earlier", ("reçue", None),
          [("agent", LAVROV), ("participant", CHOE)], time="t-three-days-before",
          note="Passive (« avoir été reçue par son homologue russe »); no place is written."),
    event("e-unsc-meeting", "Meeting", "The UN Security Council is to meet on Wednesday", ("se réunir", None),
          [("participant", UNSC)], status="planned", place=NEW_YORK, time="t-wednesday", according_to=[SOURCE],
          note="« à la demande des États-Unis, du Japon et de la Corée du Sud »: a request with no verb of speech, "
               "not a speech act; the place is the source's, where the Council sits."),
    event("e-initiatives-blocked", "Event", "Russia and China have blocked initiatives to tighten sanctions",
          ("bloqué", None), [("agent", RUSSIA), ("agent", CHINA)], time="t-recent-months",
          note="« Moscou et Pékin ayant bloqué ces derniers mois »: a participle clause of cause."),
    event("e-sanctions-tightening", "Sanction", "Tighter UN sanctions against North Korea (proposed, blocked)",
          ("durcir", None), [("agent", UNSC), ("recipient", NK)], status="proposed",
          note="« toutes les initiatives visant à durcir les sanctions contre Pyongyang »: proposed, never adopted; "
               "the sanctions are the Council's."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-jcs", "Report", "South Korea's Joint Chiefs of Staff announce the salvo", JCS, ("a annoncé", None), [],
           time="t-tuesday", about=["e-salvo"]),
    speech("s-military-details", "Report", "The South Korean military details the flight of the missiles",
           SK_MILITARY, ("a précisé", None), [], about=["e-salvo", "e-fall"]),
    speech("s-military-surveillance", "Statement", "The South Korean military says it has stepped up surveillance",
           SK_MILITARY, ("dit", "Elle dit"), [("renforcé sa surveillance", None)],
           about=["e-surveillance", "e-info-sharing"], note="« Elle » is « l’armée sud-coréenne »."),
    speech("s-regime-ultimate", "Statement", "The regime presents the Hwasong-19 as « the ultimate weapon »", NK,
           ("présenté", None), [("l’arme ultime", None)], about=["e-icbm-test"],
           note="Passive with an agent: « présenté par le régime comme « l’arme ultime » »."),
    speech("s-kim-promise", "Assurance", "Kim promised never to give up strengthening the nuclear arsenal", KIM,
           ("promis", None), [("jamais renoncer", None)], time="t-october-31", about=["e-arsenal-buildup"],
           note="« avait alors promis »: « alors » is the day of the test he supervised."),
    speech("s-state-media-silence", "SpeechAct", "North Korean state media had not mentioned the salvo by the end of "
           "the day", STATE_MEDIA, ("évoqué", None), [], status="negated", time="t-end-of-day", about=["e-salvo"]),
    speech("s-ishiba", "Statement", "Ishiba denounces « absolutely unacceptable » launches", ISHIBA,
           ("a dénoncé", None), [("absolument inacceptables", None)], place=TOKYO, about=["e-salvo"]),
    speech("s-state-dept", "Statement", "The US State Department calls on Pyongyang to stop its destabilising "
           "actions", STATE_DEPT, ("appelé", None), [("cesser ses actions déstabilisatrices", None)], addressee=NK,
           about=["e-stop-destabilising"]),
    speech("s-seoul-accusation", "Statement", "Seoul accuses North Korea of sending troops to Russia", SK,
           ("accusent", None), [], addressee=NK, about=["e-troops-sent", "e-troops-deployed"],
           note="One trigger, two speakers: one speech act each, as « Washington et Séoul soupçonnent »."),
    speech("s-washington-accusation", "Statement", "Washington accuses North Korea of sending troops to Russia", US,
           ("accusent", None), [], addressee=NK, about=["e-troops-sent", "e-troops-deployed"]),
    speech("s-tass", "Report", "TASS reports Choe Son-hui's meeting with Putin", TASS, ("a rapporté", None), [],
           about=["e-choe-putin"]),
    speech("s-lavrov-relations", "Statement", "Lavrov hails Moscow–Pyongyang relations at the highest level of their "
           "history", LAVROV, ("a salué", None), [("au plus haut niveau de leur histoire", None)],
           note="« Ce dernier » is Lavrov (the last person named). No time is written for the remark."),
    speech("s-source", "Report", "A diplomatic source in New York announces the Council meeting", SOURCE,
           ("a indiqué", None), [], place=NEW_YORK, about=["e-unsc-meeting"]),
    speech("s-unsc-no-declaration", "Statement", "The Security Council is not expected to adopt a joint declaration",
           UNSC, ("déclaration commune", None), [], status="negated", time="t-wednesday",
           about=["e-salvo"],
           note="« Le Conseil ne devrait toutefois adopter aucune déclaration commune »: a declaration is a speech "
                "act of the Council; the article says none is expected (negated, as « aucune rencontre bilatérale "
                "n’est prévue » in benchmarks/gold/)."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
