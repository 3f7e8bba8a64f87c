"""Kind (issue 10, kinds 4 and 7): "Nobody was injured." standing after the sentence that tells the
act with its speaker ("A drone hit a fuel depot in Novorossiysk overnight, the regional governor
said.") gave the event 0 killed and 0 injured with no source, although the none is the speaker's
report. A count in a sentence of its own ("Three people were killed.") stays unattributed, as
the Wikinews gold leaves it. Sentences written for this test; before the change 0 of the first
three reports kept the source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 18)


@pytest.mark.parametrize(("text", "killed", "source"), [
    ("A drone hit a fuel depot in Novorossiysk overnight, the regional governor said. Nobody was injured.",
     0, "regional governor"),
    ("Russian air defences shot down a Ukrainian drone over Belgorod on Monday night, the regional governor "
     "said. No one was hurt.", 0, "regional governor"),
    ("Israeli aircraft struck a house in Jenin on Monday, the army said. There were no casualties.", 0, "army"),
    ("Israeli aircraft struck a house in Jenin on Monday, the Palestinian health ministry said. Three people "
     "were killed.", 3, None),
])
def test_the_none_is_the_speakers(extract: Callable[..., ExtractionResult], text: str, killed: int,
                                  source: str | None) -> None:
    assert [(e.fatalities, e.source) for e in extract(text, PUBLISHED).events] == [(killed, source)]
