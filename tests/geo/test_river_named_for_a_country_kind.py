"""Kind (issue 10, kind 2, places): a river written with a lower-case "river" after its name ("the
Niger river", "the Congo river") is the river, not the country of that name; before, "north of the
Niger river" placed a rocket attack on a camp in Gao in the country Niger, and "on the Niger river
near Ansongo" put Ansongo there too. "Cross River State" stays a region. Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place", "country"), [
    ("GAO, Mali, Aug 27 (Agency) - Militants fired rockets at the military camp in the city on Tuesday, wounding "
     "four soldiers, a security source said.\nThe rockets were launched from positions north of the Niger river.",
     "Gao", "ML"),
    ("Militants killed four people on a boat on the Niger river near Ansongo on Tuesday, the army said.", "Ansongo",
     "ML"),
])
def test_a_river_named_for_a_country_is_no_country(text: str, place: str, country: str) -> None:
    events = extract_report(Report("river", text, published=dt.date(2024, 8, 28))).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)]


def test_cross_river_state_is_still_a_region() -> None:
    events = extract_report(Report("river", "Gunmen killed five farmers in Obudu in Cross River State on Tuesday, "
                                   "police said.", published=dt.date(2024, 8, 28))).events
    assert [loc.country for e in events for loc in e.locations] == ["NG", "NG"]
