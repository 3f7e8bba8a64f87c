"""A change of territory told from the place or the side that lost it ("Tessalit fell to separatist
rebels", "Government forces lost the town of X to the rebels", "X came under the control of Houthi
fighters") is an incident: the side it passed to types it (ACLED: Non-state actor overtakes
territory / Government regains territory).  "The toll fell to 12", "lost two soldiers to sniper
fire", a negated fall and a political body's loss of a council are none."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list:
    return extract_report(Report("territory-yielded", text, published=date(2025, 4, 14))).events


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("The garrison town of Tessalit fell to separatist rebels on Monday after soldiers withdrew, residents said.",
     "Tessalit", "Non-state actor overtakes territory"),
    ("The town of Djibo fell to jihadist fighters on Sunday, a security source said.",
     "Djibo", "Non-state actor overtakes territory"),
    ("Government forces lost the town of Rutshuru to the rebels on Thursday, an army source said.",
     "Rutshuru", "Non-state actor overtakes territory"),
    ("The Malian army said on Tuesday it had lost control of the town of Tessit to militants.",
     "Tessit", "Non-state actor overtakes territory"),
    ("Marib came under the control of Houthi fighters on Saturday, tribal sources said.",
     "Marib", "Non-state actor overtakes territory"),
    ("Rebels lost the town of Rutshuru to government troops on Friday, a local official said.",
     "Rutshuru", "Government regains territory"),
    ("The village of Avdiivka fell to Ukrainian forces on Monday, the general staff said.",
     "Avdiivka", "Government regains territory"),
    # A place that falls is the subject of "fell", not a party that acts.
    ("Djibo fell into the hands of jihadist fighters of JNIM on Sunday, residents said.",
     "Djibo", "Non-state actor overtakes territory"),
    ("The strategic town of Tessalit fell into the hands of the Malian army on Wednesday, the military said.",
     "Tessalit", "Government regains territory"),
])
def test_a_place_yielded_to_an_armed_side(text: str, place: str, sub_event_type: str) -> None:
    events = _events(text)
    assert len(events) == 1, events
    assert (events[0].event_type, events[0].sub_event_type) == ("Battles", sub_event_type)
    assert [location.name for location in events[0].locations] == [place]


@pytest.mark.parametrize("text", [
    "The death toll fell to 12 on Sunday after officials revised their figures, the ministry said.",
    "The army lost two soldiers to sniper fire near Avdiivka on Sunday, a military spokesman said.",
    "The town of Beni has not fallen to the rebels, the army said on Sunday.",
    "The ruling party lost control of the city council of Lahore to the opposition on Monday.",
    "Wheat prices in Marib fell to their lowest level this year on Saturday, traders said.",
])
def test_no_place_yielded_to_an_armed_side(text: str) -> None:
    assert _events(text) == []
