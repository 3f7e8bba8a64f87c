"""Kind (issue 10, kind 5: actor1): a group's name joined by hyphens ("Jaish-e-Mohammed gunmen",
"Lashkar-e-Islam militants") lost its first words as the actor ("e-Mohammed gunmen") when the
parse hung only the last part on the head.  A word glued to a hyphen of the name is part of it,
whatever the parse.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 4)


@pytest.mark.parametrize(("text", "actor"), [
    ("Jaish-e-Mohammed gunmen attacked a police station in Pulwama on Sunday, officials said.",
     "Jaish-e-Mohammed gunmen"),
    ("Lashkar-e-Islam militants attacked a police post in Landi Kotal on Sunday, officials said.",
     "Lashkar-e-Islam militants"),
    ("Lashkar-e-Taiba militants attacked an army camp near Baramulla on Sunday, killing two soldiers, "
     "officials said.", "Lashkar-e-Taiba militants"),
])
def test_a_hyphenated_group_name_is_whole(extract: Callable[..., ExtractionResult], text: str, actor: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.actor1 for e in events] == [actor], text
