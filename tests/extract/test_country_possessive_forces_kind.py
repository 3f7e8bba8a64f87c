"""Kind (issue 10, kind 9, sub-event type): a state force named by its country's possessive
("Sudan's army", "Mali's army", "Myanmar's military") is the government's, as "the Sudanese army"
is: its retaking of a town is Battles / Government regains territory. Before, the possessive word
was not read as the country and the force counted as an armed group. Sentences written for this
test (extract/typing._government)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract.typing import type_event
from eventwire.nlp.triggers import TriggerMention
from eventwire.records import ExtractionResult


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Sudan's army recaptured the town of Sinja on Saturday, the military said.",
    "Mali's army retook the town of Anefis on Saturday, officials said.",
    "Myanmar's military recaptured the town of Hpakant on Saturday, state media said.",
])
def test_a_countrys_possessive_force_regains_territory(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, date(2024, 9, 16)).events
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


@pytest.mark.parametrize(("actor", "sub_event_type"), [
    ("Sudan's army", "Government regains territory"),
    ("Colombia’s army", "Government regains territory"),
    ("the Arakan Army", "Non-state actor overtakes territory"),
    ("Houthi forces", "Non-state actor overtakes territory"),
])
def test_the_actor_decides_who_took_the_town(actor: str, sub_event_type: str) -> None:
    taking = TriggerMention("territory", "seized", 10, 16)
    assert type_event([taking], casualties_reported=False, actor=actor) == ("Battles", sub_event_type)
