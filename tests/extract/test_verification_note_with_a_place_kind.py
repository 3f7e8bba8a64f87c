"""Kind (issue 10, verified): a report's closing note that its figures could not be verified, with a
reason that names a place ("None of the tolls could be independently verified because phone lines
across much of Darfur remain down"), joined the last incident, gave it the reason's region as a
place and left every other incident's figures unmarked.  The note has no act and no figure of its
own: its places are its reason's, and it speaks of every figure (gold-format.md: verified).
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 18)  # a Tuesday


@pytest.mark.parametrize(("text", "places"), [
    ("Drones struck a market in Mellit on Monday, killing 12 people, a local medic said.\n\n"
     "In Kutum, RSF fighters shot dead five farmers on Sunday, residents said.\n\n"
     "None of the tolls could be independently verified because phone lines across much of Darfur remain down.",
     [["Mellit"], ["Kutum"]]),
    ("Government air strikes killed nine people in a market in Adwa on Monday, a local official said.\n\n"
     "Separately, militiamen killed four villagers near Sheraro on Sunday, witnesses said.\n\n"
     "Horn Wire could not verify the accounts from either town, as internet access in Tigray is restricted.",
     [["Adwa"], ["Sheraro"]]),
    ("Insurgents beheaded three men in Macomia on Sunday, a local official said.\n\n"
     "On Monday, fighters attacked a village near Mocimboa da Praia, killing two fishermen, residents said.\n\n"
     "The figures from both attacks could not be independently confirmed because access to northern "
     "Mozambique is restricted.", [["Macomia"], ["Mocimboa da Praia"]]),
])
def test_a_closing_note_with_a_reason_marks_every_figure_unverified(
        extract: Callable[..., ExtractionResult], text: str, places: list[list[str]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [[loc.name for loc in e.locations] for e in events] == places
    assert [e.verified for e in events] == [False] * len(places)


def test_a_note_on_one_incident_in_its_paragraph_stays_its_own(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Drones struck a market in Mellit on Monday, killing 12 people, a local medic said. The toll could "
            "not be independently verified.\n\n"
            "In Kutum, RSF fighters shot dead five farmers on Sunday, residents said.")
    assert [e.verified for e in extract(text, PUBLISHED).events] == [False, None]
