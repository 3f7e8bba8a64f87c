"""Kind (issue 10, kinds 6 and 7): a report whose lead sums incidents its next sentence tells part by
part ("killed 13 militants in two operations ... Eight were killed in X, while five others died in
Y") gave each part its own figure, but not under a headline with the total ("Pakistan says 13
militants killed in northwest raids"): the headline joined the first part, which then stood
before the summary and was led by the headline's total and its speaker, or, when the part told
only its toll, had no act once the headline left it and was dropped. A part is led by its own
figure; the headline's total is all the parts'. Sentences written for this test; before the
change the first part of the first report took the headline's total and that of the second was
lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 11, 4)


@pytest.mark.parametrize(("text", "events"), [
    ("Pakistan says 13 militants killed in northwest raids\n\nISLAMABAD, Nov 4 (AFP) - Pakistani security forces "
     "killed 13 militants in two separate operations in Khyber Pakhtunkhwa, the military said on Tuesday.\n\n"
     "Eight militants were killed in an operation in the Datta Khel area of North Waziristan, while five "
     "others died in an exchange of fire in Lakki Marwat district, the military said in a statement.",
     [("Datta Khel", 8), ("Lakki Marwat district", 5)]),
    ("Nine soldiers killed in two ambushes in Borno\n\nMAIDUGURI, Nigeria - Nine soldiers died in two ambushes "
     "in Borno state on Monday, security sources said. Four were killed near Gwoza, while five died near "
     "Bama.", [("Gwoza", 4), ("Bama", 5)]),
])
def test_each_part_keeps_its_own_figure(extract: Callable[..., ExtractionResult], text: str,
                                        events: list[tuple[str, int]]) -> None:
    assert [(e.locations[0].name, e.fatalities) for e in extract(text, PUBLISHED).events] == events
