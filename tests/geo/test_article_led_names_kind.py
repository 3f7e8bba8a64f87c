"""Kind (issue 10, kind 2, places): a place name the gazetteer lacks that opens with a two-letter
article ("La Guayacana", "Los Naranjos", "Le Bac") is kept whole like any other unknown name in a
place frame: the article was too short to start a name, and the name after it read as the tail of a
longer proper name, so the village was lost. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "name"), [
    ("Rebels killed two soldiers in La Guayacana, a rural district of Tumaco, on Saturday, the army said.",
     "La Guayacana"),
    ("Gunmen killed four people in Los Naranjos Altos, a village in Michoacán, on Friday, prosecutors said.",
     "Los Naranjos Altos"),
    ("Militiamen attacked a displacement camp in Le Bac Sud, a district of Bangui, on Monday, killing three,"
     " the UN said.", "Le Bac Sud"),
])
def test_a_name_that_opens_with_its_article_is_kept(extract: Callable[..., ExtractionResult], text: str,
                                                    name: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].locations[0].name == name, text
