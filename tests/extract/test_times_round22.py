"""Round 22 (times): which cues place the day of a month-only article, and times the story or the calendar dates.
Sentences of our own (ministers, strikes, trials, summits), none taken from the gold corpus or the bundled article;
each time is read with the tense the parse gives its verb, as the extractor does.

Rules under test:
- a weekday in a quote is the speaker's: it does not place the publication day, and it is counted from the day the
  quote was said (the day named after it; rule ``weekday-of-quote``);
- a weekday told in the pluperfect (« il avait reçu lundi », « Vendredi, ... il avait visité ») is a day before the
  story's news: it places no publication day, and is read as a past weekday once the day is known;
- a deadline (« ont jusqu'à lundi pour », « a donné jusqu'à vendredi ») is some day from publication to that weekday
  (rule ``weekday-deadline``), and places no day; « jusqu'à » that ends a span is not one;
- a day written with its weekday (« mercredi 13 septembre ») is a day of the news, not a background date a bare
  weekday of the lede outweighs;
- weekdays alone never fix the week: no day is guessed;
- a periphrastic future after a fronted weekday (« Jeudi, M. X doit visiter »), an infinitive phrase (« avant de
  regagner ») reading with its clause, a threat or a promise in the past (« a menacé de bloquer jeudi »);
- « un mois et demi après sa visite », « avant Noël » (a deadline), « depuis Noël », « pendant les Jeux »; a noun the
  parse hangs as an auxiliary (« Ces tirs surviennent ») says nothing of the tense.
"""

from __future__ import annotations

from newsld.extract.assemble import tense_of
from newsld.extract.nlp import parse
from newsld.extract.times import Anchor, find_expressions, normalise_times


def _read(text: str, published: str) -> tuple[str | None, dict[str, tuple]]:
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    inferred, resolved = normalise_times(found, Anchor.from_value(published))
    times = {e.text: (r.value, r.precision, r.rule) for (e, _t), r in zip(found, resolved, strict=True)}
    return (inferred.value if inferred else None), times


# --- quotes, pluperfects and dated weekdays place the day (September 2023: Monday 4, 11, 18, 25) -----------------

def test_a_weekday_in_a_quote_is_counted_from_the_day_it_was_said() -> None:
    day, times = _read("« Je suis arrivé lundi et je repartirai vendredi », a déclaré mercredi 20 septembre le "
                       "ministre.", "2023-09")
    assert day == "2023-09-20"
    assert times["lundi"] == ("2023-09-18", "day", "weekday-of-quote")
    assert times["vendredi"] == ("2023-09-22", "day", "weekday-of-quote")


def test_a_quoted_weekday_alone_does_not_fix_the_day() -> None:
    day, times = _read("« Nous signerons l'accord mardi », a déclaré le ministre le 12 septembre.", "2023-09")
    assert day is None
    assert times["mardi"][:2] == ("2023-09-12", "day")  # the Tuesday the minister spoke on


def test_a_pluperfect_weekday_does_not_draw_the_day_after_the_dated_news() -> None:
    day, times = _read("Le président a signé le décret vendredi 15 septembre. Il avait reçu lundi les représentants "
                       "syndicaux.", "2023-09")
    assert day == "2023-09-15"
    assert times["lundi"][:2] == ("2023-09-11", "day")


def test_a_fronted_pluperfect_weekday() -> None:
    day, times = _read("Mardi, à Tachkent, le ministre avait signé un accord gazier. Il a poursuivi mercredi sa "
                       "tournée à Almaty et doit rentrer jeudi à Moscou. Il avait quitté la capitale le 10 septembre.",
                       "2023-09")
    assert day == "2023-09-13"
    assert times["Mardi"][:2] == ("2023-09-12", "day")
    assert times["jeudi"][:2] == ("2023-09-14", "day")


def test_a_day_written_with_its_weekday_is_of_the_news_week() -> None:
    day, times = _read("Le ministre est arrivé lundi à Kiev. Il a rencontré mercredi 13 septembre le président "
                       "ukrainien.", "2023-09")
    assert day == "2023-09-13"
    assert times["lundi"][:2] == ("2023-09-11", "day")


def test_a_bare_weekday_and_a_date_of_another_month_still_agree() -> None:
    # negative: unchanged, the Monday after Thursday 31 August
    day, _times = _read("Le chef de la diplomatie a déclaré lundi que le sommet, qui s'est tenu jeudi 31 août, avait "
                        "été un succès.", "2023-09")
    assert day == "2023-09-04"


def test_weekdays_alone_never_fix_the_week() -> None:
    # negative: a past Saturday and a future Sunday say the day of the week, not which week
    day, times = _read("Le Premier ministre a poursuivi samedi sa tournée en Asie. Il doit rentrer dimanche à Paris, "
                       "a indiqué Matignon.", "2023-09")
    assert day is None
    assert times["samedi"][1] != "day"


def test_a_deadline_places_no_day() -> None:
    day, times = _read("Le ministre a indiqué jeudi 7 septembre que Moscou a jusqu'à lundi pour répondre. Les "
                       "négociateurs se retrouveront mardi.", "2023-09")
    assert day == "2023-09-07"
    assert times["jusqu'à lundi"] == ("2023-09", "month", "weekday-deadline")
    assert times["mardi"][:2] == ("2023-09-12", "day")


# --- deadlines ---------------------------------------------------------------------------------------------------

def test_having_until_a_weekday_is_a_deadline_and_a_part_of_day_stays_on_the_news_day() -> None:
    _day, times = _read("Le Portugal a expulsé mercredi trois attachés militaires. Les trois hommes ont jusqu'à "
                        "vendredi pour quitter le territoire. Le chargé d'affaires a été convoqué dans la matinée.",
                        "2025-03-12")
    assert times["jusqu'à vendredi"][:2] == ("2025-03", "month")
    assert times["dans la matinée"][:2] == ("2025-03-12", "day")


def test_given_until_a_weekday_is_a_deadline() -> None:
    _day, times = _read("La direction a donné jusqu'à lundi aux grévistes pour reprendre le travail.", "2025-03-12")
    assert times["jusqu'à lundi"] == ("2025-03", "month", "weekday-deadline")


def test_until_that_ends_a_span_is_no_deadline() -> None:
    # negatives: the end of a stay or of work done, in the past or to come
    _day, times = _read("Les secouristes sont intervenus jusqu'à mardi soir pour dégager les victimes.", "2025-03-13")
    assert times["jusqu'à mardi soir"][:2] == ("2025-03-11", "day")
    _day, times = _read("L'ancien maire restera en garde à vue jusqu'à lundi, selon le parquet.", "2025-03-13")
    assert times["jusqu'à lundi"][:2] == ("2025-03-17", "day")
    _day, times = _read("Les exilés avaient jusqu'à lundi pour partir, ils sont restés.", "2025-03-13")
    assert times["jusqu'à lundi"][:2] == ("2025-03-10", "day")


# --- tenses the clause gives a time ------------------------------------------------------------------------------

def test_a_threat_in_the_past_dates_the_act_to_come() -> None:
    _day, times = _read("Le chef du gouvernement slovaque a menacé de bloquer jeudi, lors du Conseil européen, "
                        "l'aide à Kiev.", "2024-06-25")  # a Tuesday
    assert times["jeudi"][:2] == ("2024-06-27", "day")
    _day, times = _read("Les syndicats ont promis de manifester samedi devant le Parlement.", "2024-06-25")
    assert times["samedi"][:2] == ("2024-06-29", "day")


def test_a_promise_dated_before_its_infinitive_stays_past() -> None:
    # negative: « a promis lundi » dates the promise
    _day, times = _read("Le ministre a promis lundi de présenter un nouveau plan.", "2024-06-25")
    assert times["lundi"][:2] == ("2024-06-24", "day")


def test_a_fronted_weekday_before_a_modal_and_an_infinitive_phrase() -> None:
    day, times = _read("Le président tchèque a inauguré mardi une ambassade à Hanoï. Mercredi, M. Pavel doit visiter "
                       "une aciérie, avant de rejoindre Prague jeudi 14 décembre, a précisé la présidence.", "2023-12")
    assert day == "2023-12-12"
    assert times["Mercredi"][:2] == ("2023-12-13", "day")
    assert times["jeudi 14 décembre"][:2] == ("2023-12-14", "day")


def test_a_noun_read_as_an_auxiliary_does_not_make_the_clause_past() -> None:
    _day, times = _read("Ces tirs surviennent trois jours après l'échec d'un essai, dont le missile a explosé "
                        "dimanche.", "2024-05-29")
    assert times["trois jours après"][:2] == ("2024-05-26", "day")


# --- counted and calendar times -------------------------------------------------------------------------------------

def test_a_month_and_a_half_after() -> None:
    _day, times = _read("Le chancelier a reçu lundi le président kényan, un mois et demi après sa visite à Nairobi.",
                        "2024-10-08")  # Monday 7 October
    assert times["un mois et demi après"][:2] == ("2024-08", "month")


def test_a_month_after_is_unchanged() -> None:
    _day, times = _read("Le traité a été ratifié mardi, un mois après sa signature.", "2024-10-09")
    assert times["un mois après"][:2] == ("2024-09", "month")


def test_christmas() -> None:
    _day, times = _read("Un accord budgétaire pourrait être conclu avant Noël, selon la majorité.", "2024-12-10")
    assert times["avant Noël"] == ("2024-12", "month", "feast-deadline")
    _day, times = _read("Les bombardements n'ont pas cessé depuis Noël, selon l'ONU.", "2025-01-08")
    assert times["depuis Noël"][:2] == ("2024-12-25", "day")


def test_the_lunar_new_year_is_no_fixed_feast() -> None:
    _day, times = _read("Les Vietnamiens fêteront le Nouvel An lunaire à partir de mardi.", "2025-01-27")
    assert not any("Nouvel An" in words for words in times)


def test_the_olympic_games() -> None:
    _day, times = _read("Le Kremlin a rejeté la trêve proposée pendant les Jeux, qui s'ouvriront en juillet.",
                        "2024-04-15")
    assert times["pendant les Jeux"] == ("2024", "year", "games-period")
    _day, times = _read("Les athlètes neutres pourront concourir lors des JO d'hiver, a décidé le CIO.", "2025-10-20")
    assert times["lors des JO d'hiver"][:2] == ("2026", "year")


def test_other_games_are_no_olympics() -> None:
    _day, times = _read("Le pays a remporté douze médailles aux Jeux asiatiques.", "2023-10-09")
    assert not any("Jeux" in words for words in times)


def test_a_time_in_an_opening_participle_phrase_is_past() -> None:
    day, times = _read("Décédé le 3 septembre, l'ancien sénateur sera inhumé jeudi dans son village natal.", "2023-09")
    assert times["le 3 septembre"][:2] == ("2023-09-03", "day")
    assert day is not None and "2023-09-03" <= day < "2023-09-07"
    # negative: a participle of planning opening the sentence is to come
    _day, times = _read("Prévu lundi, le vote a été reporté à une date ultérieure.", "2023-09-13")
    assert times["lundi"][:2] == ("2023-09-18", "day")
