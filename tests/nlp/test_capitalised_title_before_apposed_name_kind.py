"""Kind (issue 10, kind 4, sources): "The <title written capitalised>, <a name>, said ..." gives the
name as the source ("The Iraqi Prime Minister, X, said", "The Defence Secretary, X, said").  The
small model tags a capitalised title a proper noun, so the title was read as the name and the name
as its role.  A name before its title, and a body with a relative clause, keep what they were.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "source"), [
    ("The Iraqi Prime Minister, Mohammed Shia al-Sudani, said a bomb killed eight pilgrims in Karbala on Sunday.",
     "Mohammed Shia al-Sudani"),
    ("The Kenyan Interior Minister, Kithure Kindiki, said bandits killed six herders near Baringo on Sunday.",
     "Kithure Kindiki"),
    ("The Defence Secretary, Grant Shapps, said a drone killed two sailors off Hodeidah on Sunday.", "Grant Shapps"),
    ("The State Governor, Babagana Zulum, said insurgents killed 15 farmers in Gwoza on Sunday.", "Babagana Zulum"),
    ("The Provincial Police Chief, Colonel Ahmad Zia, said a roadside bomb killed three policemen in Kandahar on"
     " Sunday.", "Ahmad Zia"),
])
def test_the_name_after_a_capitalised_title_is_the_source(extract: Callable[..., ExtractionResult], text: str,
                                                          source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source


@pytest.mark.parametrize(("text", "source"), [
    ("Omar Jamal, the Town Mayor, said a car bomb killed six people in Beledweyne on Sunday.", "Omar Jamal"),
    ("The Interior Ministry, which oversees the police, said a suicide bomber killed nine people in Quetta on"
     " Sunday.", "Interior Ministry"),
])
def test_a_name_before_its_title_and_a_body_stay(extract: Callable[..., ExtractionResult], text: str,
                                                 source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source


def test_a_groups_name_before_its_acronym_is_no_title(extract: Callable[..., ExtractionResult]) -> None:
    # "Front" is a noun of a person in WordNet too, but no title of office: the name stays the source.
    text = ("In Mali, a drone strike by the army near Kidal killed four herders on Sunday, the Tuareg-led Azawad"
            " Salvation Front (FSA) said in a statement.")
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].source is not None and "Azawad Salvation Front" in events[0].source
