"""Held-out annotation of chute-assad-damas-2024-12-08.txt (written for the twentieth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/chute-assad-damas-2024-12-08.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/chute-assad-damas-2024-12-08.annotation.src.py --check

From held-out set 20 (moved to gold in session 18; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "chute-assad-damas-2024-12-08.txt"

NOTE = """\
Held-out-20 article: Syrian rebels led by Hayat Tahrir al-Sham (HTS) enter Damascus on Sunday 8 December 2024 and \
proclaim the fall of Bashar al-Assad, who has fled the capital after twenty-four years in power; on state television \
the insurgents announce the liberation of Damascus at the end of a lightning offensive launched from Idlib province on \
27 November; Moscow first says Assad left Syria after negotiations with the parties to the conflict, its foreign \
ministry that Russia took no part in them, and in the evening a Kremlin source quoted by TASS says he has arrived in \
Moscow and been granted asylum on humanitarian grounds; Prime Minister Mohammad Ghazi al-Jalali says he is ready to \
hand power to a government chosen by the people and does not intend to leave; HTS's chief Abu Mohammed al-Jolani \
orders his fighters to protect the public institutions until their official handover; Ankara calls for an orderly \
transition and Hakan Fidan, speaking from Doha where he had met Sergey Lavrov and Abbas Araghchi on Saturday, says \
Syria needs stability; Tehran says it respects the will of the Syrian people; the White House says Joe Biden follows \
events closely; António Guterres sees a historic opportunity and calls for calm; the Security Council may meet on \
Monday, according to diplomats. Published Sunday 8 December 2024 (the file gives the day). The entry into Damascus, \
Assad's flight, the offensive from Idlib, Moscow's statements, the asylum, al-Jalali's offer and the Doha meeting \
follow the real events loosely; the exact quotes, the order of the day's statements, Jolani's order, Fidan's and \
Tehran's words, the White House's wording, Guterres's words and the Council meeting on Monday are partly invented.
What it exercises: an entry on the publication day joined by « et » to a proclamation of a nominal fall with a \
relative flight and a duration (« sont entrés dimanche à Damas et ont proclamé la chute de Bachar al-Assad, qui a \
fui la capitale après vingt-quatre ans au pouvoir »: the proclamation a speech act with no quote, « la capitale » \
Damascus, the duration attached to nothing); a quote first with « Nous » for the rebels, a nominal liberation and \
the fall restated with a role noun after a fused « du » (« la chute du tyran »), sourced after the clause to a \
plural role noun (« ont déclaré les insurgés à la télévision publique »: the television the medium) and an apposed \
nominal offensive with a passive participle, a date without a year and an origin (« au terme d’une offensive \
éclair lancée le 27 novembre depuis la province d’Idleb »); a metonym's completive pluperfect with a quoted \
prepositional phrase and « d’abord » (no time) (« Moscou a d’abord affirmé que le président déchu avait quitté la \
Syrie « après des négociations » avec les parties au conflit »: a departure, a nominal negotiation, a plural phrase \
that is no mention); a quote first with a negated participation by a country's name under a ministry; « Dans la \
soirée » over an anonymous source inside an institution relayed by an agency (« une source au Kremlin citée par \
l’agence TASS a indiqué que »: the source's Statement according to TASS, TASS's Report) with two pluperfect \
completives joined by « et que » (an arrival in Moscow, the city; an asylum granted by « la Russie » with a dative \
« lui ») and a quoted purpose; a role noun and a name in apposition with « s’est dit prêt à remettre le pouvoir à \
un gouvernement « choisi par le peuple » » (the handover proposed, the choice hypothetical); a quote first with « \
Je », « moi » and a negated intention (« je n’ai pas l’intention de partir »: the departure negated) and « a-t-il \
affirmé »; a role noun holding an organisation's acronym with a name in apposition and an order to a possessive \
group with a quoted nominal handover (« a ordonné à ses combattants de protéger les institutions publiques jusqu’à \
leur « remise officielle » »: both planned, as an instruction in gold); a metonym with a relative present support (« \
Ankara, qui soutient une partie de la rébellion ») and a call with a one-word quote (the transition proposed); a \
quote that begins after its subject, a country's name that is not the speaker (« La Syrie « a besoin de stabilité \
», a estimé le ministre turc des Affaires étrangères, Hakan Fidan, depuis Doha »: Fidan the speaker, Doha the \
place of the words) and a relative pluperfect meeting on a past weekday with a linked name and a possessive role \
noun with a name in apposition (« où il avait rencontré samedi Sergueï Lavrov et son homologue iranien, Abbas \
Araghchi »); a metonym with a role noun in apposition holding two other metonyms (« Téhéran, principal allié de \
Damas avec Moscou »: « Damas » Syria, « Moscou » Russia) and « a dit respecter » with a quoted noun phrase; « À \
Washington » (the city) with a building metonym, « a fait savoir que » and a title right before a name (« le \
président Joe Biden suivait « de près » les événements »); a role noun holding « l’ONU » with a name in apposition \
and two verbs joined by « et » (« a estimé que ... une « occasion historique », et appelé au calme »: two speech \
acts, the calm proposed); a conditional meeting on a future weekday told by a plural anonymous source after the \
clause (« pourrait se réunir lundi, selon des diplomates »: hypothetical).
Places and metonyms. « Damas » is the city where the rebels enter and in « la ville de Damas » (« ville » a title \
before the name, only « Damas » annotated), and Syria in « principal allié de Damas » (a metonym: the state whose \
ally Iran is). « la capitale » is Damascus (a nominal mention of the city). « Moscou » is Russia (Q159) when it \
affirms and when it is Damascus's ally, and the city (Q649) where Assad arrives. « Ankara » is Turkey and « \
Téhéran » Iran (local metonyms); « Washington » after « À » is the city (Q61), the place of the White House's \
statement; « Maison Blanche » is the presidency (a local metonym, as in gold). « Doha » is the city, the place of \
Fidan's words and of the Saturday meeting (« où »). « la province d’Idleb » is a name (as « région de Moscou » in the \
bundled article), without its determiner, the place the offensive was launched from.
Mentions. The rebels are one local group: « Les rebelles syriens », « Nous », « les insurgés », « la rébellion » \
(inside « une partie de la rébellion », which is no mention of its own). HTS is an organisation of its own (« Hayat \
Tahrir al-Cham » after the title « le groupe », « HTS » twice); the fighters Jolani commands (« ses combattants ») \
are a local group distinct from the whole rebellion. Assad: « Bachar al-Assad », « tyran » (fused « du »), « le \
président déchu », « Assad » in « M. Assad », « lui ». Al-Jalali: « Le Premier ministre » (in apposition), his \
name, « Je », « moi », « je », « il » in « a-t-il ». « le peuple », « peuple syrien » (fused « du ») and « les \
Syriens » are one group (as « peuple chinois » in gold). « un gouvernement » (the future government, recipient of \
the handover, non-specific like « Des munitions » in the bundled article) and « les institutions publiques » (the \
theme of the order) are annotated; « une source au Kremlin » is a local person and « Kremlin » inside it the \
institution (Q2060629). « principal allié de Damas » is Iran (a role noun in apposition). Not mentions: « les parties \
au conflit » (a plural phrase), « des négociations » and « ces négociations » (an event), « le pouvoir », « les \
événements », « une transition », « une partie de la rébellion », « leur » (a possessive), « où » (a relative \
pronoun).
Statuses. The entry, the fall, the flight, the liberation (according to the rebels), the offensive, Assad's \
departure and the negotiations (according to Russia), the arrival and the asylum (according to the Kremlin source and \
TASS), Turkey's support, the Doha meeting and Biden's following of events occurred; Russia's participation in the \
negotiations and al-Jalali's departure are negated; the handover of power, the orderly transition and the calm are \
proposed; the protection of the institutions and their official handover are planned (an order, as « Il a chargé \
le gouvernement d’aider » in gold); the choice of a government by the people, the Security Council meeting are \
hypothetical. The fall is stated in the article's own voice too (« le président déchu »), so it has no according_to.
Times. « dimanche » is the publication day, Sunday 8 December 2024; « vingt-quatre ans » a duration attached to \
nothing; « le 27 novembre » 27 November 2024 (the publication year); « Dans la soirée » the evening of the \
publication day; « samedi » the Saturday before, 7 December 2024; « lundi » the Monday after, 9 December 2024. « \
d’abord », « désormais » are no times. Statements with no weekday (the insurgents' television statement, Moscow's, \
the ministry's, al-Jalali's, Jolani's, Ankara's, Fidan's, Tehran's, the White House's, Guterres's) have no time.
Linked: Russia, Moscow (the city), the Russian foreign ministry, the Kremlin, TASS, Lavrov, Washington (the city), \
the UN, Guterres and the Security Council. The rebels, HTS, Damascus, Assad, the state television, Idlib province, \
Syria, the Kremlin source, al-Jalali, the future government, the Syrian people, Jolani, his fighters, the public \
institutions, Turkey, Fidan, Doha, Araghchi, Iran, the White House, Biden and the diplomats are not in ids.tsv: \
local, unlinked."""

RUSSIA, MOSCOW, RU_MFA, KREMLIN, TASS, LAVROV = "Q159", "Q649", "Q789889", "Q2060629", "Q223799", "Q58217"
WASHINGTON, UN, GUTERRES, UNSC = "Q61", "Q1065", "Q311440", "Q37470"
REBELS, HTS, DAMASCUS, ASSAD, STATE_TV = "local:syrian-rebels", "local:hts", "local:damascus", \
    "local:bashar-al-assad", "local:syrian-state-television"
IDLIB, SYRIA, KREMLIN_SOURCE, JALALI = "local:idlib-province", "local:syria", "local:kremlin-source", \
    "local:mohammad-ghazi-al-jalali"
FUTURE_GOV, PEOPLE, JOLANI, FIGHTERS = "local:future-syrian-government", "local:syrian-people", \
    "local:abu-mohammed-al-jolani", "local:hts-fighters"
INSTITUTIONS, TURKEY, FIDAN, DOHA = "local:syrian-public-institutions", "local:turkey", "local:hakan-fidan", \
    "local:doha"
ARAGHCHI, IRAN, WHITE_HOUSE, BIDEN, DIPLOMATS = "local:abbas-araghchi", "local:iran", "local:white-house", \
    "local:joe-biden", "local:diplomats"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (REBELS, "rebelles syriens", "Syrian rebels", "group",
     {"description": "la coalition rebelle emmenée par Hayat Tahrir al-Cham, entrée à Damas le 8 décembre 2024",
      "unlinked_reason": "a coalition of armed groups, not one Wikidata item"}),
    (HTS, "Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham", "organization",
     {"description": "groupe armé islamiste syrien (HTS), à la tête de la rébellion", "unlinked_reason": NOT_VERIFIED}),
    (DAMASCUS, "Damas", "Damascus", "place",
     {"description": "capitale de la Syrie", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (ASSAD, "Bachar al-Assad", "Bashar al-Assad", "person",
     {"description": "président de la Syrie, renversé le 8 décembre 2024", "unlinked_reason": NOT_VERIFIED}),
    (STATE_TV, "télévision publique syrienne", "Syrian state television", "organization",
     {"description": "la télévision d’État, sur laquelle les insurgés ont parlé", "unlinked_reason": NOT_VERIFIED}),
    (IDLIB, "province d’Idleb", "Idlib Governorate", "place",
     {"description": "province du nord-ouest de la Syrie, d’où l’offensive a été lancée",
      "unlinked_reason": NOT_VERIFIED}),
    (SYRIA, "Syrie", "Syria", "country",
     {"description": "aussi désignée par « Damas » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (KREMLIN_SOURCE, "une source au Kremlin", "a Kremlin source", "person",
     {"description": "une source anonyme de la présidence russe, citée par TASS",
      "unlinked_reason": "an anonymous source with no Wikidata item"}),
    (JALALI, "Mohammad Ghazi al-Jalali", "Mohammad Ghazi al-Jalali", "person",
     {"description": "Premier ministre de la Syrie", "unlinked_reason": NOT_VERIFIED}),
    (FUTURE_GOV, "un gouvernement choisi par le peuple", "a government chosen by the people", "organization",
     {"description": "le futur gouvernement syrien auquel le Premier ministre se dit prêt à remettre le pouvoir",
      "unlinked_reason": "a government that does not exist yet, not one Wikidata item"}),
    (PEOPLE, "peuple syrien", "Syrian people", "group",
     {"description": "le peuple syrien, aussi « les Syriens »", "unlinked_reason": "a people, not one verified item"}),
    (JOLANI, "Abou Mohammed al-Jolani", "Abu Mohammad al-Julani", "person",
     {"description": "chef de Hayat Tahrir al-Cham", "unlinked_reason": NOT_VERIFIED}),
    (FIGHTERS, "combattants de HTS", "HTS fighters", "group",
     {"description": "les combattants sous les ordres d’Abou Mohammed al-Jolani",
      "unlinked_reason": "an unnamed group of fighters, not one Wikidata item"}),
    (INSTITUTIONS, "institutions publiques syriennes", "Syrian public institutions", "group",
     {"description": "les institutions de l’État syrien que les combattants doivent protéger",
      "unlinked_reason": "an unspecified set of institutions, not one Wikidata item"}),
    (TURKEY, "Turquie", "Turkey", "country",
     {"description": "aussi désignée par « Ankara » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (FIDAN, "Hakan Fidan", "Hakan Fidan", "person",
     {"description": "ministre turc des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (DOHA, "Doha", "Doha", "place",
     {"description": "capitale du Qatar", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (ARAGHCHI, "Abbas Araghchi", "Abbas Araghchi", "person",
     {"description": "ministre iranien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (IRAN, "Iran", "Iran", "country",
     {"description": "aussi désigné par « Téhéran » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House (the US presidency)", "organization",
     {"unlinked_reason": NOT_VERIFIED}),
    (BIDEN, "Joe Biden", "Joe Biden", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (DIPLOMATS, "des diplomates", "diplomats", "group",
     {"description": "diplomates anonymes, sources de l’article", "class_qid": "Q193391",
      "unlinked_reason": "an anonymous group of sources, not one Wikidata item"}),
]

DESCRIPTIONS = {
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    MOSCOW: "la ville où Bachar al-Assad est arrivé",
    WASHINGTON: "la ville d’où parle la Maison Blanche",
    TASS: "l’agence qui cite une source au Kremlin",
}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Les rebelles syriens emmenés par le groupe Hayat Tahrir al-Cham (HTS) sont entrés dimanche à Damas ...
    ("Les rebelles syriens", None, REBELS, "nominal"),
    ("Hayat Tahrir al-Cham", None, HTS, "name"),
    ("HTS", 1, HTS, "name"),
    ("Damas", "entrés dimanche à Damas", DAMASCUS, "name"),
    ("Bachar al-Assad", None, ASSAD, "name"),
    ("la capitale", None, DAMASCUS, "nominal"),
    # « Nous annonçons la libération de la ville de Damas et la chute du tyran », ont déclaré les insurgés ...
    ("Nous", None, REBELS, "pronoun"),
    ("Damas", "la ville de Damas", DAMASCUS, "name"),
    ("tyran", None, ASSAD, "nominal"),
    ("les insurgés", None, REBELS, "nominal"),
    ("la télévision publique", None, STATE_TV, "nominal"),
    ("province d’Idleb", None, IDLIB, "name"),
    # Moscou a d’abord affirmé que le président déchu avait quitté la Syrie « après des négociations » ...
    ("Moscou", "Moscou a d’abord", RUSSIA, "metonym"),
    ("le président déchu", None, ASSAD, "nominal"),
    ("Syrie", "quitté la Syrie", SYRIA, "name"),
    # « La Russie n’a pas participé à ces négociations », a précisé le ministère russe des Affaires étrangères.
    ("Russie", "La Russie n’a pas", RUSSIA, "name"),
    ("le ministère russe des Affaires étrangères", None, RU_MFA, "nominal"),
    # Dans la soirée, une source au Kremlin citée par l’agence TASS a indiqué que M. Assad était arrivé à Moscou ...
    ("une source au Kremlin", None, KREMLIN_SOURCE, "nominal"),
    ("Kremlin", None, KREMLIN, "metonym"),
    ("TASS", None, TASS, "name"),
    ("Assad", "M. Assad", ASSAD, "name"),
    ("Moscou", "arrivé à Moscou", MOSCOW, "name"),
    ("Russie", "la Russie lui", RUSSIA, "name"),
    ("lui", "la Russie lui", ASSAD, "pronoun"),
    # Le Premier ministre, Mohammad Ghazi al-Jalali, s’est dit prêt à remettre le pouvoir à un gouvernement ...
    ("Le Premier ministre", None, JALALI, "nominal"),
    ("Mohammad Ghazi al-Jalali", None, JALALI, "name"),
    ("un gouvernement", None, FUTURE_GOV, "nominal"),
    ("le peuple", None, PEOPLE, "nominal"),
    # « Je suis chez moi et je n’ai pas l’intention de partir », a-t-il affirmé.
    ("Je", "« Je suis", JALALI, "pronoun"),
    ("moi", None, JALALI, "pronoun"),
    ("je", "je n’ai pas", JALALI, "pronoun"),
    ("il", "a-t-il affirmé", JALALI, "pronoun"),
    # Le chef de HTS, Abou Mohammed al-Jolani, a ordonné à ses combattants de protéger les institutions publiques ...
    ("Le chef de HTS", None, JOLANI, "nominal"),
    ("HTS", "Le chef de HTS", HTS, "name"),
    ("Abou Mohammed al-Jolani", None, JOLANI, "name"),
    ("ses combattants", None, FIGHTERS, "nominal"),
    ("les institutions publiques", None, INSTITUTIONS, "nominal"),
    # Ankara, qui soutient une partie de la rébellion, a appelé à une transition « ordonnée ».
    ("Ankara", None, TURKEY, "metonym"),
    ("la rébellion", None, REBELS, "nominal"),
    # La Syrie « a besoin de stabilité », a estimé le ministre turc ..., Hakan Fidan, depuis Doha, où il avait ...
    ("Syrie", "La Syrie « a besoin", SYRIA, "name"),
    ("le ministre turc des Affaires étrangères", None, FIDAN, "nominal"),
    ("Hakan Fidan", None, FIDAN, "name"),
    ("Doha", None, DOHA, "name"),
    ("il", "où il avait", FIDAN, "pronoun"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    ("son homologue iranien", None, ARAGHCHI, "nominal"),
    ("Abbas Araghchi", None, ARAGHCHI, "name"),
    # Téhéran, principal allié de Damas avec Moscou, a dit respecter « la volonté du peuple syrien ».
    ("Téhéran", None, IRAN, "metonym"),
    ("principal allié de Damas", None, IRAN, "nominal"),
    ("Damas", "allié de Damas", SYRIA, "metonym"),
    ("Moscou", "avec Moscou", RUSSIA, "metonym"),
    ("peuple syrien", None, PEOPLE, "nominal"),
    # À Washington, la Maison Blanche a fait savoir que le président Joe Biden suivait « de près » les événements.
    ("Washington", None, WASHINGTON, "name"),
    ("Maison Blanche", None, WHITE_HOUSE, "metonym"),
    ("Joe Biden", None, BIDEN, "name"),
    # Le secrétaire général de l’ONU, António Guterres, a estimé que les Syriens avaient ... et appelé au calme.
    ("Le secrétaire général de l’ONU", None, GUTERRES, "nominal"),
    ("ONU", None, UN, "name"),
    ("António Guterres", None, GUTERRES, "name"),
    ("les Syriens", None, PEOPLE, "nominal"),
    # Le Conseil de sécurité pourrait se réunir lundi, selon des diplomates.
    ("Conseil de sécurité", None, UNSC, "name"),
    ("des diplomates", None, DIPLOMATS, "nominal"),
]

PUB_DAY = "The publication day, Sunday 8 December 2024 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-sunday", ("dimanche", None), "2024-12-08", "day", "weekday-publication-day",
     "« sont entrés dimanche à Damas et ont proclamé »: one weekday for both verbs joined by « et ». " + PUB_DAY),
    ("t-24-years", ("vingt-quatre ans", None), None, "duration", "explicit-duration",
     "« après vingt-quatre ans au pouvoir »: a duration (Assad's rule, from 2000); no event of its own, so it is "
     "attached to nothing."),
    ("t-november-27", ("le 27 novembre", None), "2024-11-27", "day", "day-month-publication-year",
     "« lancée le 27 novembre »: a day and month without a year, before the publication day in the same year: 27 "
     "November 2024."),
    ("t-evening", ("Dans la soirée", None), "2024-12-08", "day", "part-of-day",
     "« Dans la soirée, une source au Kremlin ... a indiqué »: the evening of the publication day, Sunday 8 December "
     "2024."),
    ("t-saturday", ("samedi", None), "2024-12-07", "day", "weekday-past",
     "Pluperfect « où il avait rencontré samedi »: the Saturday before the publication day, 7 December 2024."),
    ("t-monday", ("lundi", None), "2024-12-09", "day", "weekday-future",
     "Conditional « pourrait se réunir lundi »: the Monday after the publication day, 9 December 2024."),
]

LEDE_EVIDENCE = ("Les rebelles syriens", "au pouvoir.")
TV_EVIDENCE = ("« Nous annonçons", "la province d’Idleb.")
MOSCOW_EVIDENCE = ("Moscou a d’abord", "parties au conflit.")
SOURCE_EVIDENCE = ("Dans la soirée", "raisons humanitaires ».")
FIDAN_EVIDENCE = ("La Syrie « a besoin", "Abbas Araghchi.")
GUTERRES_EVIDENCE = ("Le secrétaire général de l’ONU", "appelé au calme.")

EVENTS: list[dict[str, Any]] = [
    event("e-entry", "Event", "Syrian rebels led by HTS enter Damascus on Sunday", ("sont entrés", None),
          [("agent", REBELS)], place=DAMASCUS, time="t-sunday", evidence=LEDE_EVIDENCE,
          note="« Les rebelles syriens emmenés par le groupe Hayat Tahrir al-Cham (HTS) sont entrés dimanche à "
               "Damas »: in the article's own voice; Damascus is the city entered, the place. « emmenés par » says "
               "who leads the rebels, a relation and no event of its own; HTS is not a second agent (the rebels "
               "enter)."),
    event("e-fall", "Event", "The fall of Bashar al-Assad", ("chute", "proclamé la chute"),
          [("agent", REBELS), ("recipient", ASSAD)], evidence=LEDE_EVIDENCE,
          note="« ont proclamé la chute de Bachar al-Assad »: a nominal event, the overthrow, with the rebels as the "
               "ones who bring it about and Assad as its target (as the coup in gold, agent the putschists, "
               "recipient the president). Proclaimed by the rebels but also stated in the article's own voice (« le "
               "président déchu », « qui a fui »): occurred, no according_to. Restated by « la chute du tyran » in the "
               "rebels' quote (no second event). No time word belongs to the noun itself: no time."),
    event("e-flight", "Event", "Bashar al-Assad flees Damascus", ("a fui", None), [("agent", ASSAD)],
          place=DAMASCUS, evidence=LEDE_EVIDENCE,
          note="« qui a fui la capitale après vingt-quatre ans au pouvoir »: a relative clause in the article's voice; "
               "the city left is the place (as « a quitté Hanoï » in gold). « après vingt-quatre ans au pouvoir » "
               "dates it by a duration of rule, not by a day: no time."),
    event("e-liberation", "Event", "The rebels announce the liberation of Damascus", ("libération", None),
          [("agent", REBELS)], place=DAMASCUS, according_to=[REBELS], evidence=TV_EVIDENCE,
          note="« Nous annonçons la libération de la ville de Damas »: the rebels' word for their taking of the "
               "city, told by them (according_to); « Nous » is the rebels."),
    event("e-offensive", "Event", "The rebels' lightning offensive launched on 27 November from Idlib province",
          ("offensive", None), [("agent", REBELS)], place=IDLIB, time="t-november-27", evidence=TV_EVIDENCE,
          note="« au terme d’une offensive éclair lancée le 27 novembre depuis la province d’Idleb »: a nominal event "
               "with a passive participle that dates its start; the agent (the insurgents) is not written in the "
               "phrase but follows from « au terme de » after their statement. Its place is where it was launched "
               "from (« depuis »), the only place the phrase gives. « lancée » is the start of the offensive, not a "
               "second event."),
    event("e-assad-left-syria", "Event", "Bashar al-Assad left Syria", ("avait quitté", None), [("agent", ASSAD)],
          place=SYRIA, according_to=[RUSSIA], evidence=MOSCOW_EVIDENCE,
          note="« Moscou a d’abord affirmé que le président déchu avait quitté la Syrie »: a completive pluperfect "
               "told by Russia (« Moscou », a metonym); the country left is the place."),
    event("e-negotiations", "Meeting", "Negotiations between Bashar al-Assad and the parties to the conflict",
          ("négociations", "« après des négociations »"), [("participant", ASSAD)], according_to=[RUSSIA],
          evidence=MOSCOW_EVIDENCE,
          note="« « après des négociations » avec les parties au conflit »: talks (a Meeting, as « discussions » in "
               "the bundled article) that came before the departure; « les parties au conflit » is a plural phrase, "
               "no mention, so Assad is the only participant written. Restated as « ces négociations »."),
    event("e-russia-not-in-talks", "Event", "Russia took no part in the negotiations", ("participé", None),
          [("participant", RUSSIA)], status="negated", according_to=[RU_MFA],
          note="« La Russie n’a pas participé à ces négociations »: negated, told by the foreign ministry."),
    event("e-arrival", "Event", "Bashar al-Assad arrived in Moscow", ("était arrivé", None), [("agent", ASSAD)],
          place=MOSCOW, according_to=[KREMLIN_SOURCE, TASS], evidence=SOURCE_EVIDENCE,
          note="« a indiqué que M. Assad était arrivé à Moscou »: Moscow is the city here (the place). Told by the "
               "Kremlin source, whom TASS quotes. Not a Visit: a flight to asylum. « Dans la soirée » dates the "
               "source's words, not the arrival: no time."),
    event("e-asylum", "Event", "Russia grants Bashar al-Assad asylum on humanitarian grounds", ("avait accordé", None),
          [("agent", RUSSIA), ("recipient", ASSAD)], according_to=[KREMLIN_SOURCE, TASS], evidence=SOURCE_EVIDENCE,
          note="« et que la Russie lui avait accordé l’asile « pour des raisons humanitaires » »: « lui » (Assad) is "
               "the recipient; « l’asile » is what is granted, no entity. The quoted purpose is the source's words."),
    event("e-handover-power", "Event", "Mohammad Ghazi al-Jalali to hand over power to a government chosen by the "
          "people", ("remettre", None), [("agent", JALALI), ("recipient", FUTURE_GOV)], status="proposed",
          according_to=[JALALI],
          note="« s’est dit prêt à remettre le pouvoir à un gouvernement « choisi par le peuple » »: an offer, not "
               "yet done (as « s’est dit prêt à reprendre le dialogue », proposed, in gold). « le pouvoir » is no "
               "entity; « un gouvernement » the non-specific recipient."),
    event("e-choice", "Event", "The Syrian people to choose a government", ("choisi", None),
          [("agent", PEOPLE), ("recipient", FUTURE_GOV)], status="hypothetical", according_to=[JALALI],
          note="« un gouvernement « choisi par le peuple » »: a passive participle with its agent describing a "
               "government that does not exist yet: hypothetical. The chosen government is the recipient, as a "
               "person elected is in gold (« élu »)."),
    event("e-jalali-no-leaving", "Event", "Mohammad Ghazi al-Jalali does not intend to leave", ("partir", None),
          [("agent", JALALI)], status="negated", according_to=[JALALI],
          note="« je n’ai pas l’intention de partir »: a negated intention; the departure is negated, told by the "
               "prime minister himself. « Je suis chez moi » is a state, no event."),
    event("e-protect-institutions", "Event", "HTS fighters to protect the public institutions", ("protéger", None),
          [("agent", FIGHTERS), ("theme", INSTITUTIONS)], status="planned", according_to=[JOLANI],
          note="« a ordonné à ses combattants de protéger les institutions publiques »: an order from a commander to "
               "his own men, planned (as « Il a chargé le gouvernement d’aider », planned, in gold)."),
    event("e-institutions-handover", "Event", "The official handover of the public institutions",
          ("remise", "remise officielle"), [("agent", JALALI), ("theme", INSTITUTIONS)], status="planned",
          according_to=[JOLANI],
          note="« jusqu’à leur « remise officielle » »: a nominal handover still to come, the end of the protection "
               "ordered: planned. « leur » (the institutions) is a possessive, no mention. Who hands them over is not "
               "written in the sentence; it is the outgoing government, whose head has just said he is ready to "
               "hand over power (e-handover-power), so al-Jalali is the agent; who receives them is not said."),
    event("e-turkey-support", "Event", "Turkey supports part of the rebellion", ("soutient", None),
          [("agent", TURKEY), ("recipient", REBELS)],
          note="« Ankara, qui soutient une partie de la rébellion »: a present relative in the article's voice, "
               "going on: occurred; the support is given to (part of) the rebels, the recipient. No time."),
    event("e-transition", "Event", "An orderly transition in Syria", ("transition", None), [("participant", SYRIA)],
          status="proposed", according_to=[TURKEY],
          note="« a appelé à une transition « ordonnée » »: called for, proposed (as « appelé ... à la retenue » in "
               "gold). Syria is not written in the sentence; it is the country whose transition the article is "
               "about."),
    event("e-doha-meeting", "Meeting", "Hakan Fidan met Sergey Lavrov and Abbas Araghchi in Doha on Saturday",
          ("avait rencontré", None), [("participant", FIDAN), ("participant", LAVROV), ("participant", ARAGHCHI)],
          place=DOHA, time="t-saturday", evidence=FIDAN_EVIDENCE,
          note="« depuis Doha, où il avait rencontré samedi Sergueï Lavrov et son homologue iranien, Abbas Araghchi »: "
               "a relative pluperfect in the article's voice; « où » is Doha, the place; « il » is Fidan."),
    event("e-biden-follows", "Event", "Joe Biden follows the events closely", ("suivait", None), [("agent", BIDEN)],
          according_to=[WHITE_HOUSE],
          note="« la Maison Blanche a fait savoir que le président Joe Biden suivait « de près » les événements »: "
               "an imperfect in a completive, going on as the White House speaks: occurred, according to it. « les "
               "événements » are the fall and what follows it, no entity."),
    event("e-calm", "Event", "Calm in Syria", ("calme", None), [("participant", PEOPLE)], status="proposed",
          according_to=[GUTERRES], evidence=GUTERRES_EVIDENCE,
          note="« et appelé au calme »: called for, proposed. Nobody is named as the addressee of the call; the "
               "Syrians of the same sentence are the participants."),
    event("e-unsc-meeting", "Meeting", "The UN Security Council may meet on Monday", ("se réunir", None),
          [("participant", UNSC)], status="hypothetical", time="t-monday", according_to=[DIPLOMATS],
          note="« Le Conseil de sécurité pourrait se réunir lundi, selon des diplomates »: a conditional, "
               "hypothetical, told by anonymous diplomats after the clause."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-rebels-proclaim", "Statement", "The rebels proclaim the fall of Bashar al-Assad", REBELS,
           ("ont proclamé", None), [], time="t-sunday", evidence=LEDE_EVIDENCE, about=["e-fall"],
           note="« sont entrés dimanche à Damas et ont proclamé la chute de Bachar al-Assad »: the second verb "
                "joined by « et » shares the subject and the weekday. No quote: the guillemets of the next "
                "paragraph belong to « ont déclaré »."),
    speech("s-rebels-tv", "Statement", "The insurgents announce on state television the liberation of Damascus",
           REBELS, ("ont déclaré", None),
           [("Nous annonçons la libération de la ville de Damas et la chute du tyran", None)],
           evidence=TV_EVIDENCE, about=["e-liberation", "e-fall"],
           note="A quote first, sourced after the clause to « les insurgés »; the television is the medium, not an "
                "addressee (as in gold). No weekday in the sentence: no time."),
    speech("s-moscow-claim", "Statement", "Moscow says Assad left Syria after negotiations", RUSSIA,
           ("affirmé", "a d’abord affirmé"), [("après des négociations", None)], evidence=MOSCOW_EVIDENCE,
           about=["e-assad-left-syria", "e-negotiations"],
           note="« Moscou a d’abord affirmé que ... « après des négociations » »: the metonym is the speaker; the "
                "trigger is the participle (as « menacé » in « a, lui, menacé » in gold); « d’abord » orders the "
                "statements and is no time."),
    speech("s-ru-mfa", "Statement", "The Russian foreign ministry says Russia did not take part in the negotiations",
           RU_MFA, ("a précisé", None), [("La Russie n’a pas participé à ces négociations", None)],
           about=["e-russia-not-in-talks", "e-negotiations"],
           note="A quote first with the country's name as its subject; the ministry is linked (Q789889)."),
    speech("s-kremlin-source", "Statement", "A Kremlin source says Assad arrived in Moscow and was granted asylum",
           KREMLIN_SOURCE, ("a indiqué", None), [("pour des raisons humanitaires", None)], time="t-evening",
           according_to=[TASS], evidence=SOURCE_EVIDENCE, about=["e-arrival", "e-asylum"],
           note="« Dans la soirée, une source au Kremlin citée par l’agence TASS a indiqué que »: the anonymous "
                "source is the speaker, TASS in according_to (as Kim's words through KCNA in the bundled article); "
                "its Report is s-tass."),
    speech("s-tass", "Report", "TASS quotes a Kremlin source", TASS, ("citée", None), [], time="t-evening",
           evidence=SOURCE_EVIDENCE, about=["s-kremlin-source"],
           note="« citée par l’agence TASS »: the title « l’agence » before the name is part of the name's phrase."),
    speech("s-jalali-ready", "Statement", "Mohammad Ghazi al-Jalali says he is ready to hand over power",
           JALALI, ("s’est dit", None), [("choisi par le peuple", None)], about=["e-handover-power", "e-choice"],
           note="« Le Premier ministre, Mohammad Ghazi al-Jalali, s’est dit prêt à remettre le pouvoir »: a role noun "
                "and a name in apposition."),
    speech("s-jalali-stays", "Statement", "Mohammad Ghazi al-Jalali: « I am at home and do not intend to leave »",
           JALALI, ("a-t-il affirmé", None),
           [("Je suis chez moi et je n’ai pas l’intention de partir", None)], about=["e-jalali-no-leaving"],
           note="A quote first with « Je », « moi », « je » for the prime minister, and « a-t-il affirmé »."),
    speech("s-jolani-order", "Statement", "Abu Mohammed al-Jolani orders his fighters to protect the institutions",
           JOLANI, ("a ordonné", None), [("remise officielle", None)], addressee=FIGHTERS,
           about=["e-protect-institutions", "e-institutions-handover"],
           note="« Le chef de HTS, Abou Mohammed al-Jolani, a ordonné à ses combattants »: the dative « à ses "
                "combattants » is the addressee; the quoted noun phrase is his word for the handover."),
    speech("s-turkey-call", "Statement", "Ankara calls for an orderly transition", TURKEY, ("a appelé", None),
           [("ordonnée", None)], about=["e-transition"],
           note="« Ankara, qui soutient une partie de la rébellion, a appelé à une transition « ordonnée » »: the "
                "metonym is the speaker; a one-word quote."),
    speech("s-fidan", "Statement", "Hakan Fidan: Syria needs stability", FIDAN, ("a estimé", 1),
           [("a besoin de stabilité", None)], place=DOHA, evidence=FIDAN_EVIDENCE, about=["e-transition"],
           note="« La Syrie « a besoin de stabilité », a estimé le ministre turc des Affaires étrangères, Hakan Fidan, "
                "depuis Doha »: the quote starts at the verb, after its subject « La Syrie », which is what the "
                "words are about, not who says them (unlike « Paris « condamne » » in gold, where the metonym is the "
                "government speaking): Fidan is the speaker. « depuis Doha » is where he speaks, the place."),
    speech("s-iran", "Statement", "Tehran says it respects the will of the Syrian people", IRAN, ("a dit", None),
           [("la volonté du peuple syrien", None)], about=["e-fall"],
           note="« Téhéran, principal allié de Damas avec Moscou, a dit respecter « la volonté du peuple syrien » »: "
                "the metonym is the speaker; the will respected is what the fall expresses, in Tehran's words."),
    speech("s-white-house", "Report", "The White House says Joe Biden follows events closely", WHITE_HOUSE,
           ("a fait savoir", None), [("de près", None)], place=WASHINGTON, about=["e-biden-follows"],
           note="« À Washington, la Maison Blanche a fait savoir que »: Washington the city, the place of the "
                "statement; the White House is the presidency (a local metonym); « le président » before Joe Biden "
                "is a title, part of the name's phrase."),
    speech("s-guterres-opportunity", "Statement", "António Guterres sees a historic opportunity for Syrians",
           GUTERRES, ("a estimé", 2), [("occasion historique", None)], evidence=GUTERRES_EVIDENCE, about=["e-fall"],
           note="« a estimé que les Syriens avaient désormais une « occasion historique » »: « désormais » is no time; "
                "the opportunity is a state, no event."),
    speech("s-guterres-calm", "Statement", "António Guterres calls for calm", GUTERRES,
           ("appelé", "et appelé au calme"), [],
           evidence=GUTERRES_EVIDENCE, about=["e-calm"],
           note="« et appelé au calme »: a second verb joined by « et », a second speech act (as « a dénoncé ... et "
                "exigé » in gold)."),
    speech("s-diplomats", "Report", "Diplomats say the Security Council may meet on Monday", DIPLOMATS,
           ("selon", None), [], about=["e-unsc-meeting"],
           note="« selon des diplomates »: an anonymous plural source after the clause."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
