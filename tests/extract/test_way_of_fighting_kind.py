"""Kind (issue 10, kind 9): a sentence that tells how a war is fought ("The junta has answered the
uprising with jets and rocket launchers", "Insurgents often use roadside bombs against convoys") names
kinds of weapons, not an act: in the present or present perfect, with bare plural or mass act
nouns and no day, place or figure, it does not type the incident told before it.  Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 4, 14)
LEAD = "Gunmen shot dead four traders at a cattle market in Gwoza on Sunday, police said. "


@pytest.mark.parametrize("pattern", [
    "The junta has answered the uprising with jets and rocket launchers.",
    "Insurgents in the region often use roadside bombs against army convoys.",
    "Government forces rely on drones and helicopter gunships to hit rebel camps, analysts say.",
    "The air force has used guided bombs against hideouts in the forest, according to rights groups.",
])
def test_a_way_of_fighting_does_not_type_the_incident(extract: Extract, pattern: str) -> None:
    (event,) = extract(LEAD + "The group has waged an insurgency for years. " + pattern, PUBLISHED).events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), pattern


def test_an_act_told_with_an_article_still_types_the_incident(extract: Extract) -> None:
    text = ("Militants attacked a police post in Gwoza on Sunday, killing two officers, police said. "
            "A mortar bomb hit the post's armoury during the attack.")
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Shelling/artillery/missile attack"
