"""Kind (issue 10, kind 4, source): figures said to come from a body ("The figures came from the
camp's Emergency Response Room", "the toll comes from the health ministry") name that body as
their source, like "figures from X showed": the verb "come" with the figures as subject and a
"from" phrase was no frame, so the figure had no source. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("Shells hit a market in El Fasher on Tuesday, killing nine people. The figures came from the city's"
     " Emergency Response Room.", "city's Emergency Response Room"),
    ("An air strike killed 14 people in Khan Younis on Sunday; the toll came from the territory's health"
     " ministry.", "territory's health ministry"),
    ("Drone strikes killed six civilians near Kadugli on Monday, according to figures that came from a local"
     " aid group.", "local aid group"),
])
def test_figures_that_came_from_a_body_are_its(extract: Callable[..., ExtractionResult], text: str,
                                               source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source, text
