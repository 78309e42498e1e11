"""Times in constructions of unseen news: sentences and short articles of our own, none from the bundled article
or the gold corpus. Each checks value, precision and (where it matters) the rule or the publication day inferred.

Dates used: Friday 14 March 2025, Friday 13 June 2025, Wednesday 11 June 2025, Tuesday 20 May 2025, Monday
5 May 2025, Sunday 20 July 2025, Wednesday 9 and Friday 25 April 2025, and files that give only April 2025.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsld.extract.assemble import tense_of
from newsld.extract.event_times import event_time, story_day
from newsld.extract.events import Event
from newsld.extract.nlp import parse
from newsld.extract.times import Anchor, find_expressions, normalise_times


def _story(text: str, published: str, tense: str = "past") -> tuple[str | None, dict[str, tuple]]:
    """Every time of a text, by its words: (value, precision, rule), with one tense for all of them; and the
    publication day inferred (or None)."""
    found = find_expressions(text)
    inferred, resolved = normalise_times([(e, tense) for e in found], Anchor.from_value(published))
    return (inferred.value if inferred else None,
            {e.text: (r.value, r.precision, r.rule) for e, r in zip(found, resolved, strict=True)})


def _time(text: str, words: str, published: str, tense: str = "past") -> tuple:
    return _story(text, published, tense)[1][words]


# --- finding: the words a time is written with -------------------------------------------------------------------

def test_the_second_of_two_years_is_a_year_of_its_own() -> None:
    times = _story("Le programme prévoit des crédits pour 2027 et 2028.", "2025-03-14", "future")[1]
    assert times["pour 2027"][:2] == ("2027", "year")
    assert times["et 2028"][:2] == ("2028", "year")


def test_a_year_range_is_still_one_time() -> None:
    assert [e.text for e in find_expressions("Le plan couvre la période entre 2027 et 2028.")] == \
        ["entre 2027 et 2028"]


def test_d_ici_a_before_a_year() -> None:
    assert _time("L'objectif doit être atteint d'ici à 2030.", "d'ici à 2030", "2025-03-14", "future")[:2] == \
        ("2030", "year")


def test_deux_jours_avant_de_partir_counts_no_event() -> None:
    texts = [e.text for e in find_expressions("Il avait prévenu deux jours avant de partir.")]
    assert texts == ["deux jours"]


# --- the start of the current year or month ------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "expected"), [
    ("depuis le début de l'année", ("2025", "year")),
    ("au début du mois", ("2025-03", "month")),
    ("à la mi-année", None),  # not a phrase of this grammar: found as nothing
])
def test_the_start_of_this_year_or_month(words: str, expected: tuple | None) -> None:
    times = _story(f"Les exportations ont progressé {words}.", "2025-03-14")[1]
    if expected is None:
        assert words not in times
    else:
        assert times[words][:2] == expected


def test_the_start_of_next_year_is_not_this_year() -> None:
    times = _story("La réforme entrera en vigueur au début de l'année prochaine.", "2025-03-14", "future")[1]
    assert [v[:2] for v in times.values()] == [("2026", "year")]


# --- deadlines: the finest precision that is true ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "words", "published", "expected"), [
    ("Les négociateurs espèrent un accord d'ici la fin mars.", "d'ici la fin mars", "2025-03-14",
     ("2025-03", "month")),
    ("Le rapport sera remis d'ici la fin août.", "d'ici la fin août", "2025-03-14", ("2025", "year")),
    ("La commission rendra ses conclusions d'ici janvier.", "d'ici janvier", "2025-11-20", (None, "vague")),
    ("Les troupes partiront avant la fin avril.", "avant la fin avril", "2025-04-09", ("2025-04", "month")),
])
def test_a_deadline_holds_every_day_until_it(sentence: str, words: str, published: str, expected: tuple) -> None:
    value, precision, rule = _time(sentence, words, published, "future")
    assert (value, precision) == expected
    assert rule == "month-deadline"


def test_a_past_month_after_avant_is_no_deadline() -> None:
    value, precision, rule = _time("Le texte avait été rédigé avant juin.", "avant juin", "2025-09-10")
    assert (value, precision, rule) == ("2025-06", "month", "month-past")


# --- parts of a day ----------------------------------------------------------------------------------------------

def test_en_fin_de_journee_is_the_day_named_before() -> None:
    text = "Le ministre est arrivé mardi 11 mars à Bruxelles. En fin de journée, il a rencontré les négociateurs."
    assert _time(text, "En fin de journée", "2025-03-14")[:2] == ("2025-03-11", "day")


# --- « à la veille de », « au lendemain de »: the day of their clause ----------------------------------------------

def test_a_la_veille_du_sommet_is_the_day_its_clause_names() -> None:
    text = "Le Parlement a voté mercredi une motion de soutien, à la veille du sommet européen."
    value, precision, rule = _time(text, "à la veille du sommet européen", "2025-03-14")
    assert (value, precision, rule) == ("2025-03-12", "day", "eve-of-event")


def test_au_lendemain_de_with_the_day_named_after_it() -> None:
    text = "Au lendemain de l'élection, le président a reçu dimanche les chefs des partis."
    assert _time(text, "Au lendemain de l'élection", "2025-05-05")[:2] == ("2025-05-04", "day")


def test_la_veille_du_date_is_the_day_before_that_date() -> None:
    text = "Des heurts ont éclaté la veille du 14 juillet dans plusieurs villes."
    value, precision, rule = _time(text, "la veille du 14 juillet", "2025-07-20")
    assert (value, precision, rule) == ("2025-07-13", "day", "eve-of-date")


def test_the_eve_of_an_event_with_no_day_in_its_sentence_has_no_value() -> None:
    text = "Les ministres se sont retrouvés à la veille du sommet."
    value, precision, _rule = _time(text, "à la veille du sommet", "2025-03-14")
    assert (value, precision) == (None, "vague")


def test_the_eve_phrase_stops_before_a_quote() -> None:
    texts = [e.text for e in find_expressions("L'armée a riposté au lendemain d'une offensive de « grande ampleur ».")]
    assert texts == ["au lendemain d'une offensive"]


# --- « un mois après la visite »: the time of the event it names, counted from its clause's day --------------------

@pytest.mark.parametrize(("sentence", "words", "expected"), [
    ("Le traité a été ratifié mardi 11 mars, trois jours après sa signature.", "trois jours après",
     ("2025-03-08", "day")),
    ("Le traité a été ratifié mardi 11 mars, un mois après sa signature.", "un mois après", ("2025-02", "month")),
    ("Les sanctions ont été levées en mars 2016, un an après l'accord.", "un an après", ("2015", "year")),
    ("Le président a dissous l'Assemblée mardi 11 mars, six mois avant les élections.", "six mois avant",
     ("2025-09", "month")),
    ("Le traité a été ratifié mardi 11 mars, quelques jours après sa signature.", "quelques jours après",
     (None, "vague")),
])
def test_a_count_after_an_event_is_that_event_s_time(sentence: str, words: str, expected: tuple) -> None:
    assert _time(sentence, words, "2025-03-14")[:2] == expected


def test_a_time_counted_back_is_not_the_story_s_day() -> None:
    text = ("Le traité a été ratifié mardi 11 mars, trois jours après sa signature. Le lendemain, il a été publié "
            "au journal officiel.")
    assert _time(text, "Le lendemain", "2025-03-14")[:2] == ("2025-03-12", "day")


# --- « la veille »: the eve of the story's day, not of a report nor of a background month --------------------------

def test_la_veille_skips_a_month_of_another_sentence() -> None:
    text = "Le ministre a été reçu jeudi à Séoul. L'accord avait été signé en mai. Il était arrivé la veille."
    assert _time(text, "la veille", "2025-06-13")[:2] == ("2025-06-11", "day")


def test_la_veille_after_a_month_in_its_own_sentence_has_no_day() -> None:
    text = "Le ministre a été reçu jeudi à Séoul. Le texte signé en mai avait été préparé la veille."
    assert _time(text, "la veille", "2025-06-13")[:2] == (None, "vague")


def test_la_veille_is_the_eve_of_the_event_not_of_its_report() -> None:
    text = ("Le chef de l'armée a inspecté mardi une base navale, a rapporté mercredi l'agence officielle. "
            "Il avait rencontré la veille des officiers.")
    times = _story(text, "2025-06-13")[1]
    assert times["mercredi"][:2] == ("2025-06-11", "day")
    assert times["la veille"][:2] == ("2025-06-09", "day")


# --- tenses the words give: « depuis », periphrastic and conditional futures ---------------------------------------

def test_depuis_before_a_month_makes_it_past_whatever_the_verb() -> None:
    text = "La ministre effectue sa troisième visite depuis sa nomination en octobre."
    assert _time(text, "en octobre", "2025-05-20", "present")[:2] == ("2024-10", "month")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    ("Le Conseil pourrait se réunir vendredi à huis clos.", "vendredi", "2025-06-13"),
    ("Les pourparlers pourraient reprendre lundi à Genève.", "lundi", "2025-06-16"),
    ("Le texte devra être adopté mardi par le Sénat.", "mardi", "2025-06-17"),
])
def test_a_modal_before_an_infinitive_is_a_future(sentence: str, words: str, expected: str) -> None:
    # the parse gives the infinitive no tense: the caller says present
    assert _time(sentence, words, "2025-06-11", "present")[:2] == (expected, "day")


# --- the publication day, when the file gives only the month -------------------------------------------------------

def test_a_dated_day_of_the_week_fixes_the_day_without_a_future() -> None:
    text = "Le ministre a été reçu mardi 8 avril à Hanoï. Il a aussi rencontré mardi des industriels."
    inferred, times = _story(text, "2025-04")
    assert inferred == "2025-04-08"
    assert times["mardi"][:2] == ("2025-04-08", "day")


def test_the_inferred_day_says_how_it_was_found() -> None:
    found = find_expressions("Le ministre a été reçu mardi 8 avril à Hanoï.")
    inferred, _resolved = normalise_times([(e, "past") for e in found], Anchor.from_value("2025-04"))
    assert inferred is not None and inferred.rule == "latest-day-reported"
    assert "mardi 8 avril" in inferred.note


def test_a_plain_past_date_alone_fixes_nothing() -> None:
    inferred, times = _story("Le ministre a été reçu le 3 avril à Hanoï.", "2025-04")
    assert inferred is None
    assert times["le 3 avril"][:2] == ("2025-04-03", "day")


def test_a_plain_past_date_and_a_past_weekday_fix_the_day() -> None:
    # 3 April 2025 is a Thursday: the Friday after it
    inferred, times = _story("Le ministre a été reçu le 3 avril. Il a déclaré vendredi que rien n'était signé.",
                             "2025-04")
    assert inferred == "2025-04-04"
    assert times["vendredi"][:2] == ("2025-04-04", "day")


def test_weekdays_alone_leave_the_week_open() -> None:
    found = find_expressions("Le ministre a parlé samedi. Il doit repartir dimanche.")
    tenses = ["past", "future"]
    inferred, resolved = normalise_times(list(zip(found, tenses, strict=True)), Anchor.from_value("2025-04"))
    assert inferred is None
    assert [(r.value, r.precision) for r in resolved] == [("2025-04", "month"), ("2025-04", "month")]


def test_a_past_dated_day_and_a_future_weekday() -> None:
    found = find_expressions("Le président a reçu jeudi 10 avril son homologue, qui doit se rendre samedi à Lyon.")
    inferred, resolved = normalise_times(list(zip(found, ["past", "future"], strict=True)),
                                         Anchor.from_value("2025-04"))
    assert inferred is not None and (inferred.value, inferred.rule) == ("2025-04-10", "weekday-anchors")
    assert (resolved[1].value, resolved[1].precision) == ("2025-04-12", "day")


# --- whole articles through the extractor (the parse gives the tenses) ---------------------------------------------

def test_article_month_only_with_a_dated_monday_and_a_future_wednesday(extract) -> None:
    annotation = extract("Le Premier ministre a été reçu lundi 7 avril à Berlin par le chancelier. Les deux "
                         "dirigeants doivent se retrouver mercredi à Bruxelles.", published="2025-04")
    inferred = annotation.data["article"]["published_inferred"]
    assert (inferred["value"], inferred["precision"]) == ("2025-04-07", "day")
    wednesday = next(t for t in annotation.data["times"] if t.get("text") == "mercredi")
    assert (wednesday["value"], wednesday["precision"]) == ("2025-04-09", "day")


def test_article_depuis_sa_prise_de_fonctions(view) -> None:
    v = view("La ministre effectue sa deuxième visite à Rome depuis sa prise de fonctions en novembre.",
             published="2025-05-20")
    t = v.time_of("en novembre")
    assert (t["value"], t["precision"]) == ("2024-11", "month")


def test_article_conditional_meeting_next_monday(view) -> None:
    v = view("Le Conseil de sécurité pourrait se réunir lundi, a indiqué un diplomate.", published="2025-06-11")
    t = v.time_of("lundi")
    assert (t["value"], t["precision"]) == ("2025-06-16", "day")


def test_article_weeks_seasons_and_evenings(view) -> None:
    v = view("Le ministre a pris la parole mardi soir. Il se rendra en Asie la semaine prochaine, puis à "
             "l'automne en Afrique. Aucune décision n'est attendue cet hiver.", published="2025-05-13")
    assert (v.time_of("mardi soir")["value"], v.time_of("mardi soir")["precision"]) == ("2025-05-13", "day")
    assert (v.time_of("la semaine prochaine")["value"], v.time_of("la semaine prochaine")["precision"]) == \
        ("2025-05", "month")
    assert (v.time_of("l'automne")["value"], v.time_of("l'automne")["precision"]) == ("2025", "year")
    assert (v.time_of("cet hiver")["value"], v.time_of("cet hiver")["precision"]) == (None, "vague")


def test_article_next_week_across_two_months_is_the_year(view) -> None:
    v = view("Le sommet aura lieu la semaine prochaine à Paris.", published="2025-04-25")
    t = v.time_of("la semaine prochaine")
    assert (t["value"], t["precision"]) == ("2025", "year")


def test_article_two_future_days_each_get_theirs(view) -> None:
    v = view("Le ministre participera jeudi et vendredi à une réunion régionale.", published="2025-04-09")
    assert v.time_of("jeudi")["value"] == "2025-04-10"
    assert v.time_of("vendredi")["value"] == "2025-04-11"


# --- which time dates an event -------------------------------------------------------------------------------------

def _dating(text: str, published: str = "2025-03-14") -> Callable[[str], str | None]:
    """A function from a trigger's words to the words of the time that dates it (or None)."""
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    _inferred, resolved = normalise_times(found, Anchor.from_value(published))
    words_of, rule_of, time_of_token = {}, {}, {}
    for n, ((e, _tense), r) in enumerate(zip(found, resolved, strict=True), 1):
        words_of[f"t{n}"], rule_of[f"t{n}"] = e.text, r.rule
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        time_of_token.update({t.i: f"t{n}" for t in span})

    def dating(trigger: str) -> str | None:
        token = next(t for t in doc if t.text == trigger)
        time_id = event_time(Event("Event", token), time_of_token, rule_of)
        return words_of.get(time_id or "")

    return dating


def test_a_participle_of_consequence_shares_its_verb_s_day(nlp) -> None:
    dating = _dating("L'armée a bombardé jeudi la capitale, tuant au moins dix civils.")
    assert dating("bombardé") == "jeudi"
    assert dating("tuant") == "jeudi"


def test_a_time_counted_from_a_visit_dates_the_visit_not_the_clause(nlp) -> None:
    dating = _dating("Un mois après la visite du président, le ministre a été reçu mardi à Rome.")
    assert dating("reçu") == "mardi"
    assert dating("visite") == "Un mois après"


def test_an_infinitive_complement_does_not_share_its_verb_s_day(nlp) -> None:
    dating = _dating("Le président a promis mardi de livrer des chars.")
    assert dating("promis") == "mardi"
    assert dating("livrer") is None


def test_a_duration_of_the_head_does_not_date_what_follows(nlp) -> None:
    dating = _dating("Les ministres ont discuté pendant trois heures avant de signer un accord.")
    assert dating("signer") is None


# --- a few more words of the news ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "words", "tense", "expected"), [
    # Monday 13 May 2024
    ("Des explosions ont été entendues la nuit dernière dans le port.", "la nuit dernière", "past",
     ("2024-05-13", "day")),
    ("Le cessez-le-feu a été violé dans la soirée de samedi.", "dans la soirée de samedi", "past",
     ("2024-05-11", "day")),
    ("Le vote aura lieu dans la matinée de jeudi.", "dans la matinée de jeudi", "future", ("2024-05-16", "day")),
    ("Le texte sera examiné le 3 juin prochain.", "le 3 juin prochain", "future", ("2024-06-03", "day")),
    ("Le texte a été examiné le 3 juin dernier.", "le 3 juin dernier", "future", ("2023-06-03", "day")),
])
def test_more_news_words(sentence: str, words: str, tense: str, expected: tuple) -> None:
    assert _time(sentence, words, "2024-05-13", tense)[:2] == expected


def test_ce_week_end_told_on_a_monday_in_the_past_is_the_one_just_gone() -> None:
    # Monday 1 July 2024: the weekend gone is 29-30 June, the coming one 6-7 July
    past = _time("Les manifestants se sont rassemblés ce week-end.", "ce week-end", "2024-07-01")
    future = _time("Les manifestants se rassembleront ce week-end.", "ce week-end", "2024-07-01", "future")
    assert past == ("2024-06", "month", "relative-week-past")
    assert future[:2] == ("2024-07", "month")


# --- the story's current day, for a past verb with no time of its own -------------------------------------------

def _story_day_of(text: str, published: str = "2025-06-13") -> Callable[[str], str | None]:
    """A function from a verb's words to the words of the story's day it takes (or None)."""
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    _inferred, resolved = normalise_times(found, Anchor.from_value(published))
    pairs = enumerate(zip(found, resolved, strict=True), 1)
    times = [{"id": f"t{n}", "start": e.start, "end": e.end, "text": e.text, "value": r.value,
              "precision": r.precision, "rule": r.rule} for n, ((e, _t), r) in pairs]
    words_of = {t["id"]: t["text"] for t in times}

    def day_of(verb: str) -> str | None:
        token = next(t for t in doc if t.text == verb)
        return words_of.get(story_day(token, times, text) or "")

    return day_of


def test_a_past_verb_without_time_is_on_the_story_s_day_not_the_report_s(nlp) -> None:
    day_of = _story_day_of("Le président a accueilli mercredi son homologue, a rapporté jeudi l'agence officielle. "
                           "Les deux hommes ont signé un accord de coopération.")
    assert day_of("signé") == "mercredi"


def test_a_pluperfect_or_a_present_takes_no_story_day(nlp) -> None:
    day_of = _story_day_of("Le président a accueilli mercredi son homologue. Les deux pays avaient signé un accord. "
                           "Ils coopèrent étroitement.")
    assert day_of("signé") is None
    assert day_of("coopèrent") is None


def test_a_month_of_the_narrative_ends_the_story_s_day(nlp) -> None:
    day_of = _story_day_of("Le président a accueilli mercredi son homologue. Le ministre s'est rendu à Paris en juin. "
                           "Il a rencontré des industriels.")
    assert day_of("rencontré") is None


def test_a_month_inside_a_noun_phrase_does_not_end_it(nlp) -> None:
    day_of = _story_day_of("Le président a accueilli mercredi le ministre nommé en mai à la Défense. Les deux hommes "
                           "ont signé un accord.")
    assert day_of("signé") == "mercredi"


# --- a participle of planning, or a promise, dates what is to come -------------------------------------------------

@pytest.mark.parametrize(("sentence", "words", "tense", "expected"), [
    # Monday 9 June 2025; the parse reads the participles as past and the infinitives as present
    ("La réunion, prévue jeudi à Genève, a été reportée.", "jeudi", "past", ("2025-06-12", "weekday-future")),
    ("Le vote a été reporté à mardi.", "mardi", "past", ("2025-06-10", "weekday-future")),
    ("Le vote a été reporté mardi par le président.", "mardi", "past", ("2025-06-03", "weekday-past")),
    ("Il a promis de revenir vendredi à Kiev.", "vendredi", "present", ("2025-06-13", "weekday-future")),
])
def test_planned_and_promised_days_are_to_come(sentence: str, words: str, tense: str, expected: tuple) -> None:
    value, _precision, rule = _time(sentence, words, "2025-06-09", tense)
    assert (value, rule) == expected


def test_ce_lundi_in_the_present_names_the_publication_day() -> None:
    found = find_expressions("Le président reçoit ce lundi son homologue. Il avait rencontré le 3 juin le Premier "
                             "ministre.")
    inferred, resolved = normalise_times(list(zip(found, ["present", "past"], strict=True)),
                                         Anchor.from_value("2025-06"))
    assert inferred is not None and inferred.value == "2025-06-09"
    assert "« ce lundi » names the publication day" in inferred.note
    assert (resolved[0].value, resolved[0].precision) == ("2025-06-09", "day")


def test_ce_jeudi_in_the_future_names_no_publication_day() -> None:
    found = find_expressions("Le président se rendra ce jeudi à Rome. Il avait vu le 3 juin le Premier ministre.")
    inferred, _resolved = normalise_times(list(zip(found, ["future", "past"], strict=True)),
                                          Anchor.from_value("2025-06"))
    # a future weekday and a past date (Tuesday 3 June): Tuesday 3 and Wednesday 4 fit as well; the tie goes to
    # the day of the latest news, and no Thursday is forced
    assert inferred is not None and inferred.value == "2025-06-03"


def test_a_date_that_names_an_event_does_not_bound_the_publication_day() -> None:
    # « du 25 juillet » is the summit's name: the past « a été annoncé » does not put 25 July before publication
    found = find_expressions("Le sommet du 25 juillet a été annoncé lundi 22 juillet. Le ministre doit se rendre "
                             "mardi à Paris.")
    inferred, resolved = normalise_times(list(zip(found, ["past", "past", "future"], strict=True)),
                                         Anchor.from_value("2024-07"))
    assert inferred is not None and inferred.value == "2024-07-22"
    assert (resolved[0].value, resolved[0].precision) == ("2024-07-25", "day")


def test_a_count_in_the_present_counts_from_the_publication_day_not_a_later_date() -> None:
    # Wednesday 4 June 2025: the attack three days before the visit (today) is 1 June; « le 28 mai » after it is
    # the date the apposition gives, not the visit's day
    text = "La visite intervient trois jours après l'offensive contre la capitale, lancée le 28 mai."
    assert _time(text, "trois jours après", "2025-06-04", "present")[:2] == ("2025-06-01", "day")


def test_an_unknown_publication_day_keeps_only_what_holds_on_every_possible_day() -> None:
    # May 2025: the Saturdays are 3, 10, 17, 24 and 31 May; the Sunday after the 31st is 1 June
    found = find_expressions("Le ministre a parlé samedi. Il doit repartir dimanche. Il était à Rome il y a trois "
                             "jours.")
    inferred, resolved = normalise_times(list(zip(found, ["past", "future", "past"], strict=True)),
                                         Anchor.from_value("2025-05"))
    assert inferred is None
    assert [(r.value, r.precision) for r in resolved] == [("2025-05", "month"), ("2025", "year"), ("2025", "year")]
    assert all(r.rule.endswith("-unknown-day") for r in resolved)


def test_a_time_deeper_in_the_verb_s_scope_keeps_the_story_s_day_away(nlp) -> None:
    day_of = _story_day_of("Le président a accueilli mercredi son homologue. Moscou, qui s'est rapproché de Pékin "
                           "depuis la visite du président en septembre, n'a pas réagi.")
    assert day_of("rapproché") is None


def test_a_day_to_come_is_not_the_story_s_day(nlp) -> None:
    day_of = _story_day_of("Le ministre doit rencontrer mercredi son homologue. Les deux pays ont signé un accord.",
                           published="2025-06-09")
    assert day_of("signé") is None


# --- second round: the publication day from weekdays and a date, counts from a past infinitive, bounds -------------

WEEK_OF_THE_STRIKE = ("L'armée a frappé jeudi un dépôt de munitions, a annoncé le ministère. Cette frappe survient "
                      "moins de dix jours après l'offensive, le 28 février. Le ministre a rencontré mercredi ses "
                      "homologues. Le Parlement doit voter vendredi.")


def _parsed_story(text: str, published: str) -> tuple[str | None, dict[str, tuple]]:
    """As ``_story``, with each time's tense from the parse, as the extractor does."""
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    inferred, resolved = normalise_times(found, Anchor.from_value(published))
    return (inferred.value if inferred else None,
            {e.text: (r.value, r.precision, r.rule) for (e, _t), r in zip(found, resolved, strict=True)})


def test_weekdays_that_fit_every_week_take_the_one_nearest_a_date_the_text_names(nlp) -> None:
    # March 2025: past « jeudi » and « mercredi », future « vendredi » fit every Thursday (6, 13, 20, 27 March);
    # « le 28 février », in the present, is nearest Thursday 6 March
    inferred, times = _parsed_story(WEEK_OF_THE_STRIKE, "2025-03")
    assert inferred == "2025-03-06"
    assert times["jeudi"][:2] == ("2025-03-06", "day")
    assert times["mercredi"][:2] == ("2025-03-05", "day")
    assert times["vendredi"][:2] == ("2025-03-07", "day")
    assert times["le 28 février"][:2] == ("2025-02-28", "day")


def test_weekdays_alone_still_leave_the_week_open(nlp) -> None:
    text = "L'armée a frappé jeudi un dépôt de munitions. Le Parlement doit voter vendredi."
    inferred, times = _parsed_story(text, "2025-03")
    assert inferred is None
    assert times["jeudi"][:2] == ("2025-03", "month")


def test_a_bound_on_a_gap_is_a_duration_not_a_date() -> None:
    times = _story("Cette frappe survient moins de dix jours après l'offensive. Le cessez-le-feu a été rompu plus "
                   "d'un mois après la signature.", "2025-03-14", "present")[1]
    assert times["moins de dix jours après"] == (None, "duration", "explicit-duration")
    assert times["plus d'un mois après"][:2] == (None, "duration")


def test_a_count_before_a_past_infinitive_dates_what_the_infinitive_tells() -> None:
    # Friday 13 June 2025: received on Friday, two days after meeting (Wednesday 11 June); a week before Thursday
    # 12 June is about 5 June, somewhere from 2 to 8 June
    times = _story("Le ministre a été reçu vendredi par le président, deux jours après avoir rencontré son homologue. "
                   "Il a parlé jeudi, une semaine après s'être rendu à Kiev.", "2025-06-13")[1]
    assert times["vendredi"][:2] == ("2025-06-13", "day")
    assert times["deux jours après"][:2] == ("2025-06-11", "day")
    assert times["une semaine après"][:2] == ("2025-06", "month")


def test_a_count_before_a_clause_with_apres_que_dates_that_clause() -> None:
    # Friday 13 June 2025: sworn in on Friday, two days after the vote (Wednesday 11 June)
    text = "Le président a prêté serment vendredi, deux jours après que le Parlement l'a élu."
    assert _time(text, "deux jours après", "2025-06-13")[:2] == ("2025-06-11", "day")


def test_a_count_before_a_past_infinitive_of_a_month_only_file_follows_the_inferred_day(nlp) -> None:
    # April 2025: « ce lundi » is the publication day, on or after the past « le 2 avril »: Monday 7 April; Saturday
    # 5 April is two days before it
    text = ("La ministre s'est entretenue ce lundi avec le président, deux jours après avoir été reçue par son "
            "homologue. Le sommet avait été reporté le 2 avril. La délégation doit repartir jeudi.")
    inferred, times = _parsed_story(text, "2025-04")
    assert inferred == "2025-04-07"
    assert times["deux jours après"][:2] == ("2025-04-05", "day")


@pytest.mark.parametrize("words", ["dans l'immédiat", "pour le moment", "pour l'instant"])
def test_words_for_now_are_the_publication_day(words: str) -> None:
    text = f"Le gouvernement n'a, {words}, pas réagi à ces accusations."
    assert _time(text, words, "2025-06-11", "past") == ("2025-06-11", "day", "deictic-now")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    ("Les nouvelles taxes s'appliqueront à partir de 2026.", "à partir de 2026", ("2026", "year")),
    ("Le contrat courra à compter de 2027.", "à compter de 2027", ("2027", "year")),
    ("Les livraisons reprendront à partir de septembre.", "à partir de septembre", ("2025-09", "month")),
    ("Le tarif changera à compter d'octobre.", "à compter d'octobre", ("2025-10", "month")),
])
def test_a_start_from_a_year_or_a_month(sentence: str, words: str, expected: tuple) -> None:
    assert _time(sentence, words, "2025-06-11", "future")[:2] == expected


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    ("Les deux pays se disputent ces îles depuis des décennies.", "depuis des décennies",
     (None, "vague", "vague-past")),
    ("Ce rite s'est transmis pendant des siècles.", "pendant des siècles", (None, "vague", "vague")),
    ("Les deux pays se disputent ces îles depuis des années.", "depuis des années",
     (None, "vague", "vague-past")),
])
def test_no_count_of_decades_is_a_vague_time_not_a_length(sentence: str, words: str, expected: tuple) -> None:
    assert _time(sentence, words, "2025-06-11", "present") == expected


@pytest.mark.parametrize(("sentence", "words", "tense", "expected"), [
    ("Le convoi est arrivé il y a quelques jours.", "il y a quelques jours", "past", (None, "vague", "vague-past")),
    ("Il y a plusieurs années, il dirigeait la police.", "Il y a plusieurs années", "past",
     (None, "vague", "vague-past")),
    ("Les observateurs reviendront dans quelques semaines.", "dans quelques semaines", "future",
     (None, "vague", "vague-future")),
])
def test_ago_or_later_with_no_count_is_vague(sentence: str, words: str, tense: str, expected: tuple) -> None:
    assert _time(sentence, words, "2025-06-11", tense) == expected


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # Wednesday 11 June 2025
    ("Le dépôt a été touché à l'aube.", "à l'aube", ("2025-06-11", "day")),
    ("Le port a été bombardé samedi à l'aube.", "samedi à l'aube", ("2025-06-07", "day")),
    ("Les secours sont intervenus au petit matin.", "au petit matin", ("2025-06-11", "day")),
    ("Le porte-parole s'est exprimé hier en soirée.", "hier en soirée", ("2025-06-10", "day")),
])
def test_dawn_and_evening_are_parts_of_the_day(sentence: str, words: str, expected: tuple) -> None:
    assert _time(sentence, words, "2025-06-11", "past")[:2] == expected


def test_the_dawn_of_something_is_no_time() -> None:
    assert find_expressions("Le pays se trouve à l'aube d'une nouvelle ère.") == []
