"""Kind (issue 10, kind 4, source): the speaker right after the counted victims (", killing at
least 20 Somali soldiers, a military officer told Reuters") is the source.  The small model makes
the victims the subject of the speech verb and the speaker their appositive, so the source was
"Somali soldiers".  A count names no speaker.  Found by a user-role helper; sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 22)


@pytest.mark.parametrize(("text", "source"), [
    ("Al-Shabaab fighters overran a base near Bulo Burde on Sunday, killing at least 20 Somali soldiers, "
     "a military officer told Reuters by phone.", "military officer"),
    ("Militants ambushed a convoy near Kismayo on Monday, killing 11 Kenyan troops, a security official told AFP.",
     "security official"),
    ("Gunmen raided a police post near Zhob on Tuesday, wounding 12 Pakistani policemen, a hospital director "
     "told reporters.", "hospital director"),
    # The speaker as the subject: unchanged.
    ("Gunmen attacked a village near Bokkos on Sunday, killing 14 farmers, a community leader told AFP.",
     "community leader"),
])
def test_the_speaker_after_the_victims(extract: Callable[..., ExtractionResult], text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
