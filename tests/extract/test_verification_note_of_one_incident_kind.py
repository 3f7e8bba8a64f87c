"""Kind (issue 10, verified): a note that figures could not be verified, written inside the
paragraph of one incident of a round-up ("Gunmen killed seven villagers near Bandiagara, a local
official said. The reports could not be independently confirmed."), speaks of that incident's
figures; it was spread to every incident of the report.  A note in a paragraph of its own
("Neither side's claims could be independently verified.") still holds for them all.  Reports
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones hit a fuel depot in Kassala on Monday, killing two guards, state media said.\n\n"
     "In a separate attack, the RSF shelled Babanusa on Monday, killing six people, according to a local "
     "council. The figures could not be independently verified.\n\n"
     "In Port Sudan, a blast at a checkpoint wounded three soldiers on Monday, police said.",
     {"Kassala": None, "Babanusa": False, "Port Sudan": None}),
    ("Burkina Faso: Jihadists attacked an army post in Djibo on Monday, killing 12 soldiers, security sources "
     "said.\n\nMali: Gunmen killed seven villagers near Bandiagara on Sunday, a local official said. The reports "
     "could not be independently confirmed.\n\nNiger: A roadside bomb killed four soldiers near Tillaberi on "
     "Monday, the army said.",
     {"Djibo": None, "Bandiagara": False, "Tillaberi": None}),
    ("Russian missiles hit Kharkiv on Monday, killing four people, the governor said.\n\nA drone struck a bus in "
     "Kherson on Monday, wounding six, the regional administration said.\n\nNeither side's claims could be "
     "independently verified.",
     {"Kharkiv": False, "Kherson": False}),
])
def test_a_note_speaks_for_the_incidents_of_its_paragraph(extract: Callable[..., ExtractionResult], text: str,
                                                          expected: dict[str, bool | None]) -> None:
    events = extract(text, PUBLISHED).events
    assert {e.locations[0].name: e.verified for e in events} == expected
