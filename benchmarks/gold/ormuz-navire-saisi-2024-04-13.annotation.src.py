"""Held-out annotation of ormuz-navire-saisi-2024-04-13.txt (written for the seventeenth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/ormuz-navire-saisi-2024-04-13.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/ormuz-navire-saisi-2024-04-13.annotation.src.py --check

From held-out set 17 (moved to gold in session 16; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "ormuz-navire-saisi-2024-04-13.txt"

NOTE = """\
Held-out-17 article: Iran's Revolutionary Guards seize the Portuguese-flagged container ship MSC Aries, linked to \
Israel, near the Strait of Hormuz on Saturday 13 April 2024, commandos coming down from a helicopter, while the \
region fears Iranian reprisals for the strike on Iran's consulate in Damascus on 1 April; Israel Katz's and Daniel \
Hagari's reactions, India's contacts for its sailors, Portugal's planned summons of the Iranian ambassador on \
Monday, the White House's demand and Joe Biden's warning of Friday, Tehran's promise of revenge, and the calls for \
restraint of Beijing and Moscow, published Saturday 13 April 2024 (the file gives the day). The seizure, the \
helicopter, the flag, Eyal Ofer, the crew's size and Indians, and the Damascus strike follow the real events \
loosely; the quotes, the Portuguese summons, the crew's other nationalities, Watson's words, the Chinese and \
Russian statements are invented or reworded. \
What it exercises: a seizure on the publication day with the place written as « près de » (« Les Gardiens de la \
révolution iraniens ont saisi samedi près du détroit d’Ormuz un porte-conteneurs lié à Israël, le MSC Aries »: \
the Guards the agent, the ship the recipient, no place since the ship was near the strait, not in it, as « près du \
village de Plauru » in gold); a ship named in apposition after a nominal mention that holds a country (« un \
porte-conteneurs lié à Israël »: a nominal mention of the ship, with « Israël » inside); « au moment où la région \
redoute des représailles de Téhéran » (a fear: a Statement of « la région », the Middle East, and hypothetical \
reprisals of Iran) after a nominal strike with a possessive (« la frappe contre son consulat à Damas »: the \
consulate the recipient, Damascus the place, its date from the pluperfect restatement of the sixth paragraph); a \
descent from a helicopter (« Des commandos sont descendus d’un hélicoptère sur le pont du navire »: the commandos \
agent, the helicopter a participant, part of the seizure) with a relative passive quote and no agent (« qui « a \
été conduit vers les eaux territoriales » iraniennes »: the ship recipient only, the waters the destination and \
place, the adjective outside the guillemets), both under a source after the clause (« a rapporté l’agence \
officielle Irna »: a Report, and Irna in according_to of both events); a ship taken up by « Le bâtiment » with an \
ownership that is a state, not an event (« appartient à une société liée au milliardaire israélien Eyal Ofer, \
selon l’armateur MSC »: a Report of MSC about no event; « MSC » inside « MSC Aries » only lends its name and is \
not a mention); a quote first with a predicate and « aujourd’hui » (« L’Iran est un régime criminel qui mène \
aujourd’hui une opération de piraterie », a dénoncé ... Israel Katz: « un régime criminel » a predicate, « une \
opération de piraterie » restates the seizure, no new event; « aujourd’hui » the publication day attached to \
nothing) with a role noun before the name in apposition; « Il a demandé à l’Union européenne de classer les \
Gardiens comme organisation terroriste » (a Statement addressed to the EU, the listing proposed with the EU agent \
and the Guards recipient); a warning with a conditional in reported speech and a one-phrase quote (« a averti que \
Téhéran « subirait les conséquences » de toute escalade »: the consequences hypothetical, Iran the recipient; « \
toute escalade » has no actor written: no event, as « la situation » in gold); a crew count with a state (« se \
trouvaient à bord » is no event) and a group taken by a later event (« dix-sept Indiens », the release New Delhi \
seeks, « leur libération »: proposed, the Iranian authorities its agent); « New Delhi a dit être « en contact » » \
(a metonym of India, a Statement with a quote); a planned summons on a future weekday by a metonym sourced after \
the clause to a ministry (« Lisbonne convoquera lundi l’ambassadeur d’Iran, a annoncé le ministère portugais des \
Affaires étrangères »: Portugal Q45 the agent, the ambassador the recipient, « Iran » inside); « À Washington » \
(the city) a demand of a metonym with a quoted adjective (« la Maison Blanche a exigé la libération « immédiate » \
de l’équipage »: the release proposed, the crew the recipient); a quote split around its reporting clause with a \
possessive title before the name (« « Saisir un navire commercial sans provocation, a déclaré sa porte-parole \
Adrienne Watson, est un acte de piraterie. » »: one speech act, two quotes, the second with its full stop; the \
seizing is a general statement that restates the seizure, no new event, « un navire commercial » generic); a \
pluperfect warning on a past weekday with « qu’il » and a quoted vague time (« Joe Biden avait prévenu vendredi \
qu’il s’attendait à une attaque iranienne contre Israël « plus tôt que tard » »: a Warning, the attack \
hypothetical according to him, Iran agent from the adjective and Israel the recipient, « plus tôt que tard » a \
vague future); a promise of revenge (« Téhéran a promis de venger la frappe »: a Warning of Iran, the revenge \
planned, as « a promis une riposte » in gold) on a strike attributed to a state with a relative pluperfect and an \
explicit date (« la frappe attribuée à Israël qui avait détruit le 1er avril l’annexe consulaire de son ambassade \
en Syrie »: the destruction part of the strike, 1 April 2024) and a participle of consequence (« tuant sept membres \
des Gardiens, dont deux généraux »: a killing part of the strike, the seven members a local group, « Gardiens » \
inside); a negated claim (« Israël n’a jamais revendiqué ce raid »: a negated speech act of Israel about the \
strike; « ce raid » restates it); two metonyms with one verb of speech (« Pékin et Moscou ont appelé à la retenue \
»: two Statements, one trigger; restraint is no event); a state's words in the present sourced after the clause to \
an unnamed spokeswoman, with two quoted fragments (« La Chine « suit de près » la situation et exhorte « toutes les \
parties » à éviter une escalade, a indiqué une porte-parole de sa diplomatie »: China's exhortation a Statement \
according to the spokeswoman, with the quote « toutes les parties », and the spokeswoman's Statement with « suit de \
près », about it; « une escalade » no actor, no event; « sa diplomatie » the Chinese foreign ministry inside the \
spokeswoman's phrase); an emphatic « a, lui, estimé » with a conditional consequence (« qu’une riposte iranienne \
pourrait embraser le Moyen-Orient »: the riposte and the blaze hypothetical according to the Russian ministry) and \
a negated speech act (« sans condamner la saisie du navire »: « la saisie » restates the seizure).
Places and metonyms. « Téhéran » is always Iran (local, a metonym): it takes reprisals, must bear consequences, \
promises revenge. « Lisbonne » is Portugal (Q45, metonym), « New Delhi » India (local, metonym), « Pékin » China \
(Q148, metonym), « Moscou » Russia (Q159, metonym). « À Washington » is the city (Q61) where the White House \
speaks, and the place of its demand and of Watson's words. « Maison Blanche » is an unlinked metonym of the US \
presidency, as in gold. « Damas » is the city and the strike's place; « Syrie » is a mention with no role (the \
embassy's country). « détroit d’Ormuz » is a mention with no role (near, not in). « la région » and « le \
Moyen-Orient » are one local place.
Mentions. « Gardiens de la révolution iraniens » is the name (with its adjective, part of the French name), « les \
Gardiens » and « Gardiens » inside « sept membres des Gardiens » short names. « l’agence officielle Irna », « \
l’armateur MSC », « le milliardaire israélien Eyal Ofer » and « sa porte-parole Adrienne Watson » have a title \
right before the name: only « Irna », « MSC », « Eyal Ofer » and « Adrienne Watson ». « le ministre israélien des \
Affaires étrangères » (before a comma and the name) and « Le porte-parole de l’armée » are nominal mentions, with « \
l’armée » (the Israeli army) inside the latter. The ship is « un porte-conteneurs lié à Israël », « MSC Aries », « \
navire » (twice, fused « du »), « Le bâtiment »; « son consulat à Damas » and « l’annexe consulaire de son \
ambassade en Syrie » are the consulate (one local place), with « son ambassade en Syrie » a second local place \
inside; « une société liée au milliardaire israélien Eyal Ofer » is the owning company. « Des commandos », « un \
hélicoptère », « les eaux territoriales », « Vingt-cinq marins » and « l’équipage » (the crew), « dix-sept Indiens \
», « les autorités iraniennes », « l’ambassadeur d’Iran », « sept membres des Gardiens », « une porte-parole de sa \
diplomatie » and « sa diplomatie » are nominal mentions of local entities. « Il » is Katz, « il » Biden, « lui » \
the Russian ministry. Not mentions: « un régime criminel », « une opération de piraterie », « organisation \
terroriste », « un acte de piraterie », « un navire commercial » (generic), « quatre Philippins » and « un Russe » \
(no event takes them, as « une poignée de soldats » in gold), « deux généraux » (part of the seven killed, no event \
of its own), « toutes les parties » (generic), « la situation », « ce raid », « la saisie » (events restated), \
possessives (« son », « sa », « leur »).
Statuses. The seizure, the descent, the conducting (according to Irna), the strike, the destruction and the \
killing are occurred; the feared reprisals hypothetical; the EU listing, India's release and the White House's \
release proposed (asked for); the consequences hypothetical (a conditional in Hagari's warning); the summons \
planned (« convoquera »), according to the ministry; Biden's expected attack hypothetical; Tehran's revenge \
planned (promised); the Russian ministry's riposte and blaze hypothetical (« pourrait »). The strike's agent is \
not given: « attribuée à Israël » is an attribution by nobody named, which Israel never claimed, so Israel has \
no role in it. Israel's claim and the Russian condemnation are negated speech acts.
Times. « samedi » is the publication day, Saturday 13 April 2024 (weekday-publication-day); « aujourd’hui » in \
Katz's quote the same day (deictic-today), attached to no event (it dates « une opération de piraterie », the \
seizure restated, which already has « samedi »); « lundi » 15 April 2024 (weekday-future); « vendredi » 12 April \
2024 (weekday-past, pluperfect); « le 1er avril » 1 April 2024 (day-month-publication-year); « plus tôt que tard » \
a vague future (Biden's expected attack). The descent and the conducting take the seizure's Saturday (part of it, \
told in the next paragraph); the strike named in the lede takes the 1 April of its restatement. Katz's, Hagari's, \
India's, the ministries', the White House's, Watson's, Tehran's, Israel's, Beijing's and Moscow's words have no \
weekday written: no time (the seizure is the day's news, but the text does not date the reactions).
Iran, Israel, the Revolutionary Guards, the Strait of Hormuz, the ship, Damascus, the consulate, the embassy, Syria, \
the commandos, the helicopter, Irna, the territorial waters, the owning company, Eyal Ofer, MSC, Israel Katz, the \
European Union, the Israeli army, Daniel Hagari, the crew, the Indian sailors, India, the Iranian authorities, \
the Portuguese foreign ministry, the Iranian ambassador, the White House, Adrienne Watson, Joe Biden, the seven \
Guards killed, the Chinese spokeswoman, the Chinese foreign ministry and the Middle East are not in ids.tsv: \
local, unlinked. Portugal, Washington, China, Russia and the Russian foreign ministry are \
linked."""

IRGC, IRAN, ISRAEL = "local:irgc", "local:iran", "local:israel"
HORMUZ, SHIP = "local:strait-of-hormuz", "local:msc-aries"
MIDEAST, CONSULATE, DAMASCUS, EMBASSY, SYRIA = ("local:middle-east", "local:iran-consulate-damascus",
                                                "local:damascus", "local:iran-embassy-syria", "local:syria")
COMMANDOS, HELI, IRNA, WATERS = "local:irgc-commandos", "local:helicopter", "local:irna", "local:iranian-waters"
COMPANY, OFER, MSC = "local:ofer-company", "local:eyal-ofer", "local:msc"
KATZ, EU, IDF, HAGARI = "local:israel-katz", "local:european-union", "local:israeli-army", "local:daniel-hagari"
CREW, INDIANS, INDIA, IR_AUTH = "local:crew", "local:indian-sailors", "local:india", "local:iranian-authorities"
PORTUGAL, PT_MFA, AMBASSADOR = "Q45", "local:portugal-mfa", "local:iran-ambassador-portugal"
WASHINGTON, WHITE_HOUSE, WATSON, BIDEN = "Q61", "local:white-house", "local:adrienne-watson", "local:joe-biden"
KILLED, CHINA, RUSSIA = "local:seven-guards-killed", "Q148", "Q159"
CN_SPOKESWOMAN, CN_MFA, RU_MFA = "local:chinese-mfa-spokeswoman", "local:chinese-mfa", "Q789889"

GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (IRGC, "Gardiens de la révolution", "Islamic Revolutionary Guard Corps", "organization",
     {"description": "armée idéologique de la République islamique d’Iran", "unlinked_reason": NOT_VERIFIED}),
    (IRAN, "Iran", "Iran", "country",
     {"description": "aussi désigné par « Téhéran » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (HORMUZ, "détroit d’Ormuz", "Strait of Hormuz", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SHIP, "MSC Aries", "MSC Aries", "object",
     {"description": "porte-conteneurs battant pavillon portugais, saisi par les Gardiens de la révolution",
      "unlinked_reason": "a single ship with no verified Wikidata item"}),
    (MIDEAST, "Moyen-Orient", "Middle East", "place",
     {"description": "aussi « la région »", "unlinked_reason": NOT_VERIFIED}),
    (CONSULATE, "consulat d’Iran à Damas", "Iranian consulate in Damascus", "place",
     {"description": "l’annexe consulaire de l’ambassade d’Iran en Syrie, détruite le 1er avril 2024",
      "unlinked_reason": NOT_VERIFIED}),
    (DAMASCUS, "Damas", "Damascus", "place", {"unlinked_reason": NOT_VERIFIED}),
    (EMBASSY, "ambassade d’Iran en Syrie", "Iranian embassy in Syria", "place", {"unlinked_reason": NOT_VERIFIED}),
    (SYRIA, "Syrie", "Syria", "country", {"unlinked_reason": NOT_VERIFIED}),
    (COMMANDOS, "commandos des Gardiens", "IRGC commandos", "group",
     {"description": "les commandos descendus de l’hélicoptère sur le navire", "unlinked_reason": GROUP}),
    (HELI, "hélicoptère", "helicopter", "object",
     {"description": "l’hélicoptère d’où sont descendus les commandos",
      "unlinked_reason": "a single aircraft the article does not name"}),
    (IRNA, "Irna", "Islamic Republic News Agency", "organization",
     {"description": "agence de presse officielle iranienne", "unlinked_reason": NOT_VERIFIED}),
    (WATERS, "eaux territoriales iraniennes", "Iranian territorial waters", "place",
     {"unlinked_reason": "a maritime zone with no verified Wikidata item"}),
    (COMPANY, "société liée à Eyal Ofer", "company linked to Eyal Ofer", "organization",
     {"description": "la société propriétaire du navire, que l’article ne nomme pas",
      "unlinked_reason": "an unnamed company, not identified"}),
    (OFER, "Eyal Ofer", "Eyal Ofer", "person",
     {"description": "milliardaire israélien", "unlinked_reason": NOT_VERIFIED}),
    (MSC, "MSC", "Mediterranean Shipping Company", "organization",
     {"description": "l’armateur du navire", "unlinked_reason": NOT_VERIFIED}),
    (KATZ, "Israel Katz", "Israel Katz", "person",
     {"description": "ministre israélien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (EU, "Union européenne", "European Union", "organization", {"unlinked_reason": NOT_VERIFIED}),
    (IDF, "armée israélienne", "Israel Defense Forces", "organization",
     {"description": "« l’armée » dans « Le porte-parole de l’armée »", "unlinked_reason": NOT_VERIFIED}),
    (HAGARI, "Daniel Hagari", "Daniel Hagari", "person",
     {"description": "porte-parole de l’armée israélienne", "unlinked_reason": NOT_VERIFIED}),
    (CREW, "équipage du MSC Aries", "crew of the MSC Aries", "group",
     {"description": "les vingt-cinq marins à bord", "unlinked_reason": GROUP}),
    (INDIANS, "marins indiens du MSC Aries", "Indian sailors of the MSC Aries", "group",
     {"description": "les dix-sept Indiens de l’équipage", "unlinked_reason": GROUP}),
    (INDIA, "Inde", "India", "country",
     {"description": "désignée par « New Delhi » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (IR_AUTH, "autorités iraniennes", "Iranian authorities", "group",
     {"unlinked_reason": "unnamed authorities, not one Wikidata item"}),
    (PT_MFA, "ministère portugais des Affaires étrangères", "Ministry of Foreign Affairs of Portugal",
     "organization", {"unlinked_reason": NOT_VERIFIED}),
    (AMBASSADOR, "ambassadeur d’Iran au Portugal", "Iranian ambassador to Portugal", "person",
     {"description": "l’ambassadeur que Lisbonne doit convoquer; l’article ne le nomme pas",
      "unlinked_reason": "an unnamed person"}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"description": "la présidence américaine, pour laquelle le bâtiment est mis (métonymie)",
      "unlinked_reason": NOT_VERIFIED}),
    (WATSON, "Adrienne Watson", "Adrienne Watson", "person",
     {"description": "porte-parole (de la Maison Blanche, selon l’article)", "unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (KILLED, "sept membres des Gardiens tués à Damas", "seven IRGC members killed in Damascus", "group",
     {"description": "dont deux généraux", "unlinked_reason": GROUP}),
    (CN_SPOKESWOMAN, "porte-parole de la diplomatie chinoise", "Chinese foreign ministry spokeswoman", "person",
     {"description": "une porte-parole que l’article ne nomme pas", "unlinked_reason": "an unnamed person"}),
    (CN_MFA, "ministère chinois des Affaires étrangères", "Ministry of Foreign Affairs of China", "organization",
     {"description": "« sa diplomatie » (celle de la Chine)", "unlinked_reason": NOT_VERIFIED}),
]

MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les Gardiens de la révolution iraniens ont saisi samedi près du détroit d’Ormuz un porte-conteneurs lié à ...
    ("Gardiens de la révolution iraniens", None, IRGC, "name"),
    ("détroit d’Ormuz", None, HORMUZ, "name"),
    ("un porte-conteneurs lié à Israël", None, SHIP, "nominal"),
    ("Israël", "un porte-conteneurs lié à Israël", ISRAEL, "name"),
    ("MSC Aries", None, SHIP, "name"),
    ("la région", None, MIDEAST, "nominal"),
    ("Téhéran", "représailles de Téhéran", IRAN, "metonym"),
    ("son consulat à Damas", None, CONSULATE, "nominal"),
    ("Damas", None, DAMASCUS, "name"),
    # Des commandos sont descendus d’un hélicoptère sur le pont du navire, qui « a été conduit ... », a rapporté ...
    ("Des commandos", None, COMMANDOS, "nominal"),
    ("un hélicoptère", None, HELI, "nominal"),
    ("navire", "le pont du navire", SHIP, "nominal"),
    ("les eaux territoriales", None, WATERS, "nominal"),
    ("Irna", None, IRNA, "name"),
    # Le bâtiment, battant pavillon portugais, appartient à une société liée au milliardaire israélien Eyal Ofer ...
    ("Le bâtiment", None, SHIP, "nominal"),
    ("une société liée au milliardaire israélien Eyal Ofer", None, COMPANY, "nominal"),
    ("Eyal Ofer", None, OFER, "name"),
    ("MSC", "l’armateur MSC", MSC, "name"),
    # « L’Iran est un régime criminel ... », a dénoncé le ministre israélien des Affaires étrangères, Israel Katz.
    ("Iran", "« L’Iran est", IRAN, "name"),
    ("le ministre israélien des Affaires étrangères", None, KATZ, "nominal"),
    ("Israel Katz", None, KATZ, "name"),
    # Il a demandé à l’Union européenne de classer les Gardiens comme organisation terroriste.
    ("Il", "Il a demandé", KATZ, "pronoun"),
    ("Union européenne", None, EU, "name"),
    ("Gardiens", "classer les Gardiens", IRGC, "name"),
    # Le porte-parole de l’armée, Daniel Hagari, a averti que Téhéran « subirait les conséquences » ...
    ("Le porte-parole de l’armée", None, HAGARI, "nominal"),
    ("l’armée", "Le porte-parole de l’armée", IDF, "nominal"),
    ("Daniel Hagari", None, HAGARI, "name"),
    ("Téhéran", "Téhéran « subirait", IRAN, "metonym"),
    # Vingt-cinq marins se trouvaient à bord, dont dix-sept Indiens, ...
    ("Vingt-cinq marins", None, CREW, "nominal"),
    ("dix-sept Indiens", None, INDIANS, "nominal"),
    ("New Delhi", None, INDIA, "metonym"),
    ("les autorités iraniennes", None, IR_AUTH, "nominal"),
    # Lisbonne convoquera lundi l’ambassadeur d’Iran, a annoncé le ministère portugais des Affaires étrangères.
    ("Lisbonne", None, PORTUGAL, "metonym"),
    ("l’ambassadeur d’Iran", None, AMBASSADOR, "nominal"),
    ("Iran", "l’ambassadeur d’Iran", IRAN, "name"),
    ("le ministère portugais des Affaires étrangères", None, PT_MFA, "nominal"),
    # À Washington, la Maison Blanche a exigé la libération « immédiate » de l’équipage.
    ("Washington", None, WASHINGTON, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("l’équipage", None, CREW, "nominal"),
    # « Saisir un navire commercial sans provocation, a déclaré sa porte-parole Adrienne Watson, est ... »
    ("Adrienne Watson", None, WATSON, "name"),
    # Joe Biden avait prévenu vendredi qu’il s’attendait à une attaque iranienne contre Israël « plus tôt que tard ».
    ("Joe Biden", None, BIDEN, "name"),
    ("il", "qu’il s’attendait", BIDEN, "pronoun"),
    ("Israël", "attaque iranienne contre Israël", ISRAEL, "name"),
    # Téhéran a promis de venger la frappe attribuée à Israël qui avait détruit le 1er avril l’annexe consulaire ...
    ("Téhéran", "Téhéran a promis", IRAN, "metonym"),
    ("Israël", "attribuée à Israël", ISRAEL, "name"),
    ("l’annexe consulaire de son ambassade en Syrie", None, CONSULATE, "nominal"),
    ("son ambassade en Syrie", None, EMBASSY, "nominal"),
    ("Syrie", None, SYRIA, "name"),
    ("sept membres des Gardiens", None, KILLED, "nominal"),
    ("Gardiens", "sept membres des Gardiens", IRGC, "name"),
    # Israël n’a jamais revendiqué ce raid.
    ("Israël", "Israël n’a jamais", ISRAEL, "name"),
    # Pékin et Moscou ont appelé à la retenue.
    ("Pékin", None, CHINA, "metonym"),
    ("Moscou", None, RUSSIA, "metonym"),
    # La Chine « suit de près » la situation ..., a indiqué une porte-parole de sa diplomatie.
    ("Chine", None, CHINA, "name"),
    ("une porte-parole de sa diplomatie", None, CN_SPOKESWOMAN, "nominal"),
    ("sa diplomatie", None, CN_MFA, "nominal"),
    # Le ministère russe des Affaires étrangères a, lui, estimé qu’une riposte iranienne pourrait embraser ...
    ("Le ministère russe des Affaires étrangères", None, RU_MFA, "nominal"),
    ("lui", "a, lui, estimé", RU_MFA, "pronoun"),
    ("Moyen-Orient", None, MIDEAST, "name"),
    ("navire", "la saisie du navire", SHIP, "nominal"),
]

PUB_DAY = "The publication day, Saturday 13 April 2024 (the file gives the day)."

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-saturday", ("samedi", None), "2024-04-13", "day", "weekday-publication-day",
     "« ont saisi samedi »: " + PUB_DAY),
    ("t-today", ("aujourd’hui", None), "2024-04-13", "day", "deictic-today",
     "« qui mène aujourd’hui une opération de piraterie », inside Katz's quote: the day he speaks, the "
     "publication day (" + PUB_DAY + ") It dates the seizure restated as « une opération de piraterie », which "
     "already has « samedi », so no event takes it."),
    ("t-monday", ("lundi", None), "2024-04-15", "day", "weekday-future",
     "Future « Lisbonne convoquera lundi »: the Monday after the publication day, 15 April 2024."),
    ("t-friday", ("vendredi", None), "2024-04-12", "day", "weekday-past",
     "Pluperfect « avait prévenu vendredi »: the Friday before the publication day, 12 April 2024."),
    ("t-sooner", ("plus tôt que tard", None), None, "vague", "vague-future",
     "« plus tôt que tard », inside Biden's quote: soon, after Friday; no date can be given."),
    ("t-april-1", ("le 1er avril", None), "2024-04-01", "day", "day-month-publication-year",
     "« qui avait détruit le 1er avril »: the day and month; the year is the publication year, 2024 (a "
     "pluperfect, twelve days before a 13 April publication)."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-seizure", "Event", "The Revolutionary Guards seize the MSC Aries near the Strait of Hormuz on Saturday",
          ("ont saisi", None), [("agent", IRGC), ("recipient", SHIP)], time="t-saturday",
          note="« ont saisi samedi près du détroit d’Ormuz un porte-conteneurs lié à Israël, le MSC Aries »: the "
               "Guards the agent, the ship the recipient (taken). « près du détroit » is near, not in: no place (as « "
               "près du village de Plauru » in gold). « une opération de piraterie » (Katz), « Saisir un navire "
               "commercial » (Watson) and « la saisie du navire » (the Russian ministry) restate it."),
    event("e-reprisals", "Event", "Feared Iranian reprisals for the Damascus strike", ("représailles", None),
          [("agent", IRAN)], status="hypothetical", according_to=[MIDEAST],
          note="« au moment où la région redoute des représailles de Téhéran après la frappe contre son consulat »: a "
               "fear, hypothetical, according to the region that fears it (as « Berlin craint » in gold). Whom they "
               "would hit is not written in this clause."),
    event("e-consulate-strike", "Event", "The strike on Iran's consulate in Damascus on 1 April",
          ("frappe", "la frappe contre son consulat"), [("recipient", CONSULATE)], place=DAMASCUS,
          time="t-april-1",
          note="« la frappe contre son consulat à Damas »: « son » is Tehran's. The sixth paragraph restates it (« la "
               "frappe attribuée à Israël qui avait détruit le 1er avril »), which gives its day. « attribuée à Israël "
               "» names no one who attributes it, and « Israël n’a jamais revendiqué ce raid »: the article does not "
               "commit to an agent, so Israel has no role (its non-claim is a negated speech act)."),
    event("e-descent", "Event", "Commandos come down from a helicopter onto the ship's deck", ("sont descendus", None),
          [("agent", COMMANDOS), ("participant", HELI), ("recipient", SHIP)], time="t-saturday",
          according_to=[IRNA], part_of="e-seizure",
          note="« Des commandos sont descendus d’un hélicoptère sur le pont du navire »: how the seizure was done, so "
               "part of it, with its Saturday. The ship boarded is the recipient; the deck is not a place entity. "
               "The source after the sentence (« a rapporté l’agence officielle Irna ») covers it."),
    event("e-conducted", "Event", "The ship was taken to Iranian territorial waters", ("a été conduit", None),
          [("recipient", SHIP)], place=WATERS, time="t-saturday", according_to=[IRNA], part_of="e-seizure",
          note="« qui « a été conduit vers les eaux territoriales » iraniennes »: a passive with no agent, so the "
               "ship only (as passives without an agent in gold); the waters are the destination and the place."),
    event("e-eu-listing", "Event", "The EU should list the Revolutionary Guards as a terrorist organisation",
          ("classer", None), [("agent", EU), ("recipient", IRGC)], status="proposed", according_to=[KATZ],
          note="« Il a demandé à l’Union européenne de classer les Gardiens comme organisation terroriste »: asked "
               "for, proposed; « organisation terroriste » is a predicate, not a mention."),
    event("e-consequences", "Event", "Iran would bear the consequences of any escalation", ("subirait", None),
          [("recipient", IRAN)], status="hypothetical", according_to=[HAGARI],
          note="« a averti que Téhéran « subirait les conséquences » de toute escalade »: a conditional in reported "
               "speech, hypothetical. « toute escalade » has no actor written: no event."),
    event("e-india-release", "Event", "The release of the Indian sailors India seeks from the Iranian authorities",
          ("libération", "obtenir leur libération"), [("agent", IR_AUTH), ("recipient", INDIANS)],
          status="proposed", according_to=[INDIA],
          note="« New Delhi a dit être « en contact » avec les autorités iraniennes pour obtenir leur libération »: "
               "the release sought, not granted: proposed. « leur » is the seventeen Indians of the sentence before "
               "(a possessive, not a mention); the authorities would release them."),
    event("e-summons", "Event", "Portugal will summon the Iranian ambassador on Monday", ("convoquera", None),
          [("agent", PORTUGAL), ("recipient", AMBASSADOR)], status="planned", time="t-monday",
          according_to=[PT_MFA],
          note="« Lisbonne convoquera lundi l’ambassadeur d’Iran, a annoncé le ministère portugais des Affaires "
               "étrangères »: a future, planned; Lisbon stands for Portugal (the flag state)."),
    event("e-wh-release", "Event", "The release of the crew the White House demands", ("libération",
          "la libération « immédiate »"), [("recipient", CREW)], status="proposed", according_to=[WHITE_HOUSE],
          note="« la Maison Blanche a exigé la libération « immédiate » de l’équipage »: demanded, proposed; who "
               "should release the crew is not written in the sentence, so the crew only. Its place is not "
               "Washington (where the demand is made)."),
    event("e-attack", "Event", "An Iranian attack on Israel that Biden expects « sooner rather than later »",
          ("attaque", None), [("agent", IRAN), ("recipient", ISRAEL)], status="hypothetical", time="t-sooner",
          according_to=[BIDEN],
          note="« qu’il s’attendait à une attaque iranienne contre Israël « plus tôt que tard » »: an expectation, "
               "hypothetical, according to Biden; Iran the agent from the adjective (as « Un drone russe » in gold), "
               "Israel the target. Not merged with the region's feared reprisals or Tehran's promised revenge: each "
               "is told by a different source with a different status."),
    event("e-revenge", "Event", "Iran's promised revenge for the Damascus strike", ("venger", None),
          [("agent", IRAN)], status="planned", according_to=[IRAN],
          note="« Téhéran a promis de venger la frappe »: promised, planned (as « a promis une riposte » in gold); "
               "what is avenged is the strike, an event, not a role."),
    event("e-destruction", "Event", "The strike destroyed the consular annex of the Iranian embassy on 1 April",
          ("avait détruit", None), [("recipient", CONSULATE)], place=DAMASCUS, time="t-april-1",
          part_of="e-consulate-strike",
          note="« la frappe ... qui avait détruit le 1er avril l’annexe consulaire de son ambassade en Syrie »: a "
               "relative pluperfect whose subject is the strike (an event); the annex is « son consulat » of the "
               "lede; Damascus from the lede."),
    event("e-killing", "Event", "Seven Revolutionary Guards, two generals among them, killed by the strike",
          ("tuant", None), [("recipient", KILLED)], place=DAMASCUS, time="t-april-1", part_of="e-consulate-strike",
          note="« tuant sept membres des Gardiens, dont deux généraux »: a participle of consequence, part of the "
               "strike, on its day (as « tuant au moins neuf civils » in gold)."),
    event("e-riposte", "Event", "An Iranian riposte, in the Russian ministry's view", ("riposte", None),
          [("agent", IRAN)], status="hypothetical", according_to=[RU_MFA],
          note="« estimé qu’une riposte iranienne pourrait embraser le Moyen-Orient »: the riposte is the subject of a "
               "conditional, hypothetical; Iran from the adjective."),
    event("e-blaze", "Event", "The riposte could set the Middle East ablaze", ("embraser", None),
          [("recipient", MIDEAST)], status="hypothetical", according_to=[RU_MFA],
          note="« pourrait embraser le Moyen-Orient »: hypothetical; its subject is the riposte (an event)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-region-fear", "Statement", "The region fears Iranian reprisals", MIDEAST, ("redoute", None), [],
           about=["e-reprisals"],
           note="« au moment où la région redoute des représailles de Téhéran »: a fear given to « la région » (the "
                "Middle East), a stance without a quote, as « Berlin craint » in gold."),
    speech("s-irna", "Report", "Irna reports the ship was taken to Iranian waters", IRNA, ("a rapporté", None),
           [("a été conduit vers les eaux territoriales", None)], about=["e-descent", "e-conducted"],
           evidence=("Des commandos", "agence officielle Irna."),
           note="The source after the clause covers the whole sentence. The quote stops before « iraniennes », "
                "which stands outside the guillemets. No weekday written for the report: no time."),
    speech("s-msc", "Report", "MSC says the ship belongs to a company linked to Eyal Ofer", MSC, ("selon", None), [],
           note="« selon l’armateur MSC »: the ownership is a state (« appartient »), not an event, so the report is "
                "about no event."),
    speech("s-katz-piracy", "Statement", "Israel Katz denounces Iran's « piracy operation »", KATZ,
           ("a dénoncé", None),
           [("L’Iran est un régime criminel qui mène aujourd’hui une opération de piraterie", None)],
           about=["e-seizure"],
           note="A quote first; « une opération de piraterie » restates the seizure (no new event, as « une « "
                "provocation » » in gold); « aujourd’hui » is the day he speaks but is inside the quote and dates the "
                "operation, so the speech act gets no time."),
    speech("s-katz-request", "Statement", "Katz asks the EU to list the Revolutionary Guards as terrorists", KATZ,
           ("a demandé", None), [], addressee=EU, about=["e-eu-listing"],
           note="« Il a demandé à l’Union européenne de classer ... »: « Il » is Katz; no quote."),
    speech("s-hagari-warning", "Warning", "Daniel Hagari warns Iran will « bear the consequences »", HAGARI,
           ("a averti", None), [("subirait les conséquences", None)], about=["e-consequences"],
           note="« a averti que Téhéran « subirait les conséquences » de toute escalade »: a warning about Iran, not "
                "addressed to it in the text: no addressee."),
    speech("s-india-contact", "Statement", "India says it is « in contact » with the Iranian authorities", INDIA,
           ("a dit", None), [("en contact", None)], about=["e-india-release"],
           note="« New Delhi a dit être « en contact » avec les autorités iraniennes »: New Delhi is India."),
    speech("s-portugal-mfa", "Statement", "The Portuguese foreign ministry announces the summons", PT_MFA,
           ("a annoncé", None), [], about=["e-summons"],
           note="A source after the clause; no time written for the announcement."),
    speech("s-wh-demand", "Statement", "The White House demands the crew's « immediate » release", WHITE_HOUSE,
           ("a exigé", None), [("immédiate", None)], place=WASHINGTON, about=["e-wh-release"],
           note="« À Washington » fronted: the city where it speaks (as in gold); « Maison Blanche » a metonym of the "
                "US presidency."),
    speech("s-watson-piracy", "Statement", "Adrienne Watson: seizing a commercial ship is an act of piracy", WATSON,
           ("a déclaré", None),
           [("Saisir un navire commercial sans provocation", None), ("est un acte de piraterie.", None)],
           evidence=("« Saisir un navire", "acte de piraterie. »"), place=WASHINGTON, about=["e-seizure"],
           note="One pair of guillemets split around « a déclaré sa porte-parole Adrienne Watson, »: one speech act, "
                "two quotes, the second with its full stop. « sa » is the White House's; the title before the name "
                "is part of the name's phrase. « Saisir un navire commercial » states a rule that the seizure is "
                "held to break: no new event. Still in the paragraph fronted by « À Washington »."),
    speech("s-biden-warning", "Warning", "Joe Biden warned on Friday he expected an Iranian attack on Israel",
           BIDEN, ("avait prévenu", None), [("plus tôt que tard", None)], time="t-friday", about=["e-attack"],
           note="« avait prévenu vendredi qu’il s’attendait à une attaque ... « plus tôt que tard » »: a pluperfect "
                "warning on a past weekday; « il » is Biden."),
    speech("s-tehran-promise", "Warning", "Tehran promises to avenge the Damascus strike", IRAN, ("a promis", None),
           [], about=["e-revenge", "e-consulate-strike"],
           note="« Téhéran a promis de venger la frappe »: a promise of retaliation is a Warning (as « a aussitôt "
                "promis une riposte » in gold). No time written."),
    speech("s-israel-no-claim", "SpeechAct", "Israel never claimed the Damascus strike", ISRAEL,
           ("n’a jamais revendiqué", None), [], status="negated", about=["e-consulate-strike"],
           note="« Israël n’a jamais revendiqué ce raid »: a claim is a speech act (as « Kiev n’a pas revendiqué "
                "l’opération » in gold), here negated; « ce raid » restates the strike."),
    speech("s-beijing-restraint", "Statement", "Beijing calls for restraint", CHINA, ("ont appelé", None), [],
           note="« Pékin et Moscou ont appelé à la retenue »: two metonyms, one verb: two speech acts with one "
                "trigger (as the joint speech of gold). Restraint has no actor written: no event, so about nothing."),
    speech("s-moscow-restraint", "Statement", "Moscow calls for restraint", RUSSIA, ("ont appelé", None), [],
           note="The other half of « Pékin et Moscou ont appelé à la retenue »."),
    speech("s-china-exhorts", "Statement", "China urges « all parties » to avoid an escalation", CHINA,
           ("exhorte", None), [("toutes les parties", None)], according_to=[CN_SPOKESWOMAN],
           note="« La Chine ... exhorte « toutes les parties » à éviter une escalade »: China's words as its "
                "spokeswoman gives them (« a indiqué une porte-parole de sa diplomatie »), so China the speaker "
                "and the spokeswoman in according_to. « une escalade » has no actor: no event."),
    speech("s-china-spokeswoman", "Statement", "A Chinese foreign ministry spokeswoman: China « follows closely »",
           CN_SPOKESWOMAN, ("a indiqué", None), [("suit de près", None)], about=["s-china-exhorts"],
           note="The source after the clause; « suit de près » (a stance, not an event) is her wording of China's "
                "position, so this quote is hers; the second pair of guillemets belongs to s-china-exhorts. « sa "
                "diplomatie » is China's foreign ministry, annotated inside her phrase."),
    speech("s-russia-mfa", "Statement", "The Russian foreign ministry says an Iranian riposte could set the region "
           "ablaze", RU_MFA, ("estimé", None), [], about=["e-riposte", "e-blaze"],
           note="« Le ministère russe des Affaires étrangères a, lui, estimé qu’une riposte iranienne pourrait "
                "embraser le Moyen-Orient »: emphatic « lui » (a pronoun of the ministry); no quote."),
    speech("s-russia-no-condemnation", "SpeechAct", "The Russian foreign ministry does not condemn the seizure",
           RU_MFA, ("condamner", None), [], status="negated", about=["e-seizure"],
           note="« sans condamner la saisie du navire »: a negated speech act (as « sans évoquer » in gold); « la "
                "saisie » restates the seizure."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
