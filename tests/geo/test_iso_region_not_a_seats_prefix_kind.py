"""Kind (issue 10, kind 2): an ISO 3166-2 region name that matched no GeoNames region exactly joined
the one region of its country whose spellings began with it, and those spellings held the region's
seat town too: Afghanistan's "Ghōr" began Badghis's seat, so "Ghor province" was Badghis. Only a
region's own name is matched by its beginning ("Zaporizka" is Zaporizhzhia Oblast); a name that
begins a seat town's is a region of its own. Gazetteer index format 15. Sentences written for
this test; before the change the first two were placed in Badghis."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.records import ExtractionResult


@pytest.mark.parametrize(("name", "region"), [
    ("Ghor", "Ghōr"),
    ("Ghor Province", "Ghōr"),
    ("Badghis", "Badghis"),
    ("Zaporizka oblast", "Zaporizhzhia Oblast"),
])
def test_the_region_of_the_name(name: str, region: str) -> None:
    assert [p.name for p in load_gazetteer().lookup(name) if p.feature == "region"] == [region]


@pytest.mark.slow
def test_a_district_of_ghor(extract: Callable[..., ExtractionResult]) -> None:
    text = "A roadside bomb exploded near a bus in Ghor province on Tuesday, wounding four, officials said."
    assert [[(p.name, p.country) for p in e.locations] for e in extract(text, date(2025, 6, 25)).events] == [
        [("Ghōr", "AF")]]
