"""Kinds (issue 10, kind 2: places), from a user-role trial, with sentences written for this test:
- a name the gazetteer lacks, the object of an act verb and set off before its region or country
  ("raided Kadisau, Zamfara state,", "recaptured Adan Yabaal, Somalia,") is kept by its name at the
  container, as "attacked X in Y" already was; the event was placed only at the container;
- a spelling that is only another name of a town a continent away from the city a wire files from
  ("BAMAKO (AFP) - ... the town of Boni", Latin for Bonn) is not that town: the name is kept in the
  country the report names instead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 13)  # a Monday


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Gunmen raided Kadisau, Zamfara state, on Sunday, killing nine villagers, police said.", "Kadisau", "NG"),
    ("Troops recaptured Adan Yabaal, Somalia, on Sunday, the defence ministry said.", "Adan Yabaal", "SO"),
    ("BAMAKO (AFP) - Jihadists attacked the town of Boni on Sunday, killing 14 soldiers, officials said.",
     "Boni", "ML"),
])
def test_the_name_is_kept_at_its_country(extract: Callable[..., ExtractionResult], text: str, place: str,
                                         country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)], text


def test_a_city_named_by_its_own_name_stays_abroad(extract: Callable[..., ExtractionResult]) -> None:
    text = "BAMAKO (AFP) - A man stabbed two police officers outside a police station in Bonn on Sunday, police said."
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [("Bonn", "DE")]
