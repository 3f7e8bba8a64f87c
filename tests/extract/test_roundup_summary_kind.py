"""Kind (issue 10, kind 6, round-ups): a summary sentence that counts two or more acts or places
("Fourteen soldiers were killed in two attacks ...", "Attacks in two towns ... killed 17", "strikes
killed 10 civilians across three regions") over incidents the report then tells one by one is no
incident of its own: its total is no incident's figure, its region or country no incident's place,
and its day dates the incidents that give none.  A count with one incident told after it is left
as it is.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, int | None, dt.date | None]]:
    events = extract_report(Report("roundup", text, published=dt.date(2024, 6, 10))).events
    return [(event.locations[0].name, event.fatalities, event.date) for event in events]


SAT, SUN = dt.date(2024, 6, 8), dt.date(2024, 6, 9)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fourteen soldiers were killed in two attacks in northern Burkina Faso at the weekend, security officials said "
     "on Monday.\n\nOn Saturday, militants ambushed a supply convoy near Titao, killing nine soldiers, a security "
     "source said.\n\nOn Sunday, five soldiers died when their patrol hit a roadside bomb outside Tougan, in Sourou "
     "province, according to Captain Idrissa Kabore, an army spokesman.",
     [("Titao", 9, SAT), ("Tougan", 5, SUN)]),
    ("Attacks in two towns of Nigeria's Borno state killed 17 people over the weekend, officials said on Monday.\n\n"
     "In Monguno, a suicide bomber struck a wedding party on Saturday evening, killing 11 guests, a local official "
     "said.\n\nOn Sunday, insurgents shelled Kukawa, killing six people, police said.",
     [("Monguno", 11, SAT), ("Kukawa", 6, SUN)]),
    # The summary's day dates the incidents told without one.
    ("Russian strikes killed at least 10 civilians across three Ukrainian regions on Sunday, officials said.\n\n"
     "In the town of Zolochiv, a guided bomb hit a school, killing four people, regional governor Oleh Hryhorov "
     "said. In Okhtyrka, artillery fire killed three residents, the regional administration said. Three people were "
     "killed by a drone in the village of Krasnopillia, according to the regional prosecutor's office.",
     [("Zolochiv", 4, SUN), ("Okhtyrka", 3, SUN), ("Krasnopillia", 3, SUN)]),
])
def test_a_summary_over_incidents_told_one_by_one_is_no_incident(
        text: str, expected: list[tuple[str, int, dt.date]]) -> None:
    assert _events(text) == expected


def test_a_count_with_one_incident_told_stays() -> None:
    text = ("Gunmen killed 12 people in two villages of Zamfara state on Sunday, police said. The attackers arrived "
            "on motorcycles and set homes on fire.")
    assert [(killed, day) for _, killed, day in _events(text)] == [(12, SUN)]
