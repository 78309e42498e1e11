"""One verb, two legs (`a rencontré X lundi puis Y mardi`): each leg is dated by its own words first (round 22, found
by the round's reviewer), on sentences written for these tests."""

from __future__ import annotations

XI = "Q15031"


def _meetings_by_day(annotation) -> dict[str, set[str]]:
    value = {t["id"]: t["value"] for t in annotation.data["times"]}
    return {value.get(e.get("time")): {r["entity"] for r in e["roles"]}
            for e in annotation.data["events"] if e["type"] == "Meeting"}


def test_each_partner_after_puis_keeps_its_own_day(extract):
    days = _meetings_by_day(extract("Antony Blinken a rencontré Wang Yi lundi puis Xi Jinping mardi à Pékin.",
                                    "2024-04-24"))
    assert XI in days["2024-04-23"] and XI not in days["2024-04-22"]


def test_days_written_before_each_partner(extract):
    days = _meetings_by_day(extract("Antony Blinken s'est entretenu lundi avec Wang Yi, puis mardi avec Xi Jinping.",
                                    "2024-04-24"))
    assert XI in days["2024-04-23"] and XI not in days["2024-04-22"]


def test_one_day_after_the_second_partner_dates_both(extract):
    days = _meetings_by_day(extract("Antony Blinken a rencontré Wang Yi puis Xi Jinping mardi à Pékin.", "2024-04-24"))
    assert list(days) == ["2024-04-23"]
