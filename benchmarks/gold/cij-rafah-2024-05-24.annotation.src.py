"""Held-out annotation of cij-rafah-2024-05-24.txt (written for the nineteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/cij-rafah-2024-05-24.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/cij-rafah-2024-05-24.annotation.src.py --check

From held-out set 19 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "cij-rafah-2024-05-24.txt"

NOTE = """\
Held-out-19 article: on Friday 24 May 2024 the International Court of Justice orders Israel to « arrêter \
immédiatement » its military offensive in Rafah, in the south of the Gaza Strip, at the request of South Africa, \
which accuses Israel of violating the Genocide Convention; the order, read in The Hague by the Court's president, \
Nawaf Salam, also requires Israel to keep the Rafah crossing with Egypt open, closed since the Israeli army took \
control of it on 7 May, and the judges call for the immediate and unconditional release of the hostages held by \
Hamas; Israel's national security adviser, Tzachi Hanegbi, says in a statement that Israel has not conducted and \
will not conduct operations in Rafah that could destroy the Palestinian civilian population, and the war cabinet, \
which had met in the afternoon, announces no suspension; in Pretoria the international relations minister, Naledi \
Pandor, welcomes a decision « beaucoup plus ferme » than the earlier ones and says it is up to the Security \
Council to enforce it (South Africa had obtained a first set of emergency measures in January); the EU's foreign \
policy chief, Josep Borrell, says the Twenty-Seven should choose between the rule of law and their support for \
Israel; Washington refrains from commenting and a State Department spokesman only recalls that the United States \
have « été clairs » on Rafah; Hamas welcomes the decision but regrets it does not cover all of Gaza; witnesses reached \
by AFP report strikes on Rafah shortly after the reading; Algeria asks for an emergency Security Council meeting, \
which could be held on Tuesday according to diplomats; on Wednesday Spain, Ireland and Norway had announced they \
would recognise the State of Palestine on 28 May. Published Friday 24 May 2024 (the file gives the day). The \
order, its three demands, the 7 May takeover, the Hanegbi statement, the Borrell remark, the Algerian request \
and the three recognitions follow the real events loosely; the quoted words of Pandor, Borrell and the State \
Department, the war cabinet's afternoon meeting, the Hamas regret, the witnesses and the Tuesday date are \
invented or simplified.
What it exercises: a court's order on the publication day with a dative state and a quoted infinitive (« a \
ordonné vendredi à Israël d’« arrêter immédiatement » son offensive militaire à Rafah »), an acronym in brackets, \
a place in apposition (« dans le sud de la bande de Gaza »), « à la demande de l’Afrique du Sud » (no verb of \
speech) and a relative accusation in the present with a role noun for the accused (« qui accuse l’État hébreu de \
violer la convention sur le génocide »: the violation suspected); a passive participle of reading opening the \
sentence with a city and a role noun holding the institution and a name in apposition (« Lue à La Haye par le \
président de la Cour, Nawaf Salam, l’ordonnance exige aussi »), a subjunctive completive of demand (« qu’Israël \
maintienne ouvert le point de passage de Rafah avec l’Égypte »: proposed), a passive participle state (« fermé ») \
with « depuis que » over a takeover with the clitic « en » and a date (« en a pris le contrôle le 7 mai »); a \
plural subject for the court (« Les juges ont aussi réclamé ») with a quoted adjective pair and a passive relative \
with its agent (« des otages retenus par le Hamas »); a quote first holding a perfect and a future both negated \
with one object, and a conditional relative (« n’a pas mené et ne mènera pas ... qui pourraient entraîner la \
destruction ») and « a affirmé dans un communiqué » with a role noun and a name in apposition after it; a \
relative pluperfect meeting with a part of the day and a negated announcement (« n’a annoncé aucune suspension \
»); « À Pretoria » (the city) with a role noun and a name in apposition and a quoted comparative; a quote split \
around « a-t-elle déclaré, » with a call to the Security Council (the enforcement proposed) and a judgement in \
the future (« restera lettre morte »: no event); « Pretoria » as South Africa with a pluperfect and a month \
(January 2024); the EU's foreign policy chief by a role noun and a name in apposition, a completive with « les \
Vingt-Sept » and a conditional « devraient » with a quoted infinitive (the choice proposed) holding a support; a \
metonym with a role noun in apposition and a refusal to comment (« Washington, principal allié d’Israël, s’est \
gardé de commenter »: a negated speech act); a quote inside the clause with the source after it and a restrictive \
verb (« s’est contenté de rappeler un porte-parole du département d’État »: the spokesman's Statement about the \
United States' own earlier statements); a welcome and a participle of regret with a negated scope (« tout en \
regrettant qu’elle ne couvre pas l’ensemble de Gaza »: a second speech act, no event for « couvre »); « Peu après \
la lecture » (the Friday) over strikes with no attacker written, sourced to « des témoins joints par l’AFP » (AFP \
the addressee); a requested meeting in a conditional relative with a future weekday and a source after the clause \
(« qui pourrait se tenir mardi, d’après des diplomates »: hypothetical); a past weekday over a pluperfect \
announcement by three states (three speech acts, one trigger) with a plural pronoun and a future in the past with \
a date (« qu’elles reconnaîtraient l’État de Palestine le 28 mai »: planned).
Choices. The order is speech: « a ordonné » is a Statement of the Court (courts speak, as gold/cij-ukraine-russie-\
2024-01-31) with Israel as addressee (the dative « à Israël »), its place The Hague (where the order was read, the \
next sentence); the halt it orders is proposed, and « son offensive militaire à Rafah » is an occurred Event of \
Israel placed in Rafah, with no time (no word dates it). « exige » and « Les juges ont aussi réclamé » are two \
more Statements of the Court (as « estime » and « Les juges ont également conclu » in gold); « Les juges » is \
plural and not a mention, the Court is the speaker. « Lue ... par le président de la Cour, Nawaf Salam » is no \
speech act of Salam: the reading is the order's delivery, as « lu à La Haye par sa présidente » in gold. « à la \
demande de l’Afrique du Sud » has no verb of speech: no speech act, as « à la demande de Kiev » in gold. « \
l’ordonnance », « la décision », « une décision », « cette ordonnance », « la lecture » and « elle » (Hamas's \
sentence) restate the order, a speech act: no mentions, no new events; « les précédentes » restates earlier \
measures (no mention). The Israeli army's takeover of the crossing is an occurred Event on 7 May with the army \
as agent and the crossing (« en ») as recipient; « fermé » is the crossing's closure, an occurred state with no \
agent written and no time of its own (« depuis que » gives the takeover as its start). Hanegbi's quote holds two \
negated events (« n’a pas mené », « ne mènera pas ») with Israel as agent and a hypothetical destruction of the \
civilian population; it is Israel's answer to the order (about it). The war cabinet's silence (« n’a annoncé \
aucune suspension ») is a negated speech act of the cabinet and a negated suspension. Pandor's « Il appartient au \
Conseil de sécurité de la faire respecter » is a Statement with the enforcement proposed (agent the Council, \
which « Conseil de sécurité » alone names in her mouth, Q37470); « sinon cette ordonnance restera lettre morte » \
is a judgement, no event. « Pretoria avait obtenu ... des mesures d’urgence en janvier » is an occurred Event \
with South Africa as recipient and the Court (implied) as agent. Borrell's « les Vingt-Sept » is the local \
group of EU member states marked without its article (kind name, as gold/sommet-ue-chine-pekin-2023-12); the \
choice is proposed according to him and « leur soutien à Israël » an occurred support (agent the Twenty-Seven). « \
s’est gardé de commenter » is a negated speech act of the United States (trigger « commenter », as « s’est gardé \
de critiquer » in gold). « Les États-Unis ont « été clairs » » is a Statement of the United States (trigger « \
été clairs », no quote of its own: the words are the spokesman's quote) according to the spokesman, whose « \
s’est contenté de rappeler » is the Statement that carries the quote. The strikes have only Rafah (recipient \
and place) written: no attacker is named, so none is given (as an attack with no attacker named in gold). « des \
témoins joints par l’AFP » are the speaker of a Report with AFP as addressee (as « Interrogé par l’AFP »). \
Algeria's request is a Statement about the meeting; the meeting (trigger the noun « réunion ») is hypothetical \
(« pourrait », as « pourrait se tenir » in gold) on the Tuesday, according to the diplomats. « Mercredi, \
l’Espagne, l’Irlande et la Norvège avaient annoncé » is three Statements with one trigger; the recognition is \
planned (a future in the past of an announcement) with the three states as agents and the State of Palestine as \
recipient, on 28 May; « elles » refers to three states at once: not a mention.
Mentions. « l’État hébreu » is a role noun for Israel (nominal, with its determiner); « la Cour » inside « le \
président de la Cour » is the ICJ (a description, as « ONU » in « Le secrétaire général de l’ONU »); « Rafah » in \
« le point de passage de Rafah » is the city, since the crossing is located by it (as « Dniepr » in « rive gauche \
du Dniepr »), and the crossing itself is a local place with a nominal mention (it is the theme of the demand and \
the recipient of the takeover); « en » in « en a pris le contrôle » is a pronoun of the crossing; « la diplomatie \
européenne » inside Borrell's role noun and « Relations internationales » inside Pandor's are not mentions \
(inside a title); « département d’État » inside the spokesman's description is (as « Kremlin » in « porte-parole \
du Kremlin »); « principal allié d’Israël » is a nominal mention of the United States (apposition after a comma, \
no determiner) with « Israël » inside it. « Conseil de sécurité de l’ONU » is the UN Security Council, with « \
ONU » inside it. « otages » (after the fused « des ») is marked from the noun, « la population civile \
palestinienne » with its determiner. Not mentions: « un communiqué » (a document), « leur soutien », « les \
précédentes », « une première série de mesures d’urgence », « des frappes », « elles ».
Places and metonyms. « La Haye » is the city of the reading (local); « À Pretoria » is the city, the place of \
Pandor's welcome; « Pretoria » subject of « avait obtenu » stands for South Africa (kind metonym); « Washington \
» is the United States (Q30, metonym), « Les États-Unis » Q30 by name; « Rafah » is a local place (the city and \
its area), « bande de Gaza » and « Gaza » one local place.
Times. « vendredi » is the publication day; « le 7 mai » 7 May 2024 (past, day and month in the publication \
year); « dans l’après-midi » the publication afternoon (the war cabinet's meeting, a pluperfect before its \
silence); « en janvier » January 2024 (month-past); « Peu après la lecture » the Friday of the reading \
(counted from the order); « mardi » Tuesday 28 May 2024 (weekday-future); « Mercredi » Wednesday 22 May 2024 \
(weekday-past); « le 28 mai » 28 May 2024 (future). « immédiatement » and « immédiate » (inside the quotes) are \
no times. Following gold/treve-gaza-doha-2025-01-15, the speech acts with no time word of their own (« exige », \
« ont aussi réclamé », Hanegbi's, Pandor's, Borrell's, Washington's, the spokesman's, Hamas's, Algeria's, the \
witnesses' and the diplomats') have no time, although most of them are, by the story, of the same Friday.
Linked: the United States (Q30, « Washington », « principal allié d’Israël », « États-Unis »), the UN (Q1065), \
the UN Security Council (Q37470) and AFP (Q40464). The ICJ, The Hague, Nawaf Salam, Israel, Rafah, the Gaza \
Strip, South Africa, Pretoria, the Genocide Convention, the Rafah crossing, Egypt, the Israeli army, the \
hostages, Hamas, Tzachi Hanegbi, the Palestinian civilian population, the war cabinet, Naledi Pandor, Josep \
Borrell, the Twenty-Seven, the State Department and its spokesman, the witnesses, Algeria, the diplomats, Spain, \
Ireland, Norway and the State of Palestine are not in ids.tsv: local, unlinked."""

US, UN, UNSC, AFP = "Q30", "Q1065", "Q37470", "Q40464"
ICJ, HAGUE, SALAM = "local:icj", "local:the-hague", "local:nawaf-salam"
ISRAEL, RAFAH, GAZA, CROSSING = "local:israel", "local:rafah", "local:gaza-strip", "local:rafah-crossing"
SOUTH_AFRICA, PRETORIA, GENOCIDE_CONV = "local:south-africa", "local:pretoria", "local:genocide-convention"
EGYPT, IDF, HOSTAGES, HAMAS = "local:egypt", "local:israeli-army", "local:gaza-hostages", "local:hamas"
HANEGBI, CIVILIANS, WAR_CABINET = "local:tzachi-hanegbi", "local:palestinian-civilians", "local:war-cabinet"
PANDOR, BORRELL, EU27 = "local:naledi-pandor", "local:josep-borrell", "local:eu-member-states"
STATE_DEPT, SPOKESMAN = "local:state-department", "local:state-department-spokesman"
WITNESSES, ALGERIA, DIPLOMATS = "local:rafah-witnesses", "local:algeria", "local:un-diplomats"
SPAIN, IRELAND, NORWAY, PALESTINE = "local:spain", "local:ireland", "local:norway", "local:state-of-palestine"

NOT_GROUP = "an unnamed group of people, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (ICJ, "Cour internationale de justice", "International Court of Justice", "organization",
     {"description": "la CIJ, qui siège à La Haye", "unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (RAFAH, "Rafah", "Rafah", "place",
     {"description": "ville du sud de la bande de Gaza", "unlinked_reason": NOT_VERIFIED}),
    (GAZA, "bande de Gaza", "Gaza Strip", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SOUTH_AFRICA, "Afrique du Sud", "South Africa", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GENOCIDE_CONV, "Convention pour la prévention et la répression du crime de génocide",
     "Convention on the Prevention and Punishment of the Crime of Genocide", "object",
     {"description": "la convention sur le génocide", "unlinked_reason": NOT_VERIFIED}),
    (HAGUE, "La Haye", "The Hague", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SALAM, "Nawaf Salam", "Nawaf Salam", "person",
     {"description": "président de la Cour internationale de justice", "unlinked_reason": NOT_VERIFIED}),
    (CROSSING, "point de passage de Rafah", "Rafah Border Crossing", "place",
     {"description": "point de passage entre la bande de Gaza et l’Égypte", "unlinked_reason": NOT_VERIFIED}),
    (EGYPT, "Égypte", "Egypt", "country", {"unlinked_reason": NOT_VERIFIED}),
    (IDF, "armée israélienne", "Israel Defense Forces", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (HOSTAGES, "otages retenus par le Hamas", "hostages held by Hamas", "group",
     {"description": "les otages retenus dans la bande de Gaza", "unlinked_reason": NOT_GROUP}),
    (HAMAS, "Hamas", "Hamas", "organization",
     {"description": "mouvement islamiste palestinien", "unlinked_reason": NOT_VERIFIED}),
    (CIVILIANS, "population civile palestinienne", "Palestinian civilian population", "group",
     {"description": "la population civile palestinienne de Rafah", "unlinked_reason": NOT_GROUP}),
    (HANEGBI, "Tzachi Hanegbi", "Tzachi Hanegbi", "person",
     {"description": "conseiller israélien à la sécurité nationale", "unlinked_reason": NOT_VERIFIED}),
    (WAR_CABINET, "cabinet de guerre israélien", "Israeli war cabinet", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (PRETORIA, "Pretoria", "Pretoria", "place",
     {"description": "capitale administrative de l’Afrique du Sud", "unlinked_reason": NOT_VERIFIED}),
    (PANDOR, "Naledi Pandor", "Naledi Pandor", "person",
     {"description": "ministre sud-africaine des Relations internationales", "unlinked_reason": NOT_VERIFIED}),
    (BORRELL, "Josep Borrell", "Josep Borrell", "person",
     {"description": "chef de la diplomatie de l’Union européenne", "unlinked_reason": NOT_VERIFIED}),
    (EU27, "les Vingt-Sept", "the EU's 27 member states", "group",
     {"description": "les États membres de l’Union européenne", "unlinked_reason": "a group of states, not one "
                                                                                  "Wikidata item here"}),
    (STATE_DEPT, "département d’État", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (SPOKESMAN, "porte-parole du département d’État", "State Department spokesman", "person",
     {"description": "un porte-parole que l’article ne nomme pas",
      "unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (WITNESSES, "témoins à Rafah", "witnesses in Rafah", "group",
     {"description": "des témoins joints par l’AFP", "unlinked_reason": NOT_GROUP}),
    (ALGERIA, "Algérie", "Algeria", "country", {"unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "diplomates anonymes", "anonymous diplomats", "group",
     {"description": "des diplomates que l’article ne nomme pas", "unlinked_reason": NOT_GROUP}),
    (SPAIN, "Espagne", "Spain", "country", {"unlinked_reason": NOT_VERIFIED}),
    (IRELAND, "Irlande", "Ireland", "country", {"unlinked_reason": NOT_VERIFIED}),
    (NORWAY, "Norvège", "Norway", "country", {"unlinked_reason": NOT_VERIFIED}),
    (PALESTINE, "État de Palestine", "State of Palestine", "country", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # La Cour internationale de justice (CIJ) a ordonné vendredi à Israël d’« arrêter immédiatement » son offensive
    # militaire à Rafah, dans le sud de la bande de Gaza, à la demande de l’Afrique du Sud, qui accuse l’État hébreu
    # de violer la convention sur le génocide.
    ("Cour internationale de justice", None, ICJ, "name"),
    ("CIJ", None, ICJ, "name"),
    ("Israël", "ordonné vendredi à Israël", ISRAEL, "name"),
    ("Rafah", "offensive militaire à Rafah", RAFAH, "name"),
    ("bande de Gaza", None, GAZA, "name"),
    ("Afrique du Sud", None, SOUTH_AFRICA, "name"),
    ("l’État hébreu", None, ISRAEL, "nominal"),
    ("la convention sur le génocide", None, GENOCIDE_CONV, "nominal"),
    # Lue à La Haye par le président de la Cour, Nawaf Salam, l’ordonnance exige aussi qu’Israël maintienne ouvert le
    # point de passage de Rafah avec l’Égypte, fermé depuis que l’armée israélienne en a pris le contrôle le 7 mai.
    ("La Haye", None, HAGUE, "name"),
    ("le président de la Cour", None, SALAM, "nominal"),
    ("la Cour", "président de la Cour", ICJ, "nominal"),
    ("Nawaf Salam", None, SALAM, "name"),
    ("Israël", "qu’Israël maintienne", ISRAEL, "name"),
    ("le point de passage de Rafah", None, CROSSING, "nominal"),
    ("Rafah", "point de passage de Rafah", RAFAH, "name"),
    ("Égypte", None, EGYPT, "name"),
    ("l’armée israélienne", None, IDF, "nominal"),
    ("en", "en a pris le contrôle", CROSSING, "pronoun"),
    # Les juges ont aussi réclamé la libération « immédiate et inconditionnelle » des otages retenus par le Hamas.
    ("otages", "des otages retenus", HOSTAGES, "nominal"),
    ("Hamas", "retenus par le Hamas", HAMAS, "name"),
    # « Israël n’a pas mené et ne mènera pas à Rafah d’opérations militaires qui pourraient entraîner la destruction
    # de la population civile palestinienne », a affirmé dans un communiqué le conseiller à la sécurité nationale,
    # Tzachi Hanegbi.
    ("Israël", "« Israël n’a pas mené", ISRAEL, "name"),
    ("Rafah", "ne mènera pas à Rafah", RAFAH, "name"),
    ("la population civile palestinienne", None, CIVILIANS, "nominal"),
    ("le conseiller à la sécurité nationale", None, HANEGBI, "nominal"),
    ("Tzachi Hanegbi", None, HANEGBI, "name"),
    # Le cabinet de guerre, qui s’était réuni dans l’après-midi, n’a annoncé aucune suspension des opérations.
    ("Le cabinet de guerre", None, WAR_CABINET, "nominal"),
    # À Pretoria, la ministre des Relations internationales, Naledi Pandor, a salué une décision « beaucoup plus
    # ferme » que les précédentes.
    ("Pretoria", "À Pretoria", PRETORIA, "name"),
    ("la ministre des Relations internationales", None, PANDOR, "nominal"),
    ("Naledi Pandor", None, PANDOR, "name"),
    # « Il appartient au Conseil de sécurité de la faire respecter, a-t-elle déclaré, sinon cette ordonnance restera
    # lettre morte. »
    ("Conseil de sécurité", "au Conseil de sécurité", UNSC, "name"),
    ("elle", "a-t-elle déclaré", PANDOR, "pronoun"),
    # Pretoria avait obtenu une première série de mesures d’urgence en janvier.
    ("Pretoria", "Pretoria avait obtenu", SOUTH_AFRICA, "metonym"),
    # Le chef de la diplomatie européenne, Josep Borrell, a estimé que les Vingt-Sept devraient « choisir entre l’État
    # de droit et leur soutien à Israël ».
    ("Le chef de la diplomatie européenne", None, BORRELL, "nominal"),
    ("Josep Borrell", None, BORRELL, "name"),
    ("Vingt-Sept", None, EU27, "name"),
    ("Israël", "leur soutien à Israël", ISRAEL, "name"),
    # Washington, principal allié d’Israël, s’est gardé de commenter l’ordonnance.
    ("Washington", None, US, "metonym"),
    ("principal allié d’Israël", None, US, "nominal"),
    ("Israël", "principal allié d’Israël", ISRAEL, "name"),
    # Les États-Unis ont « été clairs » sur Rafah, s’est contenté de rappeler un porte-parole du département d’État.
    ("États-Unis", None, US, "name"),
    ("Rafah", "« été clairs » sur Rafah", RAFAH, "name"),
    ("un porte-parole du département d’État", None, SPOKESMAN, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    # Le Hamas a salué la décision, tout en regrettant qu’elle ne couvre pas l’ensemble de Gaza.
    ("Hamas", "Le Hamas a salué", HAMAS, "name"),
    ("Gaza", "l’ensemble de Gaza", GAZA, "name"),
    # Peu après la lecture, des frappes ont touché Rafah, selon des témoins joints par l’AFP.
    ("Rafah", "ont touché Rafah", RAFAH, "name"),
    ("des témoins", None, WITNESSES, "nominal"),
    ("AFP", None, AFP, "name"),
    # L’Algérie a demandé une réunion d’urgence du Conseil de sécurité de l’ONU, qui pourrait se tenir mardi, d’après
    # des diplomates.
    ("Algérie", None, ALGERIA, "name"),
    ("Conseil de sécurité de l’ONU", None, UNSC, "name"),
    ("ONU", None, UN, "name"),
    ("des diplomates", None, DIPLOMATS, "nominal"),
    # Mercredi, l’Espagne, l’Irlande et la Norvège avaient annoncé qu’elles reconnaîtraient l’État de Palestine le
    # 28 mai.
    ("Espagne", None, SPAIN, "name"),
    ("Irlande", None, IRELAND, "name"),
    ("Norvège", None, NORWAY, "name"),
    ("État de Palestine", None, PALESTINE, "name"),
]

PUB_DAY = "The publication day, Friday 24 May 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", None), "2024-05-24", "day", "weekday-publication-day",
     "« a ordonné vendredi »: " + PUB_DAY),
    ("t-may-7", ("le 7 mai", None), "2024-05-07", "day", "day-month-publication-year",
     "« en a pris le contrôle le 7 mai »: a day and a month in the publication year, before publication."),
    ("t-afternoon", ("dans l’après-midi", None), "2024-05-24", "day", "part-of-day",
     "« qui s’était réuni dans l’après-midi »: the afternoon of the publication day (the order's Friday). "
     + PUB_DAY),
    ("t-january", ("janvier", None), "2024-01", "month", "month-past",
     "« en janvier »: a past month with no year, the latest January before publication: January 2024."),
    ("t-shortly-after", ("Peu après la lecture", None), "2024-05-24", "day", "counted-from-event",
     "« Peu après la lecture »: shortly after the reading of the order, which the lede puts on Friday 24 May "
     "2024; « peu après » gives no more than that day."),
    ("t-tuesday", ("mardi", None), "2024-05-28", "day", "weekday-future",
     "« qui pourrait se tenir mardi »: the next Tuesday after the publication day (Friday): 28 May 2024."),
    ("t-wednesday", ("Mercredi", None), "2024-05-22", "day", "weekday-past",
     "« Mercredi, ... avaient annoncé »: pluperfect, the Wednesday of the publication week: 22 May 2024."),
    ("t-may-28", ("le 28 mai", None), "2024-05-28", "day", "day-month-future",
     "« qu’elles reconnaîtraient l’État de Palestine le 28 mai »: a day and a month after publication, in the "
     "publication year (a Tuesday)."),
]

LEDE = ("La Cour internationale", "sur le génocide.")
ORDER2 = ("Lue à La Haye", "le 7 mai.")
HANEGBI_QUOTE = ("« Israël n’a pas mené", "Tzachi Hanegbi.")
PANDOR_QUOTE = ("« Il appartient", "lettre morte. »")
LAST = ("Peu après la lecture", "par l’AFP.")

EVENTS: list[dict[str, Any]] = [
    event("e-offensive", "Event", "Israel's military offensive in Rafah", ("offensive", None),
          [("agent", ISRAEL)], place=RAFAH, evidence=LEDE,
          note="« son offensive militaire à Rafah »: the offensive under way, occurred, stated in the article's "
               "voice; « son » is Israel; no word dates it. « des opérations » (the war cabinet) restates it."),
    event("e-halt-offensive", "Event", "Israel ordered to halt its military offensive in Rafah immediately",
          ("arrêter", None), [("agent", ISRAEL)], status="proposed", place=RAFAH, according_to=[ICJ],
          evidence=LEDE,
          note="« a ordonné ... à Israël d’« arrêter immédiatement » son offensive »: ordered, not done: proposed "
               "(as a demand in gold); the trigger lies inside the quote; « immédiatement » is no time."),
    event("e-genocide-violation", "Event", "Israel violating the Genocide Convention, as South Africa alleges",
          ("violer", None), [("agent", ISRAEL), ("theme", GENOCIDE_CONV)], status="suspected",
          according_to=[SOUTH_AFRICA], evidence=LEDE,
          note="« qui accuse l’État hébreu de violer la convention sur le génocide »: an accusation, suspected "
               "according to the accuser (as « accuse ... de complicité » in gold)."),
    event("e-keep-crossing-open", "Event", "Israel required to keep the Rafah crossing with Egypt open",
          ("maintienne ouvert", None), [("agent", ISRAEL), ("theme", CROSSING)], status="proposed",
          according_to=[ICJ], evidence=ORDER2,
          note="« l’ordonnance exige aussi qu’Israël maintienne ouvert le point de passage de Rafah avec "
               "l’Égypte »: a demand in the subjunctive: proposed."),
    event("e-crossing-closed", "Event", "The Rafah crossing closed since the Israeli army took control of it",
          ("fermé", None), [("recipient", CROSSING)], evidence=ORDER2,
          note="« fermé depuis que l’armée israélienne en a pris le contrôle le 7 mai »: a passive state in the "
               "article's voice, occurred; no closer is written, and the date belongs to the takeover, which « "
               "depuis que » gives as the closure's start: no time of its own."),
    event("e-crossing-takeover", "Event", "The Israeli army took control of the Rafah crossing on 7 May",
          ("a pris le contrôle", None), [("agent", IDF), ("recipient", CROSSING)], time="t-may-7",
          evidence=ORDER2,
          note="« depuis que l’armée israélienne en a pris le contrôle le 7 mai »: « en » is the crossing; "
               "occurred."),
    event("e-hostage-release", "Event", "Hamas to release the hostages immediately and unconditionally",
          ("libération", None), [("agent", HAMAS), ("recipient", HOSTAGES)], status="proposed",
          according_to=[ICJ],
          note="« Les juges ont aussi réclamé la libération « immédiate et inconditionnelle » des otages retenus "
               "par le Hamas »: demanded: proposed; Hamas, the holder, is the implied agent of the release."),
    event("e-hostages-held", "Event", "The hostages held by Hamas", ("retenus", None),
          [("agent", HAMAS), ("recipient", HOSTAGES)],
          note="« des otages retenus par le Hamas »: a passive state with its agent, occurred; no time."),
    event("e-no-past-operations", "Event", "Israel has not conducted military operations in Rafah that could "
          "destroy the civilian population", ("mené", None), [("agent", ISRAEL)], status="negated",
          place=RAFAH, according_to=[HANEGBI], evidence=HANEGBI_QUOTE,
          note="« Israël n’a pas mené ... à Rafah d’opérations militaires qui pourraient ... »: a negated perfect "
               "inside Hanegbi's quote (the operations described by the relative, not the offensive itself)."),
    event("e-no-future-operations", "Event", "Israel will not conduct such operations in Rafah",
          ("mènera", None), [("agent", ISRAEL)], status="negated", place=RAFAH, according_to=[HANEGBI],
          evidence=HANEGBI_QUOTE,
          note="« et ne mènera pas »: the negated future of the same verb, with the same object: its own event."),
    event("e-destruction", "Event", "Destruction of the Palestinian civilian population (what such operations "
          "could bring)", ("destruction", None), [("agent", ISRAEL), ("recipient", CIVILIANS)],
          status="hypothetical", place=RAFAH, according_to=[HANEGBI], evidence=HANEGBI_QUOTE,
          note="« qui pourraient entraîner la destruction de la population civile palestinienne »: a conditional "
               "relative: hypothetical; Israel is the agent of the operations that would bring it."),
    event("e-cabinet-meeting", "Meeting", "The Israeli war cabinet met in the afternoon", ("s’était réuni", None),
          [("participant", WAR_CABINET)], time="t-afternoon",
          note="« Le cabinet de guerre, qui s’était réuni dans l’après-midi »: a relative pluperfect, occurred."),
    event("e-suspension", "Event", "No suspension of the Rafah operations", ("suspension", None),
          [("agent", ISRAEL)], status="negated", place=RAFAH,
          note="« n’a annoncé aucune suspension des opérations »: the suspension is negated (none announced); « "
               "des opérations » restates the offensive in Rafah, Israel's."),
    event("e-enforcement", "Event", "The Security Council should enforce the order", ("faire respecter", None),
          [("agent", UNSC)], status="proposed", according_to=[PANDOR], evidence=PANDOR_QUOTE,
          note="« Il appartient au Conseil de sécurité de la faire respecter »: what Pandor says the Council must "
               "do: proposed; « la » is the order (a speech act), no mention. « sinon cette ordonnance restera "
               "lettre morte » is a judgement on the order, no event."),
    event("e-first-measures", "Event", "South Africa obtained a first set of emergency measures from the Court in "
          "January", ("avait obtenu", None), [("agent", ICJ), ("recipient", SOUTH_AFRICA)], time="t-january",
          note="« Pretoria avait obtenu une première série de mesures d’urgence en janvier »: pluperfect, occurred; "
               "« Pretoria » is South Africa (the recipient); the Court, which grants the measures, is implied "
               "(agent)."),
    event("e-eu-choice", "Event", "The Twenty-Seven should choose between the rule of law and their support for "
          "Israel", ("choisir", None), [("agent", EU27)], status="proposed", according_to=[BORRELL],
          note="« devraient « choisir entre l’État de droit et leur soutien à Israël » »: a conditional of "
               "obligation, urged: proposed."),
    event("e-eu-support", "Event", "The Twenty-Seven's support for Israel", ("soutien", None),
          [("agent", EU27), ("recipient", ISRAEL)], according_to=[BORRELL],
          note="« leur soutien à Israël » (Borrell's quoted words): an existing support, occurred according to "
               "him; « leur » is the Twenty-Seven; no time."),
    event("e-strikes", "Event", "Strikes hit Rafah shortly after the reading of the order", ("ont touché", None),
          [("recipient", RAFAH)], place=RAFAH, time="t-shortly-after", according_to=[WITNESSES], evidence=LAST,
          note="« Peu après la lecture, des frappes ont touché Rafah, selon des témoins »: occurred according to "
               "the witnesses; no attacker is written, so only the target (recipient) and place are given."),
    event("e-unsc-meeting", "Meeting", "An emergency Security Council meeting that could be held on Tuesday",
          ("réunion", None), [("participant", UNSC)], status="hypothetical", time="t-tuesday",
          according_to=[DIPLOMATS],
          note="« une réunion d’urgence du Conseil de sécurité de l’ONU, qui pourrait se tenir mardi, d’après des "
               "diplomates »: requested by Algeria, and conditional on the Tuesday: hypothetical (as « pourrait se "
               "tenir » in gold)."),
    event("e-recognition", "Event", "Spain, Ireland and Norway to recognise the State of Palestine on 28 May",
          ("reconnaîtraient", None), [("agent", SPAIN), ("agent", IRELAND), ("agent", NORWAY),
                                     ("recipient", PALESTINE)],
          status="planned", time="t-may-28", according_to=[SPAIN, IRELAND, NORWAY],
          note="« avaient annoncé qu’elles reconnaîtraient l’État de Palestine le 28 mai »: a future in the past of "
               "an announcement, with a date: planned; « elles » (the three states at once) is no mention."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-icj-order", "Statement", "The ICJ orders Israel to halt its military offensive in Rafah", ICJ,
           ("a ordonné", None), [("arrêter immédiatement", None)], time="t-friday", place=HAGUE,
           addressee=ISRAEL, evidence=LEDE, about=["e-halt-offensive", "e-offensive"],
           note="Courts speak (gold): the order is a Statement of the Court, its addressee Israel (« à Israël »), "
                "its place The Hague (« Lue à La Haye », the next sentence). « à la demande de l’Afrique du Sud » "
                "has no verb of speech: no speech act. The reading by Salam is the order's delivery, no speech act "
                "of his (as « lu à La Haye par sa présidente » in gold)."),
    speech("s-sa-accusation", "Statement", "South Africa accuses Israel of violating the Genocide Convention",
           SOUTH_AFRICA, ("accuse", None), [], evidence=LEDE, about=["e-genocide-violation"],
           note="« l’Afrique du Sud, qui accuse l’État hébreu de violer ... »: a relative present, the standing "
                "charge of its case; no addressee written, no time."),
    speech("s-icj-crossing", "Statement", "The order also requires Israel to keep the Rafah crossing open", ICJ,
           ("exige", None), [], place=HAGUE, evidence=ORDER2, about=["e-keep-crossing-open"],
           note="« Lue à La Haye par le président de la Cour, Nawaf Salam, l’ordonnance exige aussi »: the order "
                "speaks for the Court (a second Statement, as « estime » in gold); The Hague is where it is read. "
                "No time word of its own."),
    speech("s-icj-hostages", "Statement", "The judges call for the release of the hostages held by Hamas", ICJ,
           ("ont aussi réclamé", None), [("immédiate et inconditionnelle", None)], about=["e-hostage-release"],
           note="« Les juges » speak for the Court (plural, not a mention, as in gold); no addressee written."),
    speech("s-hanegbi", "Statement", "Tzachi Hanegbi: Israel has not and will not conduct operations in Rafah that "
           "could destroy the civilian population", HANEGBI, ("a affirmé", None),
           [("Israël n’a pas mené et ne mènera pas à Rafah d’opérations militaires qui pourraient entraîner la "
             "destruction de la population civile palestinienne", None)],
           evidence=HANEGBI_QUOTE,
           about=["s-icj-order", "e-no-past-operations", "e-no-future-operations", "e-destruction"],
           note="A quote first, « a affirmé dans un communiqué le conseiller à la sécurité nationale, Tzachi "
                "Hanegbi »: Israel's answer to the order; « un communiqué » is a document, no mention. No time."),
    speech("s-cabinet-silence", "Statement", "The war cabinet announces no suspension of the operations",
           WAR_CABINET, ("n’a annoncé", None), [], status="negated", about=["e-suspension"],
           note="« n’a annoncé aucune suspension des opérations »: a negated speech act (as « n’a pas réagi » in "
                "gold); the afternoon belongs to the meeting, not to the silence."),
    speech("s-pandor-welcome", "Statement", "Naledi Pandor welcomes a decision much firmer than the previous ones",
           PANDOR, ("a salué", "Pandor, a salué"), [("beaucoup plus ferme", None)], place=PRETORIA,
           about=["s-icj-order"],
           note="« À Pretoria, la ministre des Relations internationales, Naledi Pandor, a salué une décision »: « "
                "une décision » is the order; « À Pretoria » the city, the place. No time."),
    speech("s-pandor-council", "Statement", "Pandor: it is up to the Security Council to enforce the order",
           PANDOR, ("déclaré", None),
           [("Il appartient au Conseil de sécurité de la faire respecter", None),
            ("sinon cette ordonnance restera lettre morte.", None)],
           evidence=PANDOR_QUOTE, about=["e-enforcement", "s-icj-order"],
           note="One quote split around « a-t-elle déclaré, »: one speech act, two quote parts (the second keeps "
                "its full stop inside the guillemets). « Il appartient » is impersonal, no mention."),
    speech("s-borrell", "Statement", "Josep Borrell: the Twenty-Seven should choose between the rule of law and "
           "their support for Israel", BORRELL, ("a estimé", None),
           [("choisir entre l’État de droit et leur soutien à Israël", None)],
           about=["e-eu-choice", "e-eu-support"],
           note="« Le chef de la diplomatie européenne, Josep Borrell, a estimé que les Vingt-Sept devraient "
                "... »: « les Vingt-Sept » is the subject of the completive, not an addressee. No time."),
    speech("s-us-no-comment", "Statement", "Washington refrains from commenting on the order", US,
           ("commenter", None), [], status="negated", about=["s-icj-order"],
           note="« Washington, principal allié d’Israël, s’est gardé de commenter l’ordonnance »: a refusal to "
                "comment, a negated speech act of the United States (trigger « commenter », as « s’est gardé de "
                "critiquer » in gold)."),
    speech("s-us-clear", "Statement", "The United States have been clear on Rafah", US, ("été clairs", None), [],
           according_to=[SPOKESMAN], about=["e-offensive"],
           note="« Les États-Unis ont « été clairs » sur Rafah »: the United States' earlier statements on the "
                "offensive, which the spokesman recalls; the words are his quote (s-spokesman), so no quote here; "
                "no time."),
    speech("s-spokesman", "Statement", "A State Department spokesman only recalls that the United States have been "
           "clear on Rafah", SPOKESMAN, ("rappeler", None), [("été clairs", None)], about=["s-us-clear"],
           note="« s’est contenté de rappeler un porte-parole du département d’État »: the source after the clause; "
                "« s’est contenté de » only restricts what he says. No time."),
    speech("s-hamas-welcome", "Statement", "Hamas welcomes the decision", HAMAS, ("a salué", "Hamas a salué"), [],
           about=["s-icj-order"], note="« Le Hamas a salué la décision »: the order. No time."),
    speech("s-hamas-regret", "Statement", "Hamas regrets that the order does not cover all of Gaza", HAMAS,
           ("regrettant", None), [], about=["s-icj-order"],
           note="« tout en regrettant qu’elle ne couvre pas l’ensemble de Gaza »: a participle of speech, a second "
                "speech act; « elle » is the decision (a speech act), no mention; « couvre » is the order's scope, "
                "no event."),
    speech("s-witnesses", "Report", "Witnesses reached by AFP report strikes on Rafah", WITNESSES,
           ("selon", "selon des témoins"), [], addressee=AFP, evidence=LAST, about=["e-strikes"],
           note="« selon des témoins joints par l’AFP »: AFP reached them, so AFP is the addressee (as « Interrogé "
                "par l’AFP » in gold)."),
    speech("s-algeria-request", "Statement", "Algeria asks for an emergency meeting of the UN Security Council",
           ALGERIA, ("a demandé", None), [], about=["e-unsc-meeting"],
           note="« L’Algérie a demandé une réunion d’urgence du Conseil de sécurité de l’ONU »: no addressee "
                "written; no time."),
    speech("s-diplomats", "Report", "Diplomats say the meeting could be held on Tuesday", DIPLOMATS,
           ("d’après", "d’après des diplomates"), [], about=["e-unsc-meeting"],
           note="« d’après des diplomates », after the clause."),
    speech("s-spain-announcement", "Statement", "Spain announced it would recognise the State of Palestine on 28 "
           "May", SPAIN, ("avaient annoncé", None), [], time="t-wednesday", about=["e-recognition"],
           note="« Mercredi, l’Espagne, l’Irlande et la Norvège avaient annoncé »: three speakers, one trigger: "
                "three speech acts (as « Séoul et Washington accusent » in gold); pluperfect on a past weekday."),
    speech("s-ireland-announcement", "Statement", "Ireland announced it would recognise the State of Palestine on "
           "28 May", IRELAND, ("avaient annoncé", None), [], time="t-wednesday", about=["e-recognition"],
           note="The second speaker of the joint announcement."),
    speech("s-norway-announcement", "Statement", "Norway announced it would recognise the State of Palestine on "
           "28 May", NORWAY, ("avaient annoncé", None), [], time="t-wednesday", about=["e-recognition"],
           note="The third speaker of the joint announcement."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
