"""Kind (issue 10, kind 3, dates): an incident told in a sentence that opens with a bare "Later,"
("Later, drones struck a depot in X") is on the day of the act told before it, as after "hours
later" or "that same day"; "Two days later" and "Later on Tuesday" give days of their own.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow

MONDAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("text", "second"), [
    ("A Russian missile hit a warehouse in Odesa on Monday, killing three workers, the governor said. Later, "
     "Ukrainian drones struck an oil depot in the Russian town of Novorossiysk, where no one was injured, local "
     "officials said.", MONDAY),
    ("Gunmen killed four traders at a market in Menaka on Monday, officials said. Later, a roadside bomb hit an army "
     "convoy near Bourem, killing two soldiers, the army said.", MONDAY),
    ("Gunmen killed four traders at a market in Menaka on Monday, officials said. Later on Tuesday, a roadside bomb "
     "hit an army convoy near Bourem, killing two soldiers, the army said.", dt.date(2024, 5, 7)),
])
def test_a_bare_later_keeps_the_day_told_before(text: str, second: dt.date) -> None:
    events = extract_report(Report("later", text, published=dt.date(2024, 5, 10))).events
    assert [event.date for event in events] == [MONDAY, second]
