"""Kind (issue 10, kind 4: source): figures that a state outlet gives on its own account ("state
media reported", "the state news agency SANA reported", "state-run television said") are
attributed to that outlet, which speaks for the state; a private outlet quoted by the report
("Al Jazeera reported") stays where the figures were read (via), and a named official or body
wins over any outlet.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("An air strike killed six people in Maarat al-Numan on Monday, state media reported.", "state media"),
    ("Israeli jets struck a depot near Masyaf on Sunday night, killing two soldiers, the state news agency SANA "
     "reported.", "SANA"),
    ("A drone attack wounded four workers at a refinery in Baiji on Tuesday, state-run television said.",
     "state-run television"),
    ("Shelling killed three people in Mariupol on Monday, Al Jazeera reported.", None),
    ("Shelling killed three people in Mariupol on Monday, the regional governor told state media.",
     "regional governor"),
])
def test_a_state_outlet_is_the_source_of_its_own_figures(extract: Callable[..., ExtractionResult], text: str,
                                                         source: str | None) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
