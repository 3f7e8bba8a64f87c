"""Kind (issue 10, kind 2, places): towns whose name opens with a title word ("General Santos",
"President Roxas") are that town, not the namesake
of the name's tail: the title word could not start a name, so "General Santos City" was read as
Santos, Brazil. A title word starts a name only where the gazetteer has the whole name as a town's
own name. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A grenade exploded outside a bar in General Santos City on Saturday, wounding three people, police said.",
     "General Santos", "PH"),
    ("Gunmen shot dead a barangay captain in General Santos on Monday, police said.", "General Santos", "PH"),
    ("Soldiers clashed with communist rebels near President Roxas on Friday, leaving two rebels dead, the army"
     " said.", "President Roxas", "PH"),
])
def test_a_town_named_with_a_title_is_that_town(extract: Callable[..., ExtractionResult], text: str, name: str,
                                                country: str) -> None:
    events = extract(text, PUBLISHED).events
    # The name as written may keep its "City" ("General Santos City"), which scoring ignores.
    assert [(e.locations[0].name.removesuffix(" City"), e.locations[0].country) for e in events] == [
        (name, country)], text


def test_a_title_before_a_person_is_no_town(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("President Santos condemned the bombing in Cali on Sunday that killed four people, police"
                     " said.", PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Cali"]
