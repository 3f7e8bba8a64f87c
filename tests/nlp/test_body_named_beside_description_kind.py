"""Kind (issue 10, kind 4, source): a body described and then named, both set off by commas before
the speech verb ("the military's media wing, the Inter-Services Public Relations (ISPR), said", "a
volunteer group, the Kadugli Emergency Room, said") is the named body: a name with its acronym in
brackets, or a body described as a group, was not read as the pair, so the figure had no source
or only its description. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("Six soldiers were killed in a suicide attack near Bannu on Monday, the military's media wing, the"
     " Inter-Services Public Relations (ISPR), said in a statement.", "Inter-Services Public Relations (ISPR)"),
    ("Nine civilians were killed in shelling on Kadugli on Monday, a volunteer group, the Kadugli Emergency"
     " Room, said.", "Kadugli Emergency Room"),
    ("Five villagers were killed by militiamen near Djugu on Friday, a local rights group, the Ituri Civil"
     " Society Forum (ICSF), said.", "Ituri Civil Society Forum (ICSF)"),
])
def test_the_named_body_beside_its_description_is_the_source(extract: Callable[..., ExtractionResult],
                                                             text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source, text
