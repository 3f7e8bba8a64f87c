"""Kind (issue 10, kind 2, places): a Persian or Urdu compound name joined by "-e-" ("Dasht-e-Barchi",
"Bagh-e-Naw", names the gazetteer lacks) is one name: its head alone ("Dasht") was
matched to a namesake abroad (a town in Iran). The whole name is kept where the gazetteer lacks it;
names it has ("Mazar-e-Sharif", "Pul-e-Khumri") stay as they were. Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "name"), [
    ("A bomb exploded on a minibus in the western Kabul district of Dasht-e-Barchi on Thursday, killing two"
     " passengers, police said.", "Dasht-e-Barchi"),
    ("A roadside bomb killed three soldiers in Bagh-e-Naw, a village of Herat province, on Monday, officials"
     " said.", "Bagh-e-Naw"),
    ("A bomb exploded on a minibus in Mazar-e-Sharif on Thursday, killing two passengers, police said.",
     "Mazar-e-Sharif"),
])
def test_an_ezafe_name_is_one_name(extract: Callable[..., ExtractionResult], text: str, name: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].locations[0].name, events[0].locations[0].country) == (name, "AF"), text
