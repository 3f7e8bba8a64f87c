"""Kind (issue 10, kind 9: sub-event types): a weapon launched and downed in one sentence, the
downing told by a pronoun or far from the weapon word ("launched a missile at Tel Aviv; it was
intercepted", "air defences shot it down", "a drone launched from Lebanon toward Nahariya on Monday
was shot down"), was typed as the strike it never was.  With no harm reported it is ACLED's
Strategic developments / Disrupted weapons use; a strike that hits and kills keeps its weapon's type.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "place"), [
    ("Houthi rebels launched a ballistic missile at Tel Aviv on Friday; it was intercepted, the Israeli military "
     "said.", "Tel Aviv"),
    ("Russia fired a cruise missile at Kyiv overnight, but air defences shot it down over the city's outskirts, "
     "officials said.", "Kyiv"),
    ("A drone launched from Lebanon toward Nahariya on Monday was shot down, the military said. No one was hurt.",
     "Nahariya"),
    ("Militants fired two rockets at Sderot on Tuesday; both were intercepted by the Iron Dome system.", "Sderot"),
])
def test_a_weapon_downed_with_no_harm_is_disrupted_weapons_use(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.locations[0].name, event.sub_event_type) == (place, "Disrupted weapons use"), text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("A Russian missile hit a school in Kharkiv on Monday, killing two teachers; a second one was shot down, "
     "the governor said.", "Shelling/artillery/missile attack"),
    ("A drone struck an apartment block in Odesa on Tuesday, destroying it and wounding five residents.",
     "Air/drone strike"),
])
def test_a_weapon_that_harmed_keeps_its_type(extract: Extract, text: str, sub_event_type: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == sub_event_type, text
