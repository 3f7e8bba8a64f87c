"""Kind (issue 10, kind 7, figures): "left N <people> <state>" counts the state the word after
names: "left four soldiers injured" and "left two residents wounded" are injured, "left three
soldiers dead" killed; "left five people dead and 14 injured" both.  Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A roadside bomb on Monday left four soldiers injured near the town of Kupiansk, the army said.", None, 4),
    ("The shelling of Okhtyrka on Tuesday left two residents wounded, the regional governor said.", None, 2),
    ("Clashes in the town of Tessalit on Friday left three soldiers dead, the army said.", 3, None),
    ("An air strike on a market in the Syrian town of Sarmada on Sunday left five people dead and 14 injured, "
     "rescuers said.", 5, 14),
])
def test_the_state_after_the_figure_says_what_it_counts(text: str, killed: int | None, injured: int | None) -> None:
    events = extract_report(Report("left", text, published=dt.date(2024, 5, 10))).events
    assert [(e.fatalities, e.injured) for e in events] == [(killed, injured)]
