"""The day of a statement about an act told as known ("the aid agency said on Sunday that the
shelling of its warehouse in Kherson had killed three") is not the act's day, which the report
leaves open: the event is undated (gold-format.md: null when the report does not let a reader pin
the day).  An act told as news keeps the statement's day as before, and a day told with the act
("the bombing at the market in Kano yesterday") stays the act's."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow

MONDAY = date(2024, 3, 11)


def _dates(text: str) -> list[date | None]:
    return [e.date for e in extract_report(Report("statement-day", text, published=MONDAY)).events]


@pytest.mark.parametrize("text", [
    "The aid agency said on Sunday that the shelling of its warehouse in Kherson had killed three workers.",
    "Officials said on Friday that the toll from the air strike on the school in Rafah had risen to 27.",
    "Health officials said on Saturday the drone strike on the clinic in Marib killed six patients, revising an "
    "earlier count.",
])
def test_a_statement_day_does_not_date_a_known_act(text: str) -> None:
    assert _dates(text) == [None]


@pytest.mark.parametrize(("text", "day"), [
    ("A car bomb killed five people in Mogadishu, police said on Sunday.", date(2024, 3, 10)),
    ("The death toll from the bombing at the market in Kano yesterday rose to 30, police said.", date(2024, 3, 10)),
])
def test_other_days_stay(text: str, day: date) -> None:
    assert _dates(text) == [day]
