"""Kind (issue 10, kinds 1 and 7): a killing or wounding verb coordinated with another act shares
its victims ("five soldiers were ambushed and killed", "a priest was abducted and killed", "two
policemen were shot and wounded"): the parser hangs the victims on the first verb only, and the
figure was lost.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Five soldiers were ambushed and killed by al-Shabaab militants near Dhusamareb on Friday, a military officer "
     "said.", 5, None),
    ("A Catholic priest was abducted and killed by bandits near Kafanchan, the diocese said on Monday.", 1, None),
    ("Two policemen were shot and wounded by gunmen in Quetta on Monday, police said.", None, 2),
    ("Four villagers were tied up and executed by militants near Beni on Saturday, local officials said.", 4, None),
])
def test_a_coordinated_verb_shares_the_victims(extract: Callable[..., ExtractionResult], text: str,
                                               killed: int | None, injured: int | None) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].fatalities, events[0].injured) == (killed, injured)
    assert events[0].source is not None


def test_a_conjunct_with_its_own_object_keeps_it(extract: Callable[..., ExtractionResult]) -> None:
    # "stormed the town and killed six traders": the second verb names its own victims.
    text = "Gunmen stormed a market in Gusau and killed six traders on Sunday, police said."
    (event,) = extract(text, PUBLISHED).events
    assert event.fatalities == 6
