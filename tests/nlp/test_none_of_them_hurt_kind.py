"""Kind (issue 10, kind 7): "none of the tanker's 24 sailors were injured", "none of the drivers was
injured" say, as "no one was hurt" does, that nobody was killed or injured: 0 and 0, with the
speaker as source.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.casualties import find_casualties

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("A missile struck a fuel tanker off Hodeidah on Monday, the maritime agency said, adding that none of the "
     "tanker's 24 sailors were injured.", "maritime agency"),
    ("A drone hit a bus depot in Kharkiv on Tuesday, but none of the drivers was injured, the mayor said.", "mayor"),
    ("Militants fired rockets at an army convoy near Bannu on Friday. None of the soldiers was wounded, the army "
     "said.", "army"),
])
def test_none_of_a_group_hurt_is_zero_killed_and_injured(text: str, source: str) -> None:
    (event,) = extract_report(Report("none", text, published=dt.date(2024, 5, 10))).events
    assert (event.fatalities, event.injured, event.source) == (0, 0, source)


def test_none_of_the_dead_being_soldiers_is_no_zero() -> None:
    found = find_casualties("None of the 12 people killed were soldiers, officials said.")
    assert all(mention.value != 0 for mention in found), found
