"""Times of French wire copy at large (round 3): sentences of our own, none from the bundled article or the gold
corpus, each read with the real parse (the tense of its verb) and checked for its words, value and precision.

Most are published on Wednesday 15 October 2025; a few on Friday 17 and 24 October 2025. The conventions are those
of ``benchmarks/gold/README.md``: a week, a quarter or a season gets the finest precision that holds all of it, a
night is its second day, ``depuis X`` is X, a round count back gives its unit, durations and vague times no value.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsld.extract.assemble import tense_of
from newsld.extract.event_times import event_time, story_day
from newsld.extract.events import Event
from newsld.extract.nlp import parse
from newsld.extract.times import Anchor, find_expressions, normalise_times

WEDNESDAY = "2025-10-15"
D, M, Y, V, DUR = "day", "month", "year", "vague", "duration"


def _times(text: str, published: str = WEDNESDAY) -> dict[str, tuple[str | None, str, str]]:
    """Every time of a text by its words: (value, precision, rule), each with the tense the parse gives its verb."""
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    _inferred, resolved = normalise_times(found, Anchor.from_value(published))
    return {e.text: (r.value, r.precision, r.rule) for (e, _t), r in zip(found, resolved, strict=True)}


def _check(text: str, words: str, expected: tuple[str | None, str], published: str = WEDNESDAY) -> None:
    found = _times(text, published)
    assert words in found, f"« {words} » not found as a time in « {text} »: {found}"
    assert found[words][:2] == expected, f"« {words} » in « {text} »: {found[words]}"


# --- nights, weekends, parts of the week --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Des drones ont frappé Odessa dans la nuit de mardi à mercredi, selon les autorités locales.",
     "dans la nuit de mardi à mercredi", ("2025-10-15", D)),
    ("Les bombardements ont repris dans la nuit de samedi à dimanche.", "dans la nuit de samedi à dimanche",
     ("2025-10-12", D)),
    ("Une explosion a secoué le port dans la nuit, a indiqué la police.", "dans la nuit", ("2025-10-15", D)),
    ("Un séisme a frappé le nord du pays cette nuit.", "cette nuit", ("2025-10-15", D)),
    ("Le ministre a tenu la nuit dernière une réunion de crise.", "la nuit dernière", ("2025-10-15", D)),
    ("Le Premier ministre a rencontré les syndicats ce week-end.", "ce week-end", ("2025-10", M)),
    ("Les ministres des Finances se réuniront ce week-end à Bruxelles.", "ce week-end", ("2025-10", M)),
    ("Le sénateur a été hospitalisé le week-end dernier.", "le week-end dernier", ("2025-10", M)),
    ("Le chancelier se rendra à Varsovie en fin de semaine.", "en fin de semaine", ("2025-10", M)),
    ("Les grévistes ont bloqué le port en début de semaine.", "en début de semaine", ("2025-10", M)),
    ("Les ministres se retrouveront en milieu de semaine.", "en milieu de semaine", ("2025-10", M)),
    ("Les combats ont repris à la fin de la semaine dernière.", "à la fin de la semaine dernière", ("2025-10", M)),
    ("Le gouvernement présentera cette semaine un nouveau budget.", "cette semaine", ("2025-10", M)),
    ("La police a arrêté la semaine dernière trois suspects.", "la semaine dernière", ("2025-10", M)),
    ("Le texte sera examiné la semaine prochaine par le Sénat.", "la semaine prochaine", ("2025-10", M)),
])
def test_nights_weekends_and_weeks(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


# --- weekdays, in every tense ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le dirigeant a limogé dimanche dernier son chef d'état-major.", "dimanche dernier", ("2025-10-12", D)),
    ("Les troupes se sont retirées samedi matin de la zone.", "samedi matin", ("2025-10-11", D)),
    ("Le porte-parole a démenti hier soir toute négociation.", "hier soir", ("2025-10-14", D)),
    ("Les secours ont retrouvé mardi après-midi deux survivants.", "mardi après-midi", ("2025-10-14", D)),
    ("Le ministre recevra jeudi prochain ses homologues européens.", "jeudi prochain", ("2025-10-16", D)),
    ("Les nouvelles règles s'appliqueront à partir de lundi.", "à partir de lundi", ("2025-10-20", D)),
    ("Les écoles resteront fermées d'ici lundi.", "d'ici lundi", ("2025-10-20", D)),
    ("La grève se poursuit depuis lundi dans les ports.", "depuis lundi", ("2025-10-13", D)),
    ("Des milliers de manifestants ont défilé ce samedi à Paris.", "ce samedi", ("2025-10-11", D)),
    ("Une marche est prévue ce samedi à Paris.", "ce samedi", ("2025-10-18", D)),
    ("Un incendie s'est déclaré dans la matinée de mardi.", "dans la matinée de mardi", ("2025-10-14", D)),
    ("Le parlement a voté mardi 14 octobre la loi de finances.", "mardi 14 octobre", ("2025-10-14", D)),
    ("Le chef de l'État se rendra vendredi 17 octobre à Berlin.", "vendredi 17 octobre", ("2025-10-17", D)),
])
def test_weekdays_past_and_future(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), [
    # the present of news announces what is scheduled: the coming weekday, or the publication day itself
    ("Le président se rend jeudi à Berlin pour une visite de deux jours.", "jeudi", ("2025-10-16", D)),
    ("Le sommet s'ouvre lundi à Bruxelles.", "lundi", ("2025-10-20", D)),
    ("Le chancelier reçoit vendredi le Premier ministre indien.", "vendredi", ("2025-10-17", D)),
    ("La conférence se tient jusqu'à dimanche à Genève.", "jusqu'à dimanche", ("2025-10-19", D)),
    ("Les négociations reprennent mardi prochain à Doha.", "mardi prochain", ("2025-10-21", D)),
    ("Le président reçoit ce mercredi son homologue kényan.", "ce mercredi", ("2025-10-15", D)),
    ("Le président prend la parole mercredi devant les députés.", "mercredi", ("2025-10-15", D)),
])
def test_a_weekday_in_the_present_is_today_or_to_come(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


# --- parts of the day -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Les manifestants se sont rassemblés à la mi-journée devant le parlement.", "à la mi-journée",
     ("2025-10-15", D)),
    ("Le président s'exprimera en début de soirée à la télévision.", "en début de soirée", ("2025-10-15", D)),
    ("Le juge a rendu sa décision en fin d'après-midi.", "en fin d'après-midi", ("2025-10-15", D)),
    ("Les inondations ont fait 40 morts en fin de matinée.", "en fin de matinée", ("2025-10-15", D)),
    ("Une frappe a visé la centrale à l'aube.", "à l'aube", ("2025-10-15", D)),
    ("L'incendie a été maîtrisé en fin de journée.", "en fin de journée", ("2025-10-15", D)),
    ("Le ministre s'est rendu lundi à Kiev, où il a rencontré dans l'après-midi le président.", "dans l'après-midi",
     ("2025-10-13", D)),
    ("Le ministre arrivera jeudi à Rome et dînera dans la soirée avec son homologue.", "dans la soirée",
     ("2025-10-16", D)),
])
def test_parts_of_the_day(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


def test_a_past_evening_is_not_on_a_day_still_to_come(nlp) -> None:
    """« dans la soirée » after a future day named: told in the past, it is this evening, not that day's."""
    _check("Le ministre doit arriver jeudi à Rome. Les deux hommes ont dîné dans la soirée à l'ambassade.",
           "dans la soirée", ("2025-10-15", D))
    _check("Le ministre a été reçu lundi au palais. Il s'est ensuite entretenu dans la soirée avec le roi.",
           "dans la soirée", ("2025-10-13", D))


def test_an_hour_is_on_the_day_of_its_story(nlp) -> None:
    _check("Le président prendra la parole à 20 h.", "à 20 h", ("2025-10-15", D))
    _check("Le président s'est exprimé jeudi soir à la télévision. Il a annoncé à 20 h 30 un remaniement.",
           "à 20 h 30", ("2025-10-16", D), published="2025-10-17")


# --- months and parts of months -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Les négociations avaient repris mi-mars à Genève.", "mi-mars", ("2025-03", M)),
    ("Le président doit se rendre à Pékin début avril.", "début avril", ("2026-04", M)),
    ("La commission rendra son rapport courant mai.", "courant mai", ("2026-05", M)),
    ("Les exportations avaient chuté fin septembre.", "fin septembre", ("2025-09", M)),
    ("Le marché devrait se redresser fin octobre.", "fin octobre", ("2025-10", M)),
    ("Le Parlement a adopté la loi à la mi-juillet.", "à la mi-juillet", ("2025-07", M)),
    ("Le pays est paralysé depuis la mi-novembre.", "depuis la mi-novembre", ("2024-11", M)),
    ("Les livraisons reprendront au mois de décembre.", "au mois de décembre", ("2025-12", M)),
    ("Les récoltes ont souffert au mois d'août.", "au mois d'août", ("2025-08", M)),
    ("Le pays avait été frappé par un séisme en novembre dernier.", "en novembre dernier", ("2024-11", M)),
    ("Les élections se tiendront en janvier prochain.", "en janvier prochain", ("2026-01", M)),
    ("Le gouvernement avait promis en juillet une aide aux agriculteurs.", "en juillet", ("2025-07", M)),
    ("Le gouvernement présentera en juillet une loi agricole.", "en juillet", ("2026-07", M)),
    ("L'accord commercial entrera en vigueur le mois prochain.", "le mois prochain", ("2025-11", M)),
    ("Le chômage a baissé le mois dernier.", "le mois dernier", ("2025-09", M)),
    ("Le Parlement avait adopté le texte au début du mois.", "au début du mois", ("2025-10", M)),
    ("Les prix ont augmenté à la fin du mois dernier.", "à la fin du mois dernier", ("2025-09", M)),
    ("Le contrat sera signé au début du mois prochain.", "au début du mois prochain", ("2025-11", M)),
    ("Le gouvernement doit publier un décret d'ici à la fin du mois.", "à la fin du mois", ("2025-10", M)),
])
def test_months_and_their_parts(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


# --- years, quarters, seasons ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Les élections législatives sont prévues fin 2026.", "fin 2026", ("2026", Y)),
    ("Le Brésil accueillera le sommet l'an prochain.", "l'an prochain", ("2026", Y)),
    ("La population a augmenté l'an dernier.", "l'an dernier", ("2024", Y)),
    ("Le pays a enregistré un record de chaleur cette année.", "cette année", ("2025", Y)),
    ("Les prix de l'énergie avaient flambé en début d'année.", "en début d'année", ("2025", Y)),
    ("Le gouvernement avait annoncé au début de l'année dernière un plan de relance.",
     "au début de l'année dernière", ("2024", Y)),
    ("La réforme entrera en vigueur au début de l'année prochaine.", "au début de l'année prochaine", ("2026", Y)),
    ("Plus de 300 civils ont été tués depuis le début de l'année, selon l'ONU.", "depuis le début de l'année",
     ("2025", Y)),
    ("La banque centrale baissera ses taux d'ici la fin de l'année.", "d'ici la fin de l'année", ("2025", Y)),
    ("Le pays veut atteindre la neutralité carbone d'ici 2050.", "d'ici 2050", ("2050", Y)),
    ("Le pays vise l'autosuffisance à l'horizon 2030.", "à l'horizon 2030", ("2030", Y)),
    ("Les dépenses militaires ont augmenté au premier trimestre 2026.", "au premier trimestre 2026", ("2026", Y)),
    ("Le PIB a reculé de 0,3 % au deuxième trimestre.", "au deuxième trimestre", ("2025", Y)),
    ("Les ventes devraient rebondir au quatrième trimestre.", "au quatrième trimestre", ("2025", Y)),
    ("Le déficit a été réduit au premier semestre.", "au premier semestre", ("2025", Y)),
    ("La présidence tournante reviendra à la Pologne au second semestre 2026.", "au second semestre 2026",
     ("2026", Y)),
    ("Les travaux commenceront au printemps prochain.", "au printemps prochain", ("2026", Y)),
    ("La sécheresse a ravagé les récoltes l'été dernier.", "l'été dernier", ("2025", Y)),
    ("Le gouvernement présentera une réforme cet automne.", "cet automne", ("2025", Y)),
    ("Les dirigeants se retrouveront à l'automne à New York.", "à l'automne", ("2025", Y)),
    ("Les élections auront lieu au printemps 2027.", "au printemps 2027", ("2027", Y)),
])
def test_years_quarters_and_seasons(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


def test_a_winter_spanning_two_years_has_no_value(nlp) -> None:
    _check("Les inondations de l'hiver dernier ont coûté cher.", "l'hiver dernier", (None, V), "2025-06-10")


# --- dates ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le cessez-le-feu est entré en vigueur le 1er septembre.", "le 1er septembre", ("2025-09-01", D)),
    ("Le scrutin aura lieu le 12 novembre.", "le 12 novembre", ("2025-11-12", D)),
    ("La conférence s'ouvrira le 11 novembre prochain à Belém.", "le 11 novembre prochain", ("2025-11-11", D)),
    ("La taxe s'appliquera à partir du 1er janvier.", "1er janvier", ("2026-01-01", D)),
    ("Le couvre-feu restera en vigueur jusqu'au 31 décembre.", "31 décembre", ("2025-12-31", D)),
    ("Le forum se tiendra du 3 au 5 novembre à Dakar.", "du 3 au 5 novembre", ("2025-11", M)),
    ("La Russie a envahi l'Ukraine le 24 février 2022.", "le 24 février 2022", ("2022-02-24", D)),
    ("Le 3 octobre, l'armée avait lancé une offensive.", "Le 3 octobre", ("2025-10-03", D)),
    ("Le 3 novembre, les électeurs se rendront aux urnes.", "Le 3 novembre", ("2025-11-03", D)),
    ("Le blocus dure depuis le 7 octobre.", "depuis le 7 octobre", ("2025-10-07", D)),
    # « depuis » a day still to come this year is last year's
    ("Le blocus dure depuis le 20 octobre.", "depuis le 20 octobre", ("2024-10-20", D)),
])
def test_dates(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


# --- counts back and forward ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le ministre de l'Intérieur a démissionné il y a deux semaines.", "il y a deux semaines", ("2025", Y)),
    ("Le navire a coulé il y a dix jours.", "il y a dix jours", ("2025-10-05", D)),
    ("Le régime a été renversé il y a près de trois ans.", "il y a près de trois ans", ("2022", Y)),
    ("Le président avait été élu il y a tout juste un an.", "il y a tout juste un an", ("2024", Y)),
    ("Il y a un an jour pour jour, des inondations avaient dévasté la région.", "Il y a un an jour pour jour",
     ("2024-10-15", D)),
    ("Le président a été réélu il y a un an, jour pour jour.", "il y a un an, jour pour jour", ("2024-10-15", D)),
    # a bound on one side only: no date; within a bound: the finest precision that holds
    ("Le régime avait été renversé il y a plus de deux ans.", "il y a plus de deux ans", (None, V)),
    ("La trêve a été rompue il y a moins d'une semaine.", "il y a moins d'une semaine", ("2025-10", M)),
    ("Le président rendra visite à son homologue dans un mois.", "dans un mois", ("2025-11", M)),
])
def test_counts_from_publication(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected", "published"), [
    ("Le ministre a été reçu mardi par le roi. Le lendemain, il a présenté sa démission.", "Le lendemain",
     ("2025-10-15", D), WEDNESDAY),
    ("Les rebelles ont pris la ville lundi. Le surlendemain, l'armée l'a reprise.", "Le surlendemain",
     ("2025-10-15", D), WEDNESDAY),
    ("Le traité a été signé mardi. L'avant-veille, les négociateurs avaient levé les derniers obstacles.",
     "L'avant-veille", ("2025-10-12", D), WEDNESDAY),
    ("Le ministre s'est rendu le 2 octobre à Kiev. La veille, il avait appelé son homologue.", "La veille",
     ("2025-10-01", D), WEDNESDAY),
    ("Les troupes sont entrées lundi dans la ville. Trois jours plus tard, elles en ont été chassées.",
     "Trois jours plus tard", ("2025-10-23", D), "2025-10-24"),
    ("Le navire avait quitté le port le 28 septembre. Deux jours plus tard, il était arraisonné.",
     "Deux jours plus tard", ("2025-09-30", D), WEDNESDAY),
    # no count: no date, and not a duration either
    ("L'armée a bombardé la ville lundi. Quelques heures plus tard, le gouvernement a annoncé une trêve.",
     "Quelques heures plus tard", (None, V), WEDNESDAY),
    ("Quelques mois plus tard, la ville était tombée.", "Quelques mois plus tard", (None, V), WEDNESDAY),
    ("Plusieurs jours plus tôt, l'armée avait averti la population.", "Plusieurs jours plus tôt", (None, V),
     WEDNESDAY),
])
def test_counts_from_the_story_s_days(nlp, text: str, words: str, expected: tuple, published: str) -> None:
    _check(text, words, expected, published)


# --- durations and vague times --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Les pourparlers se sont poursuivis pendant trois jours.", "pendant trois jours", (None, DUR)),
    ("Le pays est en guerre depuis trois ans.", "depuis trois ans", (None, DUR)),
    ("La grève dure depuis deux semaines.", "depuis deux semaines", (None, DUR)),
    ("Le dirigeant est au pouvoir depuis près de vingt ans.", "depuis près de vingt ans", (None, DUR)),
    ("Le prix du blé a doublé en un an.", "en un an", (None, DUR)),
    ("Après les deux ans de guerre, l'économie est exsangue.", "les deux ans", (None, DUR)),
    ("Les violences se sont multipliées au cours des derniers mois.", "au cours des derniers mois", (None, V)),
    ("Une décision est attendue dans les prochains jours.", "dans les prochains jours", (None, V)),
    ("Les tensions se sont accrues ces derniers jours.", "ces derniers jours", (None, V)),
    ("Le pays a connu une forte croissance à la fin des années 1990.", "des années 1990", (None, V)),
    ("La région a été disputée au XXe siècle.", "au XXe siècle", (None, V)),
])
def test_durations_and_vague_times(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


# --- periods of history and anniversaries ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le Japon contrôle ces îles depuis la fin de la Seconde Guerre mondiale.",
     "depuis la fin de la Seconde Guerre mondiale", ("1945", Y)),
    ("La ville n'avait pas connu de tels combats depuis la Seconde Guerre mondiale.",
     "depuis la Seconde Guerre mondiale", ("1945", Y)),
    ("Les deux pays sont rivaux depuis la fin de la guerre froide.", "depuis la fin de la guerre froide", ("1991", Y)),
    ("Les deux pays n'avaient plus de relations depuis la fin de la guerre de Corée.",
     "depuis la fin de la guerre de Corée", ("1953", Y)),
    ("La région était prospère avant la Première Guerre mondiale.", "avant la Première Guerre mondiale",
     ("1914", Y)),
    ("Le pays a été divisé pendant la guerre froide.", "pendant la guerre froide", (None, V)),
    ("La Tunisie a connu une transition démocratique après le printemps arabe.", "après le printemps arabe",
     ("2011", Y)),
    ("Les mesures de sécurité ont été renforcées après les attentats du 11-Septembre.",
     "après les attentats du 11-Septembre", ("2001", Y)),
])
def test_periods_of_history(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


def test_a_period_s_name_alone_is_not_a_time(nlp) -> None:
    assert _times("Le musée retrace l'histoire de la Seconde Guerre mondiale.") == {}
    assert "le printemps" not in _times("Le printemps arabe a bouleversé la région.")


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le pays a célébré les 70 ans de son indépendance.", "les 70 ans", ("1955", Y)),
    ("Le pays commémore samedi les 30 ans du génocide.", "les 30 ans", ("1995", Y)),
    ("La Chine célèbre le 1er octobre les 76 ans de la fondation de la République populaire.", "les 76 ans",
     ("1949", Y)),
    ("Des milliers de personnes ont assisté aux cérémonies du 80e anniversaire de la libération du camp.",
     "du 80e anniversaire", ("1945", Y)),
    ("Le pays a marqué mardi le cinquantième anniversaire de son indépendance.", "le cinquantième anniversaire",
     ("1975", Y)),
])
def test_anniversaries_are_counted_back(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


# --- which event a time dates ---------------------------------------------------------------------------------------

def _dating(text: str, published: str = WEDNESDAY) -> Callable[[str], str | None]:
    """A function from a trigger's words to the words of the time that dates it (or None), and the story day."""
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    _inferred, resolved = normalise_times(found, Anchor.from_value(published))
    words_of, rule_of, time_of_token, times = {}, {}, {}, []
    for n, ((e, _tense), r) in enumerate(zip(found, resolved, strict=True), 1):
        words_of[f"t{n}"], rule_of[f"t{n}"] = e.text, r.rule
        times.append({"id": f"t{n}", "start": e.start, "end": e.end, "text": e.text, "value": r.value,
                      "precision": r.precision, "rule": r.rule})
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        time_of_token.update({t.i: f"t{n}" for t in span})

    def dating(trigger: str) -> str | None:
        token = next(t for t in doc if t.text == trigger)
        time_id = event_time(Event("Event", token), time_of_token, rule_of) or story_day(token, times, text)
        return words_of.get(time_id or "")

    return dating


def test_an_anniversary_dates_the_event_celebrated_not_the_celebration(nlp) -> None:
    dating = _dating("Le président a accueilli mardi ses invités. Le pays a célébré les 70 ans de son indépendance.")
    assert dating("célébré") == "mardi"
    dating = _dating("Le pays a célébré dimanche le 80e anniversaire de la libération.")
    assert dating("célébré") == "dimanche"
    assert dating("libération") == "le 80e anniversaire"


def test_a_scheduled_present_dates_its_verb(nlp) -> None:
    dating = _dating("Le chancelier reçoit vendredi le Premier ministre indien à Berlin.")
    assert dating("reçoit") == "vendredi"
    assert _times("Le chancelier reçoit vendredi le Premier ministre indien à Berlin.")["vendredi"][0] == "2025-10-17"


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le président sera reçu en fin de mois à l'Élysée.", "en fin de mois", ("2025-10", M)),
    ("Les prix ont chuté en fin de mois dernier.", "en fin de mois dernier", ("2025-09", M)),
    ("Les ventes ont bondi en fin d'année.", "en fin d'année", ("2025", Y)),
    ("Depuis le 1er janvier, 200 migrants sont morts en mer.", "Depuis le 1er janvier", ("2025-01-01", D)),
    ("La frontière a été fermée il y a une semaine.", "il y a une semaine", ("2025-10", M)),
    ("Le pays a fêté le 1er anniversaire de la réforme.", "le 1er anniversaire", ("2024", Y)),
    ("Les sanctions ont été renforcées après la chute de l'Union soviétique.",
     "après la chute de l'Union soviétique", ("1991", Y)),
])
def test_more_wire_expressions(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


def test_a_day_to_the_day_with_only_the_month_published_keeps_the_month(nlp) -> None:
    _check("Il y a un an jour pour jour, des inondations avaient dévasté la région.", "Il y a un an jour pour jour",
           ("2024-10", M), published="2025-10")


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Le pays avait connu une famine en 1984. Cette année-là, la récolte avait été détruite.", "Cette année-là",
     ("1984", Y)),
    ("Le président a été reçu le 3 mai. Ce jour-là, il a signé un accord.", "Ce jour-là", ("2025-05-03", D)),
    ("Cette année, le pays a connu une famine.", "Cette année", ("2025", Y)),
    ("Les bombardements se sont poursuivis toute la nuit.", "toute la nuit", ("2025-10-15", D)),
    ("Les bombardements se sont poursuivis toute la journée de lundi.", "toute la journée de lundi",
     ("2025-10-13", D)),
    ("Les pourparlers ont duré toute la semaine.", "toute la semaine", ("2025-10", M)),
    ("Les combats ont duré tout le week-end.", "tout le week-end", ("2025-10", M)),
    ("Les frappes ont continué tout au long de la journée.", "tout au long de la journée", ("2025-10-15", D)),
    ("Le mouvement islamiste détient des otages depuis le 7-Octobre.", "depuis le 7-Octobre", ("2023", Y)),
    ("Depuis le 11-Septembre, la sécurité a été renforcée.", "Depuis le 11-Septembre", ("2001", Y)),
    ("Le sommet se tiendra les 24 et 25 juin à La Haye.", "les 24 et 25 juin", ("2026-06", M)),
    ("Le chantier doit être achevé à la mi-2026.", "à la mi-2026", ("2026", Y)),
    ("Le gouvernement répondra d'ici quelques semaines.", "d'ici quelques semaines", (None, V)),
])
def test_anaphoric_and_whole_stretches(nlp, text: str, words: str, expected: tuple) -> None:
    _check(text, words, expected)


# --- turning points the text does not date --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("Le chef de la junte avait promis des élections lors de son arrivée au pouvoir.",
     "lors de son arrivée au pouvoir"),
    ("Le pays a connu trois coups d'État depuis son indépendance.", "depuis son indépendance"),
    ("Depuis sa création, le parti a remporté toutes les élections.", "Depuis sa création"),
    ("Le dirigeant est resté discret depuis son élection.", "depuis son élection"),
])
def test_an_undated_turning_point_is_a_vague_time(nlp, text: str, words: str) -> None:
    _check(text, words, (None, V))


@pytest.mark.parametrize("text", [
    "Le chef de la junte avait promis des élections lors de son arrivée au pouvoir en 2021.",
    "Cette visite est sa première à l'étranger depuis son investiture pour un second mandat, le 7 mai.",
    "Il a limogé trois ministres depuis sa réélection, il y a deux ans.",
])
def test_a_dated_turning_point_is_its_date(nlp, text: str) -> None:
    assert all(rule != "event-anchored" for _value, _precision, rule in _times(text).values())


def test_a_promise_made_on_taking_power_is_not_on_the_story_s_day(nlp) -> None:
    dating = _dating("Le général a reçu mardi les chefs de partis. Il a promis des élections lors de son arrivée "
                     "au pouvoir.")
    assert dating("reçu") == "mardi"
    assert dating("promis") == "lors de son arrivée au pouvoir"
