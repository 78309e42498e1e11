"""Held-out annotation of negociations-istanbul-2025-05-16.txt (written for the eleventh held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/negociations-istanbul-2025-05-16.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/negociations-istanbul-2025-05-16.annotation.src.py --check

Held-out set 11: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "negociations-istanbul-2025-05-16.txt"

NOTE = """\
Held-out-11 article 1: direct Russian–Ukrainian talks in Istanbul, published Friday 16 May 2025 (the file gives \
the day). What it exercises: two delegations as one plural subject (« Des délégations russe et ukrainienne se sont \
rencontrées vendredi à Istanbul »: a meeting of two local organisations; the plural phrase and « elles » are not \
mentions); « depuis le printemps 2022 » (a season within one year: the year, attached to nothing, as « depuis avril \
2022 » in benchmarks/gold); a negated agreement (« sans parvenir à un accord sur un cessez-le-feu ») beside an \
agreement joined by « mais » (« elles se sont entendues sur un vaste échange de prisonniers »: the exchange \
planned); the talks restated in the passive with a host (« organisés sous l’égide de la Turquie au palais de \
Dolmabahçe »: one meeting, which takes the palace as its place; the hosting is an event of Turkey) and a duration \
attached to nothing (« moins de deux heures »); a quote first with a role noun and two appositions (« a annoncé le \
chef de la délégation russe, Vladimir Medinski, conseiller du président Vladimir Poutine »); a quote with « Nous » \
(the Russian delegation) and a participle without guillemets that stays inside the speech act (« précisant que \
Moscou proposait à Kiev de présenter par écrit sa vision »: a Proposal of Russia and a proposed presentation); a \
confirmation by « Côté ukrainien, le ministre de la Défense »; an anonymous source (« Selon une source au sein de \
sa délégation ») for a demand of a group (« les émissaires russes ont exigé que l’Ukraine se retire »: proposed) and \
a judgement in a relative clause with a quote and « elle » for Ukraine; a pluperfect demand with a quote and a \
Proposal joined by « et » (« avait réclamé un cessez-le-feu « complet et inconditionnel » de 30 jours et proposé \
de rencontrer Vladimir Poutine »: the 30-day ceasefire takes its length as its only time); a presence « jeudi à \
Ankara »; « Le chef du Kremlin n’a pas fait le déplacement » (a negated trip); « Son porte-parole » with a \
one-word quote, then « a-t-il dit, cité par l’agence TASS » with a condition (the future agreement \
hypothetical); a pluperfect warning « jeudi » with a negated breakthrough and a hypothetical Trump–Putin contact; \
a chairing in a relative clause, a new meeting « évoquée » (hypothetical) and « sans avancer de date » (negated); \
the exchange restated with a conditional date (« pourrait avoir lieu dès la semaine prochaine »: the exchange \
stays planned, agreed; the week of 19 to 25 May 2025 is the month) and « selon les deux camps » (two Reports, one \
trigger). « Moscou » and « Kiev » are Russia and Ukraine; « Kremlin » inside « Le chef du Kremlin » is the \
institution. Restatements: « négociations directes », « Les pourparlers », « la séance » are the meeting; « rendra \
« 1.000 prisonniers » », « l’accord sur les prisonniers » and « L’échange de prisonniers » restate the exchange and \
its agreement; « futur cessez-le-feu » and « toute trêve » the ceasefire discussed; « un tel sommet » and « Une \
rencontre entre les deux présidents » the Zelensky–Putin meeting proposed. Not mentions: « Des délégations russe \
et ukrainienne », « elles », « Chaque camp », « quatre régions », « les deux présidents », « les deux camps », « la \
séance », « délégation russe » inside the title of Medinski. Medinski, Umerov, the two delegations, the \
anonymous source, Zelensky, Turkey, Istanbul, Ankara, the Dolmabahçe palace, Rubio, Trump, Fidan and the \
prisoners are not in ids.tsv: local, unlinked."""

RUSSIA, UKRAINE, PUTIN, KREMLIN, PESKOV, TASS = "Q159", "Q212", "Q7747", "Q2060629", "Q4359688", "Q223799"
RU_DEL, UA_DEL, ISTANBUL, TURKEY = "local:russian-delegation-istanbul", "local:ukrainian-delegation-istanbul", \
    "local:istanbul", "local:turkey"
PALACE, MEDINSKY, PRISONERS, UMEROV = "local:dolmabahce-palace", "local:vladimir-medinsky", \
    "local:prisoners-to-exchange", "local:rustem-umerov"
SOURCE, ZELENSKY, ANKARA, RUBIO = "local:ukrainian-delegation-source", "local:volodymyr-zelensky", \
    "local:ankara", "local:marco-rubio"
TRUMP, FIDAN = "local:donald-trump", "local:hakan-fidan"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (RU_DEL, "délégation russe aux pourparlers d’Istanbul", "Russian delegation to the Istanbul talks",
     "organization", {"unlinked_reason": "an ad hoc delegation, no Wikidata item"}),
    (UA_DEL, "délégation ukrainienne aux pourparlers d’Istanbul", "Ukrainian delegation to the Istanbul talks",
     "organization", {"unlinked_reason": "an ad hoc delegation, no Wikidata item"}),
    (ISTANBUL, "Istanbul", "Istanbul", "place", {"unlinked_reason": NOT_VERIFIED}),
    (TURKEY, "Turquie", "Turkey", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PALACE, "palais de Dolmabahçe", "Dolmabahçe Palace", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MEDINSKY, "Vladimir Medinski", "Vladimir Medinsky", "person",
     {"description": "conseiller du président russe, chef de la délégation russe", "unlinked_reason": NOT_VERIFIED}),
    (PRISONERS, "prisonniers à échanger", "prisoners to be exchanged", "group",
     {"description": "1.000 prisonniers de chaque camp", "unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (UMEROV, "Roustem Oumerov", "Rustem Umerov", "person",
     {"description": "ministre ukrainien de la Défense", "unlinked_reason": NOT_VERIFIED}),
    (SOURCE, "une source au sein de la délégation ukrainienne", "a source in the Ukrainian delegation", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (ANKARA, "Ankara", "Ankara", "place", {"unlinked_reason": NOT_VERIFIED}),
    (RUBIO, "Marco Rubio", "Marco Rubio", "person",
     {"description": "secrétaire d’État américain",
      "unlinked_reason": NOT_VERIFIED + " (only the position Q14213 is)"}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (FIDAN, "Hakan Fidan", "Hakan Fidan", "person",
     {"description": "ministre turc des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Istanbul", None, ISTANBUL, "name"),
    # Les pourparlers, organisés sous l’égide de la Turquie au palais de Dolmabahçe ...
    ("Turquie", None, TURKEY, "name"),
    ("palais de Dolmabahçe", None, PALACE, "name"),
    # Chaque camp rendra « 1.000 prisonniers », a annoncé le chef de la délégation russe, Vladimir Medinski, ...
    ("1.000 prisonniers", None, PRISONERS, "nominal"),
    ("le chef de la délégation russe", None, MEDINSKY, "nominal"),
    ("Vladimir Medinski", None, MEDINSKY, "name"),
    ("conseiller du président Vladimir Poutine", None, MEDINSKY, "nominal"),
    ("Vladimir Poutine", "président Vladimir Poutine", PUTIN, "name"),
    # « Nous sommes satisfaits ... », a-t-il déclaré ..., précisant que Moscou proposait à Kiev ...
    ("Nous", None, RU_DEL, "pronoun"),
    ("il", "a-t-il déclaré", MEDINSKY, "pronoun"),
    ("Moscou", None, RUSSIA, "metonym"),
    ("Kiev", None, UKRAINE, "metonym"),
    # Côté ukrainien, le ministre de la Défense, Roustem Oumerov, a confirmé l’accord sur les prisonniers.
    ("le ministre de la Défense", None, UMEROV, "nominal"),
    ("Roustem Oumerov", None, UMEROV, "name"),
    ("les prisonniers", None, PRISONERS, "nominal"),
    # Selon une source au sein de sa délégation, les émissaires russes ont exigé que l’Ukraine se retire ...
    ("une source au sein de sa délégation", None, SOURCE, "nominal"),
    ("sa délégation", None, UA_DEL, "nominal"),
    ("les émissaires russes", None, RU_DEL, "nominal"),
    ("Ukraine", "que l’Ukraine se retire", UKRAINE, "name"),
    ("elle", "qu’elle juge", UKRAINE, "pronoun"),
    # Le président ukrainien, Volodymyr Zelensky, qui se trouvait jeudi à Ankara, ...
    ("Le président ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Ankara", None, ANKARA, "name"),
    ("Vladimir Poutine", "rencontrer Vladimir Poutine", PUTIN, "name"),
    ("Le chef du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "Le chef du Kremlin", KREMLIN, "metonym"),
    # Son porte-parole, Dmitri Peskov, a jugé vendredi « prématuré » ...
    ("Son porte-parole", None, PESKOV, "nominal"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("il", "a-t-il dit", PESKOV, "pronoun"),
    ("TASS", None, TASS, "name"),
    # Le secrétaire d’État américain, Marco Rubio, avait prévenu jeudi ...
    ("Le secrétaire d’État américain", None, RUBIO, "nominal"),
    ("Marco Rubio", None, RUBIO, "name"),
    ("Donald Trump", None, TRUMP, "name"),
    ("Poutine", "M. Poutine", PUTIN, "name"),
    # Le ministre turc des Affaires étrangères, Hakan Fidan, qui présidait la séance, ...
    ("Le ministre turc des Affaires étrangères", None, FIDAN, "nominal"),
    ("Hakan Fidan", None, FIDAN, "name"),
]

PUB_DAY = "The publication day, Friday 16 May 2025."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", "rencontrées vendredi"), "2025-05-16", "day", "weekday-publication-day",
     "« se sont rencontrées vendredi »: " + PUB_DAY),
    ("t-spring-2022", ("le printemps 2022", None), "2022", "year", "season-explicit-year",
     "« leurs premières négociations directes depuis le printemps 2022 »: a season within one year gets the year; "
     "it dates earlier talks that have no trigger word: attached to nothing."),
    ("t-two-hours", ("moins de deux heures", None), None, "duration", "explicit-duration",
     "The length of the talks, which have their day: attached to nothing."),
    ("t-thursday-ankara", ("jeudi", "se trouvait jeudi"), "2025-05-15", "day", "weekday-past",
     "« qui se trouvait jeudi à Ankara »: the Thursday before the publication day: 15 May 2025."),
    ("t-30-days", ("30 jours", None), None, "duration", "explicit-duration",
     "« un cessez-le-feu ... de 30 jours »: the ceasefire's only time is its length."),
    ("t-friday-peskov", ("vendredi", "a jugé vendredi"), "2025-05-16", "day", "weekday-publication-day",
     "« a jugé vendredi »: " + PUB_DAY),
    ("t-thursday-rubio", ("jeudi", "avait prévenu jeudi"), "2025-05-15", "day", "weekday-past",
     "Pluperfect « avait prévenu jeudi »: Thursday 15 May 2025."),
    ("t-next-week", ("la semaine prochaine", None), "2025-05", "month", "relative-week-future",
     "The week after Friday 16 May 2025 (19 to 25 May) lies inside May: the month."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Russian and Ukrainian delegations hold direct talks in Istanbul",
          ("se sont rencontrées", None), [("participant", RU_DEL), ("participant", UA_DEL)], place=PALACE,
          time="t-friday",
          note="« leurs premières négociations directes », « Les pourparlers, organisés ... au palais de Dolmabahçe » "
               "and « la séance » restate it: one meeting, which takes the palace of the restatement as its place "
               "(Istanbul is the city it lies in)."),
    event("e-ceasefire-agreement", "Agreement", "No agreement on a ceasefire", ("accord", "un accord sur un"),
          [("participant", RU_DEL), ("participant", UA_DEL)], status="negated", time="t-friday",
          note="« sans parvenir à un accord sur un cessez-le-feu »."),
    event("e-ceasefire", "Event", "A ceasefire between Russia and Ukraine", ("cessez-le-feu", 1),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="proposed",
          note="The ceasefire the talks were about, not agreed; « un futur cessez-le-feu » (Moscow's proposal) and "
               "« toute trêve » restate it. The parties are implied by the story."),
    event("e-exchange-agreement", "Agreement", "The delegations agree on a large prisoner exchange",
          ("se sont entendues", None), [("participant", RU_DEL), ("participant", UA_DEL)], time="t-friday",
          note="« l’accord sur les prisonniers » (Umerov's confirmation) restates it."),
    event("e-exchange", "Event", "A prisoner exchange, 1,000 for 1,000", ("échange", 1),
          [("participant", RUSSIA), ("participant", UKRAINE), ("theme", PRISONERS)], status="planned",
          time="t-next-week", according_to=[RU_DEL, UA_DEL],
          note="Agreed, not yet carried out: planned. « Chaque camp rendra « 1.000 prisonniers » » and « L’échange de "
               "prisonniers pourrait avoir lieu dès la semaine prochaine, selon les deux camps » restate it; the "
               "conditional bears on its date, so the exchange stays planned and takes that week."),
    event("e-hosting", "Event", "Turkey hosts the talks", ("organisés", None), [("agent", TURKEY)], place=PALACE,
          time="t-friday", part_of="e-talks", note="« organisés sous l’égide de la Turquie »."),
    event("e-continue-contacts", "Meeting", "The Russian side is ready to continue contacts",
          ("poursuivre les contacts", None), [("participant", RU_DEL), ("participant", UA_DEL)], status="planned",
          according_to=[MEDINSKY], note="« prêts à poursuivre les contacts »: a readiness, as « prêts à fournir »."),
    event("e-moscow-proposal", "Proposal", "Moscow proposes that Kyiv set out in writing its vision of a ceasefire",
          ("proposait", None), [("agent", RUSSIA), ("recipient", UKRAINE)], time="t-friday",
          according_to=[MEDINSKY], note="As « a proposé de remplacer » in benchmarks/gold: a Proposal event."),
    event("e-written-vision", "Event", "Ukraine to present in writing its vision of a future ceasefire",
          ("présenter", None), [("agent", UKRAINE)], status="proposed", according_to=[MEDINSKY]),
    event("e-withdrawal", "Event", "Ukraine to withdraw from four regions before any truce",
          ("se retire", None), [("agent", UKRAINE)], status="proposed", according_to=[SOURCE],
          note="What the Russian envoys demand: proposed. « quatre régions » (several places) is not a mention."),
    event("e-zelensky-ankara", "Visit", "Zelensky was in Ankara on Thursday", ("se trouvait", None),
          [("agent", ZELENSKY)], place=ANKARA, time="t-thursday-ankara"),
    event("e-30-day-ceasefire", "Event", "A full and unconditional 30-day ceasefire (Zelensky's demand)",
          ("cessez-le-feu", "réclamé un cessez-le-feu"), [("participant", RUSSIA), ("participant", UKRAINE)],
          status="proposed", time="t-30-days", according_to=[ZELENSKY]),
    event("e-zelensky-proposal", "Proposal", "Zelensky proposes to meet Putin in person", ("proposé", None),
          [("agent", ZELENSKY), ("recipient", PUTIN)],
          note="« et proposé de rencontrer »: a Proposal joined by « et » to the demand (no quote of its own)."),
    event("e-zelensky-putin-meeting", "Meeting", "A meeting in person between Zelensky and Putin",
          ("rencontrer", None), [("participant", ZELENSKY), ("participant", PUTIN)], status="proposed",
          according_to=[ZELENSKY],
          note="« un tel sommet » and « Une rencontre entre les deux présidents » (Peskov) restate it."),
    event("e-putin-no-trip", "Visit", "Putin did not travel to Istanbul", ("fait le déplacement", None),
          [("agent", PUTIN)], status="negated", time="t-friday",
          note="« Le chef du Kremlin n’a pas fait le déplacement »: the trip to the talks (their day); the destination "
               "is not written, so no place."),
    event("e-future-agreement", "Agreement", "An agreement between the delegations (Peskov's condition)",
          ("accord", "un accord entre les délégations"), [("participant", RU_DEL), ("participant", UA_DEL)],
          status="hypothetical", according_to=[PESKOV, TASS]),
    event("e-breakthrough", "Event", "No breakthrough expected before a direct Trump–Putin contact", ("percée", None),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="negated", according_to=[RUBIO]),
    event("e-trump-putin-contact", "Meeting", "A direct contact between Donald Trump and Vladimir Putin",
          ("contact direct", None), [("participant", TRUMP), ("participant", PUTIN)], status="hypothetical",
          according_to=[RUBIO], note="The condition of a breakthrough: hypothetical."),
    event("e-chairing", "Event", "Hakan Fidan chairs the session", ("présidait", None), [("agent", FIDAN)],
          place=PALACE, time="t-friday", part_of="e-talks"),
    event("e-new-meeting", "Meeting", "A new meeting of the delegations", ("réunion", None),
          [("participant", RU_DEL), ("participant", UA_DEL)], status="hypothetical", according_to=[FIDAN],
          note="« a évoqué une nouvelle réunion, sans avancer de date »: raised as a prospect: hypothetical."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-medinsky-exchange", "Statement", "Medinski announces that each side will hand over 1,000 prisoners",
           MEDINSKY, ("a annoncé", None), [("1.000 prisonniers", None)], time="t-friday", about=["e-exchange"],
           note="Words at the talks with no weekday of their own take the talks' Friday."),
    speech("s-medinsky-satisfied", "Statement", "Medinski: satisfied with the result and ready to continue contacts",
           MEDINSKY, ("a-t-il déclaré", None),
           [("Nous sommes satisfaits du résultat et prêts à poursuivre les contacts", None)], time="t-friday",
           about=["e-continue-contacts", "e-moscow-proposal", "e-written-vision"],
           note="« précisant que Moscou proposait ... », a participle without guillemets, stays inside this act."),
    speech("s-umerov", "Statement", "Umerov confirms the agreement on the prisoners", UMEROV, ("a confirmé", None),
           [], time="t-friday", about=["e-exchange-agreement"]),
    speech("s-source", "Report", "A source in the Ukrainian delegation reports the Russian demand", SOURCE,
           ("Selon", "Selon une source"), [], about=["s-russian-demand", "s-ukraine-judgement"]),
    speech("s-russian-demand", "Statement", "The Russian envoys demand that Ukraine withdraw from four regions",
           RU_DEL, ("ont exigé", None), [], addressee=UA_DEL, time="t-friday", according_to=[SOURCE],
           about=["e-withdrawal", "e-ceasefire"]),
    speech("s-ukraine-judgement", "Statement", "Ukraine deems the condition « unacceptable »", UKRAINE,
           ("juge", None), [("inacceptable", None)], according_to=[SOURCE], about=["e-withdrawal"],
           note="« une condition qu’elle juge « inacceptable » »: « elle » is Ukraine; a present judgement, no time."),
    speech("s-zelensky-demand", "Statement", "Zelensky had demanded a full and unconditional 30-day ceasefire",
           ZELENSKY, ("avait réclamé", None), [("complet et inconditionnel", None)], about=["e-30-day-ceasefire"],
           note="A pluperfect with no weekday of its own: no time (« jeudi » dates his presence in Ankara)."),
    speech("s-peskov-premature", "Statement", "Peskov deems a summit « premature »", PESKOV, ("a jugé", None),
           [("prématuré", None)], time="t-friday-peskov", about=["e-zelensky-putin-meeting"]),
    speech("s-peskov-condition", "Statement", "Peskov: a meeting of the two presidents only after an agreement",
           PESKOV, ("a-t-il dit", None), [], time="t-friday-peskov", according_to=[TASS],
           about=["e-zelensky-putin-meeting", "e-future-agreement"]),
    speech("s-tass", "Report", "TASS quotes Peskov", TASS, ("cité", None), [], about=["s-peskov-condition"]),
    speech("s-rubio", "Warning", "Rubio had warned that no breakthrough would come before a Trump–Putin contact",
           RUBIO, ("avait prévenu", None), [], time="t-thursday-rubio",
           about=["e-breakthrough", "e-trump-putin-contact"]),
    speech("s-fidan", "Statement", "Fidan raises a new meeting", FIDAN, ("a évoqué", None), [], time="t-friday",
           about=["e-new-meeting"]),
    speech("s-fidan-no-date", "SpeechAct", "Fidan gives no date", FIDAN, ("avancer", None), [], status="negated",
           time="t-friday", about=["e-new-meeting"], note="« sans avancer de date », as in benchmarks/gold."),
    speech("s-russian-side-exchange", "Report", "The Russian side says the exchange could take place next week",
           RU_DEL, ("selon", "selon les deux camps"), [], about=["e-exchange"],
           note="« selon les deux camps »: two Reports (one per delegation), one trigger."),
    speech("s-ukrainian-side-exchange", "Report", "The Ukrainian side says the exchange could take place next week",
           UA_DEL, ("selon", "selon les deux camps"), [], about=["e-exchange"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
