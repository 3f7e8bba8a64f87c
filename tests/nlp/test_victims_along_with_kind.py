"""Kind (issue 10, kind 7, figures): victims added by "along with" or "together with" ("the mayor was
shot dead along with a bodyguard", "a tribal elder was killed along with his two sons") count with
the named victim: the single victim was counted alone. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed"), [
    ("The mayor of Uruapan was shot dead along with a bodyguard by gunmen on Wednesday, prosecutors said.", 2),
    ("A police officer was killed together with two civilians in a bomb blast in Kabul on Monday, police said.", 3),
    ("A tribal elder was killed along with his two sons when gunmen stormed his home in Khost on Sunday,"
     " officials said.", 3),
    ("Militants shot dead a village headman along with his wife near Kupwara on Friday, police said.", 2),
])
def test_victims_along_with_the_named_one_are_counted(extract: Callable[..., ExtractionResult], text: str,
                                                      killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].fatalities == killed, text
