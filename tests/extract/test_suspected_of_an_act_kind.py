"""Kind (issue 10, kinds 8 and 9): an act named only as what a person is suspected, accused or charged
of ("a commander suspected of organising attacks on camps", "accused of planning attacks on hotels")
is no incident the report tells: it typed an arrest as an attack and added its places.  A recent day
inside the phrase keeps the act ("accused the rebels of shelling Goma on Sunday").  Sentences written
for this test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 2, 21)  # a Wednesday


@pytest.mark.parametrize(("text", "places"), [
    ("Soldiers arrested a CODECO militia commander in Bunia on Tuesday, an army spokesman said. The militia "
     "leader is suspected of organising attacks on displaced persons' camps in Djugu territory.", ["Bunia"]),
    ("Troops detained a rebel commander in Bambari on Monday, the army said. He is charged with leading raids "
     "on villages around Bria.", ["Bambari"]),
])
def test_an_arrest_stays_an_arrest(extract: Callable[..., ExtractionResult], text: str, places: list[str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.sub_event_type, [location.name for location in e.locations]) for e in events] == [
        ("Arrests", places)], text


def test_a_charge_with_a_recent_day_keeps_the_act(extract: Callable[..., ExtractionResult]) -> None:
    text = "The army accused M23 rebels of shelling Goma on Sunday, killing three civilians."
    events = extract(text, PUBLISHED).events
    assert [(e.date, e.locations[0].name, e.fatalities) for e in events] == [(date(2024, 2, 18), "Goma", 3)]
