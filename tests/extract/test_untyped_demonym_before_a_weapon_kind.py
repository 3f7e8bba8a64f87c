"""Kind (issue 10, kind 5): a people's word before the weapon that acts ("Ukrainian drones hit an
oil depot", "Libyan Air Force aircraft") names the doer even when the small model gives it no
entity label (as after a wire dateline it may: "MOSCOW, Feb 10 (Reuters) - Ukrainian drones hit
..."); a state body named beside it goes with it ("Syrian Army tanks shelled ..."). Before, such
acts had no actor1, or only the body ("Army"). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 2, 10)


@pytest.mark.parametrize(("text", "actor"), [
    ("MOSCOW, Feb 10 (Reuters) - Ukrainian drones hit an oil depot in Russia's Bryansk region overnight, Governor "
     "Alexander Bogomaz said.", "Ukrainian"),
    ("MOSCOW, Feb 10 (Reuters) - Ukrainian drones hit an oil depot in Bryansk overnight, the governor said.",
     "Ukrainian"),
    ("Syrian Army tanks shelled the Bab Amro district of Homs on Monday, killing at least five people.",
     "Syrian Army"),
])
def test_the_peoples_word_before_the_weapon_names_the_doer(extract: Callable[..., ExtractionResult], text: str,
                                                           actor: str) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]
