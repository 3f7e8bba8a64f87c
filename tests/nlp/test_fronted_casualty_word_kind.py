"""Kind (issue 10, kind 1, figures): a casualty word fronted before its copula ("Killed were 12
people", "Dead are at least eight people and wounded were 19", "Killed in the attack were 14
villagers") gives the figure as "12 people were killed" does; "Among the dead were six children"
counts a part of an untold toll, not the toll.  Before, the figures and with them their source were
lost.  Found by a user-role helper; sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 22)


@pytest.mark.parametrize(("text", "killed", "injured", "source"), [
    ("Gunmen attacked a bus station in Bauchi on Sunday. Killed were 12 people, among them a police officer, "
     "police said.", 12, None, "police"),
    ("Russian missiles struck Zaporizhzhia on Sunday. Dead are at least eight people and wounded were 19, "
     "governor Ivan Fedorov said.", 8, 19, "Ivan Fedorov"),
    ("Militants stormed a village near Diffa on Sunday. Killed in the attack were 14 villagers, the mayor said.",
     14, None, "mayor"),
    ("A suicide bomber struck a rally in Bajaur on Sunday. Injured were 40 people, a hospital official said.",
     None, 40, "hospital official"),
    # A part of an untold toll: no figure.
    ("An air strike hit a market in Sagaing region on Sunday. Among the dead were six children, a local group "
     "said.", None, None, None),
])
def test_the_fronted_word_gives_the_figure(extract: Callable[..., ExtractionResult], text: str, killed: int | None,
                                           injured: int | None, source: str | None) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].fatalities, events[0].injured, events[0].source) == (killed, injured, source)
