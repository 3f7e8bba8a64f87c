"""Kind (issue 10, kind 7, figures): one victim named by an office written as an acronym ("The MP died
at the scene", "An MP was wounded when a grenade ...") counts one, as "the mayor" does: the tagger
reads the capitals as a name, so the person word was not seen.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 9, 18)  # a Thursday


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A man stabbed an MP at a surgery in Leeds on Monday, police said. The MP died at the scene.", 1, None),
    ("An MP was wounded when a grenade was thrown at his car in Kampala on Friday, police said.", None, 1),
    ("Gunmen opened fire on the car of an MP in Jalalabad on Tuesday. The MP was killed, officials said.", 1, None),
])
def test_an_office_acronym_names_one_victim(extract: Callable[..., ExtractionResult], text: str,
                                           killed: int | None, injured: int | None) -> None:
    assert [(e.fatalities, e.injured) for e in extract(text, PUBLISHED).events] == [(killed, injured)], text


def test_an_acronym_of_a_body_names_no_victim(extract: Callable[..., ExtractionResult]) -> None:
    text = "Gunmen attacked the office of the NGO in Goma on Tuesday and the MSF clinic nearby, the UN said."
    assert [(e.fatalities, e.injured) for e in extract(text, PUBLISHED).events] == [(None, None)]
