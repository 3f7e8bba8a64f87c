"""Kind (issue 10, kinds 1 and 2): an incident on a road named by the two towns it joins ("the
Gao-Ansongo road", "the Maiduguri-Damboa highway") gave no event: the model labels the pair an
organisation, and the second town read as the tail of a hyphenated name. Both are towns, the first
the incident's place (ACLED places an incident on such a road at a town it runs between).
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 6, 20)


@pytest.mark.parametrize(("text", "places"), [
    ("Militants ambushed a convoy on the Gao-Ansongo road on Monday, killing four soldiers, the army said.",
     ["Gao", "Ansongo"]),
    ("Gunmen killed four soldiers on the Maiduguri-Damboa highway on Monday, the army said.",
     ["Maiduguri", "Damboa"]),
    ("A roadside bomb hit a bus on the Quetta-Chaman highway on Monday, killing six passengers, police said.",
     ["Quetta", "Chaman"]),
])
def test_the_road_is_placed_at_its_towns(extract: Callable[..., ExtractionResult], text: str,
                                         places: list[str]) -> None:
    assert [[loc.name for loc in e.locations] for e in extract(text, PUBLISHED).events] == [places]
