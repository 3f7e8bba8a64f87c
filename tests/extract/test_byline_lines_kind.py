"""Kind (issue 10, kind 8, look-alikes): byline and date lines between a report's headline and
its lead ("By Sports Reporter", "Our Correspondent", "Published March 2, 2025") are no lead: the
lead that says the report is a game, a verdict or an exercise is the sentence after them.  Before,
only the headline line was skipped, so a byline hid the lead of a game and its later "crunch clash
in Rawalpindi on Tuesday" read as a battle.  Reports written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 4)


@pytest.mark.parametrize("text", [
    ('Spinners strangle Karachi in Multan rout\n\nBy Sports Reporter\nPublished March 2, '
     "2025\n\nMULTAN: Lahore's spinners strangled the Karachi batsmen on Sunday, and the hosts "
     'collapsed under the bombardment, losing by eight wickets.\n\nThe teams meet again in a crunch '
     'clash in Rawalpindi on Tuesday.'),
    ('Court jails five over market bombing\n\nOur Correspondent\nMarch 3, 2025\n\nKANO: A federal high '
     'court on Monday sentenced five men to life in prison for the bombing of a market in Kano that '
     'killed 17 people.\n\nThe bombers struck the market during the busy evening hour, police said.'),
    ('Navy fires missiles in drills\n\nBy Staff Reporter, Karachi\n\nKARACHI: The navy fired anti-ship '
     'missiles at a decommissioned vessel in the Arabian Sea on Monday during annual '
     'exercises.\n\nWarships also shelled targets on an island off the coast, officials said.'),
])
def test_a_byline_does_not_hide_the_lead_of_a_look_alike(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


def test_a_byline_before_a_news_lead_keeps_the_incident(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Gunmen kill four in Kano market\n\nBy Staff Reporter\nPublished March 3, 2025\n\nKANO: Gunmen"
            " killed four traders at a market in Kano on Monday, police said.")
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].fatalities == 4
