"""Kind (issue 10, kind 4: a figure phrase taken as the source): a figure told as hearsay ("with
dozens said to be dead", "20 people were reported to have been killed") put its victims in the
speaker's place ("dozens", "people" as the source), and the longer "were said to have been killed"
lost the figure.  A speech verb before an infinitive names what is told, not who tells it; the
source is the frame around it ("residents reported", "according to local sources").  Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 3)


@pytest.mark.parametrize(("text", "killed", "source"), [
    ("Clashes between militiamen and the army spread around Gondar on Monday, with scores said to be dead, "
     "traders reported.", None, "traders"),
    ("Gunmen raided a village near Mopti on Monday, with at least 20 people said to have been killed, according "
     "to local sources.", 20, "local sources"),
    ("Militants attacked a checkpoint in Bama on Monday. Three soldiers were said to have been killed, a military "
     "source said.", 3, "military source"),
    ("Drones struck a market in Kadugli on Monday. Eleven traders were reported to have died, a hospital "
     "worker told reporters.", 11, "hospital worker"),
])
def test_hearsay_names_no_source(extract: Callable[..., ExtractionResult], text: str, killed: int | None,
                                 source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.fatalities, e.source) for e in events] == [(killed, source)], text
