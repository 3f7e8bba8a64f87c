"""Kind (issue 10, kind 2): a headline's "in Christian village", "in Druze village" read the faith
as the village's name and placed it at a namesake (Christian County, Kentucky) or kept "Druze" as a
place. A word that names a member of a faith or people (WordNet noun.person) before a settlement
noun describes the village; the report's other places stand. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 10, 14)


@pytest.mark.parametrize(("text", "places"), [
    ("Israeli strikes on Lebanon kill 21 in Christian village, health ministry says", ["Lebanon"]),
    ("Gunmen kill 12 in Druze village near Suwayda, monitor says", ["Suwayda"]),
    ("Fulani militia kill 20 in Christian village in Plateau State, police say", ["Plateau State"]),
    ("Islamic State fighters shelled the Christian town of Qaraqosh on Monday, killing three, officials said.",
     ["Qaraqosh"]),
])
def test_the_faith_is_no_place(extract: Callable[..., ExtractionResult], text: str, places: list[str]) -> None:
    assert [[loc.name for loc in e.locations] for e in extract(text, PUBLISHED).events] == [places]
