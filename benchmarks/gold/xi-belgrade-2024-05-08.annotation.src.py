"""Held-out annotation of xi-belgrade-2024-05-08.txt (written for the tenth held-out set, not a real article; the
facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/xi-belgrade-2024-05-08.annotation.src.py [--check]

Held-out set 10: never tune extraction rules on this article (see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "xi-belgrade-2024-05-08.txt"

NOTE = """\
Held-out-10 article 2: Xi Jinping's state visit to Serbia, published Wednesday 8 May 2024 (the file gives the day). \
What it exercises: a passive reception on the publication day with its agent after the place (« a été reçu \
mercredi à Belgrade ... par son homologue serbe »); a visit « que la presse progouvernementale qualifie \
d’« historique » » (a quote in a relative clause); a signing with a quoted name inside the document (the \
declaration speaks for its two signers: two speech acts, one trigger) and a source after the clause, then \
« a-t-elle précisé » taking up « la présidence serbe »; an agreement « conclu l’an dernier » and a planned entry \
into force « le 1er juillet »; a quote with its speaker after it on a place; a promise quoted around a negation \
(« ne « trahirait jamais » »: the betrayal negated); thanks to a metonym for a support (a nominal event); a refusal \
to recognise (a negated event); an anniversary of a bombing with a pluperfect relative toll and a full date \
(« le 7 mai 1999 »); a written quote in a op-ed published on a past weekday; a negated attendance observed by an AFP \
journalist; a reminder from Brussels with a quote and « depuis 2012 »; a planned departure « jeudi », a planned last \
leg, a tour « commencée dimanche à Paris » and a pluperfect meeting « lundi » in a relative clause with « où ». \
« Belgrade » is the city (reception, embassy, departure) and Serbia once (« promettant que Belgrade ne « trahirait \
jamais » »); « Pékin » is China. « Serbie » inside « le palais de la Serbie » only names the building: not a \
mention (as « Chine » in « mer de Chine méridionale »); « Chine » in « l’ambassade de Chine » is the state. Not \
mentions: « Les deux dirigeants » and « leurs pays » (plural pairs), « l’amitié chinoise », « la position serbe », \
« l’indépendance » (of Kosovo: a state of affairs, no event), « sa politique étrangère », « celle de l’Union \
européenne » (the Union is mentioned, « celle » is not). The ceremony « organisée sur le site de l’ancienne \
ambassade » has no organiser written: not an event (only Xi's negated attendance is). « peu avant son arrivée » is \
not annotated as a time \
(it dates the op-ed only relatively; the op-ed has its « mardi »). Aleksandar Vucic, Serbia, Belgrade, the Serbian \
presidency, the pro-government press, Taiwan, Kosovo, NATO, the Chinese embassy in Belgrade, the three journalists, \
Politika, the crowd, the Palace of Serbia, the AFP journalist, Brussels, the European Commission and its \
spokesman, the European Union, Hungary, Paris, Emmanuel Macron and Ursula von der Leyen are not in ids.tsv: local, \
unlinked."""

XI, CHINA, AFP = "Q15031", "Q148", "Q40464"
VUCIC, SERBIA, BELGRADE, PRES = "local:aleksandar-vucic", "local:serbia", "local:belgrade", \
    "local:serbian-presidency"
PRESS, TAIWAN, KOSOVO, NATO = "local:serbian-pro-government-press", "local:taiwan", "local:kosovo", "local:nato"
EMBASSY, JOURNALISTS, POLITIKA, CROWD = "local:chinese-embassy-belgrade", "local:three-chinese-journalists", \
    "local:politika", "local:belgrade-crowd"
PALACE, AFP_REPORTER, BRUSSELS, EC = "local:palace-of-serbia", "local:afp-journalist", "local:brussels", \
    "local:european-commission"
EC_SPOKES, EU, HUNGARY, PARIS = "local:european-commission-spokesman", "local:european-union", "local:hungary", \
    "local:paris"
MACRON, VDL, DECLARATION, FTA = "local:emmanuel-macron", "local:ursula-von-der-leyen", \
    "local:china-serbia-declaration-2024", "local:china-serbia-free-trade-agreement"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (VUCIC, "Aleksandar Vucic", "Aleksandar Vučić", "person",
     {"description": "président de la Serbie", "unlinked_reason": NOT_VERIFIED}),
    (SERBIA, "Serbie", "Serbia", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BELGRADE, "Belgrade", "Belgrade", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PRES, "présidence serbe", "Presidency of Serbia", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (PRESS, "presse progouvernementale serbe", "Serbian pro-government press", "organization",
     {"unlinked_reason": "an unnamed group of newspapers"}),
    (TAIWAN, "Taïwan", "Taiwan", "place", {"unlinked_reason": NOT_VERIFIED}),
    (KOSOVO, "Kosovo", "Kosovo", "place", {"unlinked_reason": NOT_VERIFIED}),
    (NATO, "Otan", "NATO", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (EMBASSY, "ambassade de Chine à Belgrade", "Embassy of China in Belgrade", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (JOURNALISTS, "trois journalistes chinois", "three Chinese journalists", "person",
     {"unlinked_reason": "an unnamed group"}),
    (POLITIKA, "Politika", "Politika", "organization",
     {"description": "quotidien serbe", "class_qid": "Q11032", "unlinked_reason": NOT_VERIFIED}),
    (CROWD, "plusieurs milliers de personnes", "several thousand people", "person",
     {"unlinked_reason": "an unnamed crowd"}),
    (PALACE, "palais de la Serbie", "Palace of Serbia", "place", {"unlinked_reason": NOT_VERIFIED}),
    (AFP_REPORTER, "un journaliste de l’AFP", "an AFP journalist", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (BRUSSELS, "Bruxelles", "Brussels", "place", {"unlinked_reason": NOT_VERIFIED}),
    (EC, "Commission européenne", "European Commission", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (EC_SPOKES, "un porte-parole de la Commission européenne", "a European Commission spokesman", "person",
     {"unlinked_reason": "anonymous in the article"}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HUNGARY, "Hongrie", "Hungary", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PARIS, "Paris", "Paris", "place", {"unlinked_reason": NOT_VERIFIED}),
    (MACRON, "Emmanuel Macron", "Emmanuel Macron", "person",
     {"description": "président de la France", "unlinked_reason": NOT_VERIFIED}),
    (VDL, "Ursula von der Leyen", "Ursula von der Leyen", "person",
     {"description": "présidente de la Commission européenne", "unlinked_reason": NOT_VERIFIED}),
    (DECLARATION, "déclaration sino-serbe sur une « communauté d’avenir partagé »",
     "China–Serbia declaration on a community with a shared future", "other",
     {"unlinked_reason": "a document with no Wikidata item"}),
    (FTA, "accord de libre-échange sino-serbe", "China–Serbia free trade agreement", "other",
     {"unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    ("Le président chinois", None, XI, "nominal"),
    ("Xi Jinping", 1, XI, "name"),
    ("Belgrade", "mercredi à Belgrade", BELGRADE, "name"),
    ("son homologue serbe", None, VUCIC, "nominal"),
    ("Aleksandar Vucic", None, VUCIC, "name"),
    ("la presse progouvernementale", None, PRESS, "nominal"),
    # Les deux dirigeants ont signé ...
    ("la présidence serbe", None, PRES, "nominal"),
    ("elle", "a-t-elle", PRES, "pronoun"),
    # « Taïwan, c’est la Chine » ...
    ("Taïwan", None, TAIWAN, "name"),
    ("Chine", "c’est la Chine", CHINA, "name"),
    ("Vucic", "M. Vucic", VUCIC, "name"),
    ("plusieurs milliers de personnes", None, CROWD, "nominal"),
    ("palais de la Serbie", None, PALACE, "name"),
    ("Belgrade", "promettant que Belgrade", SERBIA, "metonym"),
    ("Le dirigeant serbe", None, VUCIC, "nominal"),
    ("Pékin", None, CHINA, "metonym"),
    ("Kosovo", None, KOSOVO, "name"),
    ("Serbie", "dont la Serbie", SERBIA, "name"),
    # La visite coïncide ...
    ("l’ambassade de Chine à Belgrade", None, EMBASSY, "nominal"),
    ("Chine", "ambassade de Chine", CHINA, "name"),
    ("Belgrade", "Chine à Belgrade", BELGRADE, "name"),
    ("Otan", None, NATO, "name"),
    ("trois journalistes chinois", None, JOURNALISTS, "nominal"),
    ("Xi Jinping", 2, XI, "name"),
    ("le quotidien Politika", None, POLITIKA, "name"),
    ("Il", "Il n’a toutefois", XI, "pronoun"),
    ("un journaliste de l’AFP", None, AFP_REPORTER, "nominal"),
    ("AFP", None, AFP, "name"),
    # À Bruxelles ...
    ("Bruxelles", None, BRUSSELS, "name"),
    ("un porte-parole de la Commission européenne", None, EC_SPOKES, "nominal"),
    ("Commission européenne", None, EC, "name"),
    ("Serbie", "que la Serbie", SERBIA, "name"),
    ("Union européenne", None, EU, "name"),
    # Le numéro un chinois ...
    ("Le numéro un chinois", None, XI, "nominal"),
    ("Belgrade", "quitter Belgrade", BELGRADE, "name"),
    ("Hongrie", None, HUNGARY, "name"),
    ("Paris", None, PARIS, "name"),
    ("il", "où il s’était", XI, "pronoun"),
    ("Emmanuel Macron", None, MACRON, "name"),
    ("la présidente de la Commission", None, VDL, "nominal"),
    ("Commission", "présidente de la Commission", EC, "nominal"),
    ("Ursula von der Leyen", None, VDL, "name"),
]

PUB_DAY = "The publication day, Wednesday 8 May 2024."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday", ("mercredi", None), "2024-05-08", "day", "weekday-publication-day", PUB_DAY),
    ("t-last-year", ("l’an dernier", None), "2023", "year", "relative-year-past", "The year before 2024."),
    ("t-july-1", ("le 1er juillet", None), "2024-07-01", "day", "day-month-publication-year",
     "A future date in the publication year: 1 July 2024."),
    ("t-may-7-1999", ("le 7 mai 1999", None), "1999-05-07", "day", "explicit-date", "An explicit full date."),
    ("t-tuesday", ("mardi", None), "2024-05-07", "day", "weekday-past",
     "« publiée mardi »: the day before the publication day (Wednesday 8 May 2024)."),
    ("t-since-2012", ("depuis 2012", None), "2012", "year", "explicit-year", "The candidacy's start, 2012."),
    ("t-thursday", ("jeudi", None), "2024-05-09", "day", "weekday-future",
     "« doit quitter Belgrade jeudi »: the Thursday after the publication day: 9 May 2024."),
    ("t-sunday", ("dimanche", None), "2024-05-05", "day", "weekday-past",
     "« commencée dimanche »: the Sunday before the publication day: 5 May 2024."),
    ("t-monday", ("lundi", None), "2024-05-06", "day", "weekday-past",
     "Pluperfect « s’était entretenu lundi »: the Monday before the publication day: 6 May 2024."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-welcome", "Meeting", "Vucic welcomes Xi Jinping in Belgrade with military honours", ("a été reçu", None),
          [("agent", VUCIC), ("participant", XI)], place=BELGRADE, time="t-wednesday", part_of="e-state-visit",
          note="A passive reception; its agent comes after the place and the honours."),
    event("e-state-visit", "Visit", "Xi Jinping's state visit to Serbia", ("visite d’État", None), [("agent", XI)],
          place=SERBIA, part_of="e-tour", note="« au deuxième jour »: no day of its own beyond its second one."),
    event("e-signing", "Agreement", "Xi and Vucic sign a declaration and some thirty agreements", ("ont signé", None),
          [("participant", XI), ("participant", VUCIC), ("theme", DECLARATION)], place=BELGRADE,
          time="t-wednesday", according_to=[PRES], part_of="e-state-visit",
          note="« Les deux dirigeants » (not a mention): Xi and Vucic; the thirty agreements are plural (not a "
               "mention), as in benchmarks/gold/."),
    event("e-community", "Event", "China and Serbia build a « community with a shared future »", ("construction", None),
          [("participant", CHINA), ("participant", SERBIA)], status="planned", according_to=[CHINA, SERBIA],
          note="What the declaration commits the two countries to: planned."),
    event("e-fta", "Agreement", "China and Serbia concluded a free trade agreement last year", ("conclu", None),
          [("participant", CHINA), ("participant", SERBIA), ("theme", FTA)], time="t-last-year",
          note="No parties written; implied by the visit (as « conclus en juin » in benchmarks/gold/)."),
    event("e-fta-entry", "Event", "The free trade agreement enters into force on 1 July", ("entrer en vigueur", None),
          [("participant", CHINA), ("participant", SERBIA), ("theme", FTA)], status="planned", time="t-july-1",
          according_to=[PRES], note="The two parties of the agreement are its participants."),
    event("e-rally", "Event", "Several thousand people gather in front of the Palace of Serbia", ("rassemblées", None),
          [("agent", CROWD)], place=PALACE, time="t-wednesday"),
    event("e-betrayal", "Event", "Serbia will never betray China's friendship", ("trahirait", None),
          [("agent", SERBIA), ("recipient", CHINA)], status="negated", according_to=[VUCIC],
          note="A promise quoted around a negation (« ne « trahirait jamais » »): the betrayal is negated."),
    event("e-support", "Event", "China supports Serbia's position on Kosovo", ("soutien", None),
          [("agent", CHINA), ("recipient", SERBIA)], according_to=[VUCIC]),
    event("e-recognition", "Event", "Serbia refuses to recognise Kosovo's independence", ("reconnaître", None),
          [("agent", SERBIA), ("theme", KOSOVO)], status="negated", note="« refuse de reconnaître »: negated."),
    event("e-bombing", "Event", "NATO bombs the Chinese embassy in Belgrade", ("bombardement", None),
          [("agent", NATO), ("recipient", EMBASSY)], place=BELGRADE, time="t-may-7-1999",
          note="The date comes from the relative clause on the toll (same night)."),
    event("e-killing", "Event", "The bombing kills three Chinese journalists", ("avait tué", None),
          [("agent", NATO), ("recipient", JOURNALISTS)], place=BELGRADE, time="t-may-7-1999"),
    event("e-no-attendance", "Event", "Xi does not attend the ceremony", ("participé", None), [("agent", XI)],
          status="negated", place=BELGRADE, time="t-wednesday", according_to=[AFP_REPORTER]),
    event("e-accession", "Event", "Serbia's bid to join the European Union", ("adhésion", None),
          [("agent", SERBIA), ("recipient", EU)], status="proposed", time="t-since-2012",
          note="« candidate à l’adhésion depuis 2012 »: a proposed accession, dated by the candidacy's start."),
    event("e-alignment", "Event", "Serbia to align its foreign policy on the EU's", ("aligner", None),
          [("agent", SERBIA)], status="proposed", according_to=[EC_SPOKES]),
    event("e-departure", "Event", "Xi is to leave Belgrade for Hungary on Thursday", ("quitter", None), [("agent", XI)],
          status="planned", place=BELGRADE, time="t-thursday", part_of="e-tour"),
    event("e-hungary", "Visit", "Hungary, the last leg of Xi's European tour", ("étape", None), [("agent", XI)],
          status="planned", place=HUNGARY, part_of="e-tour"),
    event("e-tour", "Visit", "Xi Jinping's European tour (France, Serbia, Hungary)", ("tournée", None),
          [("agent", XI)], time="t-sunday", note="Under way: occurred. « commencée dimanche »: its start."),
    event("e-paris-talks", "Meeting", "Xi met Macron and von der Leyen in Paris on Monday", ("s’était entretenu", None),
          [("participant", XI), ("participant", MACRON), ("participant", VDL)], place=PARIS, time="t-monday",
          part_of="e-tour"),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-press", "Statement", "The pro-government press calls the visit « historic »", PRESS, ("qualifie", None),
           [("historique", None)], about=["e-state-visit"]),
    speech("s-declaration-china", "Statement", "The declaration on a « community with a shared future » (China)",
           CHINA, ("déclaration", None), [("communauté d’avenir partagé", None)], time="t-wednesday",
           about=["e-community"],
           note="The quoted words are the document's: it speaks for its two signers (two speech acts, one trigger)."),
    speech("s-declaration-serbia", "Statement", "The declaration on a « community with a shared future » (Serbia)",
           SERBIA, ("déclaration", None), [], time="t-wednesday", about=["e-community"],
           note="The one pair of guillemets belongs to one speech act: the first-named signer's (China's)."),
    speech("s-presidency", "Report", "The Serbian presidency announces the signing", PRES, ("a annoncé", None), [],
           time="t-wednesday", about=["e-signing"]),
    speech("s-presidency-fta", "Report", "The presidency says the free trade agreement takes effect on 1 July", PRES,
           ("précisé", None), [], time="t-wednesday", about=["e-fta", "e-fta-entry"]),
    speech("s-vucic-taiwan", "Statement", "Vucic: « Taiwan is China »", VUCIC, ("a lancé", None),
           [("Taïwan, c’est la Chine", None)], place=PALACE, time="t-wednesday"),
    speech("s-vucic-promise", "Assurance", "Vucic promises Serbia will never betray China's friendship", VUCIC,
           ("promettant", None), [("trahirait jamais", None)], addressee=CHINA, place=PALACE, time="t-wednesday",
           about=["e-betrayal"]),
    speech("s-vucic-thanks", "Statement", "Vucic thanks Beijing for its support on Kosovo", VUCIC, ("remercié", None),
           [], addressee=CHINA, time="t-wednesday", about=["e-support"]),
    speech("s-xi-op-ed", "Statement", "Xi: « We must never forget this »", XI, ("a écrit", None),
           [("Nous ne devons jamais oublier cela", None)], time="t-tuesday", according_to=[POLITIKA],
           about=["e-bombing"], note="Written words in an op-ed; « Nous » is China."),
    speech("s-politika", "Report", "Politika publishes Xi's op-ed", POLITIKA, ("publiée", None), [],
           time="t-tuesday", about=["s-xi-op-ed"]),
    speech("s-afp", "Report", "An AFP journalist notes Xi's absence from the ceremony", AFP_REPORTER,
           ("a constaté", None), [], time="t-wednesday", about=["e-no-attendance"]),
    speech("s-ec", "Statement", "A Commission spokesman: Serbia must « gradually align » its foreign policy",
           EC_SPOKES, ("a rappelé", None), [("aligner progressivement", None)], place=BRUSSELS,
           about=["e-alignment", "e-accession"],
           note="No weekday of its own: not given the publication day."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
