"""Kind (issue 10, kinds 4 and 5, sources and actors): "According to the <title> of <a place or
body>, <a name>, <the act>" gives the name as the source ("According to the Deputy Governor of
Kandahar, X, a roadside bomb killed ..."), and the name, which the parse may make the act's
subject, is no doer.  Before, a proper noun inside the office's phrase (the place, or the title
written capitalised) made the phrase count as naming someone, so the office stood as the source and
the official as the attacker.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "source"), [
    ("According to the Deputy Governor of Kandahar, Mohammad Zahir Naseri, a roadside bomb killed three policemen"
     " in Spin Boldak on Thursday.", "Mohammad Zahir Naseri"),
    ("According to the governor of Sumy region, Volodymyr Artiukh, Russian shelling killed two people in Shostka on"
     " Sunday.", "Volodymyr Artiukh"),
    ("According to the spokesman of the Interior Ministry, Ahmad Zia, a suicide bomber killed nine people in Kabul"
     " on Sunday.", "Ahmad Zia"),
])
def test_the_holder_of_the_office_is_the_source_and_no_doer(extract: Callable[..., ExtractionResult], text: str,
                                                            source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
    assert events[0].actor1 != source


@pytest.mark.parametrize(("text", "source"), [
    ("According to the governor of Kherson, shelling killed two people in Beryslav on Sunday.",
     "governor of Kherson"),
    ("According to the regional police chief, Ahmed Musa, gunmen killed five villagers in Zurmi on Sunday.",
     "Ahmed Musa"),
])
def test_an_office_without_a_name_and_a_plain_description_stay(extract: Callable[..., ExtractionResult],
                                                               text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
