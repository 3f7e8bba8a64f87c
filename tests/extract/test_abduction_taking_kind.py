"""Kind (issue 10, kind 1: clear incidents give no event): people taken by force with a verb of
taking ("seized", "snatched", "grabbed", "taken away", "carried off") rather than "kidnapped" are
abducted (ACLED Abduction/forced disappearance) when the doer is a non-state armed actor or the
report says "at gunpoint"; police who seize a suspect arrest him, and taking things or towns is
no abduction.  Reports written for this test."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(("text", "place"), [
    ("Armed men seized three aid workers from a clinic in Baidoa on Monday, local elders said.", "Baidoa"),
    ("Two engineers were snatched at gunpoint from a construction site outside Kaduna on Thursday, police said.",
     "Kaduna"),
    ("Gunmen grabbed a priest from his parish house in Enugu late on Sunday, the diocese said.", "Enugu"),
    ("A trader was taken away by armed men at a market in Goma on Wednesday, residents said.", "Goma"),
    ("Two Turkish contractors who were seized by gunmen at a fuel depot in Kirkuk last Tuesday have been freed, "
     "officials said.", "Kirkuk"),
    ("Bandits carried off 14 villagers from Gidan Dawa in Zamfara on Saturday night, a local leader said.",
     "Zamfara"),
    # The passive, with the doer's phrase carrying a place of its own.
    ("Twelve villagers were seized by insurgents in the Macomia district of Cabo Delgado on Tuesday, residents "
     "said.", "Macomia"),
    ("Four aid workers were taken at gunpoint from their car near Kidal on Monday, the UN said.", "Kidal"),
    # A group of people as the taken ones.
    ("Two Red Cross staff were taken at gunpoint from their vehicle near Menaka, Mali, on Sunday.", "Menaka"),
])
def test_people_taken_by_force_are_abducted(extract: Extract, text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    assert events[0].locations[0].name.startswith(place)


@pytest.mark.parametrize("text", [
    "Police seized a suspect at a checkpoint in Kano on Monday, a spokesman said.",
    "Gunmen seized a truck loaded with grain on the road to Gao on Tuesday, traders said.",
    "A father grabbed his son and ran from the flood waters in Maiduguri on Monday.",
    "Armed men were seen near the school in Katsina on Monday; parents took their children away, residents said.",
])
def test_what_is_no_abduction(extract: Extract, text: str) -> None:
    assert not any(e.sub_event_type == "Abduction/forced disappearance" for e in extract(text, PUBLISHED).events)
