"""Kind (issue 10, kinds 1 and 5): a mine told in the passive ("a military vehicle was hit by a
mine", "the truck was destroyed by a landmine") is the weapon of an attack, as "struck a mine" is;
and what meets a mine is its victim, never its doer ("A military vehicle struck a mine, killing two
soldiers" named the military as actor).  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2022, 4, 8)


@pytest.mark.parametrize("text", [
    "A Turkish military vehicle was hit by a mine near Tal Abyad on Tuesday, killing two soldiers.",
    "A police pickup was struck by a mine outside Djibo on Monday, killing three officers, a security source said.",
    "An army truck was destroyed by a mine near Menaka on Sunday, killing four soldiers.",
])
def test_a_mine_in_the_passive_is_an_ied(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "A military vehicle struck a mine near Tal Abyad on Tuesday, killing two soldiers.",
    "A Malian army truck hit a mine near Gao on Friday, killing five soldiers, the army said.",
])
def test_what_meets_the_mine_is_no_doer(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].actor1 is None
