"""A weekday that dates an infinitive takes its tense from the verb the infinitive hangs on (an infinitive has none
of its own): past under a past verb or a past infinitive, to come under a verb of planning. And in a file that gives
only the month, a bare weekday of the lede's news is the day the story appeared, a dated day further back only
bounding it. Sentences written for these tests; Friday 15 March 2024 unless the file gives only the month."""

from __future__ import annotations

import pytest

from newsld.extract.assemble import tense_of
from newsld.extract.nlp import parse
from newsld.extract.times import Anchor, find_expressions, normalise_times

FRIDAY = "2024-03-15"


def _times(text: str, published: str = FRIDAY) -> tuple[str | None, dict[str, str | None]]:
    doc = parse(text)
    found = [(e, tense_of(doc, e.start)) for e in find_expressions(text)]
    inferred, resolved = normalise_times(found, Anchor.from_value(published))
    return inferred.value if inferred else None, {e.text: r.value for (e, _t), r in zip(found, resolved, strict=True)}


@pytest.mark.parametrize(("text", "words", "expected"), [
    # under a past infinitive, under a past participle: the infinitive's day is past
    ("La juge, soupçonnée d'avoir ordonné de détruire les archives lundi soir, a été suspendue.", "lundi soir",
     "2024-03-11"),
    ("Le maire a reconnu avoir demandé de fermer le pont mardi matin.", "mardi matin", "2024-03-12"),
    # under a verb of planning in the present: to come, also in the passive
    ("Le texte, qui doit être examiné par les députés mercredi, divise la majorité.", "mercredi", "2024-03-20"),
    ("La délégation doit rencontrer le médiateur lundi à Doha.", "lundi", "2024-03-18"),
    # a planning verb in the past: the day is past (« a dû »)
    ("Le pilote a dû atterrir mardi à Lyon en raison du brouillard.", "mardi", "2024-03-12"),
])
def test_an_infinitive_is_dated_in_the_tense_of_the_verb_it_hangs_on(text: str, words: str, expected: str) -> None:
    assert _times(text)[1][words] == expected


def test_the_lede_weekday_is_the_news_a_dated_death_only_bounds_the_publication() -> None:
    text = ("Des centaines de Lisboètes ont marché jeudi jusqu'au Panthéon derrière le cercueil du poète, décédé le "
            "2 mars à 90 ans. Mardi, le gouvernement avait décrété un deuil national de trois jours.")
    inferred, times = _times(text, "2024-03")
    assert inferred == "2024-03-07"  # the first Thursday after the death, not the day of the death itself
    assert times["Mardi"] == "2024-03-05"


def test_without_a_lede_weekday_dated_days_still_draw_the_publication() -> None:
    text = ("Le ministre a inauguré le 4 mars la nouvelle ligne de tramway de Porto, et doit se rendre vendredi à "
            "Braga pour une réunion avec les maires.")
    inferred, _times_found = _times(text, "2024-03")
    assert inferred is not None and "2024-03-04" <= inferred < "2024-03-08"
