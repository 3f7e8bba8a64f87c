"""Kind (issue 10, kind 2): a second-level unit whose name ends in a compass word ("Gwer West Local
Government Area", "Jos North LGA", "Ado East district") was cut before the compass word, as
directions open no unknown name, and the shortened name ("Gwer") was nothing: the incident was
dropped. A capitalised compass word right before the unit word ends the name. Sentences written
for this test; before the change neither gave an event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed five people in Gwer West local government area on Saturday, police said.",
     ("Gwer West", "NG")),
    ("Gunmen killed five people in Jos North LGA on Saturday, police said.", ("Jos North", "NG")),
])
def test_the_whole_name_is_the_unit(extract: Callable[..., ExtractionResult], text: str,
                                    place: tuple[str, str]) -> None:
    assert [(e.locations[0].name, e.locations[0].country)
            for e in extract(text, date(2025, 7, 6)).events] == [place]
