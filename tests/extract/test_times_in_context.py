"""Times the story anchors itself, through the whole extractor: `la veille`, `le lendemain`, parts of a day."""

from __future__ import annotations


def _time(annotation, words: str) -> dict:
    return next(t for t in annotation.data["times"] if t.get("text", "").lower() == words.lower())


def test_la_veille_and_le_lendemain_count_from_the_day_named_before(extract) -> None:
    annotation = extract("Le président a rencontré mercredi 13 mars son homologue à Paris. La veille, il avait "
                         "reçu le Premier ministre. Le lendemain, il s'est rendu à Berlin.", published="2024-03-15")
    assert _time(annotation, "mercredi 13 mars")["value"] == "2024-03-13"
    assert (_time(annotation, "La veille")["value"], _time(annotation, "La veille")["precision"]) == \
        ("2024-03-12", "day")
    assert _time(annotation, "Le lendemain")["value"] == "2024-03-14"


def test_a_part_of_the_day_is_on_the_last_day_named(extract) -> None:
    annotation = extract("Le ministre est arrivé lundi 11 mars à Tokyo. Dans la matinée, il a rencontré son "
                         "homologue japonais.", published="2024-03-15")
    assert _time(annotation, "Dans la matinée")["value"] == "2024-03-11"


def test_publication_day_inferred_from_a_past_weekday_and_a_future_date(extract) -> None:
    annotation = extract("Le ministre a déclaré jeudi qu'il se rendra vendredi 15 mars à Rome.", published="2024-03")
    inferred = annotation.data["article"]["published_inferred"]
    assert (inferred["value"], inferred["precision"]) == ("2024-03-14", "day")
    assert inferred["note"]
