"""Kind (issue 10, kind 5): a result participle that the parse hangs on the speech verb of a frame
set in the middle of the sentence ("Gunmen raided X before dawn on Friday, police in Zamfara said,
killing seven farmers") tells the act before the frame, not what the speakers did: the speakers
are no doers. Before, actor1 was "police". A participle after the act's own verb keeps that verb's
subject as its doer. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 20)


@pytest.mark.parametrize(("text", "actor"), [
    ("Gunmen raided Dogon Kawo before dawn on Friday, police in Zamfara said, killing seven farmers.", None),
    ("Gunmen raided Dogon Kawo before dawn on Friday, the Zamfara State police said, killing seven farmers.", None),
    ("Al-Shabaab fighters stormed a base near Jowhar on Friday, the army said, killing five soldiers.",
     "Al-Shabaab fighters"),
    ("Boko Haram fighters burst into a mosque in Konduga on Friday, killing six worshippers, police said.",
     "Boko Haram fighters"),
])
def test_the_speakers_are_no_doers(extract: Callable[..., ExtractionResult], text: str, actor: str | None) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]
