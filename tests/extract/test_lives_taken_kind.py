"""A toll told as lives an act took ("cost the lives of 12 soldiers", "took the lives of four
civilians", "claimed the lives of seven people", "claimed 15 lives") is the number killed."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "killed"), [
    ("The ambush of an army convoy near Gao on Monday cost the lives of 12 soldiers, the army said.", 12),
    ("The shelling of Donetsk on Monday took the lives of four civilians, officials said.", 4),
    ("A car bomb in Mogadishu on Tuesday claimed the lives of seven people, police said.", 7),
    ("An air strike on a market in Idlib on Monday claimed 15 lives, rescuers said.", 15),
])
def test_lives_taken_are_the_dead(text: str, killed: int) -> None:
    events = extract_report(Report("lives", text, published=date(2024, 6, 12))).events
    assert [e.fatalities for e in events] == [killed]
