"""Kind (issue 10, kind 4, source): a speaker named by a hyphenated name (", al-Shabab said",
"Jaish-e-Mohammed claimed") is the whole name.  The small model may split the name at its hyphen
into two subjects of the speech verb and hang the verb on the last piece, so the source was
"Shabab".  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 9, 8)


@pytest.mark.parametrize(("text", "source"), [
    ("A car bomb killed eight people outside a hotel in Mogadishu on Sunday, al-Shabab said.", "al-Shabab"),
    ("A suicide bomber killed 11 soldiers at a camp in Kupwara on Tuesday, Jaish-e-Mohammed claimed.",
     "Jaish-e-Mohammed"),
    ("An ambush killed six policemen near Kismayo on Monday, al-Shabab said in a statement.", "al-Shabab"),
    ("Gunmen killed four soldiers in Kulgam on Wednesday, Lashkar-e-Taiba said.", "Lashkar-e-Taiba"),
    # A name written with spaces, and a plain one: unchanged.
    ("Shelling killed six civilians in Idlib on Thursday, Hayat Tahrir al-Sham said.", "Hayat Tahrir al-Sham"),
    ("A drone strike killed three fighters near Marib on Friday, the Houthis said.", "Houthis"),
])
def test_the_hyphenated_name_is_the_source(extract: Callable[..., ExtractionResult], text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
