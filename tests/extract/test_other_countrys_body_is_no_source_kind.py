"""Kind (issue 10, kind 4): a lead's bare "Ukrainian officials said" gave way to the one body the
report names later, even when that body is another country's and gives its own, disputing figure
("Russia's Defence Ministry said it had killed more than 60 servicemen"). A body of another country
than the people's word of the bare source names does not speak for it. Sentences written for this
test; the second passed before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 14)


@pytest.mark.parametrize(("text", "source"), [
    ("Two Russian missiles struck the centre of Sumy on Sunday, killing at least 34 people, Ukrainian officials "
     "said.\n\nRussia's Defence Ministry said it had struck a meeting of Ukrainian commanders in the city and killed "
     "more than 60 servicemen.", "Ukrainian officials"),
    ("An Israeli strike hit a house in Khan Younis on Sunday, killing nine people, Palestinian officials said.\n\n"
     "Israel's military said it had targeted a Hamas commander in the building.", "Palestinian officials"),
    ("A drone hit a bus in Kherson on Monday, killing two people, Ukrainian officials said.\n\nRussia's Foreign "
     "Ministry said the claim was a provocation.", "Ukrainian officials"),
])
def test_the_bare_source_stays(extract: Callable[..., ExtractionResult], text: str, source: str) -> None:
    assert [e.source for e in extract(text, PUBLISHED).events] == [source]
