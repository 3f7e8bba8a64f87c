"""Kind (issue 10, kind 8): weapons shown, received or taken into service ("unveiled new combat
drones", "inducted attack helicopters", "paraded missiles", "displayed anti-ship missiles") are
goods on show, not an attack: like an arms sale, the act word names what is handed over or shown.
Before, only verbs of sale, gift and shipment were read that way, so a ceremony with drones on
display became an air strike. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    "Chad's transitional government on Monday unveiled a batch of Chinese-made combat drones at an air base"
    " in N'Djamena.",
    "The air force inducted six attack helicopters at the Bagdogra air base on Friday, officials said.",
    "The navy displayed its new attack drones and anti-ship missiles at a parade in Chittagong on Sunday.",
    "Ethiopia showcased long-range missiles and armed drones at a military parade in Addis Ababa on Saturday.",
    "The coast guard commissioned two missile boats at the port of Mombasa on Tuesday.",
    "Visitors to the arms fair in Abuja on Wednesday were shown a display of loitering munitions and"
    " rocket launchers made by a local firm.",
])
def test_weapons_on_show_are_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Government forces unveiled a new offensive on Monday, shelling rebel positions near Pemba and"
     " killing six fighters, the army said.", "Shelling/artillery/missile attack"),
    ("An air strike hit a displacement camp near Nyala on Sunday, killing nine people, a local official"
     " said, hours after the army paraded new drones in the capital.", "Air/drone strike"),
])
def test_an_act_beside_a_show_is_kept(extract: Callable[..., ExtractionResult], text: str,
                                      sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].sub_event_type == sub_event_type, text
