"""Time expressions of French news, normalised by rules against the publication date and the verb's tense.

The rules are for the language, not for one article: a small grammar of French time expressions (weekdays,
dates, months, years, seasons, quarters, weeks, deictics, ``il y a``/``dans`` + a count, durations, ranges, parts
of the day, decades and centuries, periods of history, anniversaries), each resolved against the publication date
with the tense of its verb:

- a past ``jeudi`` is the Thursday on or before the publication day, a future one the next Thursday (the
  publication day itself when it is a Thursday: a week later would be ``jeudi prochain``); the present of news
  (``le président se rend jeudi à Berlin``) announces what is scheduled, so it reads as the future;
- ``depuis la fin de la Seconde Guerre mondiale`` is 1945, ``les 70 ans de l'indépendance`` (after a word of
  celebration) the year 70 years before publication, a time of the noun it introduces, not of its clause's verb;
- a date without a year (``le 19 juin``) takes the year that puts it on the side of the publication day its
  tense says, nearest first; a weekday given with it (``vendredi 15 septembre``) must fit, or the year moves
  (and the note says so) or, when no year near fits, only the month is kept;
- precision is honest: a year stays a year, a month a month; a span (a week, a season, a range) gets the
  finest precision that holds all of it (``la semaine dernière`` is a month when the whole week is in one
  month); a deadline (``d'ici la fin juin``) holds every day from publication to it; durations and vague
  times keep no value.

When the file gives only the month (or year), the text may fix the day (``infer_publication``): past dated
days and past weekdays bound it from below, future ones from above, a deictic next to a date (``hier,
jeudi 14``) pins it; of the days left the one closest to what the text reports is taken when it is the
only one (on a tie, the one nearest the past times, then the one nearest every date the text names, whatever its
tense: « intervient ... après l'essai, le 31 octobre » picks the week). With only past times, a dated day of the
current week (``reçu lundi 22 juillet``, or a date with weekdays beside it) makes the story's day the latest one named.
A weekday in a quote (the speaker's week, counted from the day the quote was said), one told in the pluperfect (a day
before the story's news) and a deadline (« ont jusqu'à lundi pour partir », some day from publication to it) place no
publication day. Weekdays alone never decide: every week fits them; then a time counted from the publication day
(``samedi``, ``il y a trois jours``) gets the finest precision true on every day that fits (rule
``...-unknown-day``). Every value carries the rule that produced it.

The verb's tense is given by the caller (the parse); a modal or periphrastic future before the time in its
clause (``doit se rendre vendredi``, ``pourrait se réunir lundi``), which the parse reads as present, a
``depuis`` opening the phrase (``depuis sa prise de fonctions en septembre``) and the expression's own words
(``depuis``, ``dernier``, ``prochain``, ``d'ici``) refine it. ``resolve_relative_date`` needs nothing but the
expression; ``resolve_in_context`` also anchors what the story's own days fix: parts of the day and ``la
veille``/``le lendemain``/``deux jours plus tard`` on the story's last day named (not a day that only dates a
report, not a day that dates a participle apposition of a noun in another sentence, « X, mort le 19 juillet, »,
not across a month of an earlier flashback; ``n'avait pas réagi en fin de journée`` is the day of writing; ``dans
la nuit`` follows the evening last named), ``à la veille du sommet``/``au lendemain d'un appel`` on
the day of their clause, ``un mois après la visite`` counted back from it; the last day of a range of weekdays
(``de vendredi à dimanche``, ``depuis ... lundi jusqu'à ... jeudi soir``) the first such day after the range's first,
and so the next step of a plan told in order (``mardi, puis ... jeudi``, ``avant de regagner Pékin vendredi``) when
read alone it would fall before the step told before it; a recurrence (``tous les ans``) is vague;
``aujourd'hui``/``demain`` in a quote counted from the day it was said (named after the quote, or the last day named
for a quote told in the pluperfect); ``normalise_times`` does the whole step for one article.

The work is split in three modules: ``time_grammar`` (finding and resolving one expression),
``publication_day`` (the day the text fixes when the file gives only the month) and ``story_times`` (times
anchored on the story's own days, and the whole step); which time dates which event is ``event_times``. This
module is what the rest of the extractor imports.
"""

from newsld.extract.publication_day import infer_publication, infer_publication_day
from newsld.extract.story_times import normalise_times, resolve_in_context
from newsld.extract.time_grammar import (
    Anchor,
    Expression,
    Inference,
    Resolved,
    enclosing,
    find_expressions,
    orientation,
    parse_number,
    resolve_day_month,
    resolve_month,
    resolve_relative_date,
    resolve_weekday,
)

__all__ = ["Anchor", "Expression", "Inference", "Resolved", "enclosing", "find_expressions", "infer_publication",
           "infer_publication_day", "normalise_times", "orientation", "parse_number", "resolve_day_month",
           "resolve_in_context", "resolve_month", "resolve_relative_date", "resolve_weekday"]
