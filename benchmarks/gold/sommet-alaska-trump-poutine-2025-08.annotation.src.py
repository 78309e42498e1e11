"""Held-out annotation of sommet-alaska-trump-poutine-2025-08.txt (written for the twenty-first held-out set, not a
real article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/sommet-alaska-trump-poutine-2025-08.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/sommet-alaska-trump-poutine-2025-08.annotation.src.py --check

From held-out set 21 (moved to gold in session 19; see benchmarks/gold/README.md).

The story follows the summit of Donald Trump and Vladimir Putin at Joint Base Elmendorf-Richardson in Anchorage on
Friday 15 August 2025, which ended without a ceasefire agreement, and Volodymyr Zelensky's invitation to the White
House for Monday 18 August; Trump's and Putin's words follow their real statements loosely, Zelensky's quotes,
Peskov's and Lavrov's remarks, the wording of the European statement (signed here by three leaders only) and
Macron's words are partly or wholly invented.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "sommet-alaska-trump-poutine-2025-08.txt"

PUB_DAY = "the publication day, Saturday 16 August 2025 (see PUBLISHED_INFERRED)."

PUBLISHED_INFERRED = {
    "value": "2025-08-16", "precision": "day", "rule": "weekday-anchors",
    "note": ("The file gives August 2025. The two presidents parted « vendredi 15 août » (15 August 2025 is a Friday, "
             "which confirms the year), in the past. « Samedi » (Trump's post) and « publié samedi » (the European "
             "statement) are past or present: a Saturday on or before publication, so on or after Saturday 16 "
             "August. Zelensky is invited « à Washington lundi » and « se rendrait lundi à la Maison Blanche », and "
             "the coalition leaders « doivent tenir dimanche une visioconférence »: future, so the article appeared "
             "before that Sunday. A weekday named without a date in news copy is a day of the current week: on or "
             "after Saturday 16 and before Sunday 17 leaves Saturday 16 August 2025 itself; the Sunday is 17 "
             "August and the Monday 18 August."),
}

NOTE = """\
Held-out-21 article: Donald Trump and Vladimir Putin part without an agreement on a ceasefire in Ukraine after \
nearly three hours of talks on Friday 15 August 2025 at the Elmendorf-Richardson military base in Anchorage, \
Alaska; Trump invites Volodymyr Zelensky to Washington on Monday; before the press Trump sums up that there is no \
deal until there is a deal, Putin, who had not set foot on American soil since 2015, speaks of an « entente » \
without saying what it holds and warns the Europeans against torpedoing the progress; on Saturday, after a phone \
call with Zelensky, Trump writes on Truth Social that a full peace agreement would be better than a mere ceasefire, \
although Washington had threatened Moscow with very severe consequences if Russia refused a truce; Zelensky says \
Ukraine counts on America's strength and confirms he will go to the White House on Monday, Kyiv demands that no \
decision on its territory be taken without it and Zelensky insists that Ukrainians will not cede their land; in \
Moscow Dmitry Peskov says no three-way meeting was discussed in Alaska and Sergey Lavrov is « satisfied »; the \
European capitals react cautiously: Paris, Berlin and London welcome the American efforts, and Emmanuel Macron, \
Friedrich Merz and Keir Starmer stress in a statement published on Saturday that the next step must include \
Ukraine; Macron calls for pressure on Russia, which according to him has « no intention » of stopping the war; the \
leaders of the coalition of the willing are to hold a videoconference on Sunday. Published in August 2025 (the \
file gives the month; the day, Saturday 16 August, comes from « vendredi 15 août », past « Samedi » and « publié \
samedi », future « lundi » and « dimanche »: see PUBLISHED_INFERRED). The summit, its place, its date, the missing \
ceasefire, the invitation for Monday and the Sunday videoconference follow the real events; the quotes of \
Zelensky, Peskov, Lavrov and Macron and the three-signatory statement are invented or simplified. What it \
exercises: a reciprocal parting negating an agreement (« se sont quittés sans accord sur un cessez-le-feu en \
Ukraine »: the agreement and the ceasefire negated) with a duration and a nominal talk (« après près de trois \
heures d’entretien »: the summit, a Meeting) on a weekday with a date at a base named with its title, in a city, \
in a state; an invitation with a role noun and a name in apposition, a capital that is the place and a future \
weekday after it; a quote first with « M. » before the name and a companion role noun fused with « du » with the \
Kremlin inside it (« aux côtés du maître du Kremlin »), and a relative pluperfect negated by « ne ... plus » with « \
depuis 2015 » (the last visit occurred, in 2015); « a, lui, évoqué une « entente » dont il n’a pas précisé le \
contenu, et mis en garde les Européens »: a pronoun of contrast, a quoted noun, a negated relative speech act and a \
warning joined by « et » to a plural group with a quoted hypothetical; a sentence-initial past weekday with a \
phone call before it, a role noun for each president, a platform named after a title, and a quote that starts \
after « qu’ » inside a comparison in the conditional (the peace agreement hypothetical, the quoted ceasefire \
generic); a pluperfect threat by a metonym to a metonym with a quoted noun phrase and a conditional refusal (« si \
la Russie refusait une trêve »); a quote first with « Nous » for the state and « l’Amérique », then a relative \
confirmation of a future visit in the conditional to a building; a demand by a metonym with a pronoun « elle » \
for it and a negated passive decision; a quote split around « a-t-il insisté » with a negated future, a plural \
group and « l’occupant » for Russia; « À Moscou » (the city) before a role noun with the Kremlin inside and a name \
in apposition, and a negated pluperfect passive discussion of a hypothetical three-way meeting; a quoted adjective \
with « s’est dit »; a plural group of capitals reacting; three metonyms sharing one verb (three speech acts) and \
three names sharing one quote placed before its verb (the quote goes to the first-named, Macron), with a \
statement « publié samedi »; a call to keep up pressure (proposed) and « selon lui » inside a relative with a \
quoted noun phrase (the stopping of the war negated); a planned videoconference of a group on a future weekday.
Places and metonyms. « Washington » in the invitation is the city, the place (Q61); « Washington avait pourtant \
menacé Moscou » is the United States (Q30) threatening Russia (Q159), both metonyms. « À Moscou », where Peskov \
speaks, is the city (Q649). « Kiev exige » is Ukraine (Q212, metonym) and « elle » in « sans elle » is Ukraine \
too. « Paris », « Berlin » and « Londres » are France, Germany and the United Kingdom (local states, metonyms: \
they welcome). « la Maison Blanche », where Zelensky will go, is the building (a local place), not the presidency \
(as where one is received at « au Kremlin » in gold). « base militaire d’Elmendorf-Richardson » is marked whole, \
as « port russe d’Oust-Louga » in gold; Anchorage and Alaska are places of their own (Alaska also in Peskov's « en \
Alaska »). The two « Kremlin » inside « maître du Kremlin » and « porte-parole du Kremlin » are the institution \
(Q2060629), metonyms, as in the bundled article.
Mentions. « Le président américain », « le milliardaire républicain » are Trump; « M. Trump » is marked from the \
name (« M. » is a title). « maître du Kremlin » (fused « du ») and « Le chef de l’État russe » are Putin; « lui » \
(« a, lui, évoqué ») and « il » (« dont il n’a pas précisé ») are Putin. « son homologue ukrainien » (a role noun \
set off by a comma before the name) and « le dirigeant ukrainien » are Zelensky; « il » in « qu’il se rendrait » \
and in « a-t-il insisté » are Zelensky. « Nous » in Zelensky's quote is Ukraine (he speaks for his state); « \
l’Amérique » is the United States; « Les Ukrainiens » is a local group (they are the ones who will not cede), « \
l’occupant » Russia (a nominal mention). « les Européens » is a local group (the addressees of Putin's warning); « \
Les capitales européennes » is a local group (it reacts); « Les dirigeants de la coalition des volontaires » is a \
local group with « coalition des volontaires » inside it (an organization of its own). « lui » in « selon lui » is \
Macron, « Le président français » too. « la guerre » is the Russian invasion of Ukraine (Q110999040). Not \
mentions: « le sol américain » (an adjective), « la presse », « son territoire », « leur terre » (possessives), « \
la force de l’Amérique » apart from « Amérique », « les progrès », « les échanges » and « le sommet » (the summit \
restated), « les efforts américains », « un communiqué », « Il n’y a pas » (impersonal), « qui » (relatives).
Statuses and sources. The summit, the invitation and the phone call are facts in the article's voice; the \
ceasefire agreement and the ceasefire are negated (« sans accord »); Putin's 2015 visit occurred (the pluperfect \
« n’avait plus foulé ... depuis 2015 » negates only the years since). The « entente » is occurred according to \
Putin; the torpedoing is hypothetical (« toute tentative de »), according to Putin. The peace agreement is \
hypothetical (« vaudrait mieux »), according to Trump; the consequences and Russia's refusal are hypothetical (« \
si ... refusait »), according to the United States. Zelensky's visit is planned (confirmed, « se rendrait »); the \
decision without Kyiv hypothetical (what Kyiv demands must not happen); the ceding of land negated, according to \
Zelensky. The discussion of a three-way meeting is negated and the three-way meeting itself hypothetical, \
according to Peskov. The American efforts occurred (welcomed); the next step including Ukraine and the pressure on \
Russia are proposed (« doit inclure », « a appelé à »); the stopping of the war negated according to Macron; the \
videoconference planned (« doivent »), in the article's voice.
Times. « vendredi 15 août » is Friday 15 August 2025; « près de trois heures » is a duration (no value), not \
annotated apart from the summit's day; « depuis 2015 » is the year 2015; « Samedi » and « samedi » are the \
publication day, Saturday 16 August; both « lundi » are Monday 18 August; « dimanche » Sunday 17 August. « \
souvent » (inside the quote), « pourtant » and « prochaine » are not times. Speech acts with no weekday of their \
own have no time; the European statement and Trump's post take their Saturday.
Vladimir Putin, Dmitry Peskov, Sergey Lavrov, Russia, Ukraine, the United States, Washington, Moscow, Kyiv (as \
Ukraine), the Kremlin and the Russian invasion of Ukraine are linked. Donald Trump, Volodymyr Zelensky, the \
Elmendorf-Richardson base, Anchorage, Alaska, the Europeans, Truth Social, the White House, the Ukrainians, the \
European capitals, France, Germany, the United Kingdom, Emmanuel Macron, Friedrich Merz, Keir Starmer, the \
coalition of the willing and its leaders are not in ids.tsv: local, unlinked."""

PUTIN, PESKOV, LAVROV, KREMLIN = "Q7747", "Q4359688", "Q58217", "Q2060629"
RUSSIA, UKRAINE, US, WASHINGTON, MOSCOW, WAR = "Q159", "Q212", "Q30", "Q61", "Q649", "Q110999040"
TRUMP, ZELENSKY, BASE, ANCHORAGE = "local:donald-trump", "local:volodymyr-zelensky", \
    "local:elmendorf-richardson", "local:anchorage"
ALASKA, EUROPEANS, TRUTH, WHITE_HOUSE = "local:alaska", "local:europeans", "local:truth-social", \
    "local:white-house"
UKRAINIANS, CAPITALS, FRANCE, GERMANY = "local:ukrainians", "local:european-capitals", "local:france", \
    "local:germany"
UK, MACRON, MERZ, STARMER = "local:united-kingdom", "local:emmanuel-macron", "local:friedrich-merz", \
    "local:keir-starmer"
COALITION, COALITION_LEADERS = "local:coalition-of-the-willing", "local:coalition-leaders"

DESCRIPTIONS = {
    KREMLIN: "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)",
    WAR: "la guerre que l’article nomme « la guerre »",
    PESKOV: "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)",
}

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (TRUMP, "Donald Trump", "Donald Trump", "person",
     {"description": "président des États-Unis", "unlinked_reason": NOT_VERIFIED}),
    (ZELENSKY, "Volodymyr Zelensky", "Volodymyr Zelensky", "person",
     {"description": "président de l’Ukraine", "unlinked_reason": NOT_VERIFIED}),
    (BASE, "base militaire d’Elmendorf-Richardson", "Joint Base Elmendorf-Richardson", "place",
     {"description": "base militaire américaine à Anchorage, lieu du sommet", "unlinked_reason": NOT_VERIFIED}),
    (ANCHORAGE, "Anchorage", "Anchorage", "place", {"unlinked_reason": NOT_VERIFIED}),
    (ALASKA, "Alaska", "Alaska", "place", {"description": "État américain", "unlinked_reason": NOT_VERIFIED}),
    (EUROPEANS, "les Européens", "the Europeans", "group",
     {"description": "les Européens que Vladimir Poutine met en garde",
      "unlinked_reason": "an unnamed group of states, not one Wikidata item"}),
    (TRUTH, "Truth Social", "Truth Social", "organization",
     {"description": "réseau social de Donald Trump", "unlinked_reason": NOT_VERIFIED}),
    (WHITE_HOUSE, "Maison Blanche", "White House", "place",
     {"description": "résidence du président des États-Unis à Washington, où Zelensky doit se rendre",
      "unlinked_reason": NOT_VERIFIED}),
    (UKRAINIANS, "les Ukrainiens", "the Ukrainians", "group",
     {"description": "le peuple ukrainien, dans la citation de Zelensky",
      "unlinked_reason": "a people, not one Wikidata item here"}),
    (CAPITALS, "les capitales européennes", "the European capitals", "group",
     {"description": "les gouvernements européens qui réagissent au sommet",
      "unlinked_reason": "an unnamed group of governments, not one Wikidata item"}),
    (FRANCE, "France", "France", "country", {"unlinked_reason": NOT_VERIFIED}),
    (GERMANY, "Allemagne", "Germany", "country", {"unlinked_reason": NOT_VERIFIED}),
    (UK, "Royaume-Uni", "United Kingdom", "country", {"unlinked_reason": NOT_VERIFIED}),
    (MACRON, "Emmanuel Macron", "Emmanuel Macron", "person",
     {"description": "président de la République française", "unlinked_reason": NOT_VERIFIED}),
    (MERZ, "Friedrich Merz", "Friedrich Merz", "person",
     {"description": "chancelier allemand", "unlinked_reason": NOT_VERIFIED}),
    (STARMER, "Keir Starmer", "Keir Starmer", "person",
     {"description": "Premier ministre britannique", "unlinked_reason": NOT_VERIFIED}),
    (COALITION, "coalition des volontaires", "coalition of the willing", "organization",
     {"description": "les pays prêts à soutenir l’Ukraine, réunis autour de la France et du Royaume-Uni",
      "unlinked_reason": NOT_VERIFIED}),
    (COALITION_LEADERS, "les dirigeants de la coalition des volontaires", "the leaders of the coalition of the "
     "willing", "group", {"unlinked_reason": "a group of leaders, not one Wikidata item"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # Donald Trump et Vladimir Poutine se sont quittés sans accord sur un cessez-le-feu en Ukraine, après près de
    # trois heures d’entretien vendredi 15 août sur la base militaire d’Elmendorf-Richardson, à Anchorage, en Alaska.
    ("Donald Trump", None, TRUMP, "name"),
    ("Vladimir Poutine", None, PUTIN, "name"),
    ("Ukraine", 1, UKRAINE, "name"),
    ("base militaire d’Elmendorf-Richardson", None, BASE, "name"),
    ("Anchorage", None, ANCHORAGE, "name"),
    ("Alaska", 1, ALASKA, "name"),
    # Le président américain a invité son homologue ukrainien, Volodymyr Zelensky, à Washington lundi.
    ("Le président américain", None, TRUMP, "nominal"),
    ("son homologue ukrainien", None, ZELENSKY, "nominal"),
    ("Volodymyr Zelensky", None, ZELENSKY, "name"),
    ("Washington", 1, WASHINGTON, "name"),
    # « Il n’y a pas d’accord ... », a résumé M. Trump devant la presse, aux côtés du maître du Kremlin, qui
    # n’avait plus foulé le sol américain depuis 2015.
    ("Trump", "M. Trump", TRUMP, "name"),
    ("maître du Kremlin", None, PUTIN, "nominal"),
    ("Kremlin", "maître du Kremlin", KREMLIN, "metonym"),
    # Le chef de l’État russe a, lui, évoqué une « entente » dont il n’a pas précisé le contenu, et mis en garde
    # les Européens contre toute tentative de « torpiller les progrès ».
    ("Le chef de l’État russe", None, PUTIN, "nominal"),
    ("lui", "a, lui, évoqué", PUTIN, "pronoun"),
    ("il", "dont il n’a pas", PUTIN, "pronoun"),
    ("les Européens", None, EUROPEANS, "nominal"),
    # Samedi, après un appel téléphonique avec le dirigeant ukrainien, le milliardaire républicain a jugé sur son
    # réseau Truth Social qu’un accord de paix complet vaudrait mieux qu’« un simple cessez-le-feu, ... ».
    ("le dirigeant ukrainien", None, ZELENSKY, "nominal"),
    ("le milliardaire républicain", None, TRUMP, "nominal"),
    ("Truth Social", None, TRUTH, "name"),
    # Washington avait pourtant menacé Moscou de « conséquences très graves » si la Russie refusait une trêve.
    ("Washington", 2, US, "metonym"),
    ("Moscou", 1, RUSSIA, "metonym"),
    ("Russie", 1, RUSSIA, "name"),
    # « Nous comptons sur la force de l’Amérique », a réagi M. Zelensky, qui a confirmé qu’il se rendrait lundi à
    # la Maison Blanche.
    ("Nous", None, UKRAINE, "pronoun"),
    ("Amérique", None, US, "name"),
    ("Zelensky", "M. Zelensky", ZELENSKY, "name"),
    ("il", "qu’il se rendrait", ZELENSKY, "pronoun"),
    ("Maison Blanche", None, WHITE_HOUSE, "name"),
    # Kiev exige qu’aucune décision sur son territoire ne soit prise sans elle.
    ("Kiev", None, UKRAINE, "metonym"),
    ("elle", "sans elle", UKRAINE, "pronoun"),
    # « Les Ukrainiens, a-t-il insisté, ne céderont pas leur terre à l’occupant. »
    ("Les Ukrainiens", None, UKRAINIANS, "nominal"),
    ("il", "a-t-il insisté", ZELENSKY, "pronoun"),
    ("l’occupant", None, RUSSIA, "nominal"),
    # À Moscou, le porte-parole du Kremlin, Dmitri Peskov, a assuré qu’aucune rencontre à trois n’avait été
    # discutée en Alaska.
    ("Moscou", "À Moscou", MOSCOW, "name"),
    ("le porte-parole du Kremlin", None, PESKOV, "nominal"),
    ("Kremlin", "porte-parole du Kremlin", KREMLIN, "metonym"),
    ("Dmitri Peskov", None, PESKOV, "name"),
    ("Alaska", 2, ALASKA, "name"),
    # Le ministre russe des Affaires étrangères, Sergueï Lavrov, s’est dit « satisfait » des échanges.
    ("Le ministre russe des Affaires étrangères", None, LAVROV, "nominal"),
    ("Sergueï Lavrov", None, LAVROV, "name"),
    # Les capitales européennes ont accueilli le sommet prudemment.
    ("Les capitales européennes", None, CAPITALS, "nominal"),
    # Paris, Berlin et Londres ont salué les efforts américains, mais « la prochaine étape doit inclure
    # l’Ukraine », ont souligné Emmanuel Macron, Friedrich Merz et Keir Starmer dans un communiqué publié samedi.
    ("Paris", None, FRANCE, "metonym"),
    ("Berlin", None, GERMANY, "metonym"),
    ("Londres", None, UK, "metonym"),
    ("Ukraine", 2, UKRAINE, "name"),
    ("Emmanuel Macron", None, MACRON, "name"),
    ("Friedrich Merz", None, MERZ, "name"),
    ("Keir Starmer", None, STARMER, "name"),
    # Le président français a appelé à maintenir la pression sur la Russie, qui n’a selon lui « aucune intention »
    # d’arrêter la guerre.
    ("Le président français", None, MACRON, "nominal"),
    ("Russie", 2, RUSSIA, "name"),
    ("lui", "selon lui", MACRON, "pronoun"),
    ("la guerre", None, WAR, "nominal"),
    # Les dirigeants de la coalition des volontaires doivent tenir dimanche une visioconférence.
    ("Les dirigeants de la coalition des volontaires", None, COALITION_LEADERS, "nominal"),
    ("coalition des volontaires", None, COALITION, "name"),
]

TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-three-hours", ("près de trois heures", None), None, "duration", "explicit-duration",
     "« après près de trois heures d’entretien »: the length of the talks (about PT3H); a duration has no value."),
    ("t-friday-15", ("vendredi 15 août", None), "2025-08-15", "day", "weekday-day-month",
     "An explicit weekday and date in the publication year (15 August 2025 is a Friday): the summit's day, the "
     "day before " + PUB_DAY),
    ("t-monday-invited", ("lundi", "à Washington lundi"), "2025-08-18", "day", "weekday-future",
     "« a invité ... à Washington lundi »: a future weekday, the Monday after publication: Monday 18 August 2025. "
     "It dates the visit the invitation is for, not the invitation."),
    ("t-2015", ("depuis 2015", None), "2015", "year", "explicit-year",
     "« n’avait plus foulé le sol américain depuis 2015 »: dated by its start, as « depuis 1992 » in gold: the "
     "year of Putin's last visit to the United States."),
    ("t-saturday-post", ("Samedi", None), "2025-08-16", "day", "weekday-publication-day",
     "« Samedi, ... le milliardaire républicain a jugé »: the weekday of " + PUB_DAY),
    ("t-monday-visit", ("lundi", "se rendrait lundi"), "2025-08-18", "day", "weekday-future",
     "« qu’il se rendrait lundi à la Maison Blanche »: the same Monday as the invitation's, 18 August 2025."),
    ("t-saturday-statement", ("samedi", "publié samedi"), "2025-08-16", "day", "weekday-publication-day",
     "« dans un communiqué publié samedi »: " + PUB_DAY),
    ("t-sunday", ("dimanche", None), "2025-08-17", "day", "weekday-future",
     "« doivent tenir dimanche une visioconférence »: a future weekday, the day after publication: Sunday 17 "
     "August 2025."),
]

EVENTS: list[dict[str, Any]] = [
    event("e-summit", "Meeting", "Donald Trump and Vladimir Putin meet for nearly three hours in Anchorage on "
          "Friday 15 August 2025", ("entretien", None), [("participant", TRUMP), ("participant", PUTIN)],
          place=BASE, time="t-friday-15",
          note="« se sont quittés ... après près de trois heures d’entretien vendredi 15 août sur la base militaire "
               "d’Elmendorf-Richardson, à Anchorage, en Alaska »: the nominal talk is the summit's trigger; the "
               "parting (« se sont quittés ») ends it and is not an event of its own. The base is the place (the "
               "finest of base, city and state). « le sommet » and « des échanges » later restate it."),
    event("e-ceasefire-agreement", "Agreement", "No agreement on a ceasefire in Ukraine at the summit",
          ("accord", "sans accord sur"), [("participant", TRUMP), ("participant", PUTIN)], status="negated",
          place=BASE, time="t-friday-15", part_of="e-summit",
          note="« se sont quittés sans accord sur un cessez-le-feu en Ukraine »: an agreement that did not happen, in "
               "the article's voice: negated; the two presidents who part are its participants."),
    event("e-ceasefire", "Event", "A ceasefire in Ukraine (not agreed)", ("cessez-le-feu", 1),
          [("participant", RUSSIA), ("participant", UKRAINE)], status="negated", place=UKRAINE,
          note="« un cessez-le-feu en Ukraine »: what the missing agreement would have been about; since no "
               "agreement was reached, no ceasefire holds: negated. The warring states are implied by « en Ukraine "
               "». The quoted « un simple cessez-le-feu » in Trump's post is generic (any ceasefire), and « une "
               "trêve » in the threat restates this one (see e-russia-refusal)."),
    event("e-invitation", "Invitation", "Donald Trump invites Volodymyr Zelensky to Washington",
          ("a invité", None), [("agent", TRUMP), ("recipient", ZELENSKY)], place=WASHINGTON,
          note="« a invité son homologue ukrainien, Volodymyr Zelensky, à Washington lundi »: Washington is where he "
               "is invited (the city), « lundi » dates the visit (t-monday-invited), not the invitation, which has "
               "no time of its own."),
    event("e-zelensky-visit", "Visit", "Volodymyr Zelensky to go to the White House on Monday",
          ("se rendrait", None), [("agent", ZELENSKY)], status="planned", place=WHITE_HOUSE,
          time="t-monday-visit", according_to=[ZELENSKY],
          note="« qui a confirmé qu’il se rendrait lundi à la Maison Blanche »: confirmed, planned; the same visit "
               "the invitation is for (« à Washington lundi »). The building is the place."),
    event("e-putin-last-us-visit", "Visit", "Vladimir Putin's last visit to the United States, in 2015",
          ("foulé", None), [("agent", PUTIN)], place=US, time="t-2015",
          note="« qui n’avait plus foulé le sol américain depuis 2015 »: « ne ... plus » negates the years since; the "
               "2015 visit itself occurred (as « depuis » with a year in gold). « le sol américain » is the United "
               "States, the place (an adjective, no mention)."),
    event("e-understanding", "Agreement", "An « understanding » reached at the summit (according to Putin)",
          ("entente", None), [("participant", PUTIN), ("participant", TRUMP)], according_to=[PUTIN],
          place=BASE, time="t-friday-15", part_of="e-summit",
          note="« a, lui, évoqué une « entente » dont il n’a pas précisé le contenu »: stated by Putin, occurred "
               "according to him; its content is not said (s-putin-no-detail). Reached at the summit, it takes the "
               "summit's day and place, as the missing ceasefire agreement does."),
    event("e-torpedo", "Event", "The Europeans torpedoing the progress (Putin's warning)", ("torpiller", None),
          [("agent", EUROPEANS)], status="hypothetical", according_to=[PUTIN],
          note="« contre toute tentative de « torpiller les progrès » »: an attempt warned against, not one made: "
               "hypothetical. « les progrès » restates the understanding, no mention."),
    event("e-phone-call", "Event", "Donald Trump's phone call with Volodymyr Zelensky on Saturday",
          ("appel téléphonique", None), [("participant", TRUMP), ("participant", ZELENSKY)],
          time="t-saturday-post",
          note="« Samedi, après un appel téléphonique avec le dirigeant ukrainien, le milliardaire républicain a "
               "jugé »: the sentence-initial « Samedi » covers the clause and the call before it (same day)."),
    event("e-peace-agreement", "Agreement", "A full peace agreement, better than a ceasefire (Trump)",
          ("accord de paix", None), [("participant", RUSSIA), ("participant", UKRAINE)], status="hypothetical",
          according_to=[TRUMP],
          note="« qu’un accord de paix complet vaudrait mieux qu’« un simple cessez-le-feu, qui souvent ne tient pas "
               "» »: a conditional preference: hypothetical; the parties are implied (the two warring states)."),
    event("e-consequences", "Event", "Very severe consequences for Russia (US threat)",
          ("conséquences", None), [("agent", US), ("recipient", RUSSIA)], status="hypothetical",
          according_to=[US],
          note="« Washington avait pourtant menacé Moscou de « conséquences très graves » si la Russie refusait une "
               "trêve »: a threat under a condition: hypothetical. The threatener is their agent."),
    event("e-russia-refusal", "Event", "Russia refusing a truce (the threat's condition)", ("refusait", None),
          [("agent", RUSSIA)], status="hypothetical", according_to=[US],
          note="« si la Russie refusait une trêve »: a condition in the imperfect after « si »: hypothetical. The « "
               "trêve » is the ceasefire of the lede, not a new event."),
    event("e-decision", "Event", "A decision on Ukraine's territory taken without Kyiv",
          ("décision", None), [("recipient", UKRAINE)], status="hypothetical", according_to=[UKRAINE],
          note="« Kiev exige qu’aucune décision sur son territoire ne soit prise sans elle »: what Kyiv demands must "
               "not happen; no decision is reported as taken or refused, so hypothetical (not negated, which would "
               "state that it did not happen). Ukraine, whose territory it concerns, is the recipient."),
    event("e-cede-land", "Event", "Ukrainians will not cede their land to the occupier", ("céderont", None),
          [("agent", UKRAINIANS), ("recipient", RUSSIA)], status="negated", according_to=[ZELENSKY],
          note="« Les Ukrainiens ... ne céderont pas leur terre à l’occupant »: a negated future; « l’occupant » is "
               "Russia, the recipient; « leur terre » is a possessive, no mention."),
    event("e-three-way-meeting", "Meeting", "A three-way meeting of Trump, Putin and Zelensky (hypothetical)",
          ("rencontre à trois", None), [("participant", TRUMP), ("participant", PUTIN), ("participant", ZELENSKY)],
          status="hypothetical", according_to=[PESKOV],
          note="« aucune rencontre à trois n’avait été discutée »: a meeting nobody discussed: hypothetical. The "
               "three are implied by « à trois » and the article (the summit's two and the invited Zelensky)."),
    event("e-three-way-discussion", "Event", "The three-way meeting was not discussed in Alaska",
          ("discutée", None), [("participant", TRUMP), ("participant", PUTIN)], status="negated", place=ALASKA,
          according_to=[PESKOV], part_of="e-summit",
          note="« n’avait été discutée en Alaska »: a negated pluperfect passive, according to Peskov; the "
               "summit's two presidents are the ones who did not discuss it."),
    event("e-us-efforts", "Event", "The American efforts (welcomed by Paris, Berlin and London)",
          ("efforts", None), [("agent", US)],
          note="« ont salué les efforts américains »: efforts taken for granted; the United States, from the "
               "adjective, is the agent."),
    event("e-next-step", "Event", "The next step must include Ukraine (European leaders)", ("étape", None),
          [("participant", UKRAINE)], status="proposed", according_to=[MACRON, MERZ, STARMER],
          note="« la prochaine étape doit inclure l’Ukraine »: a demand (« doit »), proposed, according to the three "
               "signatories."),
    event("e-pressure", "Event", "Keeping up the pressure on Russia (Macron's call)", ("maintenir", None),
          [("recipient", RUSSIA)], status="proposed", according_to=[MACRON],
          note="« a appelé à maintenir la pression sur la Russie »: a call, proposed; who would keep it up is not "
               "written."),
    event("e-stop-war", "Event", "Russia stopping the war (no intention, according to Macron)",
          ("arrêter", None), [("agent", RUSSIA), ("theme", WAR)], status="negated", according_to=[MACRON],
          note="« qui n’a selon lui « aucune intention » d’arrêter la guerre »: the intention is denied, so the "
               "stopping is negated, according to Macron (« selon lui »)."),
    event("e-videoconference", "Meeting", "The leaders of the coalition of the willing to hold a videoconference "
          "on Sunday", ("visioconférence", None), [("participant", COALITION_LEADERS)], status="planned",
          time="t-sunday",
          note="« doivent tenir dimanche une visioconférence »: « doivent »: planned, in the article's voice; no "
               "place (a videoconference)."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-trump-no-deal", "Statement", "Donald Trump: there is no deal until there is a deal", TRUMP,
           ("a résumé", None), [("Il n’y a pas d’accord tant qu’il n’y a pas d’accord", None)],
           about=["e-ceasefire-agreement", "e-summit"],
           note="A quote first, « M. Trump » after the verb; « devant la presse, aux côtés du maître du Kremlin »: "
                "the press conference after the summit, but no time word in the sentence, so no time."),
    speech("s-putin-understanding", "Statement", "Vladimir Putin speaks of an « understanding »", PUTIN,
           ("évoqué", None), [("entente", None)], about=["e-understanding"],
           note="« Le chef de l’État russe a, lui, évoqué une « entente » »: « lui » sets him against Trump."),
    speech("s-putin-no-detail", "SpeechAct", "Vladimir Putin does not say what the understanding holds", PUTIN,
           ("précisé", None), [], status="negated", about=["e-understanding"],
           note="« dont il n’a pas précisé le contenu »: a negated speech act in a relative (as « sans donner plus de "
                "détails » in the bundled article)."),
    speech("s-putin-warning", "Warning", "Vladimir Putin warns the Europeans against torpedoing the progress",
           PUTIN, ("mis en garde", None), [("torpiller les progrès", None)], addressee=EUROPEANS,
           about=["e-torpedo"],
           note="Joined by « et » to « évoqué »: a second speech act with its own quote; the Europeans are the "
                "addressee."),
    speech("s-trump-post", "Statement", "Donald Trump on Truth Social: a peace agreement is better than a ceasefire",
           TRUMP, ("a jugé", None), [("un simple cessez-le-feu, qui souvent ne tient pas", None)],
           time="t-saturday-post", about=["e-peace-agreement"],
           note="« a jugé sur son réseau Truth Social qu’un accord de paix complet vaudrait mieux qu’« un simple "
                "cessez-le-feu, qui souvent ne tient pas » »: the quote starts after « qu’ », inside the comparison. "
                "The platform is the channel, not a role."),
    speech("s-us-threat", "Warning", "Washington had threatened Moscow with very severe consequences", US,
           ("avait pourtant menacé", None), [("conséquences très graves", None)], addressee=RUSSIA,
           about=["e-consequences", "e-russia-refusal"],
           note="A pluperfect threat by a metonym to a metonym; no date is written, so no time."),
    speech("s-zelensky-strength", "Statement", "Volodymyr Zelensky: Ukraine counts on America's strength",
           ZELENSKY, ("a réagi", None), [("Nous comptons sur la force de l’Amérique", None)], about=["e-summit"],
           note="A quote first; a reaction to the summit (the article's subject). « Nous » is Ukraine. Counting on "
                "someone is a state, not an event."),
    speech("s-zelensky-confirms", "Statement", "Volodymyr Zelensky confirms he will go to the White House on Monday",
           ZELENSKY, ("a confirmé", None), [], about=["e-zelensky-visit", "e-invitation"],
           note="« qui a confirmé qu’il se rendrait lundi à la Maison Blanche »: a relative speech act, no quote; « "
                "lundi » dates the visit, not the confirmation."),
    speech("s-kyiv-demand", "Statement", "Kyiv demands that no decision on its territory be taken without it",
           UKRAINE, ("exige", None), [], about=["e-decision"],
           note="« Kiev exige ... »: a demand by the state (a metonym), a present stance, no quote and no time."),
    speech("s-zelensky-land", "Statement", "Volodymyr Zelensky: Ukrainians will not cede their land", ZELENSKY,
           ("a-t-il insisté", None),
           [("Les Ukrainiens", "« Les Ukrainiens"), ("ne céderont pas leur terre à l’occupant.", None)],
           about=["e-cede-land"],
           note="One quote split around « a-t-il insisté, » in the middle of its sentence: one speech act, two quote "
                "parts (the first without its comma, as « Nous devons partir du principe » in gold; the second keeps "
                "its full stop, which stands inside the guillemets, as in gold)."),
    speech("s-peskov", "Assurance", "Dmitry Peskov: no three-way meeting was discussed in Alaska", PESKOV,
           ("a assuré", None), [], place=MOSCOW, about=["e-three-way-discussion", "e-three-way-meeting"],
           note="« À Moscou, le porte-parole du Kremlin, Dmitri Peskov, a assuré ... »: the city is where he speaks; "
                "indirect speech, no quote."),
    speech("s-lavrov", "Statement", "Sergey Lavrov is « satisfied » with the talks", LAVROV, ("s’est dit", None),
           [("satisfait", None)], about=["e-summit"],
           note="« s’est dit « satisfait » des échanges »: « des échanges » restates the summit."),
    speech("s-capitals", "SpeechAct", "The European capitals react cautiously to the summit", CAPITALS,
           ("ont accueilli", None), [], about=["e-summit"],
           note="« Les capitales européennes ont accueilli le sommet prudemment »: a reaction given to a group of "
                "governments, no quote."),
    speech("s-paris-welcome", "Statement", "Paris welcomes the American efforts", FRANCE, ("ont salué", None), [],
           about=["e-us-efforts"],
           note="« Paris, Berlin et Londres ont salué les efforts américains »: three metonyms with one trigger are "
                "three speech acts (as « si Helsinki ou Stockholm la demandaient » in gold)."),
    speech("s-berlin-welcome", "Statement", "Berlin welcomes the American efforts", GERMANY, ("ont salué", None),
           [], about=["e-us-efforts"], note="The second of the three welcomes."),
    speech("s-london-welcome", "Statement", "London welcomes the American efforts", UK, ("ont salué", None), [],
           about=["e-us-efforts"], note="The third of the three welcomes."),
    speech("s-macron-next-step", "Statement", "Emmanuel Macron: the next step must include Ukraine", MACRON,
           ("ont souligné", None), [("la prochaine étape doit inclure l’Ukraine", None)],
           time="t-saturday-statement", about=["e-next-step"],
           note="« mais « la prochaine étape doit inclure l’Ukraine », ont souligné Emmanuel Macron, Friedrich Merz "
                "et Keir Starmer dans un communiqué publié samedi »: one quote, three speakers; the quote goes to "
                "the first-named (benchmarks/gold/README.md), the others keep the trigger without it. The statement "
                "is the channel; « publié samedi » dates the speech acts."),
    speech("s-merz-next-step", "Statement", "Friedrich Merz: the next step must include Ukraine", MERZ,
           ("ont souligné", None), [], time="t-saturday-statement", about=["e-next-step"],
           note="The second signatory: the trigger, no quote (it belongs to s-macron-next-step)."),
    speech("s-starmer-next-step", "Statement", "Keir Starmer: the next step must include Ukraine", STARMER,
           ("ont souligné", None), [], time="t-saturday-statement", about=["e-next-step"],
           note="The third signatory: the trigger, no quote."),
    speech("s-macron-call", "Statement", "Emmanuel Macron calls for keeping up the pressure on Russia", MACRON,
           ("a appelé", None), [], about=["e-pressure"],
           note="« Le président français a appelé à maintenir la pression sur la Russie »: a call without guillemets; "
                "no addressee is written."),
    speech("s-macron-intention", "Statement", "Emmanuel Macron: Russia has « no intention » of stopping the war",
           MACRON, ("selon", "selon lui"), [("aucune intention", None)], about=["e-stop-war"],
           note="« qui n’a selon lui « aucune intention » d’arrêter la guerre »: « selon lui » gives the relative to "
                "Macron, and the quoted noun phrase is his."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
