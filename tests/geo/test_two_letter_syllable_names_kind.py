"""Kind (issue 10, kind 2: a village the gazetteer lacks is kept, never dropped silently): names
written in syllables of two letters ("Lin Ta Lu", "Pa Zi Gyi", "Ban Ta Se": Burmese and Thai
place names in English news) were cut at the short syllable or not read at all, so the incident
fell back to its region.  A title-case syllable that is no English function word now continues a
name, and opens one before another name word.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "name"), [
    ("A jet bombed a school in Sagaing region's Lin Ta Lu village on Friday, killing 23 people.", "Lin Ta Lu"),
    ("Junta aircraft bombed Ah Lel Chaung village in Sagaing region on Monday, killing seven villagers.",
     "Ah Lel Chaung"),
    ("Soldiers shelled Pa Zi Gyi village in Magway region on Sunday, killing four residents, a local aid worker "
     "said.", "Pa Zi Gyi"),
    ("Insurgents shot dead two rangers in Ban Ta Se village in Narathiwat province on Monday, police said.",
     "Ban Ta Se"),
])
def test_a_name_with_two_letter_syllables_is_kept_whole(extract: Extract, text: str, name: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.locations[0].name == name, text
