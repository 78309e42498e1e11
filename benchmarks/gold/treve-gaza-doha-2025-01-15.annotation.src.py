"""Held-out annotation of treve-gaza-doha-2025-01-15.txt (written for the eighteenth held-out set, not a real article;
the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/treve-gaza-doha-2025-01-15.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/treve-gaza-doha-2025-01-15.annotation.src.py --check

From held-out set 18 (moved to gold in session 17; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "treve-gaza-doha-2025-01-15.txt"

NOTE = """\
Held-out-18 article: on Wednesday evening 15 January 2025 in Doha, Qatar's Prime Minister, Sheikh Mohammed bin \
Abdulrahman Al-Thani, announces that Israel and Hamas have reached a ceasefire agreement in the Gaza Strip with an \
exchange of hostages for Palestinian prisoners, to take effect on Sunday 19 January; a first six-week phase is to \
free 33 hostages held in Gaza against hundreds of Palestinian detainees, and Qatar will be a guarantor with its \
partners; Benjamin Netanyahu's office says « plusieurs points » remain to be settled and does not confirm the deal \
that evening, and the security cabinet is expected to meet on Thursday to approve it, according to an Israeli \
official; a first one-week truce had freed 105 hostages in late November 2023; in Washington Joe Biden hails the \
deal and says it will end the fighting and let aid in, speaking from the White House, while Donald Trump, who takes \
office on Monday, claims the credit; Cairo, which had hosted rounds of talks, calls for implementation without \
delay; António Guterres urges Israel to lift the obstacles to humanitarian aid and hopes for a lasting solution; \
Hamas calls the deal the fruit of the Gazans' resistance; Moscow welcomes the announcement; AFP reports thousands \
of Israelis rallying in Tel Aviv for the hostages' return. Published Wednesday 15 January 2025 (the file gives the \
day). The announcement, the Sunday start, the 33 hostages and the 2023 truce follow the real events loosely; the \
quotes, the Netanyahu office's wording, the Cairo and Moscow reactions, Guterres's words and the rally are invented \
or simplified.
What it exercises: a fronted role noun and a titled name in apposition with a weekday and a part of the day and a \
city (« Le Premier ministre qatari, cheikh Mohammed ben Abdelrahmane Al-Thani, a annoncé mercredi soir à Doha »: \
only the name after the title « cheikh ») over a completive pluperfect agreement between a state and a movement (« \
qu’Israël et le Hamas étaient parvenus à un accord de cessez-le-feu dans la bande de Gaza ») and an apposed \
participle carrying a planned exchange (« assorti d’un échange d’otages contre des prisonniers palestiniens »); a \
quote inside its sentence with a future and a weekday with a date (« La trêve « entrera en vigueur dimanche 19 \
janvier », a-t-il précisé »); « Selon lui » over a planned phase known by its length and two planned releases, one \
only implied by « en échange de »; a quote split around « a déclaré le chef du gouvernement qatari, » with a pledge \
of a plural subject inside it (« Les deux parties se sont engagées »: two speech acts of the parties, one trigger) \
and « nous » for Qatar with a possessive group (« nos partenaires »); an institution whose name holds a role noun \
with the name in apposition (« Le bureau du Premier ministre israélien, Benyamin Netanyahou, a toutefois affirmé \
») with a quoted noun phrase and a negated participle of speech dated by « dans la soirée »; a conditional planned \
meeting with a purpose and a source after the clause (« devrait se réunir jeudi pour l’approuver, selon un \
responsable israélien »); a pluperfect truce known by its length and a release with a month and year (« Une \
première trêve d’une semaine avait permis fin novembre 2023 la libération de 105 otages »); « À Washington » (the \
city) with a title right before the name and a quoted time inside a quoted complement (« après des mois de \
diplomatie intense »); a two-clause quote first with two futures (an end of the fighting and an aid delivery) and \
« a-t-il affirmé depuis la Maison Blanche » (the building, the place); a possessive role noun in apposition and a \
relative future on a weekday (« Son successeur, Donald Trump, qui prendra ses fonctions lundi »); a metonym with a \
pluperfect relative and a call with a quoted infinitive (« Le Caire, qui avait accueilli plusieurs cycles de \
pourparlers, a appelé les deux camps à « mettre en œuvre sans délai » le texte »); an exhortation to a state with a \
one-phrase quote and a quote first with an impersonal « Il » (Guterres); an emphatic « lui » after « s’est dit » \
with a quote in a conditional relative; a metonym welcoming « l’annonce » (a speech act about a speech act); « \
Selon l’AFP » over a rally with a purpose of speech.
Choices. The agreement (trigger « accord » in « un accord de cessez-le-feu ») is one Agreement event between Israel \
and Hamas, placed in the Gaza Strip, according to Al-Thani; « La trêve », « l’accord », « un accord obtenu », « Cet \
accord », « le texte », « ce cessez-le-feu » and « un accord » (Hamas) restate it: no mentions and no new events, as \
in gold/karabakh-cessez-le-feu-2023-09-20. It has no time: the pluperfect puts it before the Wednesday \
announcement, and no word dates it (the « no time word belongs to it » rule of gold/coup-niger-2023-07-27). « \
obtenu » restates it too. « entrera en vigueur » is its own planned event on Sunday 19 January. « une première \
phase de six semaines » is a planned Event whose only time is its length; the two releases (« la libération de 33 \
otages », and the Palestinian detainees' release implied by « en échange de ») are its parts, with the implied \
holders as agents (Hamas frees the hostages, Israel the detainees). « l’échange » of the lede is one planned event \
with the two parties as participants and the two sets of people as themes.
Groups. « otages » (the lede's exchange) and « tous les otages » (the rally) are all the hostages held in Gaza; « \
33 otages » and « 105 otages » are two other groups (the first phase's, and the 2023 truce's); « des prisonniers \
palestiniens » (all those to be exchanged) and « centaines de détenus palestiniens » (the first phase's, fused « \
de », from the noun) are two groups. « nos partenaires » in Al-Thani's quote is one local group (the other \
mediators), as « ses partenaires » in gold/sommet-brics-johannesburg-2023-08-24, because the guarantee takes it. « \
Les deux parties » and « les deux camps » (Israel and Hamas at once) are plural phrases, not mentions. « la \
population » (Biden's quote) and « Gazaouis » (after the fused « des ») are one local group, the aid's recipient. \
« une aide » (Biden) and « l’aide humanitaire » (Guterres) are one local object, the aid for Gaza; the mention is \
« une aide » without its relative clause. « son réseau social » is not a mention (as in gold/kim-pekin-defile-2025-\
09-03); « tous les obstacles », « chaque étape », « plusieurs points » and « une solution durable » are no \
entities.
Speech. The parties' pledge inside Al-Thani's quote (« Les deux parties se sont engagées à respecter chaque étape \
») is two Assurance speech acts, one of Israel and one of Hamas, with one trigger and no quote of their own, \
according to Al-Thani (as « se sont engagés » in gold/kamikawa-seoul-2024-05-14); the respect of the steps is \
planned. « nous en serons les garants avec nos partenaires » is a planned guarantee by Qatar (« nous »). « sans \
confirmer l’accord dans la soirée » is a negated speech act of the office, dated by « dans la soirée » (the \
publication evening); « plusieurs points restaient à régler » is a state of the deal, no event. The cabinet's \
approval is the meeting's purpose (planned, part of it, the Thursday). Egypt's call has no addressee (« les deux \
camps » is no mention); its implementation is proposed with Israel and Hamas as participants, as « toutes les \
parties » in gold/coup-niger-2023-07-27. Guterres's exhortation has Israel as addressee; the lifting and the entry \
of aid are proposed; « Il est impératif » is impersonal (no mention) and the lasting solution a proposed Agreement. \
« le fruit de la résistance » is a judgement (no resistance event). « Moscou a également salué l’annonce » is about \
Al-Thani's announcement (a speech act). The rally's purpose « pour réclamer » is a Statement of the Israelis with \
the return proposed.
Places and metonyms. « Doha » is the city of the announcement (local); « Washington » after « À » the city (Q61), \
the place of Biden's welcome; « la Maison Blanche » after « depuis » is the building (local place, kind name), the \
place of his second statement, unlike the presidency metonym of gold; « Le Caire » stands for Egypt (local \
country, kind metonym, marked with its article, which is part of the name); « Moscou » is Russia (Q159, metonym); « \
Gaza » and « bande de Gaza » are one local place; « Tel-Aviv » is a local city.
Times. « mercredi soir » is the publication day (part-of-day); « dimanche 19 janvier » 19 January 2025 (weekday \
and date, future, inside the quote); « six semaines » and « une semaine » durations (the phase's and the 2023 \
truce's); « dans la soirée » the publication evening; « jeudi » Thursday 16 January 2025 (weekday-future); « fin \
novembre 2023 » November 2023 (month and year); « des mois » (inside Biden's quote) a vague duration, the \
diplomacy's; « lundi » Monday 20 January 2025 (weekday-future). « sans délai », « toutefois » and « également » \
are no times. The statements with no weekday of their own (Al-Thani's « a-t-il précisé », « Selon lui » and « a \
déclaré », Biden's, Trump's, Cairo's, Guterres's, Hamas's, Moscow's, AFP's) have no time.
Linked: the United States (Q30), Washington (Q61), the UN (Q1065), António Guterres (Q311440), Russia (Q159) and \
AFP (Q40464). Qatar, Doha, Al-Thani, Israel, Hamas, the Gaza Strip, the hostages and prisoners, the mediators' \
partners, Netanyahu and his office, the security cabinet, the Israeli official, Joe Biden, the White House, Donald \
Trump, Egypt, the aid, the Gazan population, the Israelis at the rally and Tel Aviv are not in ids.tsv: local, \
unlinked."""

US, WASHINGTON, UN, GUTERRES, RUSSIA, AFP = "Q30", "Q61", "Q1065", "Q311440", "Q159", "Q40464"
QATAR, DOHA, AL_THANI = "local:qatar", "local:doha", "local:mohammed-al-thani"
ISRAEL, HAMAS, GAZA = "local:israel", "local:hamas", "local:gaza-strip"
HOSTAGES, PRISONERS = "local:gaza-hostages", "local:palestinian-prisoners"
HOSTAGES_33, DETAINEES, PARTNERS = "local:hostages-first-phase", "local:detainees-first-phase", \
    "local:qatar-partners"
PMO, NETANYAHU, CABINET, OFFICIAL = "local:israeli-pm-office", "local:benjamin-netanyahu", \
    "local:israeli-security-cabinet", "local:israeli-official"
HOSTAGES_105, BIDEN, WHITE_HOUSE = "local:hostages-2023", "local:joe-biden", "local:white-house"
AID, POPULATION, TRUMP, EGYPT = "local:gaza-aid", "local:gaza-population", "local:donald-trump", "local:egypt"
ISRAELIS, TEL_AVIV = "local:tel-aviv-protesters", "local:tel-aviv"

NOT_GROUP = "an unnamed group of people, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (AL_THANI, "Mohammed ben Abdelrahmane Al-Thani", "Mohammed bin Abdulrahman Al Thani", "person",
     {"description": "Premier ministre du Qatar", "unlinked_reason": NOT_VERIFIED}),
    (QATAR, "Qatar", "Qatar", "country", {"unlinked_reason": NOT_VERIFIED}),
    (DOHA, "Doha", "Doha", "place", {"description": "capitale du Qatar", "unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (HAMAS, "Hamas", "Hamas", "organization",
     {"description": "mouvement islamiste palestinien", "unlinked_reason": NOT_VERIFIED}),
    (GAZA, "bande de Gaza", "Gaza Strip", "place", {"unlinked_reason": NOT_VERIFIED}),
    (HOSTAGES, "otages retenus à Gaza", "hostages held in Gaza", "group",
     {"description": "l’ensemble des otages que l’échange doit libérer", "unlinked_reason": NOT_GROUP}),
    (PRISONERS, "prisonniers palestiniens", "Palestinian prisoners", "group",
     {"description": "les prisonniers palestiniens qu’Israël doit libérer en échange des otages",
      "unlinked_reason": NOT_GROUP}),
    (HOSTAGES_33, "33 otages de la première phase", "33 hostages of the first phase", "group",
     {"unlinked_reason": NOT_GROUP}),
    (DETAINEES, "détenus palestiniens de la première phase", "Palestinian detainees of the first phase", "group",
     {"description": "les centaines de détenus palestiniens libérés en échange des 33 otages",
      "unlinked_reason": NOT_GROUP}),
    (PARTNERS, "partenaires du Qatar", "Qatar's partners", "group",
     {"description": "les autres médiateurs que le Premier ministre qatari ne nomme pas",
      "unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (PMO, "bureau du Premier ministre israélien", "Prime Minister's Office (Israel)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (NETANYAHU, "Benyamin Netanyahou", "Benjamin Netanyahu", "person",
     {"description": "Premier ministre israélien", "unlinked_reason": NOT_VERIFIED}),
    (CABINET, "cabinet de sécurité israélien", "Israeli security cabinet", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (OFFICIAL, "responsable israélien anonyme", "anonymous Israeli official", "person",
     {"unlinked_reason": "an unnamed person, not one Wikidata item"}),
    (HOSTAGES_105, "105 otages libérés en novembre 2023", "105 hostages freed in November 2023", "group",
     {"unlinked_reason": NOT_GROUP}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House", "place",
     {"description": "le bâtiment, d’où parle Joe Biden", "unlinked_reason": NOT_VERIFIED}),
    (AID, "aide humanitaire pour Gaza", "humanitarian aid for Gaza", "object",
     {"unlinked_reason": "an unspecified quantity of aid, not one Wikidata item"}),
    (POPULATION, "population de Gaza", "population of Gaza", "group",
     {"description": "les Gazaouis", "unlinked_reason": NOT_GROUP}),
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président élu des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (EGYPT, "Égypte", "Egypt", "country", {"unlinked_reason": NOT_VERIFIED}),
    (ISRAELIS, "manifestants israéliens de Tel-Aviv", "Israeli protesters in Tel Aviv", "group",
     {"description": "des milliers d’Israéliens rassemblés à Tel-Aviv", "unlinked_reason": NOT_GROUP}),
    (TEL_AVIV, "Tel-Aviv", "Tel Aviv", "place", {"unlinked_reason": NOT_VERIFIED}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Le Premier ministre qatari, cheikh Mohammed ben Abdelrahmane Al-Thani, a annoncé mercredi soir à Doha ...
    ("Le Premier ministre qatari", None, AL_THANI, "nominal"),
    ("Mohammed ben Abdelrahmane Al-Thani", None, AL_THANI, "name"),
    ("Doha", None, DOHA, "name"),
    ("Israël", "qu’Israël et le Hamas", ISRAEL, "name"),
    ("Hamas", "Israël et le Hamas", HAMAS, "name"),
    ("bande de Gaza", None, GAZA, "name"),
    ("otages", "échange d’otages", HOSTAGES, "nominal"),
    ("des prisonniers palestiniens", None, PRISONERS, "nominal"),
    # La trêve « entrera en vigueur dimanche 19 janvier », a-t-il précisé.
    ("il", "a-t-il précisé", AL_THANI, "pronoun"),
    # Selon lui, une première phase de six semaines prévoit la libération de 33 otages retenus à Gaza ...
    ("lui", "Selon lui", AL_THANI, "pronoun"),
    ("33 otages", None, HOSTAGES_33, "nominal"),
    ("Gaza", "retenus à Gaza", GAZA, "name"),
    ("centaines de détenus palestiniens", None, DETAINEES, "nominal"),
    # « Les deux parties ..., a déclaré le chef du gouvernement qatari, et nous en serons les garants avec nos ... »
    ("le chef du gouvernement qatari", None, AL_THANI, "nominal"),
    ("nous", "et nous en serons", QATAR, "pronoun"),
    ("nos partenaires", None, PARTNERS, "nominal"),
    # Le bureau du Premier ministre israélien, Benyamin Netanyahou, a toutefois affirmé ...
    ("Le bureau du Premier ministre israélien", None, PMO, "nominal"),
    ("Premier ministre israélien", None, NETANYAHU, "nominal"),
    ("Benyamin Netanyahou", None, NETANYAHU, "name"),
    # Le cabinet de sécurité devrait se réunir jeudi pour l’approuver, selon un responsable israélien.
    ("Le cabinet de sécurité", None, CABINET, "nominal"),
    ("un responsable israélien", None, OFFICIAL, "nominal"),
    # Une première trêve d’une semaine avait permis fin novembre 2023 la libération de 105 otages.
    ("105 otages", None, HOSTAGES_105, "nominal"),
    # À Washington, le président Joe Biden a salué un accord obtenu « après des mois de diplomatie intense ».
    ("Washington", None, WASHINGTON, "name"),
    ("Joe Biden", None, BIDEN, "name"),
    # « Cet accord mettra fin aux combats à Gaza et permettra d’acheminer une aide dont la population ... »
    ("Gaza", "combats à Gaza", GAZA, "name"),
    ("une aide", None, AID, "nominal"),
    ("la population", None, POPULATION, "nominal"),
    ("il", "a-t-il affirmé", BIDEN, "pronoun"),
    ("Maison Blanche", None, WHITE_HOUSE, "name"),
    # Son successeur, Donald Trump, qui prendra ses fonctions lundi, en a revendiqué le mérite ...
    ("Son successeur", None, TRUMP, "nominal"),
    ("Donald Trump", None, TRUMP, "name"),
    # Le Caire, qui avait accueilli plusieurs cycles de pourparlers, a appelé les deux camps ...
    ("Le Caire", None, EGYPT, "metonym"),
    # Le secrétaire général de l’ONU, António Guterres, a exhorté Israël à lever « tous les obstacles » ...
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("Israël", "exhorté Israël", ISRAEL, "name"),
    ("l’aide humanitaire", None, AID, "nominal"),
    # « Il est impératif que ce cessez-le-feu ouvre la voie à une solution durable », a-t-il ajouté.
    ("il", "a-t-il ajouté", GUTERRES, "pronoun"),
    # Le Hamas s’est dit, lui, satisfait d’un accord qui serait « le fruit de la résistance » des Gazaouis.
    ("Hamas", "Le Hamas s’est dit", HAMAS, "name"),
    ("lui", "s’est dit, lui,", HAMAS, "pronoun"),
    ("Gazaouis", None, POPULATION, "nominal"),
    # Moscou a également salué l’annonce.
    ("Moscou", None, RUSSIA, "metonym"),
    # Selon l’AFP, des milliers d’Israéliens se sont rassemblés à Tel-Aviv pour réclamer le retour de tous les otages.
    ("AFP", None, AFP, "name"),
    ("des milliers d’Israéliens", None, ISRAELIS, "nominal"),
    ("Tel-Aviv", None, TEL_AVIV, "name"),
    ("tous les otages", None, HOSTAGES, "nominal"),
]

PUB_DAY = "The publication day, Wednesday 15 January 2025 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-wednesday-evening", ("mercredi soir", None), "2025-01-15", "day", "part-of-day",
     "« a annoncé mercredi soir à Doha »: the evening of the publication day. " + PUB_DAY),
    ("t-sunday-19", ("dimanche 19 janvier", None), "2025-01-19", "day", "weekday-day-month",
     "« La trêve « entrera en vigueur dimanche 19 janvier » »: an explicit weekday and date in the publication "
     "year, in the future (19 January 2025 is a Sunday), four days after publication."),
    ("t-six-weeks", ("six semaines", None), None, "duration", "explicit-duration",
     "« une première phase de six semaines »: the phase's length (P6W), from the Sunday start; no date of its own."),
    ("t-evening", ("dans la soirée", None), "2025-01-15", "day", "part-of-day",
     "« sans confirmer l’accord dans la soirée »: the evening of the announcement, the publication day. " + PUB_DAY),
    ("t-thursday", ("jeudi", None), "2025-01-16", "day", "weekday-future",
     "« devrait se réunir jeudi »: the next Thursday after the publication day (Wednesday): 16 January 2025."),
    ("t-one-week", ("une semaine", None), None, "duration", "explicit-duration",
     "« Une première trêve d’une semaine »: the 2023 truce's length (P1W)."),
    ("t-late-november-2023", ("fin novembre 2023", None), "2023-11", "month", "explicit-month-year",
     "« fin novembre 2023 »: a month and a year written out; the end of the month gives no day, so the month."),
    ("t-months", ("des mois", None), None, "duration", "vague-duration",
     "« après des mois de diplomatie intense » (inside Biden's quote): a length with no number, the diplomacy's."),
    ("t-monday", ("lundi", None), "2025-01-20", "day", "weekday-future",
     "« qui prendra ses fonctions lundi »: future, the next Monday after the publication day: 20 January 2025."),
]

LEDE = ("Le Premier ministre qatari", "prisonniers palestiniens.")
PARTIES_QUOTE = ("« Les deux parties", "avec nos partenaires. »")
OFFICE = ("Le bureau du Premier ministre", "dans la soirée.")
AFP_EVIDENCE = ("Selon l’AFP", "tous les otages.")

EVENTS: list[dict[str, Any]] = [
    event("e-agreement", "Agreement", "Israel and Hamas reach a ceasefire agreement for the Gaza Strip",
          ("accord", "un accord de cessez-le-feu"), [("participant", ISRAEL), ("participant", HAMAS)],
          place=GAZA, according_to=[AL_THANI], evidence=LEDE,
          note="« qu’Israël et le Hamas étaient parvenus à un accord de cessez-le-feu dans la bande de Gaza »: a "
               "pluperfect completive under Al-Thani's announcement (according_to). The Gaza Strip is where the "
               "ceasefire applies. No word dates the reaching itself (before the Wednesday evening announcement), "
               "so no time. Restated by « La trêve », « l’accord », « un accord obtenu », « Cet accord », « le "
               "texte », « ce cessez-le-feu » and Hamas's « un accord »: no new events."),
    event("e-exchange", "Event", "An exchange of hostages for Palestinian prisoners",
          ("échange", "d’un échange d’otages"),
          [("participant", ISRAEL), ("participant", HAMAS), ("theme", HOSTAGES), ("theme", PRISONERS)],
          status="planned", according_to=[AL_THANI], evidence=LEDE,
          note="« assorti d’un échange d’otages contre des prisonniers palestiniens »: a term of the agreement, to "
               "come: planned. The two parties are the implied exchangers; the two sets of people its themes."),
    event("e-entry-into-force", "Event", "The truce takes effect on Sunday 19 January 2025",
          ("entrera en vigueur", None), [("participant", ISRAEL), ("participant", HAMAS)], status="planned",
          place=GAZA, time="t-sunday-19", according_to=[AL_THANI],
          note="« La trêve « entrera en vigueur dimanche 19 janvier » »: inside Al-Thani's quote, future: planned; "
               "« La trêve » restates the agreement, whose parties and place it keeps."),
    event("e-first-phase", "Event", "A first six-week phase of the truce", ("phase", None),
          [("participant", ISRAEL), ("participant", HAMAS)], status="planned", time="t-six-weeks",
          according_to=[AL_THANI],
          note="« une première phase de six semaines prévoit ... »: a planned stage known by its length (as a visit "
               "known by its length in gold); the parties are implied."),
    event("e-release-33", "Event", "Hamas to free 33 hostages held in Gaza", ("libération", "la libération de 33"),
          [("agent", HAMAS), ("recipient", HOSTAGES_33)], status="planned", according_to=[AL_THANI],
          part_of="e-first-phase",
          note="« la libération de 33 otages »: planned; Hamas, the holder, is the implied agent. The phase's length "
               "is the phase's time, not the release's."),
    event("e-hostages-held", "Event", "The 33 hostages are held in Gaza", ("retenus", None),
          [("agent", HAMAS), ("recipient", HOSTAGES_33)], place=GAZA,
          note="« 33 otages retenus à Gaza »: a passive state in the present, no agent written (Hamas implied), as « "
               "dont l’équipage est toujours retenu » in gold; no time."),
    event("e-release-detainees", "Event", "Israel to free hundreds of Palestinian detainees in exchange",
          ("échange", "en échange de centaines"), [("agent", ISRAEL), ("recipient", DETAINEES)], status="planned",
          according_to=[AL_THANI], part_of="e-first-phase",
          note="« en échange de centaines de détenus palestiniens »: the detainees' release is only implied by the "
               "exchange; « échange » is its trigger, Israel (the holder) its implied agent."),
    event("e-respect-steps", "Event", "The two parties to respect each step of the agreement", ("respecter", None),
          [("participant", ISRAEL), ("participant", HAMAS)], status="planned", according_to=[AL_THANI],
          evidence=PARTIES_QUOTE,
          note="« Les deux parties se sont engagées à respecter chaque étape »: a pledge, planned; « Les deux "
               "parties » (Israel and Hamas) is a plural phrase, no mention; « chaque étape » no entity."),
    event("e-guarantee", "Event", "Qatar and its partners to guarantee the agreement", ("garants", None),
          [("agent", QATAR), ("participant", PARTNERS)], status="planned", according_to=[AL_THANI],
          evidence=PARTIES_QUOTE,
          note="« et nous en serons les garants avec nos partenaires »: « nous » is Qatar, « nos partenaires » the "
               "other mediators (a local group); future: planned."),
    event("e-cabinet-meeting", "Meeting", "The Israeli security cabinet to meet on Thursday", ("se réunir", None),
          [("participant", CABINET)], status="planned", time="t-thursday", according_to=[OFFICIAL],
          note="« Le cabinet de sécurité devrait se réunir jeudi »: « devrait » of an expected meeting: planned, as "
               "« qui devrait se tenir » in gold; the source comes after the clause."),
    event("e-cabinet-approval", "Event", "The security cabinet to approve the agreement", ("approuver", None),
          [("agent", CABINET)], status="planned", time="t-thursday", according_to=[OFFICIAL],
          part_of="e-cabinet-meeting",
          note="« pour l’approuver »: the meeting's purpose, planned, on its Thursday; « l’ » is the agreement (an "
               "event), no mention."),
    event("e-truce-2023", "Agreement", "A first one-week truce between Israel and Hamas in November 2023",
          ("trêve", "Une première trêve"), [("participant", ISRAEL), ("participant", HAMAS)],
          time="t-one-week",
          note="« Une première trêve d’une semaine avait permis ... »: pluperfect, occurred; the parties are implied. "
               "Its only own time is its length; the month belongs to the release."),
    event("e-release-2023", "Event", "105 hostages freed in late November 2023",
          ("libération", "la libération de 105"), [("agent", HAMAS), ("recipient", HOSTAGES_105)],
          time="t-late-november-2023", part_of="e-truce-2023",
          note="« avait permis fin novembre 2023 la libération de 105 otages »: occurred; Hamas implied. « avait "
               "permis » is the truce making it possible, no event of its own."),
    event("e-diplomacy", "Event", "Months of intense diplomacy", ("diplomatie", None), [("agent", US)],
          time="t-months", according_to=[BIDEN],
          note="« après des mois de diplomatie intense » (Biden's quoted words): the diplomacy that obtained the deal, "
               "occurred; the United States, the speaker's state, is taken as its implied agent (the other mediators "
               "are not named in this sentence)."),
    event("e-fighting", "Event", "The fighting in Gaza", ("combats", None),
          [("participant", ISRAEL), ("participant", HAMAS)], place=GAZA,
          note="« les combats à Gaza »: the war that goes on, occurred; the parties implied; no time."),
    event("e-fighting-end", "Event", "The agreement will end the fighting in Gaza", ("mettra fin", None),
          [("participant", ISRAEL), ("participant", HAMAS)], status="planned", place=GAZA, according_to=[BIDEN],
          note="« Cet accord mettra fin aux combats à Gaza »: a future in Biden's quote, what the deal provides for: "
               "planned."),
    event("e-aid-delivery", "Delivery", "Aid to be brought to the population of Gaza", ("acheminer", None),
          [("theme", AID), ("recipient", POPULATION)], status="planned", place=GAZA, according_to=[BIDEN],
          note="« permettra d’acheminer une aide dont la population a cruellement besoin »: planned with the end of "
               "the fighting; the deliverer is not written; Gaza from the same sentence."),
    event("e-trump-inauguration", "Event", "Donald Trump takes office on Monday 20 January 2025",
          ("prendra ses fonctions", None), [("agent", TRUMP)], status="planned", time="t-monday",
          note="« qui prendra ses fonctions lundi »: a relative future on a weekday: planned."),
    event("e-cairo-talks", "Meeting", "Rounds of talks hosted by Egypt", ("pourparlers", None),
          [("agent", EGYPT), ("participant", ISRAEL), ("participant", HAMAS)], place=EGYPT,
          note="« Le Caire, qui avait accueilli plusieurs cycles de pourparlers »: pluperfect, occurred; Egypt the "
               "host (agent, as the host of a summit in gold), the two parties implied; no time."),
    event("e-implementation", "Event", "The two sides urged to implement the agreement without delay",
          ("mettre en œuvre", None), [("participant", ISRAEL), ("participant", HAMAS)], status="proposed",
          according_to=[EGYPT],
          note="« a appelé les deux camps à « mettre en œuvre sans délai » le texte »: urged: proposed; « les deux "
               "camps » (no mention) are Israel and Hamas, as « toutes les parties » in gold; « sans délai » no time."),
    event("e-lift-obstacles", "Event", "Israel urged to lift the obstacles to humanitarian aid", ("lever", None),
          [("agent", ISRAEL)], status="proposed", according_to=[GUTERRES],
          note="« a exhorté Israël à lever « tous les obstacles » »: urged: proposed."),
    event("e-aid-entry", "Delivery", "The entry of humanitarian aid into Gaza", ("entrée", None),
          [("theme", AID), ("recipient", POPULATION)], status="proposed", place=GAZA, according_to=[GUTERRES],
          note="« à l’entrée de l’aide humanitaire »: what Guterres asks to be let through, proposed; the population "
               "and Gaza implied by the story (its own source and status, so a second event beside Biden's)."),
    event("e-lasting-solution", "Agreement", "A lasting solution between Israel and Hamas", ("solution", None),
          [("participant", ISRAEL), ("participant", HAMAS)], status="proposed", according_to=[GUTERRES],
          note="« Il est impératif que ce cessez-le-feu ouvre la voie à une solution durable »: urged, proposed; the "
               "parties implied."),
    event("e-rally", "Event", "Thousands of Israelis rally in Tel Aviv", ("se sont rassemblés", None),
          [("agent", ISRAELIS)], place=TEL_AVIV, according_to=[AFP], evidence=AFP_EVIDENCE,
          note="« Selon l’AFP, des milliers d’Israéliens se sont rassemblés à Tel-Aviv »: occurred, no weekday: no "
               "time."),
    event("e-hostage-return", "Event", "The return of all the hostages, demanded", ("retour", None),
          [("participant", HOSTAGES)], status="proposed", according_to=[ISRAELIS], evidence=AFP_EVIDENCE,
          note="« pour réclamer le retour de tous les otages »: demanded: proposed; the hostages the only party "
               "written (participant)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-announcement", "Statement", "Al-Thani announces the ceasefire agreement in Doha", AL_THANI,
           ("a annoncé", None), [], time="t-wednesday-evening", place=DOHA, evidence=LEDE,
           about=["e-agreement", "e-exchange"],
           note="« Le Premier ministre qatari, cheikh Mohammed ben Abdelrahmane Al-Thani, a annoncé mercredi soir à "
                "Doha »: « cheikh » is a title right before the name (only the name is a mention); the role noun "
                "before the comma is a nominal mention."),
    speech("s-entry-into-force", "Statement", "Al-Thani: the truce will take effect on Sunday 19 January",
           AL_THANI, ("précisé", None), [("entrera en vigueur dimanche 19 janvier", None)],
           about=["e-entry-into-force"],
           note="The quote inside its sentence, « a-t-il précisé » after it; no weekday of its own: no time."),
    speech("s-first-phase", "Statement", "Al-Thani describes the first six-week phase", AL_THANI,
           ("Selon", "Selon lui"), [], about=["e-first-phase", "e-release-33", "e-release-detainees"],
           note="« Selon lui »: the Prime Minister is the source of the sentence, no quote."),
    speech("s-parties-guarantee", "Statement", "Al-Thani: the two parties are committed and Qatar will guarantee",
           AL_THANI, ("a déclaré", None),
           [("Les deux parties se sont engagées à respecter chaque étape", None),
            ("et nous en serons les garants avec nos partenaires.", None)],
           evidence=PARTIES_QUOTE,
           about=["s-israel-pledge", "s-hamas-pledge", "e-respect-steps", "e-guarantee"],
           note="One quote split around « a déclaré le chef du gouvernement qatari, »: one speech act, two quotes (the "
                "second keeps its full stop, inside the guillemets)."),
    speech("s-israel-pledge", "Assurance", "Israel pledges to respect each step", ISRAEL,
           ("se sont engagées", None), [], according_to=[AL_THANI], evidence=PARTIES_QUOTE,
           about=["e-respect-steps"],
           note="« Les deux parties se sont engagées »: a joint pledge, two speech acts with one trigger (as « se sont "
                "engagés » in gold); the words are Al-Thani's, so no quote here."),
    speech("s-hamas-pledge", "Assurance", "Hamas pledges to respect each step", HAMAS,
           ("se sont engagées", None), [], according_to=[AL_THANI], evidence=PARTIES_QUOTE,
           about=["e-respect-steps"], note="The second speaker of the joint pledge."),
    speech("s-pm-office", "Statement", "Netanyahu's office says « several points » remain to be settled", PMO,
           ("affirmé", "a toutefois affirmé"), [("plusieurs points", None)], evidence=OFFICE,
           about=["e-agreement"],
           note="« Le bureau du Premier ministre israélien, Benyamin Netanyahou, a toutefois affirmé »: the office "
                "speaks; « restaient à régler » is a state of the deal, no event. No weekday: no time."),
    speech("s-pm-office-no-confirmation", "Statement", "Netanyahu's office does not confirm the agreement", PMO,
           ("confirmer", None), [], status="negated", time="t-evening", evidence=OFFICE, about=["e-agreement"],
           note="« sans confirmer l’accord dans la soirée »: a negated speech act (as « sans évoquer » in gold), "
                "dated by « dans la soirée »."),
    speech("s-official", "Report", "An Israeli official says the cabinet should meet on Thursday", OFFICIAL,
           ("selon", "selon un responsable"), [], about=["e-cabinet-meeting", "e-cabinet-approval"],
           note="« selon un responsable israélien », after the clause."),
    speech("s-biden-welcome", "Statement", "Joe Biden hails a deal reached after months of intense diplomacy", BIDEN,
           ("a salué", None), [("après des mois de diplomatie intense", None)], place=WASHINGTON,
           about=["e-agreement", "e-diplomacy"],
           note="« À Washington, le président Joe Biden a salué »: « le président » is a title right before the name; "
                "« À Washington » is the city (Q61), the place. No weekday: no time."),
    speech("s-biden-end-fighting", "Statement", "Biden: the agreement will end the fighting and let aid in", BIDEN,
           ("affirmé", "a-t-il affirmé"),
           [("Cet accord mettra fin aux combats à Gaza et permettra d’acheminer une aide dont la population a "
             "cruellement besoin", None)],
           place=WHITE_HOUSE, about=["e-agreement", "e-fighting-end", "e-aid-delivery"],
           note="A quote first, « a-t-il affirmé depuis la Maison Blanche »: the building is where he speaks."),
    speech("s-trump-credit", "Statement", "Donald Trump claims the credit for the agreement", TRUMP,
           ("a revendiqué", None), [], about=["e-agreement"],
           note="« en a revendiqué le mérite sur son réseau social »: « en » is the agreement; the network is no "
                "mention (as in gold). No time."),
    speech("s-egypt-call", "Statement", "Cairo calls on both sides to implement the deal without delay", EGYPT,
           ("a appelé", None), [("mettre en œuvre sans délai", None)], about=["e-implementation", "e-cairo-talks"],
           note="« Le Caire » is Egypt (a metonym); « les deux camps » (plural) gives no addressee."),
    speech("s-guterres-exhortation", "Statement", "Guterres urges Israel to lift all obstacles to aid", GUTERRES,
           ("a exhorté", None), [("tous les obstacles", None)], addressee=ISRAEL,
           about=["e-lift-obstacles", "e-aid-entry"],
           note="« Le secrétaire général de l’ONU, António Guterres, a exhorté Israël »: the role noun before the "
                "comma is a mention, with « ONU » inside it."),
    speech("s-guterres-solution", "Statement", "Guterres: the ceasefire must open the way to a lasting solution",
           GUTERRES, ("ajouté", None),
           [("Il est impératif que ce cessez-le-feu ouvre la voie à une solution durable", None)],
           about=["e-agreement", "e-lasting-solution"],
           note="A quote first with an impersonal « Il » (no mention); « ce cessez-le-feu » restates the agreement."),
    speech("s-hamas", "Statement", "Hamas calls the deal the fruit of the Gazans' resistance", HAMAS,
           ("s’est dit", None), [("le fruit de la résistance", None)], about=["e-agreement"],
           note="« Le Hamas s’est dit, lui, satisfait d’un accord qui serait « le fruit de la résistance » des "
                "Gazaouis »: « lui » is emphatic; the resistance is a judgement, no event."),
    speech("s-moscow", "Statement", "Moscow welcomes the announcement", RUSSIA, ("salué", "a également salué"), [],
           about=["s-announcement"],
           note="« Moscou » is Russia (a metonym); « l’annonce » is Al-Thani's announcement, a speech act."),
    speech("s-afp", "Report", "AFP reports the Tel Aviv rally", AFP, ("Selon", "Selon l’AFP"), [],
           evidence=AFP_EVIDENCE, about=["e-rally", "s-protesters-demand"], note="« Selon l’AFP »."),
    speech("s-protesters-demand", "Statement", "The Israelis demand the return of all the hostages", ISRAELIS,
           ("réclamer", None), [], according_to=[AFP], evidence=AFP_EVIDENCE, about=["e-hostage-return"],
           note="« pour réclamer le retour de tous les otages »: the rally's purpose, a demand made at it."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
