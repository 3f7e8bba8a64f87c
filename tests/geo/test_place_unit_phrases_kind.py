"""Kind (issue 10, kind 2: places): the word after a name that says what kind of unit or
surroundings it is ("X area", "X Local Government Area", "X LGA") is no part of the place's name,
and an acronym after a name ("North Waziristan IED blast") is the act, not the place.  Sentences
written for this test (names chosen so that the gazetteer lacks most of them)."""

from __future__ import annotations

import pytest

from eventwire.geo.geocode import geocode

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen stormed a church in Dangwala Local Government Area of Katsina State on Sunday.", "Dangwala"),
    ("Bandits abducted 12 farmers in Kankara LGA, Katsina State, on Monday.", "Kankara"),
    ("A bomb struck a patrol in Pakistan's Wana Bazai area on Monday night.", "Wana Bazai"),
    ("Jihadists attacked a market in the Tamou Kado area of Tillaberi region on Friday.", "Tamou Kado"),
    ("Six Pakistani soldiers were killed in a North Waziristan IED blast on Sunday.", "North Waziristan"),
])
def test_unit_phrases_and_acronyms_stay_out_of_the_name(text: str, name: str) -> None:
    assert name in [m.mention for m in geocode(text)], [m.mention for m in geocode(text)]
