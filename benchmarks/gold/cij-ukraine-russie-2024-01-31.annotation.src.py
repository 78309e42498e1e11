"""Held-out annotation of cij-ukraine-russie-2024-01-31.txt (written for the ninth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/cij-ukraine-russie-2024-01-31.annotation.src.py [--check]

Held-out set 9: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "cij-ukraine-russie-2024-01-31.txt"

NOTE = """\
Annotation fix by the lead after the first blind run (an annotation error, not a rule change): the metonym \
« Kremlin » is marked without its article, as in gold (names carry no determiner). \
Held-out-9 article 1: the International Court of Justice's judgment in Ukraine v. Russia, published Wednesday 31 \
January 2024 (the file gives the day). What it exercises: a court verdict with two halves joined by « mais » (« a \
jugé mercredi que la Russie avait violé ..., mais a rejeté l’essentiel des accusations »), a relative claim for \
reparations (« qui réclamait des réparations »: proposed) for a support « depuis 2014 »; an acronym in brackets; a \
judgment read by a role noun with a name in apposition and the court taken up by a description with « ONU » inside \
(« la plus haute juridiction de l’ONU »), then by « Elle »; a negated investigation of alleged transfers \
(« présumés »: suspected, according to Ukraine); a refusal to qualify (a negated speech act of the Court) and a \
negated ruling (« ne s’est pas prononcée sur »); a passive shooting-down with no agent « en juillet 2014 »; a \
second violation by a plural subject (« Les juges »), an annexation in a participle with « la même année » (2014) \
and a gerund of cause with a negation (« en ne protégeant pas »: the protection negated); a quote first with « nous » \
(Ukraine) and « Selon lui » with a second quote (two speech acts); an institution with an emphatic pronoun (« La \
diplomatie russe a, elle, salué ») and its spokeswoman by a possessive role noun, a claim on Telegram and « sans \
évoquer » (a negated speech act); « Interrogé par l’agence TASS » with an intention (« allait « étudier \
attentivement » »: planned); a planned ruling « vendredi » (2 February 2024) on another case where Ukraine accuses \
Russia of invoking a genocide (the invocation a speech act of Russia, the genocide suspected according to Russia); a \
negated means in the article's voice (not an event). « Moscou » is Russia (a metonym) twice, « Kiev » Ukraine twice; \
« pays » in « l’est du pays » is Ukraine, « son pays » in Zakharova's sentence Russia; « le texte » is the terrorism \
financing convention. The two conventions are local objects (the themes of the violations); « Nations unies » inside \
the first convention's description is the UN. Not mentions: « l’essentiel des accusations », « des réparations », \
« la thèse ukrainienne », « les violations retenues », « l’arrêt » and « le texte » in Peskov's sentence (the \
judgment: a speech act of the Court), « Les juges » (the Court's bench: the Court is the speaker, and the phrase \
is plural), « Les arrêts de la Cour » (generic), « l’enseignement en langue ukrainienne ». The ICJ, The Hague, \
Donoghue, the separatists, MH17, the Donbass, Crimea, the Peace Palace, Korynevych, Zakharova and Telegram are \
not in ids.tsv: local, unlinked."""

RUSSIA, UKRAINE, UN, RU_MFA, TASS, PESKOV, KREMLIN, INVASION = "Q159", "Q212", "Q1065", "Q789889", "Q223799", \
    "Q4359688", "Q2060629", "Q110999040"
ICJ, HAGUE, DONOGHUE, SEPARATISTS = "local:icj", "local:the-hague", "local:joan-donoghue", \
    "local:pro-russian-separatists"
ICSFT, CERD, MH17, DONBAS, CRIMEA = "local:terrorism-financing-convention", "local:cerd", "local:mh17", \
    "local:donbas", "local:crimea"
PEACE_PALACE, KORYNEVYCH, ZAKHAROVA, TELEGRAM = "local:peace-palace", "local:anton-korynevych", \
    "local:maria-zakharova", "local:telegram"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ICJ, "Cour internationale de justice", "International Court of Justice", "organization",
     {"description": "la plus haute juridiction de l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (ICSFT, "Convention internationale pour la répression du financement du terrorisme",
     "International Convention for the Suppression of the Financing of Terrorism", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (SEPARATISTS, "séparatistes prorusses de l’est de l’Ukraine", "pro-Russian separatists in eastern Ukraine",
     "group", {"unlinked_reason": "an unnamed group, not one Wikidata item"}),
    (HAGUE, "La Haye", "The Hague", "place", {"unlinked_reason": NOT_VERIFIED}),
    (DONOGHUE, "Joan Donoghue", "Joan Donoghue", "person",
     {"description": "présidente de la Cour internationale de justice", "unlinked_reason": NOT_VERIFIED}),
    (MH17, "vol MH17", "Malaysia Airlines Flight 17", "object", {"unlinked_reason": NOT_VERIFIED}),
    (DONBAS, "Donbass", "Donbas", "place", {"unlinked_reason": NOT_VERIFIED}),
    (CERD, "Convention internationale sur l’élimination de toutes les formes de discrimination raciale",
     "International Convention on the Elimination of All Forms of Racial Discrimination", "object",
     {"unlinked_reason": NOT_VERIFIED}),
    (CRIMEA, "Crimée", "Crimea", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PEACE_PALACE, "Palais de la Paix", "Peace Palace", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KORYNEVYCH, "Anton Korynevytch", "Anton Korynevych", "person",
     {"description": "représentant de l’Ukraine devant la CIJ", "unlinked_reason": NOT_VERIFIED}),
    (ZAKHAROVA, "Maria Zakharova", "Maria Zakharova", "person",
     {"description": "porte-parole de la diplomatie russe", "unlinked_reason": NOT_VERIFIED}),
    (TELEGRAM, "Telegram", "Telegram", "organization", {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Cour internationale de justice", None, ICJ, "name"),
    ("CIJ", 1, ICJ, "name"),
    ("Russie", "que la Russie avait violé", RUSSIA, "name"),
    ("une convention des Nations unies sur le financement du terrorisme", None, ICSFT, "nominal"),
    ("Nations unies", None, UN, "name"),
    ("Ukraine", "accusations de l’Ukraine", UKRAINE, "name"),
    ("Moscou", "soutien de Moscou", RUSSIA, "metonym"),
    ("séparatistes prorusses de l’est du pays", None, SEPARATISTS, "nominal"),
    ("pays", "l’est du pays", UKRAINE, "nominal"),
    # Dans son arrêt ...
    ("La Haye", None, HAGUE, "name"),
    ("sa présidente", None, DONOGHUE, "nominal"),
    ("Joan Donoghue", None, DONOGHUE, "name"),
    ("la plus haute juridiction de l’ONU", None, ICJ, "nominal"),
    ("ONU", None, UN, "name"),
    ("Moscou", "que Moscou n’a pas", RUSSIA, "metonym"),
    ("ces groupes armés", None, SEPARATISTS, "nominal"),
    ("le texte", "comme le texte", ICSFT, "nominal"),
    ("Elle", "Elle a en revanche", ICJ, "pronoun"),
    ("Kiev", "invoqués par Kiev", UKRAINE, "metonym"),
    ("vol MH17", None, MH17, "name"),
    ("Donbass", 1, DONBAS, "name"),
    # Les juges ...
    ("Russie", "que la Russie avait enfreint", RUSSIA, "name"),
    ("la convention contre la discrimination raciale", None, CERD, "nominal"),
    ("Crimée", None, CRIMEA, "name"),
    # « C’est une victoire ... »
    ("nous", "même si nous", UKRAINE, "pronoun"),
    ("Palais de la Paix", None, PEACE_PALACE, "name"),
    ("le représentant de l’Ukraine", None, KORYNEVYCH, "nominal"),
    ("Ukraine", "représentant de l’Ukraine", UKRAINE, "name"),
    ("Anton Korynevytch", None, KORYNEVYCH, "name"),
    ("lui", "Selon lui", KORYNEVYCH, "pronoun"),
    ("Russie", "responsabilité de la Russie", RUSSIA, "name"),
    # La diplomatie russe ...
    ("La diplomatie russe", None, RU_MFA, "nominal"),
    ("elle", "a, elle, salué", RU_MFA, "pronoun"),
    ("Sa porte-parole", None, ZAKHAROVA, "nominal"),
    ("Maria Zakharova", None, ZAKHAROVA, "name"),
    ("Telegram", None, TELEGRAM, "name"),
    ("la Cour", "que la Cour avait", ICJ, "nominal"),
    ("Kiev", "suivre Kiev", UKRAINE, "metonym"),
    ("son pays", None, RUSSIA, "nominal"),
    ("TASS", None, TASS, "name"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Kremlin", "le Kremlin", KREMLIN, "metonym"),
    # La CIJ doit se prononcer ...
    ("CIJ", 2, ICJ, "name"),
    ("Ukraine", "où l’Ukraine accuse", UKRAINE, "name"),
    ("Russie", "accuse la Russie", RUSSIA, "name"),
    ("Donbass", 2, DONBAS, "name"),
    ("son invasion", None, INVASION, "nominal"),
    ("la Cour", "arrêts de la Cour", ICJ, "nominal"),
    ("elle", "mais elle ne dispose", ICJ, "pronoun"),
]

PUB_DAY = "The publication day, Wednesday 31 January 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-01-31", "day", "weekday-publication-day", PUB_DAY),
    ("t-since-2014", ("2014", 1), "2014", "year", "explicit-year",
     "« depuis 2014 »: the start of the support (« depuis X » is annotated as X)."),
    ("t-july-2014", ("juillet 2014", None), "2014-07", "month", "explicit-month-year",
     "« abattu en juillet 2014 »."),
    ("t-same-year", ("la même année", None), "2014", "year", "same-year",
     "« annexée la même année »: the year of the sentence before, 2014."),
    ("t-friday", ("vendredi", None), "2024-02-02", "day", "weekday-future",
     "« doit se prononcer vendredi »: the Friday after the publication day, 2 February 2024 (across the month)."),
    ("t-february-2022", ("février 2022", None), "2022-02", "month", "explicit-month-year",
     "« son invasion, en février 2022 »: the invasion is an entity (Q110999040), not an event here: attached to "
     "nothing."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-violation-icsft", "Event", "Russia violated the UN convention on the financing of terrorism",
          ("avait violé", None), [("agent", RUSSIA), ("theme", ICSFT)], according_to=[ICJ],
          note="What the Court holds: occurred according to it. « n’a pas enquêté » is how it was violated."),
    event("e-reparations", "Event", "Reparations Ukraine claimed from Russia", ("réclamait", None),
          [("agent", RUSSIA), ("recipient", UKRAINE)], status="proposed", according_to=[UKRAINE],
          note="« qui réclamait des réparations »: what Ukraine asked for (proposed); Russia would pay."),
    event("e-support", "Event", "Russia's support for pro-Russian separatists in eastern Ukraine since 2014",
          ("soutien", None), [("agent", RUSSIA), ("recipient", SEPARATISTS)], place=UKRAINE,
          time="t-since-2014", according_to=[UKRAINE],
          note="Ukraine's charge; the article states the support in the claim's own words (no « présumé »)."),
    event("e-no-investigation", "Event", "Russia did not investigate alleged fund transfers to the separatists",
          ("enquêté", None), [("agent", RUSSIA)], status="negated", according_to=[ICJ],
          note="« Moscou n’a pas enquêté ... comme le texte l’y obligeait »: negated, according to the Court."),
    event("e-fund-transfers", "Delivery", "Alleged transfers of funds to the armed groups", ("transferts", None),
          [("recipient", SEPARATISTS)], status="suspected", according_to=[UKRAINE],
          note="« présumés »: alleged by Ukraine; the senders are not written."),
    event("e-shelling", "Event", "The shelling Ukraine invoked", ("bombardements", None),
          [("agent", SEPARATISTS)], status="suspected", according_to=[UKRAINE],
          note="« les bombardements invoqués par Kiev »: Ukraine's allegation, which the Court did not call terrorist; "
               "the agent is the separatists of the case (implied)."),
    event("e-mh17", "Event", "Flight MH17 was shot down over the Donbas in July 2014", ("destruction", None),
          [("recipient", MH17)], place=DONBAS, time="t-july-2014",
          note="« la destruction du vol MH17, abattu en juillet 2014 au-dessus du Donbass »: « abattu » restates it; "
               "stated as fact, no agent written (the recipient is the aircraft)."),
    event("e-violation-cerd", "Event", "Russia breached the convention on racial discrimination in Crimea",
          ("avait enfreint", None), [("agent", RUSSIA), ("theme", CERD)], place=CRIMEA, according_to=[ICJ]),
    event("e-annexation", "Event", "Crimea annexed by Russia in 2014", ("annexée", None),
          [("agent", RUSSIA), ("recipient", CRIMEA)], time="t-same-year",
          note="Passive participle with no agent written; Russia is the only annexing power the story allows."),
    event("e-no-protection", "Event", "Russia did not protect Ukrainian-language schooling in Crimea",
          ("protégeant", None), [("agent", RUSSIA)], status="negated", place=CRIMEA, according_to=[ICJ],
          note="« en ne protégeant pas l’enseignement en langue ukrainienne »: negated."),
    event("e-study", "Event", "The Kremlin to study the judgment carefully", ("étudier", None), [("agent", KREMLIN)],
          status="planned", according_to=[PESKOV],
          note="« allait « étudier attentivement » le texte »: a future in the past, planned; the trigger lies inside "
               "the quote."),
    event("e-ruling-friday", "Event", "The ICJ to rule on Friday on its jurisdiction in a second case",
          ("se prononcer", None), [("agent", ICJ)], status="planned", time="t-friday",
          note="« doit se prononcer vendredi »: planned."),
    event("e-genocide", "Event", "An alleged genocide in the Donbas invoked by Russia", ("génocide", None),
          [("recipient", DONBAS)], status="suspected", place=DONBAS,
          according_to=[RUSSIA],
          note="« d’avoir invoqué à tort un génocide dans le Donbass »: Russia's claim, which Ukraine calls false; "
               "the region is the recipient (no victim written)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-icj-judgment", "Statement", "The ICJ rules that Russia violated the terrorism financing convention",
           ICJ, ("a jugé", None), [], time="t-wednesday", place=HAGUE,
           about=["e-violation-icsft", "e-no-investigation", "e-violation-cerd", "e-no-protection"],
           note="« Dans son arrêt, lu à La Haye par sa présidente »: the judgment read at The Hague; « estime » and "
                "« Les juges ont également conclu » are the same judgment (one speech act; its triggers follow)."),
    speech("s-icj-rejection", "Statement", "The ICJ rejects most of Ukraine's accusations", ICJ,
           ("a rejeté", None), [], time="t-wednesday", place=HAGUE, about=["e-reparations", "e-support"],
           note="The second half of the verdict, joined by « mais »: a speech act of its own (a rejection)."),
    speech("s-icj-estime", "Statement", "The Court finds Russia did not investigate alleged fund transfers", ICJ,
           ("estime", None), [], time="t-wednesday", place=HAGUE, about=["e-no-investigation", "e-fund-transfers"],
           note="« la plus haute juridiction de l’ONU estime que ... »: the judgment's reasoning, in the present."),
    speech("s-icj-refusal", "Statement", "The Court refuses to call the shelling acts of terrorism", ICJ,
           ("a en revanche refusé", None), [], status="negated", time="t-wednesday", about=["e-shelling"],
           note="« a ... refusé de qualifier d’actes terroristes »: a refusal to say, negated."),
    speech("s-icj-mh17", "Statement", "The Court did not rule on the downing of MH17", ICJ,
           ("ne s’est pas prononcée", None), [], status="negated", time="t-wednesday", about=["e-mh17"]),
    speech("s-judges-cerd", "Statement", "The judges conclude Russia breached the convention on racial discrimination",
           ICJ, ("ont également conclu", None), [], time="t-wednesday",
           about=["e-violation-cerd", "e-no-protection"],
           note="« Les juges » speak for the Court (the phrase is plural, not a mention)."),
    speech("s-korynevych-victory", "Statement", "Korynevych: an important victory, though Ukraine expected more",
           KORYNEVYCH, ("a déclaré", None),
           [("C’est une victoire importante, même si nous attendions davantage", None)],
           time="t-wednesday", place=PEACE_PALACE, about=["s-icj-judgment"]),
    speech("s-korynevych-responsibility", "Statement",
           "Korynevych: the judgment establishes Russia's responsibility for the first time", KORYNEVYCH,
           ("Selon", "Selon lui"), [("établit pour la première fois la responsabilité de la Russie", None)],
           time="t-wednesday", about=["e-violation-icsft"],
           note="A second pair of guillemets under « Selon lui »: a second speech act."),
    speech("s-ru-mfa", "Statement", "Russian diplomacy welcomes a decision that « dismantles » Ukraine's case",
           RU_MFA, ("salué", None), [("démonte", None)], time="t-wednesday", about=["s-icj-rejection"]),
    speech("s-zakharova", "Statement", "Zakharova: the Court refused to follow Kyiv", ZAKHAROVA,
           ("a affirmé", None), [("refusé de suivre Kiev", None)], time="t-wednesday",
           about=["s-icj-rejection"],
           note="Written « sur Telegram »; the day is the verdict's (no weekday of its own)."),
    speech("s-zakharova-silence", "Statement", "Zakharova does not mention the violations found against Russia",
           ZAKHAROVA, ("sans évoquer", None), [], status="negated", time="t-wednesday",
           about=["e-violation-icsft", "e-violation-cerd"]),
    speech("s-peskov", "Statement", "Peskov: the Kremlin will study the judgment carefully", PESKOV,
           ("a indiqué", None), [("étudier attentivement", None)], time="t-wednesday", according_to=[TASS],
           about=["s-icj-judgment", "e-study"],
           note="« Interrogé par l’agence TASS »: TASS asked; Peskov speaks for the Kremlin."),
    speech("s-russia-genocide", "Statement", "Russia invoked a genocide in the Donbas to justify its invasion",
           RUSSIA, ("avoir invoqué", None), [],
           according_to=[UKRAINE], about=["e-genocide"],
           note="What Ukraine accuses Russia of saying: the claim is a speech act of Russia (no time of its own: « en "
                "février 2022 » dates the invasion)."),
    speech("s-ukraine-accuses", "Statement", "Ukraine accuses Russia of wrongly invoking a genocide", UKRAINE,
           ("accuse", "où l’Ukraine accuse"), [], about=["s-russia-genocide"]),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
