"""Kind (issue 10, kind 2, places): the place of a speaker's office, in the role set off beside the
name ("The mayor of Kharkiv, X, said a drone hit the village of Y", "X, the governor of the Sumy
region, said ..."), is where the speaker works, not where the act happened: it places the act only
when the sentence names no place of its own (as the town of "police in X said" does).  Before,
the office's town or region was listed with the act's own place, and first.  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "place"), [
    ("The mayor of Kharkiv, Ihor Terekhov, said a Russian drone hit the village of Tsyrkuny on Sunday, wounding"
     " four people.", "Tsyrkuny"),
    ("The governor of Sumy region, Volodymyr Artiukh, said shelling killed a man in the village of Khotin on"
     " Sunday.", "Khotin"),
    ("The governor of Kano state, Abba Yusuf, said a mob burned a police station in Gezawa on Sunday.", "Gezawa"),
    ("Ihor Terekhov, the mayor of Kharkiv, said a missile hit a warehouse in Merefa on Sunday, killing two"
     " workers.", "Merefa"),
])
def test_the_office_place_is_not_the_acts(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [location.name for location in events[0].locations] == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("The mayor of Kherson, Roman Mrochko, said shelling killed two women on Sunday.", "Kherson"),
    ("The governor of the Donetsk region, Vadym Filashkin, said Russian shelling killed three people on Sunday.",
     "Donetsk Oblast"),
])
def test_the_office_place_stands_when_the_sentence_names_none(extract: Callable[..., ExtractionResult], text: str,
                                                              place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [location.name for location in events[0].locations] == [place]
