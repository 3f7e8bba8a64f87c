"""Kind (issue 10, kind 8, look-alikes): "hostages" named as people held ("determined to bring all
hostages home", "families of the hostages held in Gaza protested") tell no abduction; only an act
of taking them does ("took 170 hostages", "seized 30 hostages", "were taken hostage").  Before,
the bare noun was an abduction trigger, so a diplomatic visit or a protest of the families read
as a kidnapping.  Sentences written for this test (triggers.json, abduction group)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 1)


def test_hostages_named_as_people_held_make_no_abduction(extract: Callable[..., ExtractionResult]) -> None:
    text = "Netanyahu, who was in Washington for talks, said Israel was determined to bring all hostages home."
    assert extract(text, PUBLISHED).events == []


def test_a_protest_of_the_hostages_families_is_a_protest(extract: Callable[..., ExtractionResult]) -> None:
    text = "Families of the hostages held in Gaza protested in Tel Aviv on Saturday, demanding a deal."
    events = extract(text, PUBLISHED).events
    assert [event.sub_event_type for event in events] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Gunmen stormed a hotel in Bamako on Friday and took 170 hostages, security sources said.",
    "Militants seized 30 hostages at a gold mine near Kidal on Wednesday, officials said.",
    "Twelve passengers were taken hostage when bandits stopped a bus near Funtua on Friday, police said.",
])
def test_taking_hostages_is_an_abduction(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [event.sub_event_type for event in events] == ["Abduction/forced disappearance"], text
