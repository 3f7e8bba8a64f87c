"""Kind (issue 10, kind 2, places): "DR Congo", the short name English news gives the Democratic
Republic of the Congo, names that country, so a town named with it is the Congolese one ("in Beni
in eastern DR Congo" is not Bolivia's Beni department).  Before, the upper-case "DR" was skipped as
a doctor's title, only "Congo" was read, and a larger namesake abroad won.  A doctor's title ("Dr
Congo Mwamba") still names no place.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen attacked worshippers at a church in Beni in eastern DR Congo on Sunday night, killing 12, officials"
     " said.", ("Beni", "CD")),
    ("ADF rebels killed nine farmers near Oicha in DR Congo on Monday, the army said.", ("Oicha", "CD")),
])
def test_dr_congo_places_the_town(extract: Callable[..., ExtractionResult], text: str,
                                  place: tuple[str, str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [place], text


def test_a_doctors_title_is_no_place(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Dr Congo Mwamba, a surgeon in Bukavu, said 14 wounded people were treated after shelling hit the town"
            " on Friday.")
    events = extract(text, PUBLISHED).events
    assert [[loc.name for loc in e.locations] for e in events] == [["Bukavu"]]
