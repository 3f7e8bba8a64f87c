"""Kind (issue 10, kind 8, look-alikes): an act told under a modal of future or condition ("the
new drones would allow troops to strike", "the missiles will be used to hit", "its artillery will
pound rebel positions if ...") has not happened: no event.  The modal covers only its own
predicate and a weapon that is its subject, so a real act beside it keeps its event, also when
it is named in the modal clause as a time or cause ("the toll will rise after Sunday's strike").
Before, only "could", "may" and "might" did so, and only when the modal's verb was itself the act
word.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 9)


@pytest.mark.parametrize("text", [
    "Officials said the new drones would allow troops to strike insurgent camps near Monguno at night.",
    "The ministry said the missiles will be used to hit enemy positions near Kupiansk.",
    "The army said its artillery will pound rebel positions around Bunia if the truce collapses.",
    ("The Pakistan Air Force on Tuesday received four new fighter jets at a ceremony in Kamra, with the air"
     " chief promising that the aircraft would help strike militants with greater precision."),
])
def test_an_act_under_a_future_modal_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize(("text", "killed"), [
    ("Russian shelling killed three people in Kherson on Monday, and the toll could rise, the governor said.", 3),
    ("The death toll will rise after Sunday's air strike on Idlib, which killed 12 people, rescuers said.", 12),
    ("Gunmen killed five farmers in Zurmi on Sunday; they will be buried on Monday, police said.", 5),
    ("Israeli jets struck a house in Khan Younis on Monday, killing seven people, in what the army said would"
     " be the first of many raids.", 7),
])
def test_a_real_act_beside_a_modal_keeps_its_event(extract: Callable[..., ExtractionResult], text: str,
                                                   killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].fatalities == killed
