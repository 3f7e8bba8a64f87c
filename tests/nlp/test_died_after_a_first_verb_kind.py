"""Kind (issue 10, kind 1, figures): a victim who did something first and then died ("A boy stepped on a
landmine while herding goats ... and died of his wounds", "A police officer came under fire ... and
later died") was no toll: "died" shares its subject with the verb before it, which was asked for an
object instead, and the parse may hang "died" on a clause in between.  A failure of a user trial
and sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 19)  # a Wednesday


@pytest.mark.parametrize("text", [
    "A 12-year-old boy stepped on a landmine while herding goats in Kandahar's Maiwand district on Sunday and "
    "died of his wounds, a provincial spokesman said.",
    "A police officer came under fire at a checkpoint in Kirkuk on Monday and later died, officials said.",
    "A shepherd stepped on a mine near Kidal in northern Mali on Monday and died before help arrived, local "
    "officials said.",
])
def test_a_victim_who_acted_then_died_is_a_toll_of_one(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [1], text


def test_one_who_fled_and_survived_is_no_toll(extract: Callable[..., ExtractionResult]) -> None:
    text = "A driver came under fire at a checkpoint in Kirkuk on Monday and escaped unhurt, officials said."
    assert [e.fatalities for e in extract(text, PUBLISHED).events] in ([None], [0], [])
