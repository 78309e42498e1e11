"""Sources set before the subject, and the same agency again (session 23); on sentences of the lead's own."""

from __future__ import annotations

CHINA, KCNA = "Q148", "Q326804"


def test_the_name_after_a_fronted_source_is_the_subject(view):
    v = view("Selon un diplomate australien, la Chine a critiqué Canberra.")
    said = [a for a in v.data["speech_acts"] if a["trigger"]["text"] == "a critiqué"]
    assert [a["speaker"] for a in said] == [CHINA]
    v = view("Selon un diplomate australien, Wang Yi a critiqué Canberra.")
    report = next(a for a in v.data["speech_acts"] if a["trigger"]["text"] == "Selon")
    assert report["speaker"] != v.named("Wang Yi")


def test_a_true_apposition_of_the_source_stays_the_source(view):
    v = view("Selon son porte-parole, le colonel Ramon Dizon, des garde-côtes armés sont montés à bord.")
    report = next(a for a in v.data["speech_acts"] if a["trigger"]["text"] == "Selon")
    assert report["speaker"] == v.named("Ramon Dizon")


def test_the_same_agency_is_the_agency_cited_before(view):
    v = view("Le dirigeant a approuvé le plan, a rapporté l’agence KCNA. Il a aussi présidé une réunion du parti, "
             "selon la même agence.")
    assert v.entity_of("la même agence") == KCNA
