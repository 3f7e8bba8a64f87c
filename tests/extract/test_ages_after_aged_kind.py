"""Kind (issue 10, kind 7, figures): ages given after "aged" ("two men, aged 58 and 71, were
killed", "five children aged between 4 and 12 were wounded") are no counts of victims: the last
age was read as the number killed (71 for two men). The comma-set age ("a woman, 62, died") was
already read as an age. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two women, aged 34 and 62, were killed when a shell hit their house in Nikopol on Monday, the governor"
     " said.", 2, None),
    ("Two men, aged 58 and 71, were killed and seven people were wounded in shelling on Kherson on Monday,"
     " the regional administration said.", 2, 7),
    ("An air strike on a school in Deir al-Balah on Sunday wounded five children aged between 4 and 12, the"
     " civil defence agency said.", None, 5),
    ("Three farmers, aged 40 to 55, were shot dead by militants near Baga on Saturday, a local official"
     " said.", 3, None),
])
def test_ages_after_aged_are_no_counts(extract: Callable[..., ExtractionResult], text: str, killed: int | None,
                                       injured: int | None) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].fatalities, events[0].injured) == (killed, injured), text
