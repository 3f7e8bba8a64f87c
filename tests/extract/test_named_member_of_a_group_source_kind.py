"""Kind (issue 10, kind 4): people named only by a plural of what they are ("local youth leaders
said", "community leaders said") give way, as the source, to the one of them the report names with
words of that description ("X, who leads a youth association"); a person quoted with
no such words ("a shopkeeper") does not replace them.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 5, 13)


@pytest.mark.parametrize(("text", "source"), [
    ("At least nine people were killed when militiamen attacked the town of Butembo on Saturday, local youth "
     "leaders said. The fighters struck at dawn, according to Amani Bahati, who leads a youth association in "
     "the area.", "Amani Bahati"),
    ("Gunmen killed two farmers near Bokkos on Monday, local community leaders said. The attackers came on "
     "motorcycles, said Ishaku Danladi, a community leader in the area.", "Ishaku Danladi"),
    ("An air strike killed five people at a market in Hpakant on Monday, local rights activists said. The jet "
     "struck twice, according to Aye Min, a rights activist in the town.", "Aye Min"),
])
def test_a_named_member_of_the_described_group_is_the_source(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.source == source


def test_a_person_quoted_for_colour_does_not_replace_the_group(extract: Extract) -> None:
    text = ("Three people were killed when shells hit a market in Kadugli on Monday, local residents said. \"We ran "
            "when we heard the whistle,\" said Moussa Adam, a shopkeeper.")
    (event,) = extract(text, PUBLISHED).events
    assert event.source == "local residents"
