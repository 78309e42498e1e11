"""Held-out annotation of pezeshkian-onu-2024-09-24.txt (written for the twenty-fifth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/pezeshkian-onu-2024-09-24.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/pezeshkian-onu-2024-09-24.annotation.src.py --check

From held-out set 25 (moved to gold in session 23; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "pezeshkian-onu-2024-09-24.txt"

NOTE = """\
Held-out-25 article: Iranian president Massoud Pezeshkian says on Tuesday 24 September 2024, in his first speech \
before the UN General Assembly in New York, that he is ready to resume nuclear negotiations with the Europeans, and \
warns Israel against an escalation in Lebanon, where Israeli strikes had killed more than 500 people the day before; \
on Monday evening, on the sidelines of the Assembly, he had met Emmanuel Macron, who urged him to use his influence \
on Hezbollah, according to the Élysée; Paris demands the release of three French nationals held in Iran; Israel's \
UN ambassador Danny Danon says the regime lies and that Tehran has been arming Hezbollah for years; Washington is \
sceptical, and State Department spokesman Matthew Miller says Iran will be judged on its acts and that no meeting \
with US officials is planned; Ali Khamenei had opened the way at the end of August by saying there was no harm in \
negotiating with the enemy; foreign minister Abbas Araghchi is to meet his British, German and French counterparts \
on Wednesday, according to Irna, before the delegation flies back to Tehran on Thursday. Published Tuesday 24 \
September 2024 (the file gives the day). The speech, the Monday strikes on Lebanon and their toll, Khamenei's \
August words and a meeting of Araghchi with the three European ministers follow the real events loosely; the \
quotes, the day of the Macron meeting (in reality on the Wednesday), the Élysée's account, Danon's and Miller's \
words and the Thursday return are invented or simplified. \
What it exercises: a role noun and a name in apposition with « s’est dit prêt » on the publication day and an \
infinitive of resumption with a group of states (« à reprendre les négociations ... avec les Européens »: \
proposed), the speech as a nominal event with a place in apposition (« lors de son premier discours devant \
l’Assemblée générale des Nations unies, à New York »); a quote split mid-sentence around « a-t-il lancé à la \
tribune, » holding « Nous » for Iran, a proposed dialogue with a group and a condition in the future (« dès que \
les autres signataires tiendront leurs engagements »: hypothetical); a warning to a state with no quote (« Il a \
aussi mis en garde Israël contre une escalade au Liban »); a quote first with a negated wish (« une guerre \
régionale »: no event), a negated consequence and a passive condition with no agent (« si le Liban est envahi ») \
under a role noun with a participle of election and a month (« le dirigeant réformateur, élu en juillet »); « La \
veille » (the eve of the speech) over a pluperfect killing by strikes known by an adjective, with a toll and a \
place with a nominal country (« dans le sud du pays ») sourced after the clause to « les autorités libanaises »; a \
fronted « En marge de l’Assemblée » over a pluperfect meeting on a past weekday evening; an exhortation with an \
object clitic and a quoted infinitive (« l’a exhorté à « user de son influence » auprès du Hezbollah »: proposed) \
with a purpose infinitive and no actor (« pour éviter un embrasement »: no event), sourced after the clause to \
« l’Élysée » (metonym) with a relative negated report (« qui n’a fait état d’aucune avancée »); « Paris » (France) \
demanding a release of nationals held in a country (the release proposed, the detention occurred); a sentence \
that restates a reply (« La réponse israélienne n’a pas tardé »: no new act); a quote first with « Ce régime » \
for Iran and a suspected lie, under a role noun holding two names (« l’ambassadeur d’Israël à l’ONU, Danny Danon »); \
« Selon lui » fronted with a metonym and « depuis des années » (a suspected arming); « Washington » (the United \
States) sceptical (a speech act with no quote); a role noun holding an organisation and a name in apposition with \
a completive future in the past and a quote after it (« jugeraient l’Iran « sur ses actes, pas sur ses discours » »: \
planned); a negated planned meeting in indirect speech before « a-t-il précisé »; a role noun and a name in \
apposition with a relative present state and a pluperfect event with « fin août » and a gerund of speech with two \
quotes (« en jugeant qu’il n’y avait « pas de mal » à négocier avec « l’ennemi » »: one speech act, two quote \
parts; the negotiation hypothetical); a planned meeting on a future weekday with a plural role noun for three \
ministers, sourced to « l’agence officielle Irna », and « avant que ... ne regagne Téhéran jeudi » (a planned \
return, the expletive « ne » not a negation). \
Mentions. « son pays », « Nous », « L’Iran », « il » (« mais il ne restera »), « Ce régime » and « Téhéran » (the \
one that arms Hezbollah) are Iran; « Téhéran » the delegation regains is the city (its place). « les Européens », « \
les parties à l’accord de 2015 », « les autres signataires », « plus de 500 personnes », « les autorités \
libanaises », « trois ressortissants français », « des responsables américains », « ses homologues britannique, \
allemand et français » and « la délégation » are local groups, each one entity (as « Les dirigeants du G7 » in \
gold/iran-drones-israel-2024-04-14), because each is an event's participant; « l’accord de 2015 » (the JCPOA) is a \
local entity inside one of them. « le sud du pays » is southern Lebanon (a local place, the strikes' place) and « \
pays » inside it Lebanon (nominal, the noun after the fused « du »). « l’Assemblée générale des Nations unies » and \
the short « l’Assemblée » are the General Assembly (Q47423), « Nations unies » inside it and « ONU » in the \
ambassador's role noun the UN (Q1065). « l’Élysée » is the French presidency (local, metonym), « Paris » France \
(local, metonym); « Washington » is the United States (Q30, metonym). « département d’État » inside the spokesman's \
role noun is the State Department (local). « l’ennemi » inside Khamenei's quote is left unannotated: the text does \
not say whom he meant. Not mentions: « le programme nucléaire », « le dossier nucléaire », « la politique \
étrangère », « le monde », « la tribune », « ses paroles », « la presse », « une guerre régionale », « un \
embrasement », possessives. \
Statuses. The speech, the election, the Monday strikes and killings, the Monday meeting, the detention and \
Khamenei's opening of the way occurred; the negotiations and the dialogue Pezeshkian offers and the use of \
influence Macron urges and the release Paris demands are proposed; the signatories' keeping of their commitments \
(a condition), the invasion of Lebanon (a condition), Iran not staying idle (its consequence, as Bagheri's « notre \
réponse sera » in gold/iran-drones-israel-2024-04-14), the escalation Israel is warned against and the negotiation \
with the enemy are hypothetical; the lie and the arming are suspected (Danon's accusation); the US judging of Iran, \
Araghchi's meeting and the return are planned; the meeting with US officials is negated. \
Times. « mardi » is the publication day; « en juillet » July 2024 (the election, past); « La veille » Monday 23 \
September 2024, the eve of the Tuesday speech the paragraph is about (also the eve of publication); « lundi soir » \
Monday 23 September (part of day); « depuis des années » vague; « fin août » August 2024 (the month, as « fin \
juillet » in gold); « mercredi » 25 and « jeudi » 26 September 2024 (future weekdays); « 2015 » inside the \
accord's name is a year that no event takes. Pezeshkian's « a-t-il lancé à la tribune » is the speech of the \
Tuesday (it takes its day and place); « Il a aussi mis en garde » continues it (« aussi »: the Tuesday too); the \
quote under « a prévenu » has no day of its own (no time), nor have Danon's, Miller's and Paris's words. \
Linked: the UN General Assembly, the United Nations and the United States. Pezeshkian, Iran, the Europeans, New \
York, the parties to the 2015 accord and the accord, the other signatories, Israel, Lebanon, southern Lebanon, the \
victims, the Lebanese authorities, Macron, Hezbollah, the Élysée, France, the French nationals, Danny Danon, the \
State Department, Matthew Miller, the US officials, Khamenei, Araghchi, the three European ministers, Irna, the \
Iranian delegation and Tehran are not in ids.tsv: local, unlinked."""

UNGA, UN, US = "Q47423", "Q1065", "Q30"
PEZESHKIAN, IRAN, EUROPEANS, NEW_YORK = "local:massoud-pezeshkian", "local:iran", "local:europeans", \
    "local:new-york"
PARTIES, JCPOA, SIGNATORIES = "local:jcpoa-parties", "local:jcpoa", "local:other-signatories"
ISRAEL, LEBANON, SOUTH_LEBANON, VICTIMS = "local:israel", "local:lebanon", "local:south-lebanon", \
    "local:strike-victims"
LB_AUTHORITIES, MACRON, HEZBOLLAH, ELYSEE = "local:lebanese-authorities", "local:emmanuel-macron", \
    "local:hezbollah", "local:french-presidency"
FRANCE, NATIONALS, DANON, STATE_DEPT = "local:france", "local:french-nationals", "local:danny-danon", \
    "local:us-state-department"
MILLER, US_OFFICIALS, KHAMENEI, ARAGHCHI = "local:matthew-miller", "local:us-officials", "local:ali-khamenei", \
    "local:abbas-araghchi"
E3_MINISTERS, IRNA, DELEGATION, TEHRAN = "local:e3-ministers", "local:irna", "local:iranian-delegation", \
    "local:tehran"

NOT_GROUP = "a group of several entities, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (PEZESHKIAN, "Massoud Pezeshkian", "Masoud Pezeshkian", "person",
     {"description": "président de l’Iran, élu en juillet 2024", "unlinked_reason": NOT_VERIFIED}),
    (IRAN, "Iran", "Iran", "country",
     {"description": "aussi « son pays », « Nous », « Ce régime » et « Téhéran » (métonymie)",
      "unlinked_reason": NOT_VERIFIED}),
    (EUROPEANS, "les Européens", "the Europeans", "group",
     {"description": "les États européens avec lesquels l’Iran négocie sur le nucléaire",
      "unlinked_reason": NOT_GROUP}),
    (NEW_YORK, "New York", "New York City", "place", {"unlinked_reason": NOT_VERIFIED}),
    (PARTIES, "les parties à l’accord de 2015", "the parties to the 2015 nuclear accord", "group",
     {"unlinked_reason": NOT_GROUP}),
    (JCPOA, "accord de Vienne sur le nucléaire iranien", "Joint Comprehensive Plan of Action", "other",
     {"description": "« l’accord de 2015 »", "unlinked_reason": NOT_VERIFIED}),
    (SIGNATORIES, "les autres signataires", "the other signatories of the 2015 accord", "group",
     {"description": "les signataires de l’accord de 2015 autres que l’Iran", "unlinked_reason": NOT_GROUP}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (LEBANON, "Liban", "Lebanon", "country", {"description": "aussi « pays » dans « le sud du pays »",
                                              "unlinked_reason": NOT_VERIFIED}),
    (SOUTH_LEBANON, "Sud-Liban", "Southern Lebanon", "place",
     {"description": "« le sud du pays »", "unlinked_reason": NOT_VERIFIED}),
    (VICTIMS, "plus de 500 personnes", "more than 500 people killed", "group",
     {"description": "personnes tuées par les frappes israéliennes du 23 septembre 2024",
      "unlinked_reason": NOT_GROUP}),
    (LB_AUTHORITIES, "les autorités libanaises", "the Lebanese authorities", "group",
     {"unlinked_reason": "unnamed authorities, not one Wikidata item"}),
    (MACRON, "Emmanuel Macron", "Emmanuel Macron", "person",
     {"description": "président de la République française", "unlinked_reason": NOT_VERIFIED}),
    (HEZBOLLAH, "Hezbollah", "Hezbollah", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (ELYSEE, "présidence de la République française", "French presidency", "organization",
     {"description": "désignée par « l’Élysée »", "unlinked_reason": NOT_VERIFIED}),
    (FRANCE, "France", "France", "country",
     {"description": "désignée par « Paris » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (NATIONALS, "trois ressortissants français", "three French nationals", "group",
     {"description": "détenus en Iran", "unlinked_reason": NOT_GROUP}),
    (DANON, "Danny Danon", "Danny Danon", "person",
     {"description": "ambassadeur d’Israël à l’ONU", "unlinked_reason": NOT_VERIFIED}),
    (STATE_DEPT, "département d’État des États-Unis", "United States Department of State", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (MILLER, "Matthew Miller", "Matthew Miller", "person",
     {"description": "porte-parole du département d’État", "unlinked_reason": NOT_VERIFIED}),
    (US_OFFICIALS, "des responsables américains", "US officials", "group",
     {"unlinked_reason": "unnamed officials, not one Wikidata item"}),
    (KHAMENEI, "Ali Khamenei", "Ali Khamenei", "person",
     {"description": "guide suprême de l’Iran", "unlinked_reason": NOT_VERIFIED}),
    (ARAGHCHI, "Abbas Araghchi", "Abbas Araghchi", "person",
     {"description": "ministre iranien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (E3_MINISTERS, "ses homologues britannique, allemand et français", "the British, German and French foreign "
     "ministers", "group", {"unlinked_reason": NOT_GROUP}),
    (IRNA, "Irna", "Islamic Republic News Agency", "organization",
     {"description": "agence officielle iranienne", "unlinked_reason": NOT_VERIFIED}),
    (DELEGATION, "la délégation iranienne", "the Iranian delegation", "group",
     {"unlinked_reason": "an unnamed delegation, not one Wikidata item"}),
    (TEHRAN, "Téhéran", "Tehran", "place", {"class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le président iranien, Massoud Pezeshkian, s’est dit prêt mardi ... à New York.
    ("Le président iranien", None, PEZESHKIAN, "nominal"),
    ("Massoud Pezeshkian", None, PEZESHKIAN, "name"),
    ("son pays", None, IRAN, "nominal"),
    ("les Européens", None, EUROPEANS, "nominal"),
    ("Assemblée générale des Nations unies", None, UNGA, "name"),
    ("Nations unies", None, UN, "name"),
    ("New York", None, NEW_YORK, "name"),
    # « Nous sommes disposés ..., a-t-il lancé à la tribune, dès que les autres signataires ... »
    ("Nous", None, IRAN, "pronoun"),
    ("les parties à l’accord de 2015", None, PARTIES, "nominal"),
    ("l’accord de 2015", None, JCPOA, "nominal"),
    ("il", "a-t-il lancé", PEZESHKIAN, "pronoun"),
    ("les autres signataires", None, SIGNATORIES, "nominal"),
    # Il a aussi mis en garde Israël contre une escalade au Liban.
    ("Il", "Il a aussi mis", PEZESHKIAN, "pronoun"),
    ("Israël", "mis en garde Israël", ISRAEL, "name"),
    ("Liban", "une escalade au Liban", LEBANON, "name"),
    # « L’Iran ne veut pas ..., mais il ne restera pas ... si le Liban est envahi », a prévenu ...
    ("Iran", "L’Iran ne veut", IRAN, "name"),
    ("il", "mais il ne restera", IRAN, "pronoun"),
    ("Liban", "si le Liban est envahi", LEBANON, "name"),
    ("le dirigeant réformateur", None, PEZESHKIAN, "nominal"),
    # La veille, des frappes israéliennes avaient tué plus de 500 personnes dans le sud du pays, selon ...
    ("plus de 500 personnes", None, VICTIMS, "nominal"),
    ("le sud du pays", None, SOUTH_LEBANON, "nominal"),
    ("pays", "le sud du pays", LEBANON, "nominal"),
    ("les autorités libanaises", None, LB_AUTHORITIES, "nominal"),
    # En marge de l’Assemblée, M. Pezeshkian s’était entretenu lundi soir avec Emmanuel Macron.
    ("Assemblée", "En marge de l’Assemblée", UNGA, "name"),
    ("Pezeshkian", "M. Pezeshkian s’était", PEZESHKIAN, "name"),
    ("Emmanuel Macron", None, MACRON, "name"),
    # Le chef de l’État français l’a exhorté à « user de son influence » auprès du Hezbollah ..., a indiqué l’Élysée
    ("Le chef de l’État français", None, MACRON, "nominal"),
    ("l’", "l’a exhorté", PEZESHKIAN, "pronoun"),
    ("Hezbollah", "auprès du Hezbollah", HEZBOLLAH, "name"),
    ("Élysée", None, ELYSEE, "metonym"),
    # Paris réclame la libération de trois ressortissants français détenus en Iran.
    ("Paris", None, FRANCE, "metonym"),
    ("trois ressortissants français", None, NATIONALS, "nominal"),
    ("Iran", "détenus en Iran", IRAN, "name"),
    # « Ce régime ment au monde ... », a déclaré devant la presse l’ambassadeur d’Israël à l’ONU, Danny Danon.
    ("Ce régime", None, IRAN, "nominal"),
    ("l’ambassadeur d’Israël à l’ONU", None, DANON, "nominal"),
    ("Israël", "l’ambassadeur d’Israël", ISRAEL, "name"),
    ("ONU", None, UN, "name"),
    ("Danny Danon", None, DANON, "name"),
    # Selon lui, Téhéran arme le Hezbollah depuis des années.
    ("lui", "Selon lui", DANON, "pronoun"),
    ("Téhéran", "Téhéran arme", IRAN, "metonym"),
    ("Hezbollah", "arme le Hezbollah", HEZBOLLAH, "name"),
    # Washington s’est montré sceptique.
    ("Washington", None, US, "metonym"),
    # Un porte-parole du département d’État, Matthew Miller, a affirmé que les États-Unis jugeraient l’Iran « ... ».
    ("Un porte-parole du département d’État", None, MILLER, "nominal"),
    ("département d’État", None, STATE_DEPT, "name"),
    ("Matthew Miller", None, MILLER, "name"),
    ("États-Unis", None, US, "name"),
    ("Iran", "jugeraient l’Iran", IRAN, "name"),
    # Aucune rencontre entre M. Pezeshkian et des responsables américains n’est prévue, a-t-il précisé.
    ("Pezeshkian", "entre M. Pezeshkian", PEZESHKIAN, "name"),
    ("des responsables américains", None, US_OFFICIALS, "nominal"),
    ("il", "a-t-il précisé", MILLER, "pronoun"),
    # Le guide suprême, Ali Khamenei, ... avait ouvert la voie fin août en jugeant ...
    ("Le guide suprême", None, KHAMENEI, "nominal"),
    ("Ali Khamenei", None, KHAMENEI, "name"),
    # Le chef de la diplomatie iranienne, Abbas Araghchi, doit rencontrer mercredi ses homologues ...
    ("Le chef de la diplomatie iranienne", None, ARAGHCHI, "nominal"),
    ("Abbas Araghchi", None, ARAGHCHI, "name"),
    ("ses homologues britannique, allemand et français", None, E3_MINISTERS, "nominal"),
    ("Irna", None, IRNA, "name"),
    ("la délégation", None, DELEGATION, "nominal"),
    ("Téhéran", "regagne Téhéran", TEHRAN, "name"),
]

PUB_DAY = "The publication day, Tuesday 24 September 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-tuesday", ("mardi", None), "2024-09-24", "day", "weekday-publication-day",
     "« s’est dit prêt mardi »: " + PUB_DAY),
    ("t-2015", ("2015", None), "2015", "year", "explicit-year",
     "« l’accord de 2015 »: a year inside the accord's description; it stays a year, and no event of the article "
     "takes it (the accord's signing is not told)."),
    ("t-july", ("en juillet", None), "2024-07", "month", "month-past",
     "« élu en juillet »: a past participle, so the last July before publication, July 2024."),
    ("t-eve", ("La veille", None), "2024-09-23", "day", "eve-of-event",
     "« La veille, des frappes israéliennes avaient tué »: the day before the Tuesday speech the paragraph is about, "
     "Monday 23 September 2024 (here also the eve of publication)."),
    ("t-monday-evening", ("lundi soir", None), "2024-09-23", "day", "part-of-day",
     "Pluperfect « s’était entretenu lundi soir »: the evening of the Monday before the publication day, 23 "
     "September 2024."),
    ("t-for-years", ("depuis des années", None), None, "vague", "vague",
     "« arme le Hezbollah depuis des années »: a standing activity begun an unspecified number of years ago; no "
     "value."),
    ("t-end-august", ("fin août", None), "2024-08", "month", "month-past",
     "Pluperfect « avait ouvert la voie fin août »: the end of the last August before publication, August 2024 (the "
     "month, as « fin juillet » in gold)."),
    ("t-wednesday", ("mercredi", None), "2024-09-25", "day", "weekday-future",
     "« doit rencontrer mercredi »: the Wednesday after the publication day, 25 September 2024."),
    ("t-thursday", ("jeudi", None), "2024-09-26", "day", "weekday-future",
     "« ne regagne Téhéran jeudi »: the Thursday after the publication day, 26 September 2024."),
]

LEDE = ("Le président iranien", "à New York.")
TRIBUNE = ("« Nous sommes", "leurs engagements. »")
PREVENU = ("« L’Iran", "élu en juillet.")
EXHORT = ("Le chef de l’État français", "le dossier nucléaire.")
DANON_EVIDENCE = ("« Ce régime", "Danny Danon.")
MILLER_EVIDENCE = ("Un porte-parole", "« sur ses actes, pas sur ses discours ».")
KHAMENEI_EVIDENCE = ("Le guide suprême", "« l’ennemi ».")
ARAGHCHI_EVIDENCE = ("Le chef de la diplomatie iranienne", "Téhéran jeudi.")

EVENTS: list[dict[str, Any]] = [
    event("e-speech", "Event", "Pezeshkian's first speech before the UN General Assembly in New York",
          ("discours", "premier discours"), [("agent", PEZESHKIAN), ("participant", UNGA)], place=NEW_YORK,
          time="t-tuesday", evidence=LEDE,
          note="« lors de son premier discours devant l’Assemblée générale des Nations unies, à New York »: the "
               "occasion of the statement of readiness, so its Tuesday; the Assembly it is delivered before takes "
               "part, the city in apposition is the place. « à la tribune » (next sentence) points back to it."),
    event("e-negotiations", "Event", "Iran to resume nuclear negotiations with the Europeans",
          ("reprendre", "à reprendre les négociations"), [("participant", IRAN), ("participant", EUROPEANS)],
          status="proposed", according_to=[PEZESHKIAN], evidence=LEDE,
          note="« s’est dit prêt ... à reprendre les négociations sur le programme nucléaire de son pays avec les "
               "Européens »: an offer, proposed (as « s’est dit prêt à » in gold/apec-lima-xi-biden-2024-11). The "
               "trigger is the verb, « les négociations » its object; « son pays » (Iran) and the Europeans are the "
               "two sides. The Tuesday dates the offer, not the talks: no time."),
    event("e-dialogue", "Event", "Iran ready to talk with the parties to the 2015 accord", ("dialoguer", None),
          [("participant", IRAN), ("participant", PARTIES)], status="proposed", according_to=[PEZESHKIAN],
          evidence=TRIBUNE,
          note="« Nous sommes disposés à dialoguer avec les parties à l’accord de 2015 »: the offer in Pezeshkian's "
               "own words; « Nous » is Iran. Kept apart from e-negotiations: other words, other partners (the "
               "parties to the accord, not « les Européens »)."),
    event("e-commitments", "Event", "The other signatories keep their commitments (Pezeshkian's condition)",
          ("tiendront", None), [("agent", SIGNATORIES)], status="hypothetical", according_to=[PEZESHKIAN],
          evidence=TRIBUNE,
          note="« dès que les autres signataires tiendront leurs engagements »: the condition of the dialogue, "
               "hypothetical (a condition, as « Si le régime sioniste commet » in gold), though the verb is a future."),
    event("e-escalation", "Event", "An Israeli escalation in Lebanon (what Pezeshkian warns against)",
          ("escalade", None), [("agent", ISRAEL)], status="hypothetical", place=LEBANON,
          according_to=[PEZESHKIAN],
          note="« Il a aussi mis en garde Israël contre une escalade au Liban »: what Israel is warned against, a "
               "possible action of the one warned, so Israel is its agent; hypothetical. Lebanon the place."),
    event("e-not-idle", "Event", "Iran will not stand idle if Lebanon is invaded", ("restera", None),
          [("agent", IRAN)], status="hypothetical", according_to=[PEZESHKIAN], evidence=PREVENU,
          note="« mais il ne restera pas les bras croisés si le Liban est envahi »: the consequence of a condition, "
               "hypothetical (as Bagheri's « notre réponse sera » in gold/iran-drones-israel-2024-04-14), although it "
               "is worded as a negated future; « il » is Iran. « une guerre régionale » that Iran « ne veut pas » has "
               "no actor written: no event (as « une nouvelle guerre » in that gold article)."),
    event("e-invasion", "Event", "An invasion of Lebanon (Pezeshkian's condition)", ("est envahi", None),
          [("agent", ISRAEL), ("recipient", LEBANON)], status="hypothetical", place=LEBANON,
          according_to=[PEZESHKIAN], evidence=PREVENU,
          note="« si le Liban est envahi »: a passive with no « par », in a condition; the invader, Israel, is "
               "implied by the warning to Israel in the sentence before (as the implied attacker of « une fillette "
               "blessée » in gold/iran-drones-israel-2024-04-14)."),
    event("e-election", "Event", "Pezeshkian elected president of Iran in July", ("élu", None),
          [("recipient", PEZESHKIAN)], place=IRAN, time="t-july", evidence=PREVENU,
          note="« le dirigeant réformateur, élu en juillet »: a participle in apposition, in the article's own voice. "
               "No elector is written; the one elected is the recipient; the place is Iran (the country he leads)."),
    event("e-strikes", "Event", "Israeli strikes on southern Lebanon on Monday", ("frappes", "des frappes"),
          [("agent", ISRAEL)], place=SOUTH_LEBANON, time="t-eve", according_to=[LB_AUTHORITIES],
          note="« des frappes israéliennes »: the striker known by an adjective (Israel, the agent, as « droits de "
               "douane américains » in gold). The strikes are the subject of the killing; both take « La veille » "
               "and « dans le sud du pays »."),
    event("e-killing", "Event", "The Israeli strikes killed more than 500 people in southern Lebanon",
          ("avaient tué", None), [("agent", ISRAEL), ("recipient", VICTIMS)], place=SOUTH_LEBANON, time="t-eve",
          according_to=[LB_AUTHORITIES], part_of="e-strikes",
          note="A pluperfect whose subject is the strikes (an event): the state that struck is the agent, the dead "
               "the recipient; the toll is sourced after the clause to the Lebanese authorities."),
    event("e-macron-meeting", "Meeting", "Pezeshkian met Emmanuel Macron on Monday evening",
          ("s’était entretenu", None),
          [("participant", PEZESHKIAN), ("participant", MACRON)], place=NEW_YORK, time="t-monday-evening",
          note="« En marge de l’Assemblée, M. Pezeshkian s’était entretenu lundi soir avec Emmanuel Macron »: a "
               "pluperfect meeting on a past weekday evening, in the article's own voice. « En marge de l’Assemblée » "
               "places it at the General Assembly, which the lede puts in New York: the place is New York (the "
               "Assembly's session is not an event of the article)."),
    event("e-use-influence", "Event", "Pezeshkian to use his influence on Hezbollah (Macron's exhortation)",
          ("user", None), [("agent", PEZESHKIAN), ("recipient", HEZBOLLAH)], status="proposed",
          according_to=[MACRON, ELYSEE], evidence=EXHORT,
          note="« l’a exhorté à « user de son influence » auprès du Hezbollah »: what Macron urges, proposed (as « "
               "exhorté Pyongyang à « mettre fin ... » » in gold/kamikawa-seoul-2024-05-14); « l’ » is Pezeshkian, « "
               "son » his. « pour éviter un embrasement »: a purpose with no actor written, no event."),
    event("e-release", "Event", "The release of three French nationals held in Iran (demanded by Paris)",
          ("libération", None), [("agent", IRAN), ("recipient", NATIONALS)], status="proposed",
          according_to=[FRANCE],
          note="« Paris réclame la libération de trois ressortissants français détenus en Iran »: a demand, so "
               "proposed; the state holding them, Iran, would release them (agent)."),
    event("e-detention", "Event", "Three French nationals held in Iran", ("détenus", None),
          [("agent", IRAN), ("recipient", NATIONALS)], place=IRAN,
          note="« détenus en Iran »: a passive participle with no « par », stated in the article's own voice; the "
               "holder is Iran, also the place. A standing state: no time."),
    event("e-lie", "Event", "The Iranian regime lies to the world (Danon's accusation)", ("ment", "Ce régime ment"),
          [("agent", IRAN)], status="suspected", according_to=[DANON], evidence=DANON_EVIDENCE,
          note="« Ce régime ment au monde »: an accusation inside Danon's quote, suspected (as the turn away from "
               "international law in gold/macron-rabat-2024-10-29); « Ce régime » is Iran, « le monde » no mention. "
               "« ses paroles ne valent rien » is a judgement, no event."),
    event("e-arming", "Delivery", "Tehran has been arming Hezbollah for years (according to Danon)", ("arme", None),
          [("agent", IRAN), ("recipient", HEZBOLLAH)], status="suspected", time="t-for-years", according_to=[DANON],
          note="« Selon lui, Téhéran arme le Hezbollah depuis des années »: a claim given to Danon with « Selon lui », "
               "suspected (as « d’après lui » in gold/frappe-kiev-2024-11-14); « Téhéran » is Iran. No weapons are "
               "named, so no theme."),
    event("e-judge", "Event", "The United States will judge Iran on its acts", ("jugeraient", None),
          [("agent", US), ("recipient", IRAN)], status="planned", according_to=[MILLER], evidence=MILLER_EVIDENCE,
          note="« les États-Unis jugeraient l’Iran « sur ses actes, pas sur ses discours » »: a future in the past of "
               "a stated intention, planned (as « La France se tiendra aux côtés du Maroc » in gold). No time."),
    event("e-us-meeting", "Meeting", "No meeting between Pezeshkian and US officials is planned",
          ("rencontre", "Aucune rencontre"), [("participant", PEZESHKIAN), ("participant", US_OFFICIALS)],
          status="negated", according_to=[MILLER],
          note="« Aucune rencontre entre M. Pezeshkian et des responsables américains n’est prévue, a-t-il précisé »: "
               "a negated planned meeting (as « aucune rencontre bilatérale n’est prévue » in "
               "gold/lavrov-hanoi-2024-07)."),
    event("e-open-way", "Event", "Khamenei had opened the way to negotiations at the end of August",
          ("avait ouvert la voie", None), [("agent", KHAMENEI)], time="t-end-august", evidence=KHAMENEI_EVIDENCE,
          note="« avait ouvert la voie fin août en jugeant ... »: a pluperfect in the article's own voice; the "
               "gerund of speech says how (s-khamenei). What the way leads to is the talks of the lede, "
               "not restated as an event. « qui a le dernier mot sur la politique étrangère » is a standing role, "
               "no event."),
    event("e-negotiate-enemy", "Event", "Negotiating with « the enemy » (no harm, Khamenei said)",
          ("négocier", None), [("agent", IRAN)], status="hypothetical", according_to=[KHAMENEI],
          evidence=KHAMENEI_EVIDENCE,
          note="« qu’il n’y avait « pas de mal » à négocier avec « l’ennemi » »: a possibility judged harmless, not a "
               "decision: hypothetical. Iran is the implied negotiator; « l’ennemi » is left without a mention (the "
               "text does not say whom Khamenei meant), so no second participant."),
    event("e-e3-meeting", "Meeting", "Araghchi to meet his British, German and French counterparts on Wednesday",
          ("rencontrer", None), [("participant", ARAGHCHI), ("participant", E3_MINISTERS)], status="planned",
          time="t-wednesday", according_to=[IRNA], evidence=ARAGHCHI_EVIDENCE,
          note="« doit rencontrer mercredi ses homologues britannique, allemand et français »: planned (« doit »); the "
               "three ministers are one plural role noun (one group). No place written."),
    event("e-return", "Visit", "The Iranian delegation to fly back to Tehran on Thursday", ("regagne", None),
          [("agent", DELEGATION)], status="planned", place=TEHRAN, time="t-thursday", according_to=[IRNA],
          evidence=ARAGHCHI_EVIDENCE,
          note="« avant que la délégation ne regagne Téhéran jeudi »: a planned return (the « ne » is expletive, not "
               "a negation); Tehran the city, its destination (as « regagner Paris » in gold)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-ready", "Statement", "Pezeshkian says he is ready to resume nuclear negotiations with the Europeans",
           PEZESHKIAN, ("s’est dit", None), [], time="t-tuesday", place=NEW_YORK, evidence=LEDE,
           about=["e-negotiations"],
           note="« s’est dit prêt mardi à reprendre les négociations »: indirect speech, no quote; the trigger is « "
                "s’est dit », as in gold. At the speech in "
                "New York (e-speech), on the publication day."),
    speech("s-tribune", "Statement", "Pezeshkian: Iran ready to talk with the parties to the 2015 accord",
           PEZESHKIAN, ("a-t-il lancé", None),
           [("Nous sommes disposés à dialoguer avec les parties à l’accord de 2015", None),
            ("dès que les autres signataires tiendront leurs engagements.", None)],
           time="t-tuesday", place=NEW_YORK, evidence=TRIBUNE, about=["e-dialogue", "e-commitments"],
           note="One quote split mid-sentence around « a-t-il lancé à la tribune, » (two quote parts, the second "
                "keeping its full stop, as Bagheri's quote in gold/iran-drones-israel-2024-04-14). « à la tribune » "
                "is the Assembly's rostrum: the words belong to the Tuesday speech, so they take its day and New "
                "York."),
    speech("s-warning-israel", "Warning", "Pezeshkian warns Israel against an escalation in Lebanon", PEZESHKIAN,
           ("a aussi mis en garde", None), [], addressee=ISRAEL, time="t-tuesday", place=NEW_YORK,
           about=["e-escalation"],
           note="« Il a aussi mis en garde Israël contre une escalade au Liban »: no quote; « aussi » adds it to the "
                "Tuesday speech, so it takes that day and place. The trigger keeps « aussi », which stands between "
                "the auxiliary and the participle."),
    speech("s-prevenu", "Warning", "Pezeshkian: Iran will not stand idle if Lebanon is invaded", PEZESHKIAN,
           ("a prévenu", None),
           [("L’Iran ne veut pas d’une guerre régionale, mais il ne restera pas les bras croisés si le Liban est "
             "envahi", None)],
           evidence=PREVENU, about=["e-not-idle", "e-invasion"],
           note="A quote first under « a prévenu le dirigeant réformateur, élu en juillet ». No day or place is "
                "written for these words (the July of the apposition dates the election): no time, no place."),
    speech("s-lb-authorities", "Report", "The Lebanese authorities give the toll of Monday's Israeli strikes",
           LB_AUTHORITIES, ("selon", "selon les autorités libanaises"), [], about=["e-strikes", "e-killing"],
           note="« selon les autorités libanaises »: a source after the clause, no time of its own."),
    speech("s-macron-exhort", "Statement", "Macron urges Pezeshkian to use his influence on Hezbollah", MACRON,
           ("a exhorté", "l’a exhorté"), [("user de son influence", None)], addressee=PEZESHKIAN,
           time="t-monday-evening", place=NEW_YORK, according_to=[ELYSEE], evidence=EXHORT,
           about=["e-use-influence"],
           note="« Le chef de l’État français l’a exhorté à « user de son influence » »: the trigger is the auxiliary "
                "and participle without the clitic « l’ » (a mention of Pezeshkian, the addressee). Said at the "
                "Monday evening meeting of the sentence before (its day and place); reported by the Élysée."),
    speech("s-elysee", "Report", "The Élysée reports Macron's exhortation", ELYSEE, ("a indiqué", None), [],
           evidence=EXHORT, about=["s-macron-exhort"],
           note="« a indiqué l’Élysée »: a source after the clause; the French presidency (metonym). No time."),
    speech("s-elysee-no-progress", "Report", "The Élysée reports no progress on the nuclear file", ELYSEE,
           ("n’a fait état", None), [], status="negated", evidence=EXHORT,
           note="« qui n’a fait état d’aucune avancée sur le dossier nucléaire »: a negated report (as Xinhua's « qui "
                "ne fait état d’aucune avancée » in gold/kishida-xi-san-francisco-2023-11-17); the progress itself "
                "is no event (nothing is said of it but that none was reported)."),
    speech("s-paris-demand", "Statement", "Paris demands the release of three French nationals held in Iran", FRANCE,
           ("réclame", None), [], about=["e-release"],
           note="« Paris réclame la libération »: a standing demand in the present by a metonym for France, no quote "
                "and no time."),
    speech("s-danon", "Statement", "Danny Danon: the regime lies to the world, its words are worthless", DANON,
           ("a déclaré", None), [("Ce régime ment au monde et ses paroles ne valent rien", None)],
           evidence=DANON_EVIDENCE, about=["e-lie"],
           note="A quote first under « a déclaré devant la presse l’ambassadeur d’Israël à l’ONU, Danny Danon » (the "
                "press generic, no addressee). « La réponse israélienne n’a pas tardé » announces this reply: not a "
                "speech act of its own. No day is written: no time."),
    speech("s-danon-claim", "Statement", "Danon: Tehran has been arming Hezbollah for years", DANON,
           ("Selon", "Selon lui"), [], about=["e-arming"],
           note="« Selon lui, ... »: a fronted attribution to Danon (« lui »), no quote."),
    speech("s-washington", "SpeechAct", "Washington is sceptical", US, ("s’est montré", None), [],
           about=["e-negotiations"],
           note="« Washington s’est montré sceptique »: an attitude shown by a metonym for the United States, with no "
                "words (as « Washington en est persuadée » in the bundled article); what it doubts is the offer of "
                "talks. Miller's words in the next sentence give its content."),
    speech("s-miller", "Statement", "Matthew Miller: the United States will judge Iran on its acts, not its speeches",
           MILLER, ("a affirmé", None), [("sur ses actes, pas sur ses discours", None)], evidence=MILLER_EVIDENCE,
           about=["e-judge"],
           note="A completive with a quote after it; « ses » is Iran's. No time."),
    speech("s-miller-no-meeting", "Statement", "Miller: no meeting between Pezeshkian and US officials is planned",
           MILLER, ("a-t-il précisé", None), [], about=["e-us-meeting"],
           note="Indirect speech before an inverted « a-t-il précisé »; « il » is Miller. No time."),
    speech("s-khamenei", "Statement", "Khamenei: no harm in negotiating with « the enemy »", KHAMENEI,
           ("jugeant", None), [("pas de mal", None), ("l’ennemi", None)], time="t-end-august",
           evidence=KHAMENEI_EVIDENCE, about=["e-negotiate-enemy"],
           note="« en jugeant qu’il n’y avait « pas de mal » à négocier avec « l’ennemi » »: a gerund of speech; its "
                "two pairs of guillemets are two quote parts of one speech act (one sentence, one speaker). It takes "
                "the end of August of the clause it explains."),
    speech("s-irna", "Report", "Irna reports Araghchi's planned meeting and the delegation's return", IRNA,
           ("selon", "selon l’agence officielle Irna"), [], evidence=ARAGHCHI_EVIDENCE,
           about=["e-e3-meeting", "e-return"],
           note="« selon l’agence officielle Irna »: a source inside the sentence (the title before Irna is part of "
                "its phrase); no time of its own."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
