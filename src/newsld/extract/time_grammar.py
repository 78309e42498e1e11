"""The grammar of French time expressions and their normalisation, one expression at a time.

Finding (``find_expressions``: patterns for weekdays, dates, months, years, seasons, weeks, deictics, counts,
durations, ranges, parts of the day, decades and centuries) and resolving one expression against the
publication date with its verb's tense (``resolve_relative_date``). What the story itself anchors (``la
veille``, ``un mois après la visite``) is in ``story_times``; the publication day the text fixes is in
``publication_day``; ``times`` is the facade the rest of the extractor imports.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
_WD = "|".join(WEEKDAYS)
_MO = "|".join(MONTHS) + "|fevrier|aout|decembre"
NUMBER_VALUES = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                 "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
                 "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
                 "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000}
_NW = "|".join(sorted(NUMBER_VALUES, key=len, reverse=True))
# digits, or number words joined the French way: vingt-quatre, soixante et onze, deux cents
NUMBER = rf"(?:\d+(?:[.,]\d+)?|(?:{_NW})\b(?:(?:-|\s+et\s+|\s+)(?:{_NW})\b)*)"
VAGUE_COUNTS = (r"quelques|plusieurs|des|de\s+longue?s|de\s+nombreu(?:x|ses)|une\s+(?:dizaine|quinzaine|vingtaine"
                r"|trentaine|centaine)\s+d[e']\s*|des\s+(?:dizaines|centaines)\s+d[e']\s*")
UNITS = r"secondes?|minutes?|heures?|journées?|jours?|nuits?|semaines?|mois|années?|ans?|décennies?|siècles?"
# singular stem -> unit, first match wins (journée before jour, année before an)
UNIT_STEMS = (("seconde", "second"), ("minute", "minute"), ("heure", "hour"), ("journée", "day"),
              ("jour", "day"), ("nuit", "day"), ("semaine", "week"), ("mois", "month"), ("année", "year"),
              ("an", "year"), ("décennie", "decade"), ("siècle", "century"))
# a part of the day after a weekday or ``hier`` (« jeudi à l'aube », « hier en fin de soirée »)
PARTS = (r"matin|midi|après-midi|soir|à\s+l'aube|au\s+petit\s+matin|en\s+(?:(?:début|fin)\s+de\s+)?(?:matinée|soirée)"
         r"|en\s+(?:début|milieu|fin)\s+d'après-midi|à\s+la\s+mi-journée")
ORIENT = r"dernier|dernière|prochain|prochaine|passé|passée"
# (first month, last month) of each season (meteorological: the winter runs December to February)
SEASONS = {"printemps": (3, 5), "été": (6, 8), "automne": (9, 11), "hiver": (12, 2)}
# where in a week: (first, last) weekday index
WEEK_PARTS = {None: (0, 6), "début": (0, 2), "milieu": (2, 3), "fin": (3, 6), "week-end": (5, 6)}

_PREP_YEAR = (r"en|depuis|dès|à\s+partir\s+de|à\s+compter\s+de|avant|après|jusqu'en|jusqu'à|d'ici\s+à|d'ici"
              r"|à l'horizon|vers|pour|l'année|l'an|année")
_FROM = r"à\s+(?:partir|compter)\s+d(?:e\s+|')"  # « à partir de juin », « à compter d'octobre »
# « il y a tout juste un an »: a count said to be exact, not a bound
EXACTLY = r"(?:tout\s+juste|exactement|précisément|pile)"
# the turning points of a career or a state that date what is told of them (« lors de son arrivée au pouvoir »)
TURNING_POINTS = (r"arrivée\s+au\s+pouvoir|retour\s+au\s+pouvoir|accession\s+au\s+(?:pouvoir|trône)"
                  r"|prise\s+de\s+(?:ses\s+)?fonctions|entrée\s+en\s+fonctions?|élection|réélection|investiture"
                  r"|indépendance|création|fondation")
# a date soon after, in the same clause: what it dates is dated (« depuis son élection, en mai 2017 »)
DATED_AFTER = re.compile(rf"[^.;:!?«»]{{0,60}}?(?:\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}(?:er)?\s+(?:{_MO})\b"
                         rf"|\b(?:en|depuis|le\s+mois\s+de|début|fin|mi-)\s*(?:{_MO})\b|\bil\s+y\s+a\b)", re.IGNORECASE)
# the words that make « les 70 ans de ... » an anniversary rather than a duration (« les 70 ans de règne »)
CELEBRATE = re.compile(r"\b(?:c[ée]l[éèe]br|commémor|fêt|marqu|cérémonie|festivités|occasion|soulign|anniversaire)",
                       re.IGNORECASE)
CELEBRATE_REACH = 50
ORDINALS = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4,
            "4e": 4, "dernier": 4}
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
# the periods and turning points of history wire copy dates from (« depuis la fin de la Seconde Guerre mondiale »):
# (pattern, first year, last year); only those whose dates no reader disputes. A time only after a preposition of
# time or « début »/« fin » (« la Seconde Guerre mondiale » alone is a name); not the events of the news itself (the
# invasion of Ukraine), which the annotation holds as entities
NAMED_PERIODS = (
    (r"(?:Seconde|Deuxième|2e|IIe)\s+Guerre\s+mondiale", 1939, 1945),
    (r"Première\s+Guerre\s+mondiale|Grande\s+Guerre", 1914, 1918),
    (r"guerre\s+froide", 1947, 1991),
    (r"guerre\s+de\s+Corée", 1950, 1953),
    (r"guerre\s+du\s+Vietnam", 1955, 1975),
    (r"guerre\s+des\s+Six[- ]Jours", 1967, 1967),
    (r"guerre\s+du\s+Kippour", 1973, 1973),
    (r"révolution\s+islamique", 1979, 1979),
    (r"chute\s+du\s+(?:mur|Mur)\s+de\s+Berlin", 1989, 1989),
    (r"réunification\s+(?:allemande|de\s+l'Allemagne)", 1990, 1990),
    (r"guerre\s+du\s+Golfe", 1990, 1991),
    (r"(?:chute|effondrement|dislocation|dissolution|disparition|fin)\s+de\s+l'(?:URSS|Union\s+soviétique)",
     1991, 1991),
    (r"(?:attentats\s+du\s+)?11[- ]Septembre(?:\s+2001)?", 2001, 2001),
    (r"(?:(?:attaque|massacre|pogrom)s?\s+du\s+)?7-Octobre", 2023, 2023),
    (r"printemps\s+arabes?", 2011, 2011),
    (r"printemps\s+de\s+Prague", 1968, 1968),
)
_PERIOD = "|".join(f"(?:{pattern})" for pattern, _first, _last in NAMED_PERIODS)
_MOD = r"début|fin|mi|courant"
_MOD_PREFIX = (rf"(?:(?:à la|au|en|dès la|dès|depuis la|depuis|d'ici la|d'ici|avant la|avant|jusqu'à la|jusqu'à"
               rf"|jusqu'en)\s+)?"
               rf"(?P<mod>{_MOD})[\s-]+(?:d'|de\s+)?")
# what may open the noun phrase of an event a time is counted from (« un mois après la visite », « à la veille du
# sommet »), or a past infinitive or a clause after ``après`` (« trois jours après avoir été reçue », « deux jours
# après qu'il a été élu »);
# not ``de`` + an infinitive (« deux jours avant de partir »: often how long one waited, not when)
# the event a time is the eve or the morrow of: a noun phrase up to the next adjunct (« à la veille du sommet
# européen à Bruxelles » -> « sommet européen »), ending on a word that is not a determiner or a preposition
_STOP = r"dans|à|en|pour|avec|sur|par|selon|lors|après|avant|contre|vers|chez|sans|qui|que|qu'|où|dont|et|ou"
_EVENT_NOUN = (rf"(?P<np>(?:(?!\s(?:{_STOP})\s)[^,.;:!?«»()\n]){{0,59}}\w)\b(?<!\bla)(?<!\ble)(?<!\bles)(?<!\bde)"
               r"(?<!\bdu)(?<!\bdes)(?<!\bun)(?<!\bune)(?<!\bau)(?<!\bd)(?<!\bl)")
_EVENT_NP = (r"(?=\s*(?:l[ae]\s|l'|les\s|son\s|sa\s|ses\s|leurs?\s|un\s|une\s|du\s|des\s|cet?\s|cette\s|\d"
             r"|(?<=après)\s*(?:(?:s'|l'|les\s+|lui\s+|leur\s+|y\s+|en\s+|se\s+)?(?:avoir|être)\s|qu(?:e\s|'))))")

# Every match of every pattern below opens on a word start: after a boundary, a word character (a letter or a digit)
# or the hyphen of an ordinal (« -ième »), never a space, a quote or a sign. So each is compiled behind
# ``\b(?=[\w-])``: the engine drops spaces, punctuation and the insides of words at once, instead of trying each
# pattern's optional openings there (speed; the matches are the same: tests/extract/
# test_time_grammar_speed_round14.py proves each pattern's opening from its parse).
WORD_START = r"\b(?=[\w-])"


def _at_word_start(pattern: str) -> re.Pattern[str]:
    return re.compile(WORD_START + pattern.removeprefix(r"\b"), re.IGNORECASE)


# (rule family, pattern); the leftmost and then longest match wins where patterns overlap.
PATTERN_SOURCES: tuple[tuple[str, str], ...] = (
    ("night-span", rf"\b(?:dans\s+)?la\s+nuit\s+d[eu]\s+(?P<wd1>{_WD})\s+(?:à|au)\s+(?P<wd>{_WD})\b"),
    ("night-span", rf"\b(?:dans\s+)?la\s+nuit\s+du\s+(?P<day1>\d{{1,2}})(?:er)?\s+au\s+(?P<day>\d{{1,2}})(?:er)?"
                   rf"\s+(?P<month>{_MO})(?:\s+(?P<year>\d{{4}}))?\b"),
    ("day-range", rf"\b(?:du|entre\s+le|les)\s+(?:(?P<wd1>{_WD})\s+)?(?P<day1>\d{{1,2}})(?:er)?"
                  rf"(?:\s+(?P<month1>{_MO}))?(?:\s+(?P<year1>\d{{4}}))?\s+(?:au|et(?:\s+le)?)\s+"
                  rf"(?:(?P<wd>{_WD})\s+)?(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MO})(?:\s+(?P<year>\d{{4}}))?\b"),
    ("year-range", r"\b(?:de|entre)\s+(?P<year1>(?:19|20)\d{2})\s+(?:à|et)\s+(?P<year>(?:19|20)\d{2})\b"),
    ("year-range", r"\b(?:(?:en|de|dans|depuis)\s+)?(?P<year1>(?:19|20)\d{2})\s*[-–]\s*(?P<year>(?:19|20)\d{2})\b"),
    ("month-range", rf"\b(?:de|d'|entre)\s*(?P<month1>{_MO})\s+(?:à|et)\s+(?P<month>{_MO})(?:\s+(?P<year>\d{{4}}))?\b"),
    ("numeric-date", r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>(?:19|20)\d{2})\b"),
    ("numeric-date", r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    ("day-month", rf"\b(?:(?P<prep>depuis)\s+(?:le\s+)?)?(?:(?P<wd>{_WD})\s+)?(?:le\s+)?(?P<day>\d{{1,2}})(?:er)?"
                  rf"\s+(?P<month>{_MO})(?:\s+(?P<year>\d{{4}}))?(?:\s+(?P<rel>dernier|prochain))?\b"),
    # ``lundi 12`` then punctuation or a preposition (not ``samedi 2 soldats``, ``lundi 3 heures``)
    ("weekday-day", rf"\b(?P<wd>{_WD})\s+(?P<day>\d{{1,2}})(?:er)?(?=\s*(?:[,.;:)»]|$)|\s+(?:à|au|aux|en|dans|lors"
                    rf"|pour|et|ou|selon|avec|sur)\b)"),
    ("month-year", rf"\b(?:(?:{_PREP_YEAR})\s+|{_MOD_PREFIX})?(?P<month>{_MO})\s+(?P<year>\d{{4}})\b"),
    ("year", rf"\b(?:(?P<prep>{_PREP_YEAR})\s+|{_MOD_PREFIX})(?P<year>(?:19|20)\d{{2}})\b(?!\s*[-/]\d)"),
    # a year after ``de`` or ``à`` that closes its phrase (« la victoire de 1945, où », « remontait à 2019. »); not a
    # count (« de 2000 soldats », « plus de 2000, selon »), which a noun follows or a word of quantity precedes
    ("year", r"(?<!plus )(?<!moins )(?<!près )(?<!environ )(?<!\d )\b(?P<prep>de|d'|à)\s*(?P<year>(?:19|20)\d{2})\b"
             r"(?=\s*(?:[,.;:)»]|$)|\s+(?:où|qui|lors|lorsque|quand|selon|dans|avec|contre|pour|par)\b)"),
    # a year after the noun of an event or a text it names (« le traité de 1967 », « la crise financière de 2008 »);
    # kept only after such a noun (see YEAR_NOUN_BEFORE), and not before a plural noun (« de 2000 soldats »)
    ("year-of-noun", r"\b(?P<prep>de|d')\s*(?P<year>(?:19|20)\d{2})\b(?!\s*[-/]\d)(?!\s+[a-zà-ü]+[sx]\b)"),
    # the second of two years (« pour 2025 et 2026 »): a year of its own, not a range
    ("year", r"(?<=\d{4} )(?:et|ou)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[-/]\d)"),
    ("month", rf"\b(?:(?P<prep>en|depuis|dès|jusqu'en|d'ici|avant|après|courant|(?:au|le|du)\s+mois\s+de|pour)\s+"
              rf"|{_FROM}|(?:au|le|du)\s+mois\s+d'|{_MOD_PREFIX})(?P<month>{_MO})(?:\s+(?P<rel>{ORIENT}))?\b"),
    ("month", rf"\b(?P<month>{_MO})\s+(?P<rel>{ORIENT})\b"),
    ("decade", r"\b(?:dans\s+|depuis\s+|durant\s+|pendant\s+)?(?:les|des|aux|dès\s+les)\s+années\s+"
               r"(?P<decade>(?:19|20)?\d0)\b"),
    ("century", r"\b(?:(?:au|du|le)\s+)?(?:(?:début|milieu|fin)\s+du\s+)?(?P<century>[XVI]+|\d{1,2})"
                r"(?:e|ème|ᵉ)\s+siècle\b"),
    ("season", rf"\b(?P<det>l'|le|la|cet|cette|ce|au|en|à\s+l')\s*(?P<season>printemps|été|automne|hiver)"
               rf"(?:\s+(?P<rel>{ORIENT}))?(?:\s+(?P<year>\d{{4}}))?\b(?!\s+(?:arabes?|de\s+Prague)\b)"),
    ("ago", rf"\bil\s+y\s+a\s+(?:(?P<qual>plus|moins|près)\s+d[e']\s*|environ\s+|presque\s+|{EXACTLY}\s+)?"
            rf"(?P<n>{NUMBER}|quelques|plusieurs)\s+(?P<unit>{UNITS})\b(?:,?\s+(?P<exact>jour\s+pour\s+jour)\b)?"),
    # « dans un délai de dix jours », « sous 48 heures », « d'ici deux semaines »: a deadline, counted from publication
    ("later", rf"\b(?P<limit>dans\s+un\s+délai\s+(?:(?:maximum|maximal|légal)\s+)?d[e']|sous)\s*(?P<n>{NUMBER})\s+"
              rf"(?P<unit>{UNITS})\b"),
    ("later", rf"\b(?:dans|(?P<limit>d'ici))\s+(?:(?:plus|moins|près)\s+d[e']\s*|environ\s+)?(?P<n>{NUMBER}|quelques"
              rf"|plusieurs)\s+"
              rf"(?P<unit>{UNITS})\b"),
    ("relative-to-event", rf"\b(?P<n>{NUMBER}|quelques|plusieurs)\s+(?P<unit>{UNITS})\s+(?:plus\s+tard|plus\s+tôt"
                          rf"|auparavant)\b"),
    # « un mois après la visite de X »: the time of the visit, counted back from the clause's own day
    ("counted-from-event", rf"\b(?:(?P<qual>plus|moins|près)\s+d[e']\s*|environ\s+)?"
                           rf"(?P<n>{NUMBER}|quelques|plusieurs)\s+(?P<unit>{UNITS})(?P<half>\s+et\s+demie?)?"
                           rf"\s+(?P<dir>après|avant)\b"
                           rf"(?:(?=\s*(?P<anaphor>son|sa|ses|leurs?|cet?|cette|ces)\s))?{_EVENT_NP}"),
    # « à la veille du sommet », « au lendemain d'un appel »: the clause's own day, the eve (morrow) of the event
    ("eve-of-event", rf"\b(?:(?:à\s+la|au)\s+(?P<word>veille|lendemain|surlendemain)\s+(?:d[eu]\s|des\s|d')"
                     rf"|(?P<word2>la\s+veille|l'avant-veille|le\s+(?:sur)?lendemain)\s+(?:d[eu]\s|d'))"
                     # (« qui a refusé la veille d'exclure le recours »: a verb's infinitive after it, no event's eve)
                     rf"(?!\s*[a-zéèêîôûç]+(?:er|ir|re|oir)\b)\s*{_EVENT_NOUN}"),
    ("relative-to-event", r"\b(?P<word>la\s+veille|l'avant-veille|le\s+lendemain|le\s+surlendemain"
                          r"|le\s+jour\s+même|le\s+même\s+jour|la\s+même\s+(?:année|semaine)|le\s+même\s+mois"
                          r"|(?:l'année|le\s+mois|la\s+semaine)\s+"
                          r"(?:suivante?|précédente?)"
                          # « cette année-là »: the year of the story's last time, not the current one
                          r"|(?:cette\s+année|ce\s+mois|cette\s+semaine|ce\s+jour)-là)(?!\w)"),
    ("vague-span", rf"\b(?:(?:dans|pour|au\s+cours|lors|durant|pendant)\s+)?(?:de\s+|d')?(?:les|des|ces|ses)\s+"
                   rf"(?P<orient>{ORIENT}|derniers|dernières|prochains|prochaines)\s+(?P<unit>{UNITS})\b"),
    ("vague-span", rf"\b(?:(?:dans|pour|au\s+cours\s+d)\s*)?(?:les|des)\s+(?P<unit>{UNITS})\s+"
                   rf"(?P<orient>à\s+venir|qui\s+viennent)\b"),
    ("week", r"\b(?:(?:en|au|à\s+la|dès\s+le|d'ici\s+la)\s+(?P<mod>début|milieu|fin)\s+de\s+(?:la\s+)?)?"
             r"(?P<which>cette\s+semaine|(?:la\s+)?semaine\s+(?:dernière|prochaine|passée))\b"),
    ("week", r"\b(?:en|à\s+la|d'ici\s+la|avant\s+la)\s+(?P<mod>début|milieu|fin)\s+de\s+(?:la\s+)?semaine\b"),
    ("week", r"\b(?P<which>ce\s+week-end|le\s+week-end\s+(?:dernier|prochain|passé)"
             r"|(?:au\s+cours\s+du|pendant\s+le|durant\s+le|(?:tout\s+)?au\s+long\s+du|tout\s+le)\s+week-end"
             r"|(?:toute|tout\s+au\s+long\s+de)\s+la\s+semaine)\b(?!\s+(?:dernière|prochaine|passée|suivante"
             r"|précédente))"),
    # « à la fin du mois dernier », « au début de l'année prochaine »: a part of the month or year before or after
    ("relative", r"\b(?:(?:d'ici|avant|depuis|dès|en|à|au)\s+)?(?:la\s+|le\s+)?(?P<word>(?:début|milieu|mi-|fin)\s*"
                 r"(?:de\s+l'année|d'année|du\s+mois|de\s+mois)\s+(?:dernier|dernière|prochaine?|passée?))\b"),
    # « au premier trimestre 2026 », « au second semestre »: three or six months, so at best a year
    ("quarter", rf"\b(?:(?:au|du|le|ce|pour\s+le|depuis\s+le|dès\s+le|d'ici\s+le|avant\s+le|sur\s+le)\s+)?"
                rf"(?P<ord>{_ORD})\s+(?P<unit>trimestre|semestre)(?:\s+(?:de\s+l'année\s+)?(?P<year>(?:19|20)\d{{2}}))?\b"),
    # « depuis la fin de la Seconde Guerre mondiale »: a period of history, to the year
    ("named-period", rf"\b(?:(?P<prep>depuis|après|avant|pendant|durant|dès|lors|au\s+lendemain|à\s+la\s+veille)"
                     rf"\s+(?:de\s+|d')?)?(?:(?:le|la|l')\s*)?(?:(?P<edge>début|fin|lendemain|veille)\s+(?:de\s+la|du"
                     rf"|de\s+l'|des)\s*)?(?:la\s+|le\s+|l'|les\s+)?(?P<period>{_PERIOD})"),
    # « lors de son arrivée au pouvoir », « depuis son élection »: the time of a turning point of a career or a state,
    # which the text does not date (when it does, « depuis son élection en 2017 », the date is the time)
    ("event-anchored", rf"\b(?:lors|depuis|dès|au\s+moment|à\s+l'occasion|peu\s+avant|peu\s+après|avant|après)"
                       rf"(?:\s+(?:de|d'))?\s+(?:son|sa|leur|l')\s*(?P<event>{TURNING_POINTS})\b"
                       rf"(?!,?\s+(?:en|le|du|au|à|début|fin|mi-?)?\s*(?:\d|{_MO}|l'an|l'année)|,?\s+il\s+y\s+a\b)"),
    # « les 70 ans de l'indépendance » (after a word of celebration), « le 80e anniversaire de la victoire »: the
    # event celebrated, counted back from the year of publication
    ("anniversary", r"\b(?:(?:le|du|au|ce|son|leur)\s+)?(?P<n>\d{1,3}|premier|[a-zé-]+ième)(?:er|e|ème|ᵉ)?"
                    r"\s+anniversaire(?=\s+(?:de|du|des|d')\b)"),
    ("anniversary", rf"\b(?P<for>pour\s+)?(?:les|des|aux|ses|leurs)\s+(?P<n>\d{{1,3}}|{_NW})\s+ans"
                    rf"(?=\s+(?:de|du|des|d')\b)"),
    ("relative", r"\b(?P<word>le\s+mois\s+(?:dernier|prochain|passé)|ce\s+mois-ci|l'an\s+(?:dernier|prochain|passé)"
                 r"|l'année\s+(?:dernière|prochaine|passée|en\s+cours)|cette\s+année"
                 r"|(?:d'ici\s+|avant\s+|à\s+|en\s+)?(?:la\s+)?fin\s+(?:de\s+l'année|d'année|du\s+mois|de\s+mois))\b"),
    # « depuis le début de l'année », « au début du mois »: a part of the current year or month is in it
    ("relative", r"\b(?:(?:depuis|dès|en|à|au)\s+)?(?:le\s+|la\s+)?(?P<word>(?:début|milieu|mi-)\s*(?:de\s+l'année"
                 r"|d'année|du\s+mois|de\s+mois))\b(?!\s+(?:prochaine?|dernière?|suivante?|précédente?|passée?|\d))"),
    ("clock", r"\b(?:à|vers|dès|avant|après|jusqu'à)\s+(?P<hour>\d{1,2})\s*(?:h|heures?)(?:\s*(?P<minute>\d{2}))?"
              r"(?:\s+(?:\(\d{1,2}h\d{0,2}\s+GMT\)|GMT|heure\s+locale|locale))?(?!\w)"),
    ("part-of-day", r"\b(?:dans|en|au\s+cours\s+de|pendant|durant|tôt|tard|toute|tout\s+au\s+long\s+de)"
                    r"\s+(?:la\s+|l')\s*"
                    r"(?P<part>matinée|après-midi|soirée|journée|nuit)\b"),
    ("part-of-day", r"\b(?:en|au|à\s+la)\s+(?:début|milieu|fin)\s+d[e']\s*(?:la\s+)?"
                    r"(?P<part>matinée|après-midi|soirée|journée|nuit)\b"),
    # « à l'aube », « en soirée »; not « à l'aube d'une nouvelle ère » (the eve of something, not an hour)
    # « dès l'aube », « tôt le matin », « tard le soir »: from (or in) a part of the day of their clause
    ("part-of-day", r"\b(?P<part>(?:à|dès|depuis)\s+l'aube|(?:au|dès\s+le)\s+petit\s+matin|au\s+lever\s+du\s+jour"
                    r"|en\s+(?:matinée|soirée)|dès\s+le\s+matin|(?:tôt|tard)\s+le\s+(?:matin|soir)"
                    r"|à\s+la\s+mi-journée)\b(?!\s*(?:d[eu]\s|d'|des\s))"),
    ("duration", rf"\b(?:(?P<prep>pendant|durant|depuis|pour|en|de|d'|sur|au\s+bout\s+de|au\s+bout\s+d')\s*)?"
                 rf"(?:(?P<qual>plus\s+d[e']|moins\s+d[e']|près\s+d[e']|environ|presque|au\s+moins|à\s+peine)\s*)?"
                 rf"(?:(?:les|ces)\s+)?(?P<n>{NUMBER}|{VAGUE_COUNTS})\s*(?:(?:prochain|dernier)e?s\s+)?(?P<unit>{UNITS})"
                 rf"(?:\s+et\s+demie?)?(?:\s+(?:prochain|dernier)e?s)?\b"),
    # « dans la soirée de lundi »: a part of a day named, that day
    ("weekday", rf"\b(?:dans|en|au\s+cours\s+de|pendant|durant|tôt|tard|toute)\s+(?:la\s+|l')\s*(?P<part>matinée"
                rf"|après-midi|soirée|journée|nuit)\s+d[eu]\s+(?P<wd>{_WD})(?:\s+(?P<rel>{ORIENT}))?\b"),
    ("weekday", rf"\b(?:(?:depuis|d'ici|dès|jusqu'à|à\s+(?:partir|compter)\s+de)\s+)?(?:(?P<this>ce)\s+)?"
                rf"(?P<wd>{_WD})(?:\s+(?P<part>{PARTS}))?"
                rf"(?:\s+(?P<rel>{ORIENT}))?\b"),
    ("deictic", rf"\b(?P<word>aujourd'hui|avant-hier|après-demain|hier|demain)(?:\s+(?P<part>{PARTS}))?\b"),
    ("deictic", r"\b(?P<word>ce\s+matin|ce\s+soir|cette\s+nuit|cet\s+après-midi|cette\s+après-midi|ce\s+midi"
                r"|la\s+nuit\s+dernière|pour\s+l'heure|en\s+ce\s+moment|actuellement|à\s+l'heure\s+actuelle|à\s+présent"
                r"|dans\s+l'immédiat|pour\s+le\s+moment|pour\s+l'instant|à\s+l'heure\s+où\s+nous\s+écrivons)\b"),
    # an era of history with no dates of its own (« depuis l'époque soviétique », « sous l'ère Meiji »): vague
    ("era", r"\b(?:depuis|dès|sous|pendant|durant|à|de)\s+l'(?:époque|ère)\s+(?:soviétique|tsariste|impériale|coloniale"
            r"|communiste|stalinienne|maoïste|féodale|Meiji|Edo|Staline|Mao|Brejnev|Eltsine)\b"),
    # « avant Noël », « d'ici le Nouvel An », « depuis la Toussaint »: a feast of a fixed day (not « le Nouvel An
    # lunaire », whose day moves)
    ("feast", r"\b(?P<prep>avant|d'ici|jusqu'à|à|pour|depuis|dès|après)\s+(?P<feast>Noël|la\s+Saint-Sylvestre"
              r"|la\s+Toussaint|(?:le\s+)?Nouvel\s+An|(?:le\s+)?jour\s+de\s+l'An)\b"
              r"(?!\s+(?:lunaire|chinois|vietnamien|juif|persan|iranien|orthodoxe))"),
    # « pendant les Jeux », « lors des JO d'hiver »: the Olympic Games of the year they are held (summer ones in a year
    # a multiple of four, winter ones two years apart); not other games (« les Jeux asiatiques »), nor Games a city or
    # a year names (« les JO de Paris », « les Jeux de 2028 »: the year is its own time)
    ("games", r"\b(?P<prep>pendant\s+les|durant\s+les|lors\s+des|avant\s+les|après\s+les|à\s+l'approche\s+des"
              r"|d'ici\s+les|pour\s+les|aux)\s+(?P<games>(?-i:Jeux)(?:\s+(?:olympiques|paralympiques)"
              r"(?:\s+et\s+paralympiques)?)?|(?-i:JO|JOP))(?:\s+(?P<season>d'été|d'hiver))?\b"
              r"(?!\s+(?:asiatiques|africains|méditerranéens|panaméricains|européens|mondiaux|du\s|de\s|d'(?!été|hiver)"
              r"|\d))"),
    ("vague", r"\b(?P<word>prochainement|bientôt|sous\s+peu|d'ici\s+peu|récemment|dernièrement|fraîchement"
              r"|nouvellement|naguère|autrefois|jadis|à\s+l'avenir|à\s+(?:(?:court|moyen|long)\s+)?terme"
              r"|dans\s+un\s+(?:proche\s+)?avenir(?:\s+proche)?"
              # « dans un court laps de temps », « dans un bref délai »: soon, no date
              r"|dans\s+(?:un|les)\s+(?:(?:plus\s+)?(?:court|bref)s?\s+)(?:laps\s+de\s+temps|délais?)"
              # « une demi-heure plus tard » is counted from a moment no word dates: vague
              r"|une\s+demi-heure\s+plus\s+(?:tard|tôt))\b"),
    # « tous les ans », « chaque année », « toutes les semaines »: a recurrence, no one date (vague)
    ("recurrence", r"\b(?:tou(?:te)?s\s+les\s+(?:ans|années|mois|semaines|jours|étés|hivers)"
                   r"|chaque\s+(?:année|an|mois|semaine|jour|été|hiver|printemps|automne))\b"
                   # « Chaque jour de retard est un cadeau »: a noun phrase, not a recurrence
                   r"(?!\s*(?:de|d'|du|des|qui|que)\b)"),
)
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, _at_word_start(p)) for kind, p in PATTERN_SOURCES)
DEICTIC_SHIFT = {"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2}
DEICTIC_RULE = {0: "deictic-today", -1: "deictic-yesterday", -2: "deictic-yesterday", 1: "deictic-tomorrow",
                2: "deictic-tomorrow"}
NOW_WORDS = ("pour l'heure", "en ce moment", "actuellement", "à l'heure actuelle", "à présent", "dans l'immédiat",
             "pour le moment", "pour l'instant", "à l'heure où nous écrivons")
RELATIVE = {"le mois dernier": ("month", -1), "le mois passé": ("month", -1), "le mois prochain": ("month", 1),
            "ce mois-ci": ("month", 0), "fin du mois": ("month", 0), "fin de mois": ("month", 0),
            "l'an dernier": ("year", -1),
            "l'an passé": ("year", -1), "l'an prochain": ("year", 1), "l'année dernière": ("year", -1),
            "l'année passée": ("year", -1), "l'année prochaine": ("year", 1),
            "l'année en cours": ("year", 0), "cette année": ("year", 0), "fin de l'année": ("year", 0),
            "fin d'année": ("year", 0)}
VAGUE_PAST = {"récemment", "dernièrement", "fraîchement", "nouvellement", "naguère", "autrefois", "jadis"}
EDGE_OF_OTHER = re.compile(r"^(?:fin|début|milieu) .+ (?:dernier|dernière|prochaine?|passée?)$")
PAST_CUES = ("depuis", "il y a", "dernier", "dernière", "passé", "passée", "derniers", "dernières")
FUTURE_CUES = ("d'ici", "prochain", "prochaine", "prochains", "prochaines", "à venir", "qui viennent")
ROMAN = {"I": 1, "V": 5, "X": 10}
# how close to the publication a dated day on the "wrong" side of its tense may still be read (a tense
# taken from the wrong verb, or "a annoncé ... le 20")
TENSE_SLACK = timedelta(days=7)


@dataclass(frozen=True)
class Expression:
    start: int
    end: int
    text: str
    family: str
    fields: dict[str, str | None]
    sentence: int = 0  # which sentence of the text it is in (times in one sentence date one clause's events)


@dataclass(frozen=True)
class Anchor:
    """What times are normalised against: the publication date to its precision."""

    year: int
    month: int | None
    day: date | None

    @classmethod
    def from_value(cls, value: str) -> Anchor:
        parts = [int(p) for p in value.split("-")]
        day = date(*parts) if len(parts) == 3 else None
        return cls(parts[0], parts[1] if len(parts) > 1 else None, day)

    @property
    def month_value(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    @property
    def precision(self) -> str:
        return "day" if self.day else ("month" if self.month else "year")

    def period(self) -> tuple[date, date]:
        """The first and last day the article may have been published on."""
        if self.day is not None:
            return self.day, self.day
        if self.month is not None:
            return date(self.year, self.month, 1), month_end(self.year, self.month)
        return date(self.year, 1, 1), date(self.year, 12, 31)


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: str
    rule: str
    note: str = ""


@dataclass(frozen=True)
class Inference:
    """A publication date the text fixes more precisely than the file."""

    value: str
    precision: str
    rule: str
    note: str

    @property
    def day(self) -> date:
        return date.fromisoformat(self.value)


# --- finding ------------------------------------------------------------------------------------------------

# a date that names an event (« le sommet du 25 juillet », « l'attaque du 7 octobre ») rather than dating a verb
OF_BEFORE = re.compile(r"\b(?:du|de|d')\s*$", re.IGNORECASE)
# « à partir du 1er avril », « à compter du 2 mai »: the day a measure starts
START_BEFORE = re.compile(r"\bà\s+(?:partir|compter)\s+du\s*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?»](?=\s+[«A-ZÀ-Ý])|\n")


# Words a family cannot match without (lower case): a text without any of them is not scanned for it (speed).
MONTH_WORDS = (*MONTHS, "fevrier", "aout", "decembre")
GATES = {"century": ("siècle",), "era": ("époque", "ère "), "decade": ("années",),
         "counted-from-event": ("après", "avant"),
         "eve-of-event": ("veille", "lendemain"), "night-span": ("nuit",),
         "relative-to-event": ("veille", "lendemain", "même", "suivant", "précédent", "tard", "tôt", "auparavant",
                               "-là"),
         "season": ("printemps", "été", "automne", "hiver"), "month-range": MONTH_WORDS,
         "month-year": MONTH_WORDS, "month": MONTH_WORDS, "day-month": MONTH_WORDS,
         "quarter": ("trimestre", "semestre"),
         "event-anchored": ("pouvoir", "fonction", "élection", "investiture", "indépendance", "création", "fondation",
                            "trône"), "anniversary": ("anniversaire", " ans "),
         "named-period": ("guerre", "mur", "urss", "soviétique", "printemps", "révolution", "réunification",
                          "attentats", "septembre", "octobre"),
         # one word of each, never across a space (``\s+`` may be a line break): a day-range ends on a month,
         # ``week`` names the week or the week-end, ``relative`` the month or the year (``l'an dernier``)
         "day-range": MONTH_WORDS, "weekday-day": WEEKDAYS, "weekday": WEEKDAYS, "week": ("semaine", "week-end"),
         "relative": ("mois", "année", "l'an"),
         "vague-span": ("derni", "prochain", "passé", "venir", "viennent"),
         "part-of-day": ("matin", "midi", "soir", "jour", "nuit", "aube"),
         "deictic": ("hier", "demain", "aujourd'hui", "matin", "soir", "nuit", "midi", "heure", "moment",
                     "actuellement", "présent", "immédiat", "instant"),
         "feast": ("noël", "sylvestre", "toussaint", "nouvel an", "jour de l'an"), "games": ("jeux", "jo"),
         "vague": ("prochainement", "bientôt", "peu", "récemment", "dernièrement", "fraîchement", "nouvellement",
                   "naguère", "autrefois", "jadis", "avenir", "terme", "laps", "délai", "demi-heure"),
         "recurrence": ("tous les", "toutes les", "chaque")}


def _scanned(family: str, lowered: str) -> bool:
    words = GATES.get(family)
    return words is None or any(word in lowered for word in words)


def find_expressions(text: str) -> list[Expression]:
    """Every time expression, left to right, never overlapping (leftmost, then longest, then first family)."""
    text = text.replace("’", "'")
    lowered = text.lower()
    candidates = [(m.start(), -(m.end() - m.start()), order, family, m)
                  for order, (family, pattern) in enumerate(PATTERNS) if _scanned(family, lowered)
                  for m in pattern.finditer(text)]
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    found: list[Expression] = []
    for start, _length, _order, family, m in sorted(candidates, key=lambda c: c[:3]):
        if found and start < found[-1].end:
            continue
        if _is_time(family, m, text):
            sentence = bisect.bisect_right(ends, start)
            opening = text[ends[sentence - 1] if sentence else 0:start].strip(" \n\t«»\"'-–—")
            fronted = len(opening.split()) <= 1
            done = "done" if OPENING_PARTICIPLE.match(opening) else None
            cues = {"cue": done or _cue(text, start) or (_cue_after(text, m.end()) if fronted else None),
                    "said": dates_a_report(text, start),
                    "prospective": "prospective" if PROSPECTIVE.search(text, max(0, start - 60), start) else None,
                    "of": "of" if OF_BEFORE.search(text, max(0, start - 6), start) else None,
                    "start": "start" if START_BEFORE.search(text, max(0, start - 14), start) else None,
                    "fronted": "fronted" if fronted else None,
                    "aside": "aside" if in_apposition(text, start) else None,
                    "negated": "negated" if NEGATION_BEFORE.search(opening[-120:]) else None,
                    **(_quote_cues(text, start) if family in ("deictic", "weekday") else {}),
                    **(_weekday_cues(text, m, fronted) if family == "weekday" else {})}
            found.append(Expression(start, m.end(), m.group(), family, m.groupdict() | cues, sentence))
    return _mark_range_ends(text, _without_inner_times(text, found))


# the families that write a day out (« le 10 juin », « 10/06/2024 », « lundi 10 juin »)
DATED_FAMILIES = ("day-month", "numeric-date", "weekday-day")
# the days a clock time right after them falls inside (« lundi 23 septembre vers 13h00 », « jeudi à 10 heures »)
NAMED_DAY_FAMILIES = ("weekday", *DATED_FAMILIES)
OF = re.compile(r"\s+(?:d[eu]\s+|des\s+|d')")


def _without_inner_times(text: str, found: list[Expression]) -> list[Expression]:
    """Without the times another one already holds: a clock time right after the day it falls in (it only details
    that day), the event an anniversary counts from (« les 80 ans de la fin de la guerre »: the anniversary is
    dated by it)."""
    return [e for i, e in enumerate(found) if not (i and _inner(text, found[i - 1], e))]


def _inner(text: str, before: Expression, e: Expression) -> bool:
    if e.family == "clock":
        return before.family in NAMED_DAY_FAMILIES and e.start - before.end <= 1
    return before.family == "anniversary" and OF.fullmatch(text, before.end, e.start) is not None


# A range of weekdays: « de vendredi à dimanche », « entre lundi et mercredi », « depuis lundi jusqu'à jeudi »,
# « depuis leur entrée ... dimanche jusqu'à leur sortie mardi soir ». What opens it, right before its first day (or
# as the first day's own first word), or ``depuis`` opening the phrase the first day closes:
RANGE_OPEN = re.compile(r"\b(?:de|du|d'|entre|depuis|dès|à\s+partir\s+d[eu])\s*$", re.IGNORECASE)
RANGE_OPEN_WORDS = re.compile(r"^(?:depuis|dès|à\s+partir\s+de)\s", re.IGNORECASE)
RANGE_SINCE = re.compile(r"\b(?:depuis|dès|à\s+partir\s+d[eu']?)\b[^,;:.!?«»()]{0,80}$", re.IGNORECASE)
# what joins the two days: ``à``, ``au``, ``et`` right between them, or ``jusqu'à`` opening the phrase the last day
# closes (« jusqu'à leur sortie mardi soir »)
RANGE_LINK = re.compile(r"\s+(?:à|au|et|jusqu'à|jusqu'au)\s+", re.IGNORECASE)
RANGE_UNTIL = re.compile(r"[^,;:.!?«»()]{0,40}?\bjusqu'(?:à|au)\b[^,;:.!?«»()]{0,60}", re.IGNORECASE)


def _mark_range_ends(text: str, found: list[Expression]) -> list[Expression]:
    """Mark the last day of a range of weekdays (``range_end``): it is the first such day after the range's first day,
    whatever tense its own verb seems to have (a range reads in one direction). Mark too the next step of a plan told
    in order (``sequel``: « se rendra en Serbie mardi, puis en Hongrie jeudi », « avant de regagner Pékin vendredi »):
    a future step is on or after the step before it."""
    out = found[:1]
    for first, last in itertools.pairwise(found):
        if _weekday_range(text, first, last):
            last = replace(last, fields=last.fields | {"range_end": "range"})
        elif _weekday_sequel(text, first, last):
            last = replace(last, fields=last.fields | {"sequel": "then"})
        out.append(last)
    return out


# what tells that a second weekday is a later step of the same plan: « puis », « ensuite », « avant de / d' »,
# « après quoi », between the two days (in one sentence, or « ensuite » / « puis » in the next one)
SEQUEL_LINK = re.compile(r"\b(?:puis|ensuite|avant\s+d(?:e\b|')|après\s+quoi)", re.IGNORECASE)
SEQUEL_NEXT_SENTENCE = re.compile(r"^[^«»]{0,60}[.;]\s+[^«».;!?]{0,60}\b(?:puis|ensuite)\b[^«».;!?]{0,60}$",
                                  re.IGNORECASE)


def _weekday_sequel(text: str, first: Expression, last: Expression) -> bool:
    if first.family != "weekday" or last.family != "weekday":
        return False
    if last.fields.get("rel") or not first.fields.get("wd") or not last.fields.get("wd"):
        return False
    if first.fields.get("quoted") or last.fields.get("quoted") or last.fields.get("limit"):
        return False
    link = text[first.end:last.start]
    if first.sentence == last.sentence:
        return len(link) <= 120 and "«" not in link and "»" not in link and SEQUEL_LINK.search(link) is not None
    return last.sentence == first.sentence + 1 and SEQUEL_NEXT_SENTENCE.match(link) is not None


def _weekday_range(text: str, first: Expression, last: Expression) -> bool:
    if first.family != "weekday" or last.family != "weekday" or first.sentence != last.sentence:
        return False
    if first.fields.get("rel") or last.fields.get("rel") or not first.fields.get("wd") or not last.fields.get("wd"):
        return False
    wd = last.fields["wd"] or ""
    link = text[first.end:last.start] + last.text[:last.text.lower().find(wd.lower())]
    before = text[max(0, first.start - 120):first.start]
    if RANGE_LINK.fullmatch(link):
        opened = RANGE_OPEN.search(before) or RANGE_OPEN_WORDS.match(first.text)
        return opened is not None
    return RANGE_UNTIL.fullmatch(link) is not None and (RANGE_SINCE.search(before) or RANGE_OPEN_WORDS.match(
        first.text)) is not None


# the reporting clause right after a quote told in the pluperfect (« », avait-il écrit », « », avaient déclaré ses
# proches »): what the quote says was said on an earlier day of the story, not on the day of writing
PLUPERFECT_REPORT = re.compile(r"\s*,\s*(?:avait|avaient)(?:-|\s)", re.IGNORECASE)


def _quote_cues(text: str, start: int) -> dict[str, str | None]:
    """Where the quote a deictic is in closes (``quote_end``), and whether it is told in the pluperfect (``quoted``):
    « aujourd'hui », « demain » in a quote count from the day it was said, not from the day of writing."""
    opened, closed = text.rfind("«", 0, start), text.rfind("»", 0, start)
    end = text.find("»", start)
    if opened <= closed or end < 0:
        return {}
    told = "pluperfect" if PLUPERFECT_REPORT.match(text, end + 1) else "quoted"
    return {"quoted": told, "quote_end": str(end)}


# « ont jusqu'à lundi pour quitter le pays », « leur a donné jusqu'à vendredi »: a deadline, some day from the writing
# to that one, not the day itself. ``jusqu'à`` is one right after « avoir » in the present or the future, or a verb of
# giving; else it ends a span (« sont intervenus jusqu'à lundi matin », « restera en détention jusqu'à lundi »), and in
# the pluperfect (« avaient jusqu'à lundi ») the day is gone. (« d'ici lundi » keeps the day, as it always has.)
UNTIL = re.compile(r"^jusqu'(?:à|au)\s", re.IGNORECASE)
DEADLINE_GIVEN = re.compile(r"(?:\b(?:a|ont|aura|auront|avez|avons)\s+(?:(?:encore|seulement|désormais|donc|maintenant)"
                            r"\s+)?|\b(?:dispose|disposent|disposera|disposeront|laisse|laissent|donne|donnent|accorde"
                            r"|accordent|(?:a|ont)\s+(?:donné|laissé|accordé))\s+(?:[^\s,;:.!?«»]+\s+){0,3})$",
                            re.IGNORECASE)
PAST_HAVING = re.compile(r"\b(?:avait|avaient|eu|eurent)\b[^,;:.!?«»]*$", re.IGNORECASE)


# The pluperfect of the clause a weekday dates, before it (« Il avait reçu lundi ») or, for a weekday that opens its
# sentence, after it (« Vendredi, à Komsomolsk, Kim avait visité une usine »): a day the story has left behind, before
# the day of its news; it does not place the publication day.
PLUPERFECT_BEFORE = re.compile(r"\b(?:avait|avaient|s'était|s'étaient|était|étaient)\s+(?:(?:déjà|aussi|également"
                               r"|encore|notamment|pourtant|ensuite)\s+)?[a-zà-ü]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us"
                               r"|ues|t|te|ts|tes)\b[^,;:.!?«»()]{0,50}$", re.IGNORECASE)
PLUPERFECT_AFTER = re.compile(r"^[^.;:!?«»()]{0,80}?\b(?:avait|avaient|s'était|s'étaient)\s", re.IGNORECASE)
# « était » + a participle is a pluperfect only for the verbs that take « être » (« était arrivé »), not a passive
# or a state (« était prévu », « était attendu »)
NOT_PLUPERFECT = re.compile(r"\b(?:était|étaient)\s+(?:prévu|attendu|programmé|fixé|censé|chargé|convaincu|resté"
                            r"|situé|présent|occupé|habitué)", re.IGNORECASE)


def _weekday_cues(text: str, m: re.Match[str], fronted: bool) -> dict[str, str | None]:
    before = text[max(0, m.start() - 90):m.start()]
    told = PLUPERFECT_BEFORE.search(before)
    pluperfect = (told is not None and not NOT_PLUPERFECT.match(before, told.start())) or (
        fronted and PLUPERFECT_AFTER.match(text, m.end()) is not None)
    return {**({"pluperfect": "pluperfect"} if pluperfect else {}), **_deadline_cues(text, m)}


def _deadline_cues(text: str, m: re.Match[str]) -> dict[str, str | None]:
    if not UNTIL.match(m.group()):
        return {}
    before = text[max(0, m.start() - 60):m.start()]
    if PAST_HAVING.search(before):
        return {}
    if DEADLINE_GIVEN.search(before):
        return {"limit": "until", "cue": "planned"}
    return {}


# A periphrastic future before the time, in its clause: ``doit se rendre vendredi``, ``va signer jeudi``,
# ``est attendu lundi``. Their infinitive or participle has no tense of its own, so the parse reads them present.
FUTURE_PERIPHRASIS = re.compile(
    r"\b(?:doit|doivent|devrait|devraient|devra|devront|pourrait|pourraient|pourra|pourront|va|vont|compte"
    r"|comptent|prévoit\s+de|prévoient\s+de|envisage\s+de|envisagent\s+de|entend|entendent|souhaite|souhaitent"
    r"|(?:a|ont|avait|avaient)\s+(?:promis|prévu|proposé|menacé|accepté)\s+d[e']"
    r"|s'apprête\s+à|s'apprêtent\s+à|est\s+attendue?|sont\s+attendue?s)\s+(?:(?:se|s'|y|en|le|la|les|lui|leur"
    r"|ensuite|aussi|également|notamment|bien)\s*)*[a-zà-ü'-]+(?:er|ir|re|ue?s?)\b", re.IGNORECASE)
# A modal future before a passive infinitive (« doit être voté jeudi », « devrait être signé lundi »): the parse
# gives the participle's past tense; what it dates is to come.
FUTURE_PASSIVE = re.compile(r"\b(?:doit|doivent|devrait|devraient|devra|devront|va|vont|pourrait|pourraient|pourra"
                            r"|pourront)\s+(?:(?:ensuite|aussi|également|bien|notamment|encore)\s+)?être\s+"
                            r"(?!allée?s?\b)[a-zà-ü]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)\b",
                            re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:!?«»\n,]")


# ``depuis`` opening the phrase a time closes: « depuis sa prise de fonctions en septembre » is a past September
# whatever the main verb's tense (« effectue sa deuxième visite depuis ... »).
SINCE_BEFORE = re.compile(r"\bdepuis\b[^,;:.!?«»]{0,45}$", re.IGNORECASE)
# A verb of saying right before the time: « a rapporté jeudi l'agence » dates the report, not the story's events.
SAID_BEFORE = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:(?:également|aussi|encore|toutefois|pourtant|de\s+son\s+côté)\s+)?"
    r"(?:rapporté|annoncé|indiqué|déclaré|affirmé|précisé|assuré|ajouté|dit|confirmé|expliqué|souligné|estimé"
    r"|fait\s+savoir|écrit|démenti|averti|prévenu|tempéré|relaté|révélé|publié|diffusé|rappelé|insisté)"
    # a participle of publishing alone: « un communiqué diffusé mardi », « des images publiées lundi »
    r"|(?:rapporté|annoncé|diffusé|publié|cité|relayé)e?s?)\s*$",
    re.IGNORECASE)


# A participle of planning right before the time: « la réunion, prévue jeudi », « est attendu lundi », « reportée à
# mardi ». The parse reads the participle as past; what it dates is to come.
PLANNED_BEFORE = re.compile(r"\b(?:prévue?s?|programmée?s?|planifiée?s?|attendue?s?|(?:reportée?s?|repoussée?s?"
                            r"|fixée?s?|avancée?s?|convoquée?s?)\s+(?:à|au|pour))\s+$", re.IGNORECASE)


# A verb of coming after, in the present, before the event a time dates (« la décision intervient après l'entrée,
# mardi, d'un navire », « fait suite au tir, dimanche, de missiles »): the present is the news of the day, so what it
# follows is already gone.
FOLLOWS_EVENT = re.compile(r"\b(?:(?:intervien|survien)[a-z]*\s+après|(?:fait|font)\s+suite\s+(?:à|au|aux))\s+"
                           r"[^.;:!?«»()]{0,50}$", re.IGNORECASE)


# « devait » + an infinitive right before a time: what was due to happen, as the story was written (« Vladimir
# Poutine devait assister dans la soirée à une cérémonie »: this evening's, not that of a day the story recalled)
PROSPECTIVE = re.compile(r"\b(?:devait|devaient)\s+(?:(?:se|s'|y|en|le|la|les|lui|leur|ensuite|aussi|également|encore)"
                         r"\s*)*[a-zà-ü'-]+(?:er|ir|re)\s+$", re.IGNORECASE)


# An infinitive phrase opening the clause a time is in (« ..., avant de regagner Minsk vendredi 13 décembre »): it has
# no tense of its own, so the time reads with the clause before it (« doit visiter ..., avant de regagner »).
INFINITIVE_LINK = re.compile(r"^\s*(?:avant\s+d[e']|afin\s+d[e']|pour|sans)\s+(?:(?:se|s'|y|en|le|la|les"
                             r"|lui|leur)\s*)*[a-zà-ü'-]+(?:er|ir|re)\b", re.IGNORECASE)
# A promise or a threat in the past tense, then its infinitive and the time (« a de nouveau menacé de s'opposer
# jeudi », « ont promis de signer lundi »): the time is the act promised, to come, whatever the parse says of the
# infinitive (it gives it its governor's past). Not a time before the infinitive (« a promis lundi de ... »), which
# dates the promise; not the pluperfect, told of a day the story has left behind.
PROMISED_BEFORE = re.compile(
    r"\b(?:a|ont)\s+(?:(?:de\s+nouveau|déjà|encore|aussi|également|une\s+nouvelle\s+fois|pour\s+sa\s+part)\s+)?"
    r"(?:promis|menacé|juré|proposé|annoncé\s+son\s+intention|annoncé\s+leur\s+intention)\s+d[e']\s*"
    r"(?:(?:se|s'|y|en|le|la|les|lui|leur)\s*)*[a-zà-ü'-]+(?:er|ir|re)\b[^,;:.!?«»]{0,40}$", re.IGNORECASE)


def _cue(text: str, start: int) -> str | None:
    """``future`` when the clause before a time is a periphrastic future (its verb's parse would say present),
    ``planned`` after a participle of planning (which the parse reads as past) or in the infinitive of a promise,
    ``past`` when it opens with ``depuis`` or dates an event a verb of coming after follows. An infinitive phrase
    (« avant de regagner ») reads with the clause before it."""
    clause = CLAUSE_END.split(text[max(0, start - 120):start])[-1]
    if INFINITIVE_LINK.match(clause):
        segments = CLAUSE_END.split(text[max(0, start - 240):start])
        clause = (segments[-2] + " " + clause) if len(segments) > 1 else clause
    if SINCE_BEFORE.search(clause) or FOLLOWS_EVENT.search(text, max(0, start - 80), start):
        return "past"
    if PLANNED_BEFORE.search(clause[-40:]) or FUTURE_PASSIVE.search(clause) or PROMISED_BEFORE.search(clause):
        return "planned"
    return "future" if FUTURE_PERIPHRASIS.search(clause) else None


# A past participle opening the sentence, with the time in its phrase (« Mort le 3 septembre, l'ancien président sera
# inhumé jeudi », « Arrivé lundi à Moscou, le dirigeant rencontrera ... »): what it tells is done, whatever the tense
# of the main clause the parse hangs it on. Not a participle of planning (« Prévu lundi, le vote ... »), nor a word
# that only ends like one (« Lundi », « Ainsi », « Au »).
OPENING_PARTICIPLE = re.compile(
    r"^(?!(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Aussi|Ainsi|Parmi|Ici|Lui|Celui|Puis|Depuis|Midi|Après-midi"
    r"|Aujourd'hui|Oui|Voici|Année|Journée|Soirée|Matinée|Entrée|Idée|Armée|Été|Comité|Député|Prévue?s?|Attendue?s?"
    r"|Programmée?s?|Fixée?s?|Planifiée?s?|Convoquée?s?|Reportée?s?|Repoussée?s?|Censée?s?)\b)"
    r"(?:[A-ZÀ-Ý][a-zà-ü]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)|Mort|Morte|Morts|Né|Née|Nés|Élu|Élue|Élus|Pris"
    r"|Prise|Mis|Mise|Fait|Faite)\b[^,;:.!?«»()]{0,60}$")


# where the clause after a fronted time ends: punctuation, but not the point of « M. » or « Mme. » before a name
CLAUSE_AFTER_END = re.compile(r"[;:!?«»\n,]|(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bDr)(?<!\bMgr)\.")


def _cue_after(text: str, end: int) -> str | None:
    """``future`` when a periphrastic future follows a time that opens its sentence (« Jeudi, M. Loukachenko doit
    visiter », « Vendredi, les ministres vont se réunir »): the clause it fronts is to come, as when it follows it."""
    clause = CLAUSE_AFTER_END.split(text[end:end + 120].lstrip(" ,"))[0]
    found = FUTURE_PERIPHRASIS.search(clause)
    return "future" if found is not None and len(clause[:found.start()].split()) <= 6 else None


# A participle phrase set off by a comma after a noun (« Nguyen Phu Trong, mort le 19 juillet », « le ministre, accusé
# ... d'imposer la loi martiale mardi soir »): its time dates a detail of that noun, not the story's current day,
# so ``la veille`` or ``dans la journée`` further on do not count from it. The participle must open the phrase
# right after the comma (a past participle ending, or one of the short irregular ones; not one of planning), and the
# phrase must not close before the time.
APPOSED_PARTICIPLE = re.compile(
    r",\s+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|aussi|ainsi|parmi|ici|lui|celui|puis|depuis|déjà|midi"
    r"|après-midi|voici|mi|ni|si|oui|qui|quoi|année|armée|journée|soirée|matinée|entrée|idée|arrivée|été|comité"
    r"|député|pays|mais|jamais|toujours|plus|sous|vers|dans|selon|jusqu|tandis)\b)"
    # a planned event in apposition (« le sommet, prévu jeudi, ») is what the story is about, not a detail
    r"(?!(?:prévu|programmé|attendu|fixé|planifié|reporté|repoussé|convoqué)e?s?\b)"
    r"(?:[a-zà-ü]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)|mort|morte|morts|mortes|né|née|nés|nées|élu|élue|élus"
    r"|élues|pris|prise|mis|mise|fait|faite|dit|dite|écrit|écrite)\s[^,;:.!?«»()]{0,90}$")


# a negation earlier in the time's sentence (« n'avait pas réagi », « aucune réaction n'était venue »): with « en fin
# de journée » it tells the state of things when the story was written
NEGATION_BEFORE = re.compile(r"\bn(?:e\s|')[^.;:!?]*\b(?:pas|plus|jamais|rien|aucune?|guère)\b|\baucune?\b",
                             re.IGNORECASE)


def in_apposition(text: str, start: int) -> bool:
    """Whether the time at ``start`` is in a participle phrase set off by a comma (« X, mort le 19 juillet, »)."""
    return APPOSED_PARTICIPLE.search(text[max(0, start - 110):start]) is not None


def dates_a_report(text: str, start: int) -> str | None:
    """``said`` when the time dates a verb of saying (« a annoncé mardi »)."""
    return "said" if SAID_BEFORE.search(text[max(0, start - 60):start]) else None


def _is_time(family: str, m: re.Match[str], text: str) -> bool:
    """Drop the counts that are not times: an age (``Kim, 39 ans,``) and ``un jour`` meaning some day (also
    before ``après``, where it may still be « un jour après l'autre »: ``le lendemain de`` is the usual way)."""
    if family in COUNTED_FAMILIES and _is_ordinal_seconde(m, text):
        return False
    if family == "counted-from-event":
        return not (unit_of(m.group("unit")) == "day" and m.group("n").lower() in ("un", "une"))
    if family == "anniversary":
        return _celebrated(m, text)
    if family == "year-of-noun":
        return YEAR_NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
    if family == "event-anchored":  # « depuis son investiture pour un cinquième mandat, le 7 mai »: dated
        return DATED_AFTER.match(text, m.end()) is None
    if family == "named-period":  # « depuis la guerre froide », « la fin de la guerre froide »; not the name alone
        return bool(m.group("prep") or m.group("edge"))
    if family != "duration":
        return True
    unit, count, bare = unit_of(m.group("unit")), m.group("n").lower(), not (m.group("prep") or m.group("qual"))
    before = text[:m.start()].rstrip()
    age = (bare and before.endswith((",", "("))) or AGE_BEFORE.search(before[-60:] + " " + m.group()) is not None
    if unit == "year" and age:
        return False
    return not (bare and unit == "day" and count in ("un", "une"))


# What makes « N ans » an age, not a duration: ``âgé de``, ``à l'âge de``, a person ``de 45 ans``, ``mort à 80 ans``,
# ``il avait 45 ans``, a ``quadragénaire de``. The words end right before the count (the match is appended).
PERSON_NOUNS = (r"homme|femme|garçon|fille|fillette|enfant|bébé|adolescente?|jeune|personne|ressortissante?"
                r"|victime|suspecte?|militante?|journaliste|soldat|retraitée?|patiente?|mère|père|fils|veuve?"
                r"|(?:sexa|septua|octo|nona|quadra|quinqua|trente)génaire|député|dirigeante?|opposante?|détenue?")
AGE_BEFORE = re.compile(
    r"(?:\bâgée?s?(?:\s+d[e'])?|\bl'âge\s+d[e']|\b(?:" + PERSON_NOUNS + r")s?\s+d[e']"
    r"|\b(?:mort|morte|décédée?|disparue?|décède|meurt|s'est\s+éteinte?|élue?|devenue?)\s+à"
    r"|\b(?:a|avait|aura|aurait|ont|avaient|auront|auraient|avoir|ayant)\s+(?:(?:alors|déjà|seulement|tout\s+juste"
    r"|à\s+peine)\s+)?)\s*" + NUMBER + r"\s+ans?\s*$", re.IGNORECASE)
# the nouns of events and texts a bare year names (« le traité de 1967 », « l'accord nucléaire de 2015 »), with up
# to two words between (an adjective, « sur le climat »)
EVENT_NOUNS_OF_YEAR = (r"traités?|accords?|crises?|guerres?|élections?|présidentielles?|législatives|municipales"
                       r"|européennes|scrutins?|référendums?|sommets?|lois?|constitutions?|réformes?|révolutions?"
                       r"|coups?\s+d'État|putschs?|attentats?|séismes?|tremblements?\s+de\s+terre|tsunamis?"
                       r"|inondations?|catastrophes?|invasions?|annexions?|offensives?|massacres?|pactes?|protocoles?"
                       r"|conventions?|résolutions?|déclarations?|chartes?|mandats?|jeux|mondial|championnats?"
                       r"|conférences?|budgets?|plans?|programmes?|émeutes|manifestations|soulèvements?|embargos?"
                       r"|négociations|pourparlers|victoires?|défaites?|retraits?|accidents?|crashs?|naufrages?"
                       r"|épidémies?|pandémies?|recensements?|campagnes?|cessez-le-feu|trêves?|visites?|rencontres?"
                       r"|élargissements?|adhésions?|arrestations?|procès|condamnations?|verdicts?|arrêts?|décrets?")
# the noun, one complement of its own (« le traité de défense mutuelle de 1951 », « l'accord de paix de 1953 »), then
# up to two words
YEAR_NOUN_BEFORE = re.compile(rf"\b(?:{EVENT_NOUNS_OF_YEAR})(?:\s+d(?:e\s+|')(?!\d)[\wà-ü'-]+)?"
                              rf"(?:\s+(?!d[e']\b)[\wà-ü'-]+){{0,2}}\s*$", re.IGNORECASE)
COUNTED_FAMILIES = ("later", "duration", "ago", "relative-to-event", "counted-from-event")


def _is_ordinal_seconde(m: re.Match[str], text: str) -> bool:
    """« dans une seconde phase », « une seconde fois »: the ordinal ``seconde`` before its noun, not a second."""
    groups = m.groupdict()
    unit, count = (groups.get("unit") or "").lower(), (groups.get("n") or "").lower()
    return unit.startswith("seconde") and count in ("un", "une") and ORDINAL_AFTER.match(text, m.end()) is not None


# a word right after « une seconde »: the ordinal's noun (« une seconde phase », « une seconde fois »)
ORDINAL_AFTER = re.compile(r"\s+(?!et\b|plus\b|avant\b|après\b|près\b)[a-zà-ü]", re.IGNORECASE)


OF_AN_EVENT = re.compile(r"\s+(?:de\s+la\s|du\s|de\s+l'|des\s)", re.IGNORECASE)


def _celebrated(m: re.Match[str], text: str) -> bool:
    """« le 80e anniversaire de » always; « les 70 ans de » only after a word of celebration (« ont célébré les 70
    ans de l'indépendance »), else it is how long something lasted (« après les deux ans de guerre »)."""
    if "anniversaire" in m.group().lower():
        return True
    if m.groupdict().get("for") and OF_AN_EVENT.match(text, m.end()):
        # « un défilé pour les 80 ans de la fin de la guerre »: made for an event's round number of years (a
        # duration would be « pour les dix ans à venir »; « les dix ans de règne » has no article)
        return True
    before = SENTENCE_END.split(text[max(0, m.start() - CELEBRATE_REACH):m.start()])[-1]
    return CELEBRATE.search(before) is not None


# --- small helpers ------------------------------------------------------------------------------------------

def month_number(name: str) -> int:
    name = name.lower().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre")
    return MONTHS.index(name) + 1


def weekday_index(name: str) -> int:
    return WEEKDAYS.index(name.lower())


def month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def add_months(year: int, month: int, step: int) -> tuple[int, int]:
    month0 = year * 12 + month - 1 + step
    return month0 // 12, month0 % 12 + 1


def parse_number(words: str) -> int | None:
    """``24``, ``vingt-quatre``, ``soixante et onze``, ``deux cents``: the integer they say, else None."""
    words = words.lower().strip()
    if re.fullmatch(r"\d+", words):
        return int(words)
    total = current = 0
    for word in re.split(r"[-\s]+", words):
        value = NUMBER_VALUES.get(word)
        if word == "et":
            continue
        if value is None:
            return None
        if value == 1000:
            total, current = total + max(current, 1) * 1000, 0
        elif value == 100:
            current = max(current, 1) * 100
        elif value == 20 and current % 100 == 4:  # quatre-vingt
            current += 76
        else:
            current += value
    return total + current


def unit_of(word: str) -> str:
    word = word.lower()
    return next(unit for stem, unit in UNIT_STEMS if word.startswith(stem))


def enclosing(first: date, last: date) -> tuple[str | None, str]:
    """The finest value that holds every day from ``first`` to ``last``: a day, a month, a year, or none."""
    if first == last:
        return first.isoformat(), "day"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month"
    if first.year == last.year:
        return f"{first.year:04d}", "year"
    return None, "vague"


def span(first: date, last: date, rule: str, note: str) -> Resolved:
    value, precision = enclosing(first, last)
    return Resolved(value, precision, rule, note + ("" if value else "; it spans years, so no value"))


def _relation(word: str | None) -> str:
    """``dernier``, ``dernière``, ``passé(e)`` -> dernier; ``prochain(e)`` -> prochain; else empty."""
    word = (word or "").lower()
    return "dernier" if word.startswith(("dernier", "dernièr", "pass")) else "prochain" if word.startswith("prochain") \
        else ""


PAST_CUE_WORDS = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, PAST_CUES)) + r")(?:\s|$)")
FUTURE_CUE_WORDS = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, FUTURE_CUES)) + r")(?:\s|$)")


def orientation(expression: Expression, tense: str) -> str:
    """The tense an expression's own words impose (``depuis``, ``dernier``, ``d'ici``), else its verb's, else
    the periphrastic future before it (``doit se rendre``), which the parse reads as present."""
    words = expression.text.lower().replace("’", "'")
    if PAST_CUE_WORDS.search(words):
        return "past"
    if FUTURE_CUE_WORDS.search(words):
        return "future"
    cue = expression.fields.get("cue")
    if cue == "planned":
        return "future"
    if cue == "done":
        return "past"
    return tense if tense != "present" else cue or tense


# --- days ---------------------------------------------------------------------------------------------------

def _distance(day: date, period: tuple[date, date]) -> int:
    lo, hi = period
    return (lo - day).days if day < lo else max((day - hi).days, 0)


def _ordered_candidates(candidates: Iterable[date], anchor: Anchor, tense: str) -> list[date]:
    """Readings of an undated day, most plausible first: on the side of publication its tense says, nearest."""
    lo, hi = anchor.period()
    candidates = list(candidates)
    if tense == "since":  # « depuis le 20 octobre »: a day already gone, whatever the verb
        sided = [c for c in candidates if c <= hi]
    elif tense == "past":
        sided = [c for c in candidates if c <= hi + TENSE_SLACK]
    elif tense == "future":
        sided = [c for c in candidates if c >= lo - TENSE_SLACK]
    else:
        sided = candidates
    return sorted(sided or candidates, key=lambda c: (_distance(c, (lo, hi)), c.year != anchor.year))


def _day_month_candidates(month: int, day: int, anchor: Anchor) -> list[date]:
    out = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue
    return out


YEAR_RULE = {-1: "day-month-previous-year", 0: "day-month-publication-year", 1: "day-month-next-year"}


def _explicit_day(year: int, month: int, day: int, weekday: str | None) -> Resolved:
    try:
        found = date(year, month, day)
    except ValueError:
        return Resolved(f"{year:04d}-{month:02d}", "month", "explicit-date-invalid", f"no day {day} in that month")
    if weekday and found.weekday() != weekday_index(weekday):
        return Resolved(f"{year:04d}-{month:02d}", "month", "explicit-date-weekday-mismatch",
                        f"{found:%Y-%m-%d} is a {WEEKDAYS[found.weekday()]}, not a {weekday.lower()}: the weekday "
                        "or the day is a typo, so only the month is kept")
    return Resolved(found.isoformat(), "day", "explicit-date",
                    f"{found:%Y-%m-%d} is indeed a {weekday.lower()}" if weekday else "")


def resolve_day_month(month: int, day: int, weekday: str | None, anchor: Anchor, tense: str) -> Resolved:
    """A day and month without a year; a weekday given with it must fit the year chosen."""
    ordered = _ordered_candidates(_day_month_candidates(month, day, anchor), anchor, tense)
    if not ordered:
        return Resolved(f"{anchor.year:04d}-{month:02d}", "month", "day-month-invalid", f"no day {day} in that month")
    first = ordered[0]
    if weekday is None:
        return Resolved(first.isoformat(), "day", YEAR_RULE[first.year - anchor.year])
    fitting = [c for c in ordered[:2] if c.weekday() == weekday_index(weekday)]
    if not fitting:
        return Resolved(f"{first.year:04d}-{month:02d}", "month", "day-month-weekday-mismatch",
                        f"no {weekday.lower()} {day}/{month} in the year or the next reading near {anchor.year} "
                        f"({first:%Y-%m-%d} is a {WEEKDAYS[first.weekday()]}): a typo in the weekday or the "
                        "day, or another year; only the month is kept")
    found = fitting[0]
    note = f"{found:%Y-%m-%d} is indeed a {weekday.lower()}"
    if found != first:
        note = (f"{first:%Y-%m-%d} is a {WEEKDAYS[first.weekday()]}, not a {weekday.lower()}; {found:%Y-%m-%d} is "
                "one, so the weekday fixes that year")
    return Resolved(found.isoformat(), "day", YEAR_RULE[found.year - anchor.year], note)


def _day_month(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    f = e.fields
    month, day = month_number(f["month"] or ""), int(f["day"] or 0)
    if f.get("year"):
        return _explicit_day(int(f["year"] or 0), month, day, f.get("wd"))
    since = (f.get("prep") or "").lower() == "depuis"
    # « à partir du 1er avril »: the start of a measure, near publication on either side (its participle is often
    # past, « interdite à partir du 1er avril », its meaning future)
    start = "present" if f.get("start") and tense == "past" else tense
    return resolve_day_month(month, day, f.get("wd"), anchor, "since" if since else start)


def _numeric_date(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    f = e.fields
    return _explicit_day(int(f["year"] or 0), int(f["month"] or 0), int(f["day"] or 0), None)


def _weekday_day(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``lundi 12``: the day 12 of a month near publication that is a Monday."""
    day, weekday = int(e.fields["day"] or 0), weekday_index(e.fields["wd"] or "")
    candidates = []
    for step in (-1, 0, 1):
        year, month = add_months(anchor.year, anchor.month or 6, step)
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    fitting = [c for c in _ordered_candidates(candidates, anchor, tense) if c.weekday() == weekday]
    if not fitting:
        return Resolved(anchor.month_value, "month" if anchor.month else "year", "weekday-day-mismatch",
                        f"no {WEEKDAYS[weekday]} {day} in the months around publication")
    return Resolved(fitting[0].isoformat(), "day", "weekday-day", f"the {WEEKDAYS[weekday]} {day} nearest publication")


def resolve_weekday(name: str, relation: str | None, anchor: Anchor, tense: str) -> Resolved:
    """A weekday without a date: the one on or before the publication day in the past, on or after it in the
    future and in the present, which news uses for what is scheduled (the publication day itself when it is that
    weekday: a week later would be ``prochain``)."""
    if anchor.day is None:
        return Resolved(anchor.month_value, anchor.precision, "weekday-publication-month",
                        "the publication day is not known, so only its month is")
    target = weekday_index(name)
    relation = _relation(relation)
    if relation != "dernier" and tense == "present" and anchor.day.weekday() == target:
        return Resolved(anchor.day.isoformat(), "day", "weekday-today", "a weekday in the present: the publication day")
    # the present of news (« le président se rend jeudi à Berlin ») announces what is scheduled, as the future does
    if relation == "prochain" or (relation != "dernier" and tense in ("future", "present")):
        delta = (target - anchor.day.weekday()) % 7
        if relation == "prochain" and delta == 0:
            delta = 7
        return Resolved((anchor.day + timedelta(days=delta)).isoformat(), "day", "weekday-future")
    delta = (anchor.day.weekday() - target) % 7
    if relation == "dernier" and delta == 0:
        delta = 7
    return Resolved((anchor.day - timedelta(days=delta)).isoformat(), "day", "weekday-past")


def _weekday_expression(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    if e.fields.get("limit") and tense == "future" and not e.fields.get("rel"):
        return _weekday_deadline(e, anchor)
    return resolve_weekday(e.fields["wd"] or "", e.fields.get("rel"), anchor, tense)


def _weekday_deadline(e: Expression, anchor: Anchor) -> Resolved:
    """``d'ici lundi``, ``ont jusqu'à lundi pour partir``: some day from publication to the next such weekday (a week
    on when it is that day), so the finest precision that holds all of it."""
    if anchor.day is None:
        return Resolved(anchor.month_value, anchor.precision, "weekday-deadline-publication-month",
                        "the publication day is not known, so only its " + anchor.precision + " is")
    target = weekday_index(e.fields["wd"] or "")
    last = anchor.day + timedelta(days=(target - anchor.day.weekday()) % 7 or 7)
    return span(anchor.day, last, "weekday-deadline",
                f"a deadline: some day from {anchor.day:%Y-%m-%d} to {WEEKDAYS[target]} {last:%Y-%m-%d}")


def _night_span(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``dans la nuit de mardi à mercredi``: one time, the second day (news usage: after midnight)."""
    if e.fields.get("month"):
        inner = _day_month(e, anchor, tense)
    else:
        inner = resolve_weekday(e.fields["wd"] or "", None, anchor, tense)
    return Resolved(inner.value, inner.precision, "night-span",
                    "the night ends on the second day named, when such arrivals and strikes are reported")


def _day_range(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``du 12 au 14 septembre``: the finest precision holding the whole range."""
    last = _day_month(e, anchor, tense)
    if last.precision != "day" or last.value is None:
        return Resolved(last.value, last.precision, "day-range", last.note)
    end = date.fromisoformat(last.value)
    f = e.fields
    month1 = month_number(f["month1"]) if f.get("month1") else end.month
    year1 = int(f["year1"]) if f.get("year1") else end.year - (1 if month1 > end.month else 0)
    try:
        start = date(year1, month1, int(f["day1"] or 0))
    except ValueError:
        return Resolved(last.value, "day", "day-range", "the first day of the range does not exist")
    return span(start, end, "day-range", f"from {start:%Y-%m-%d} to {end:%Y-%m-%d}")


# --- months, years, spans -------------------------------------------------------------------------------------

def resolve_month(month: int, relation: str | None, anchor: Anchor, tense: str) -> Resolved:
    """A month without a year: the last one before publication in the past, the next in the future."""
    if anchor.month is None:
        return Resolved(f"{anchor.year:04d}-{month:02d}", "month", "month-publication-year")
    here = anchor.year * 12 + anchor.month - 1
    readings = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    relation = _relation(relation)
    if relation == "dernier":
        chosen, rule = max(r for r in readings if r < here), "month-last"
    elif relation == "prochain":
        chosen, rule = min(r for r in readings if r > here), "month-next"
    elif tense == "past":
        chosen, rule = max(r for r in readings if r <= here), "month-past"
    elif tense == "future":
        chosen, rule = min(r for r in readings if r >= here), "month-future"
    else:
        chosen, rule = min(readings, key=lambda r: (abs(r - here), r < here)), "month-nearest"
    return Resolved(f"{chosen // 12:04d}-{chosen % 12 + 1:02d}", "month", rule)


DEADLINE = re.compile(r"^(?:d'ici|avant)\b", re.IGNORECASE)


def _month(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    month = resolve_month(month_number(e.fields["month"] or ""), e.fields.get("rel"), anchor, tense)
    if tense == "future" and DEADLINE.match(e.text) and month.value:
        return _deadline(month.value, anchor)
    return month


def _deadline(value: str, anchor: Anchor) -> Resolved:
    """``d'ici (la fin) juin``: some time from publication to the end of June, so the finest precision that holds
    all of it (the month when it is the publication month, else the year, else none)."""
    year, month = int(value[:4]), int(value[5:7])
    first, last = anchor.period()[0], month_end(year, month)
    return span(first, last, "month-deadline", f"a deadline: some time from {first:%Y-%m-%d} to {last:%Y-%m-%d}")


def _month_year(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    f = e.fields
    return Resolved(f"{int(f['year'] or 0):04d}-{month_number(f['month'] or ''):02d}", "month", "explicit-month")


def _year(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return Resolved(e.fields["year"], "year", "explicit-year")


def _year_of_noun(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return Resolved(e.fields["year"], "year", "year-of-noun", "the year of the event or text the noun before it names")


def _year_range(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    first, last = int(e.fields["year1"] or 0), int(e.fields["year"] or 0)
    return span(date(first, 1, 1), date(last, 12, 31), "year-range", f"from {first} to {last}")


def _month_range(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    f = e.fields
    first, last = month_number(f["month1"] or ""), month_number(f["month"] or "")
    end = resolve_month(last, None, anchor, tense) if not f.get("year") else None
    year = int(f["year"]) if f.get("year") else int((end.value or "0")[:4]) if end else anchor.year
    start_year = year - (1 if first > last else 0)
    return span(date(start_year, first, 1), month_end(year, last), "month-range",
                 f"from {MONTHS[first - 1]} {start_year} to {MONTHS[last - 1]} {year}")


def _season_occurrence(season: str, year: int) -> tuple[date, date]:
    first, last = SEASONS[season]
    return date(year, first, 1), month_end(year + (1 if last < first else 0), last)


def _season(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    season, rel = (e.fields["season"] or "").lower(), _relation(e.fields.get("rel"))
    if e.fields.get("year"):
        first, last = _season_occurrence(season, int(e.fields["year"] or 0))
        return span(first, last, "explicit-season", f"{season} {first:%Y-%m} to {last:%Y-%m}")
    lo, hi = anchor.period()
    seasons = [_season_occurrence(season, y) for y in range(anchor.year - 2, anchor.year + 2)]
    det = (e.fields.get("det") or "").lower()
    if rel == "dernier":
        chosen, rule = [s for s in seasons if s[1] < lo][-1], "season-past"
    elif rel == "prochain":
        chosen, rule = next(s for s in seasons if s[0] > hi), "season-future"
    elif det.startswith("ce") or tense == "present":
        chosen, rule = min(seasons, key=lambda s: (_distance(s[0], (lo, hi)) if s[0] > hi else
                                                   _distance(s[1], (lo, hi)))), "season-current"
    elif tense == "past":
        chosen, rule = [s for s in seasons if s[0] <= hi][-1], "season-past"
    else:
        chosen, rule = next(s for s in seasons if s[1] >= lo), "season-future"
    return span(*chosen, rule, f"the {season} from {chosen[0]:%Y-%m} to {chosen[1]:%Y-%m}")


def _week(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """A week (Monday to Sunday), or part of it: the finest precision holding every day it may be."""
    first, last, step = week_period(e, anchor, tense)
    rule = {-1: "relative-week-past", 0: "relative-week-current", 1: "relative-week-future"}[step]
    return span(first, last, rule, f"between {first:%Y-%m-%d} and {last:%Y-%m-%d}")


def week_period(e: Expression, anchor: Anchor, tense: str) -> tuple[date, date, int]:
    """The first and last day a week expression covers from ``anchor``, and its step from the anchor's week."""
    which = re.sub(r"\s+", " ", (e.fields.get("which") or "cette semaine").lower())
    step = -1 if re.search(r"dernier|dernière|passé", which) else 1 if "prochain" in which else 0
    part = "week-end" if "week-end" in which else (e.fields.get("mod") or "").lower() or None
    if part == "week-end" and step == 0 and tense == "past" and anchor.day and anchor.day.weekday() < 5:
        step = -1  # « ce week-end » told on a weekday in the past tense: the one just gone
    first_day, last_day = WEEK_PARTS[part]
    lo, hi = anchor.period()
    first = lo - timedelta(days=lo.weekday()) + timedelta(days=7 * step + first_day)
    last = hi - timedelta(days=hi.weekday()) + timedelta(days=7 * step + last_day)
    return first, last, step


def _relative(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    word = re.sub(r"^(?:d'ici|avant|à|en)\s+|^la\s+", "", re.sub(r"\s+", " ", (e.fields["word"] or "").lower()))
    word = re.sub(r"^(?:début|milieu|mi-) ?", "fin ", word)  # the start or middle of this year is in it, as its end
    # « la fin du mois dernier », « le début de l'année prochaine »: the part of the month or year before or after
    word, which = word.rsplit(" ", 1) if EDGE_OF_OTHER.search(word) else (word, "")
    if word.removeprefix("la ") not in RELATIVE:
        return Resolved(None, "vague", "relative", "words of a relative time not read")
    unit, step = RELATIVE[word.removeprefix("la ")]
    step += -1 if which.startswith(("derni", "pass")) else 1 if which.startswith("prochain") else 0
    if unit == "year":
        return Resolved(f"{anchor.year + step:04d}", "year", "relative-year")
    if anchor.month:
        year, month = add_months(anchor.year, anchor.month, step)
        return Resolved(f"{year:04d}-{month:02d}", "month", "relative-month")
    return Resolved(None, "vague", "relative-month", "the publication month is not known")


def _shift(e: Expression, anchor: Anchor, sign: int, rule: str) -> Resolved:
    """``il y a deux ans`` (sign -1), ``dans trois semaines`` (sign +1): publication moved by a count."""
    count, unit = parse_number(e.fields["n"] or ""), unit_of(e.fields["unit"] or "")
    if count is None:  # « il y a quelques jours », « dans plusieurs semaines »
        return Resolved(None, "vague", "vague-past" if sign < 0 else "vague-future", "no count: no date can be given")
    if unit in ("decade", "century"):
        return Resolved(None, "vague", rule, "no date can be given")
    lo, hi = anchor.period()
    if unit in ("second", "minute", "hour", "day", "week"):
        days = {"day": count, "week": 7 * count}.get(unit, 0)
        margin = 3 if unit == "week" else 0  # a count of weeks is approximate: the week around it
        first, last = lo + timedelta(days=sign * days - margin), hi + timedelta(days=sign * days + margin)
        return span(first, last, rule, f"between {first:%Y-%m-%d} and {last:%Y-%m-%d}")
    if unit == "month" and anchor.month:
        year, month = add_months(anchor.year, anchor.month, sign * count)
        return Resolved(f"{year:04d}-{month:02d}", "month", rule)
    if unit == "year":
        return Resolved(f"{anchor.year + sign * count:04d}", "year", rule)
    return Resolved(None, "vague", rule, "the publication month is not known")


def _ago(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``il y a deux ans``; ``il y a un an jour pour jour`` is the day; ``il y a plus de deux ans`` has no bound on
    one side, so no date; ``il y a moins d'une semaine`` is some day from then to publication."""
    bound = (e.fields.get("qual") or "").lower()
    count, unit = parse_number(e.fields["n"] or ""), unit_of(e.fields["unit"] or "")
    if bound == "plus":
        return Resolved(None, "vague", "ago-bounded", "more than a count ago: no date can be given")
    lo, hi = anchor.period()
    if count is not None and bound == "moins" and unit in BACK_UNITS:
        first = moved_back(lo, count, unit)
        return span(first, hi, "ago-within", f"some day from {first:%Y-%m-%d} to publication")
    if count is not None and e.fields.get("exact") and anchor.day is not None and unit in BACK_UNITS:
        day = moved_back(anchor.day, count, unit)
        return Resolved(day.isoformat(), "day", "ago-same-day", "« jour pour jour »: the same day, that long ago")
    return _shift(e, anchor, -1, "ago")


BACK_UNITS = ("day", "week", "month", "year")


def moved_back(day: date, count: int, unit: str) -> date:
    """``day`` moved back by a count of days, weeks, months or years (the last day of a shorter month)."""
    if unit in ("day", "week"):
        return day - timedelta(days=count * (7 if unit == "week" else 1))
    year, month = add_months(day.year, day.month, -count * (12 if unit == "year" else 1))
    return date(year, month, min(day.day, month_end(year, month).day))


def _quarter(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``au premier trimestre 2026``, ``au second semestre``: three or six months, so a year at best."""
    months = 3 if (e.fields["unit"] or "").lower() == "trimestre" else 6
    number = min(ORDINALS[(e.fields["ord"] or "").lower()], 12 // months)
    if e.fields.get("year"):
        year = int(e.fields["year"] or 0)
        return span(date(year, (number - 1) * months + 1, 1), month_end(year, number * months), "explicit-quarter",
                    f"part {number} of {year}")
    spans = [(date(y, (number - 1) * months + 1, 1), month_end(y, number * months))
             for y in range(anchor.year - 1, anchor.year + 2)]
    chosen, rule = _occurrence(spans, anchor, tense)
    return span(*chosen, "quarter-" + rule, f"from {chosen[0]:%Y-%m} to {chosen[1]:%Y-%m}")


def _occurrence(spans: list[tuple[date, date]], anchor: Anchor, tense: str) -> tuple[tuple[date, date], str]:
    """Of yearly spans in order, the one a tense points to: the last begun (past), the first not over (future), the
    one holding publication or else the nearest (present)."""
    lo, hi = anchor.period()
    if tense == "past":
        return [s for s in spans if s[0] <= hi][-1], "past"
    if tense == "future":
        return next(s for s in spans if s[1] >= lo), "future"
    return min(spans, key=lambda s: min(_distance(s[0], (lo, hi)), _distance(s[1], (lo, hi)))
               if s[0] > hi or s[1] < lo else 0), "current"


def _named_period(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``depuis la fin de la Seconde Guerre mondiale``: 1945; ``avant la guerre froide``: 1947; ``pendant la guerre
    du Golfe``: 1990 to 1991, so no value. ``depuis``, ``après`` and ``fin`` give the last year, ``avant`` and
    ``début`` the first."""
    named = re.sub(r"\s+", " ", e.fields["period"] or "")
    found = next(((a, b) for pattern, a, b in NAMED_PERIODS if re.fullmatch(pattern, named, re.IGNORECASE)), None)
    if found is None:
        return Resolved(None, "vague", "named-period", f"{named}: no dates known")
    first, last = found
    edge = (e.fields.get("edge") or "").lower()
    prep = re.sub(r"\s+", " ", (e.fields.get("prep") or "").lower())
    if edge in ("fin", "lendemain") or (not edge and prep in ("depuis", "après", "dès", "au lendemain")):
        return Resolved(f"{last:04d}", "year", "named-period-end", f"{named}: {first} to {last}")
    if edge in ("début", "veille") or (not edge and prep in ("avant", "à la veille")):
        return Resolved(f"{first:04d}", "year", "named-period-start", f"{named}: {first} to {last}")
    return span(date(first, 1, 1), date(last, 12, 31), "named-period", f"{named}: {first} to {last}")


ORDINAL_STEMS = {"cinqu": "cinq", "neuv": "neuf", "premi": "un", "unièm": "un"}


def ordinal_value(word: str) -> int | None:
    """``80``, ``premier``, ``cinquantième``, ``soixante-dixième``: the number an ordinal (or a cardinal) says."""
    word = word.lower()
    if word == "premier":
        return 1
    stem = word.removesuffix("ième")
    for short, full in ORDINAL_STEMS.items():
        if stem.endswith(short):
            stem = stem[: -len(short)] + full
    return parse_number(stem) or parse_number(stem + "e")


def _event_anchored(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return Resolved(None, "vague", "event-anchored", "the time of a turning point the text does not date")


def _anniversary(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``le 80e anniversaire de la victoire``, ``les 70 ans de l'indépendance``: the event celebrated, that many years
    before the year of publication (the anniversary is this year's)."""
    years = ordinal_value(e.fields["n"] or "")
    if years is None:
        return Resolved(None, "vague", "anniversary", "the count of years is not read")
    return Resolved(f"{anchor.year - years:04d}", "year", "anniversary",
                    f"{years} years before {anchor.year}, the year of the anniversary")


def _later(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    if e.fields.get("limit"):
        return _deadline_count(e, anchor)
    return _shift(e, anchor, 1, "later")


HOURS_AS_DAYS = {"second": 0, "minute": 0, "hour": 1}


def _deadline_count(e: Expression, anchor: Anchor) -> Resolved:
    """``d'ici deux semaines``, ``dans un délai de dix jours``: some day from publication to that far ahead, so the
    finest precision that holds all of it (a deadline, not a duration: it says by when)."""
    count, unit = parse_number(e.fields["n"] or ""), unit_of(e.fields["unit"] or "")
    if count is None or unit in ("decade", "century"):
        return Resolved(None, "vague", "vague-future", "a deadline with no count: no date can be given")
    lo, hi = anchor.period()
    if unit in HOURS_AS_DAYS:
        last = hi + timedelta(days=HOURS_AS_DAYS[unit] * -(-count // 24))
    else:
        last = moved_back(hi, -count, unit)
    return span(lo, last, "deadline-count", f"a deadline: some day from {lo:%Y-%m-%d} to {last:%Y-%m-%d}")


# --- deictics, parts of the day, vague times, durations --------------------------------------------------------

def _on_publication_day(anchor: Anchor, shift: int, rule: str, note: str = "") -> Resolved:
    if anchor.day is None:
        return Resolved(anchor.month_value, anchor.precision, rule + "-publication-month",
                        "the publication day is not known, so only its " + anchor.precision + " is")
    return Resolved((anchor.day + timedelta(days=shift)).isoformat(), "day", rule, note)


def _deictic(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    word = re.sub(r"\s+", " ", (e.fields["word"] or "").lower())
    if word in NOW_WORDS:
        return _on_publication_day(anchor, 0, "deictic-now")
    shift = DEICTIC_SHIFT.get(word, 0)  # ce matin, ce soir, cette nuit: the publication day
    return _on_publication_day(anchor, shift, DEICTIC_RULE[shift])


def _part_of_day(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return _on_publication_day(anchor, 0, "part-of-day", "a part of the day the article reports: its publication day")


def _clock(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return _on_publication_day(anchor, 0, "clock-time", "an hour of the day the article reports: its publication day")


def _vague(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    word = re.sub(r"\s+", " ", (e.fields.get("word") or "").lower())
    if word.endswith(("plus tard", "plus tôt")):  # « une demi-heure plus tard »: from a moment no word dates
        return Resolved(None, "vague", "vague", "counted from a moment no word dates")
    return Resolved(None, "vague", "vague-past" if word in VAGUE_PAST else "vague-future")


def _recurrence(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return Resolved(None, "vague", "recurrence", "a recurrence (« tous les ans »): no one date")


def _era(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return Resolved(None, "vague", "vague-past", "an era of history: no date the text gives")


def _vague_span(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    past = orientation(e, tense) == "past"
    return Resolved(None, "vague", "vague-past" if past else "vague-future",
                    "a stretch of time with no count or bound: no date can be given")


def _relative_to_event(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    return Resolved(None, "vague", "relative-to-event", "counted from another event of the story, not from publication")


def _duration(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    count = (e.fields.get("n") or "").lower()
    vague = parse_number(count) is None and not re.match(r"\d", count)
    since = (e.fields.get("prep") or "").lower() == "depuis"
    if vague and since and count in ("plusieurs", "quelques", "des"):
        # « depuis plusieurs mois », « depuis des années »: when it began is what is said, and it is not said
        return Resolved(None, "vague", "vague-past", "since some time with no count: no date")
    if vague and unit_of(e.fields.get("unit") or "") in ("decade", "century"):
        # « pendant des siècles »: no count of the longest units is the idiom for « a very long time », as
        # « autrefois »
        return Resolved(None, "vague", "vague-past" if since else "vague", "a very long time, with no count: no date")
    return Resolved(None, "duration", "vague-duration" if vague else "explicit-duration")


BOUNDS = ("plus", "moins")  # « moins d'une semaine après »: a bound on a gap, not a count to move a day by


def is_bounded(e: Expression) -> bool:
    """A count given as a bound (``plus de``, ``moins de``): it says how long, never when."""
    return (e.fields.get("qual") or "").lower() in BOUNDS


def _counted_from_event(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    if is_bounded(e):
        return Resolved(None, "duration", "explicit-duration",
                        "a bound on the time between two events, not a count from one: a duration, no date")
    return _relative_to_event(e, anchor, tense)


def _decade(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    decade = e.fields["decade"] or ""
    start = int(decade) if len(decade) == 4 else (1900 if int(decade) >= 30 else 2000) + int(decade)
    return Resolved(None, "vague", "decade", f"the decade {start} to {start + 9}: not a precision of the format")


def _century(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    token = (e.fields["century"] or "").upper()
    number = int(token) if token.isdigit() else _roman(token)
    return Resolved(None, "vague", "century",
                    f"the {number}th century ({(number - 1) * 100 + 1} to {number * 100}): "
                    "not a precision of the format")


def _roman(token: str) -> int:
    values = [ROMAN[c] for c in token]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


FEASTS = {"noël": (12, 25), "la saint-sylvestre": (12, 31), "la toussaint": (11, 1), "nouvel an": (1, 1),
          "le nouvel an": (1, 1), "jour de l'an": (1, 1), "le jour de l'an": (1, 1)}


def _feast(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``avant Noël`` (to come): a deadline, some day from publication to the eve of the feast; ``à Noël``, ``depuis la
    Toussaint``: the feast's day nearest publication on the side of its tense; ``avant`` or ``après`` it in the past:
    some time with no bound, no date."""
    month, day = FEASTS[re.sub(r"\s+", " ", (e.fields["feast"] or "").lower())]
    prep = re.sub(r"\s+", " ", (e.fields.get("prep") or "").lower())
    since = prep in ("depuis", "dès")
    found = _ordered_candidates(_day_month_candidates(month, day, anchor), anchor, "since" if since else tense)[0]
    if prep in ("avant", "d'ici", "jusqu'à") and tense != "past":
        last = found - timedelta(days=1) if prep == "avant" else found
        return span(anchor.period()[0], last, "feast-deadline",
                    f"a deadline: some day from {anchor.period()[0]:%Y-%m-%d} to {last:%Y-%m-%d}")
    if prep in ("avant", "après"):
        return Resolved(None, "vague", "feast-unbounded", "some time before or after a feast: no date")
    return Resolved(found.isoformat(), "day", "feast", f"the feast's day, {found:%Y-%m-%d}")


# the Olympic Games: (first month, last month) of an edition (the Paralympics close it), and the years they are held in
GAMES = {"summer": ((7, 9), 0), "winter": ((2, 3), 2)}


def _games(e: Expression, anchor: Anchor, tense: str) -> Resolved:
    """``pendant les Jeux``: the year of the edition meant, the one nearest publication (under way, or the next on a
    tie), summer or winter when no season is said. Not by the tense of the verb: « s'est rallié à une trêve pendant
    les Jeux » is about Games to come."""
    season = (e.fields.get("season") or "").lower()
    kinds = ["winter"] if "hiver" in season else ["summer"] if "été" in season else ["summer", "winter"]
    lo, hi = anchor.period()
    editions = []
    for kind in kinds:
        (first, last), remainder = GAMES[kind]
        for year in range(anchor.year - 4, anchor.year + 5):
            if year % 4 == remainder:
                editions.append((date(year, first, 1), month_end(year, last)))
    chosen = min(editions, key=lambda g: (_distance(g[0], (lo, hi)) if g[0] > hi else _distance(g[1], (lo, hi)),
                                          g[0] < lo))
    return Resolved(f"{chosen[0].year:04d}", "year", "games-period",
                    f"the Olympic Games of {chosen[0].year} ({chosen[0]:%Y-%m} to {chosen[1]:%Y-%m}): the year")


RESOLVERS: dict[str, Callable[[Expression, Anchor, str], Resolved]] = {
    "night-span": _night_span, "day-range": _day_range, "year-range": _year_range, "month-range": _month_range,
    "numeric-date": _numeric_date, "day-month": _day_month, "weekday-day": _weekday_day,
    "month-year": _month_year, "year": _year, "year-of-noun": _year_of_noun,
    "month": _month, "decade": _decade, "century": _century,
    "season": _season, "ago": _ago, "later": _later, "relative-to-event": _relative_to_event,
    "counted-from-event": _counted_from_event, "eve-of-event": _relative_to_event,
    "vague-span": _vague_span, "week": _week, "relative": _relative, "clock": _clock,
    "part-of-day": _part_of_day, "duration": _duration, "weekday": _weekday_expression, "deictic": _deictic,
    "vague": _vague, "recurrence": _recurrence, "quarter": _quarter, "event-anchored": _event_anchored,
    "named-period": _named_period,
    "anniversary": _anniversary, "era": _era, "feast": _feast, "games": _games,
}


def resolve_relative_date(expression: Expression, anchor: Anchor, tense: str) -> Resolved:
    """Normalise one expression; ``tense`` is past, present or future (of the verb it goes with); the
    expression's own words (``depuis``, ``dernier``, ``dans``) override it."""
    return RESOLVERS[expression.family](expression, anchor, orientation(expression, tense))
