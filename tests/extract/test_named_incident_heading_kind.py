"""Kind (issue 11, follow-ups named by the incident's common name; issue 10, kind 1): a follow-up
that opens with the name the press gave the incident ("2018 Strelsau attack: ...", here with real
towns) and tells no new figure of its own (a wounded victim dies, a group claims responsibility)
gave no event: a generic act word with no figure and no armed doer is no incident, and a heading
followed by no act was read as a topic label.  The act word of a heading that names one incident
(a town and an incident noun, ``consolidate.naming``) is that incident, and a claim of
responsibility after it speaks of it.  A verdict, a visit or "no group has claimed it" after such a
heading is still no incident.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 6, 12)


@pytest.mark.parametrize(("text", "place"), [
    ("2024 Kano mosque attack: A second woman injured in the attack dies in hospital.", "Kano"),
    ("Mombasa hotel siege: A third guest who was wounded in the attack dies of her wounds.", "Mombasa"),
    ("Kaduna church attack: A pastor who was left in a coma by the attack dies from his injuries.", "Kaduna"),
    ("2024 Herat mosque blast: A teacher who lost both legs in the explosion dies in hospital.", "Herat"),
    ("Bamenda market bombing: Separatist fighters claim responsibility.", "Bamenda"),
    ("Gao market bombing: Jihadists of the Islamic State Sahel Province claim responsibility in a statement.",
     "Gao"),
])
def test_follow_up_under_a_named_incident_is_that_incident(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert [loc.name for loc in event.locations] == [place], text


@pytest.mark.parametrize("text", [
    "2024 Kano mosque attack: A court sentences three men to death.",
    "Kano mosque attack: The governor visits survivors in hospital.",
    "2024 Kano mosque attack: No group has claimed responsibility so far.",
    "2011 Egyptian protests: The vice-president draws criticism for his remarks.",
])
def test_heading_followed_by_no_act_or_claim_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
