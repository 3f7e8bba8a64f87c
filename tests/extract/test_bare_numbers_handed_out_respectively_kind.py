"""Kind (issue 10, kinds 6 and 7): numbers that share one noun and are handed out "respectively"
to as many places ("killing seven and four soldiers respectively", "killing 12 and 5 people
respectively") make one incident per place, each with its own figure. Before, number words
joined by "and" that make no one number ("seven and four") were no number at all, and bare
numbers were no coordinated toll, so the first place took the first figure or none; and when the
first figure was the sum of the others (9, 6 and 3) the pieces of the sentence were read as a
summary and its parts, and the report gave no event. "one hundred and four" stays one number.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.numbers import find_numbers
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 4, 28)


@pytest.mark.parametrize(("text", "split"), [
    ("Militants attacked army posts in Boni and Tessit on Sunday, killing seven and four soldiers respectively, the "
     "army said.", [("Boni", 7), ("Tessit", 4)]),
    ("Drone strikes hit Kharkiv and Sumy on Monday, killing three and two civilians respectively, officials said.",
     [("Kharkiv", 3), ("Sumy", 2)]),
    ("Bombs exploded in Kirkuk and Tikrit on Friday, killing 12 and 5 people respectively, police said.",
     [("Kirkuk", 12), ("Tikrit", 5)]),
    ("Gunmen raided Bokkos, Mangu and Riyom on Saturday, killing 9, 6 and 3 villagers respectively, police said.",
     [("Bokkos", 9), ("Mangu", 6), ("Riyom", 3)]),
    # The first figure is the sum of the others: still three figures handed out, no summary.
    ("Bandits raided Bokkos, Mangu and Riyom on Saturday, killing nine villagers, six farmers and three herders "
     "respectively, police said.", [("Bokkos", 9), ("Mangu", 6), ("Riyom", 3)]),
])
def test_numbers_handed_out_respectively_make_one_incident_each(extract: Callable[..., ExtractionResult], text: str,
                                                                split: list[tuple[str, int]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == split


def test_number_words_joined_by_and() -> None:
    assert [(n.text, n.value) for n in find_numbers("seven and four soldiers")] == [("seven", 7), ("four", 4)]
    assert [(n.text, n.value) for n in find_numbers("one hundred and four soldiers")] == [
        ("one hundred and four", 104)]
