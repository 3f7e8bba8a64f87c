"""Kind (issue 10, kind 8 and 9: look-alikes and sub-event types): arms seized, recovered or found
("recovered two pistols and four grenades", "seized a cache of rockets and mortar shells", "arrested
two men with hand grenades") were typed as the use of those weapons, and "seized AK-47 rifles" as a
place taken.  A weapon word that a verb of taking or finding arms takes (act_nouns.json
seizing_verbs) names arms seized; the arrests, where the report tells them, are the event.  Weapons
fired or set off stay their use.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "Soldiers arrested three suspected militants in a raid on a house in Kupwara on Tuesday and recovered two "
    "pistols and four grenades, police said.",
    "Police arrested five suspected Boko Haram members and seized AK-47 rifles and rocket-propelled grenades in "
    "Maiduguri on Sunday.",
])
def test_arrests_with_arms_seized_are_arrests(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Arrests", text


@pytest.mark.parametrize("text", [
    "Troops seized a cache of rockets and mortar shells in a raid near Kidal on Monday, the army said.",
    "Police arrested two men with hand grenades in Kano on Friday, a spokesman said.",
    "Soldiers found a roadside bomb near Gao on Tuesday and defused it, the army said.",
])
def test_arms_found_or_seized_are_no_weapon_use(extract: Extract, text: str) -> None:
    assert not any(e.event_type == "Explosions/Remote violence" or e.sub_event_type.endswith("territory")
                   for e in extract(text, PUBLISHED).events), text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Militants fired rockets at an army base in Kidal on Monday, killing two soldiers.",
     "Shelling/artillery/missile attack"),
    ("A grenade hurled at a bar in Bujumbura wounded seven people on Saturday, police said.", "Grenade"),
])
def test_arms_used_stay_their_use(extract: Extract, text: str, sub_event_type: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == sub_event_type, text
