"""Kind (issue 10, kind 2, places): a name the gazetteer lacks that the report places by its
distance or direction from a town ("took control of X, about 20 kilometres south of Y", "attacked
X, about 10 miles from Y", "stormed X, 30 km south of Y") is a place in its own right, kept by its
name at the town, whatever verb comes before it; before, only "in X" or "near X" kept such a name.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, first, country", [
    ("GOMA, Congo - M23 rebels took control on Sunday of Alimbongo, about 20 kilometres south of Lubero town, "
     "local sources said.", "Alimbongo", "CD"),
    ("MAIDUGURI, Nigeria - Boko Haram fighters attacked Kukareta, about 10 miles from Damaturu, on Sunday, "
     "killing four villagers, residents said.", "Kukareta", "NG"),
    ("KHARTOUM - Paramilitary fighters stormed Wad Ashana, 30 km south of Um Rawaba, on Sunday and killed 12 "
     "villagers, activists said.", "Wad Ashana", "SD"),
])
def test_a_name_placed_by_distance_is_kept(text: str, first: str, country: str) -> None:
    events = extract_report(Report("distance", text, published=dt.date(2025, 5, 12))).events
    assert len(events) == 1
    assert (events[0].locations[0].name, events[0].locations[0].country) == (first, country)
